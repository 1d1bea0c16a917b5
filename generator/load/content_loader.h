// Walks a Source and loads every file of content/ and forms/ on its own:
// pages, forms, and the other files of content/ (images, PDFs) that are
// copied as they are. Files are parsed in parallel; results are in path
// order, so the outcome does not depend on scheduling.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <vector>

#include "base/diagnostics.h"
#include "base/two_version_cache.h"
#include "config/site_config.h"
#include "load/form_definition.h"
#include "load/page.h"
#include "source/source.h"

namespace handboek::load {

struct StaticFile {
  base::SitePath path;  // content/processen/route.png
  std::string bytes;
};

struct LoadedContent {
  std::vector<Page> pages;               // sorted by path
  std::vector<FormDefinition> forms;     // sorted by id
  std::vector<StaticFile> static_files;  // sorted by path
  // Pages that exist but could not be loaded (invalid YAML, UTF-8, an
  // unclosed front matter); their errors are reported. Links to them are
  // not "missing page" errors as well. Sorted.
  std::vector<base::SitePath> unusable_pages;
  // Docusaurus' folder settings (`_category_.json` / `.yml` in a folder):
  // its place among its siblings and its label. Read, never published.
  struct FolderSetting {
    int position = 0;
    std::string label;
  };
  std::map<base::SitePath, FolderSetting> folder_settings;  // folder → setting
};

// Docusaurus' name for a folder's settings file (any of these).
bool is_category_file(const std::string& name);

// Pages parsed in one version, reused in another where the file is the same
// blob (see Source::content_id): building five releases parses each
// unchanged page once. Thread-safe. Valid for one site.yaml only (parsing
// checks organisation ids), so the build keeps one cache per config.
struct PageCacheEntry {
  Page page;
  base::Diagnostics diagnostics;
};

// Parsed pages by (path, blob id), with the diagnostics their parse made
// (base::TwoVersionCache).
class PageCache : public base::TwoVersionCache<std::pair<std::string, std::string>, PageCacheEntry> {
 public:
  using Entry = PageCacheEntry;
};

// One cache per site.yaml (by the hash of its bytes).
using PageCaches = std::map<std::string, PageCache>;

LoadedContent load_content(const source::Source& source, const config::SiteConfig& config,
                           base::Diagnostics& diagnostics, int jobs, PageCache* cache = nullptr);

}  // namespace handboek::load
