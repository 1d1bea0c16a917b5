#include "model/site_model.h"

#include <algorithm>

#include "model/url_map.h"

namespace handboek::model {

const PageEntry* SiteModel::find_page(const base::SitePath& path) const {
  const auto it = std::lower_bound(pages.begin(), pages.end(), path,
                                   [](const PageEntry& entry, const base::SitePath& p) { return entry.page.path < p; });
  return it != pages.end() && it->page.path == path ? &*it : nullptr;
}

const load::FormDefinition* SiteModel::find_form(const std::string& id) const {
  const auto it = std::lower_bound(forms.begin(), forms.end(), id,
                                   [](const load::FormDefinition& form, const std::string& i) { return form.id < i; });
  return it != forms.end() && it->id == id ? &*it : nullptr;
}

const PageEntry* SiteModel::glossary_page() const {
  if (glossary.empty()) return nullptr;
  const Section& section = sections[pages[glossary.front()].section];
  return section.index_page ? &pages[*section.index_page] : nullptr;
}

std::string SiteModel::form_url(const std::string& id) const {
  return model::form_url(version.prefix, id);
}

}  // namespace handboek::model
