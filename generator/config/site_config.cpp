#include "config/site_config.h"

#include <algorithm>

namespace handboek::config {

const Organisation* SiteConfig::find_organisation(const std::string& id) const {
  for (const Organisation& organisation : organisations) {
    if (organisation.id == id) return &organisation;
  }
  return nullptr;
}

std::vector<std::string> SiteConfig::organisation_ids() const {
  std::vector<std::string> ids;
  for (const Organisation& organisation : organisations) ids.push_back(organisation.id);
  return ids;
}

bool SiteConfig::includes_page(const std::vector<std::string>& page_organisations) const {
  if (edition.empty() || page_organisations.empty()) return true;
  return std::find(page_organisations.begin(), page_organisations.end(), edition) != page_organisations.end();
}

}  // namespace handboek::config
