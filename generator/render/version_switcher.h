// VersionSwitcher: every version one build writes, with the pages each has,
// so a page can link to itself in another version (or to that version's
// home when it does not exist there).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "model/site_model.h"

namespace handboek::render {

struct VersionEntry {
  model::VersionInfo info;
  std::set<std::string> pages;  // page URLs without the version prefix ("processen/x/")
};

class VersionSwitcher {
 public:
  VersionSwitcher() = default;  // a site without versions
  explicit VersionSwitcher(const std::vector<const model::SiteModel*>& models);

  const std::vector<VersionEntry>& versions() const { return versions_; }
  bool empty() const { return versions_.size() < 2; }

  // Site-absolute URL of the page `url` (of any version) in version `index`.
  std::string url_in(size_t index, const std::string& url, const std::string& from_prefix) const;
  // Index of the current version (built at the root), if any.
  const VersionEntry* current() const;

 private:
  std::vector<VersionEntry> versions_;
};

}  // namespace handboek::render
