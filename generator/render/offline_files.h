// Offline reading (docs/offline.md): for each version its service worker
// `<prefix>sw.js` with the precache list of that version, the page the
// worker shows for what it has not cached (`<prefix>offline.html`), and the
// site's web app manifest (`manifest.webmanifest`). The list is computed from
// the finished OutputTree, so the workers are added after every version and
// the version pages are rendered. Pure: tree in, files added.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/output_tree.h"
#include "config/site_config.h"
#include "render/asset_hasher.h"
#include "render/page_renderer.h"
#include "render/template_engine.h"

namespace handboek::render {

// A phone on a slow or metered line downloads the whole list on the first
// visit of a version, so it is kept small: a file above `max_file_bytes` is
// left out, and files are added (most needed first) until `max_total_bytes`.
struct PrecacheLimits {
  size_t max_file_bytes = 512 * 1024;
  size_t max_total_bytes = 6 * 1024 * 1024;
};

struct Precache {
  std::vector<std::string> urls;  // relative to the version root ("./", "processen/x/", "../../assets/…"), sorted
  size_t total_bytes = 0;
  std::vector<std::string> left_out;  // output paths over a limit, sorted
  std::string version;                // content hash of the listed paths and their bytes
};

// The files of the version at `prefix` ("/", "/versies/2019.2/", "/concept/")
// that a reader needs offline: its pages (as their folder URL), form schemas,
// static files and the shared theme assets. Never a file of another version
// (the root leaves out concept/ and versies/, which also hold the list of
// versions), the worker itself, 404.html or sitemap.xml. Order of adding: theme assets and the offline
// page, then pages, then form schemas, then everything else, each by path.
Precache precache_list(const base::OutputTree& tree, const std::string& prefix, const PrecacheLimits& limits = {});

// A version's files when they are written already (the build writes each
// version as soon as it is rendered): their sizes by output path, and how
// to read one back (only the listed files are read, for the list's hash).
struct WrittenFiles {
  std::map<std::string, size_t> sizes;
  std::function<std::string(const std::string&)> bytes_of;
};
Precache precache_list(const WrittenFiles& files, const std::string& prefix, const PrecacheLimits& limits = {});
// The files of `tree`, read from it.
WrittenFiles files_of(const base::OutputTree& tree);

// True when the site is read offline: site.yaml does not say `offline: false`
// and the theme has the `serviceworker` and `offline` templates.
bool offline_enabled(const config::SiteConfig& config, const TemplateEngine& templates);

// Site-absolute URLs of the files below (for the layout's keys).
std::string offline_worker_url(const std::string& prefix);
inline constexpr const char* kManifestUrl = "/manifest.webmanifest";

// `<prefix>offline.html` with the theme's `offline` template.
void render_offline_page(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                         base::OutputTree& tree);

// The worker `<prefix>sw.js` of the version at `prefix` among `files`, from
// the theme's `serviceworker` template; nullopt when offline reading is off
// (no offline page, or no such template). Its path in the site:
std::optional<std::string> offline_worker(const WrittenFiles& files, const std::string& prefix,
                                          const TemplateEngine& templates, const PrecacheLimits& limits = {});
std::string offline_worker_path(const std::string& prefix);

// `<prefix>sw.js` for every version in `prefixes`, from the theme's
// `serviceworker` template. Call after everything else is in `tree`.
void add_offline_workers(base::OutputTree& tree, const std::vector<std::string>& prefixes,
                         const TemplateEngine& templates, const PrecacheLimits& limits = {});

// manifest.webmanifest: name from site.yaml, the theme's icoon.svg.
std::string render_manifest(const config::SiteConfig& config, const AssetMap& assets, const ThemeStrings& strings);

}  // namespace handboek::render
