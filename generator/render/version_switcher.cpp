#include "render/version_switcher.h"

namespace handboek::render {

VersionSwitcher::VersionSwitcher(const std::vector<const model::SiteModel*>& models) {
  for (const model::SiteModel* model : models) {
    VersionEntry entry{model->version, {}};
    const size_t prefix = model->version.prefix.size();
    for (const model::PageEntry& page : model->pages) {
      if (!page.output_path.empty()) entry.pages.insert(page.url.substr(prefix));
    }
    versions_.push_back(std::move(entry));
  }
}

std::string VersionSwitcher::url_in(size_t index, const std::string& url, const std::string& from_prefix) const {
  const VersionEntry& target = versions_[index];
  const std::string relative = url.compare(0, from_prefix.size(), from_prefix) == 0 ? url.substr(from_prefix.size()) : "";
  return target.info.prefix + (target.pages.count(relative) ? relative : "");
}

const VersionEntry* VersionSwitcher::current() const {
  for (const VersionEntry& entry : versions_) {
    if (entry.info.is_current) return &entry;
  }
  return nullptr;
}

}  // namespace handboek::render
