#include "config/site_config.h"

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

}  // namespace handboek::config
