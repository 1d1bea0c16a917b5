#include "render/offline_files.h"

#include <algorithm>

#include "base/content_hash.h"
#include "model/url_map.h"
#include "render/json_text.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

constexpr const char* kWorkerFile = "sw.js";
constexpr const char* kOfflinePage = "offline.html";

// The top-level folders (relative to `prefix`, with '/') that hold other
// versions and the site's list of versions: at the root "concept/" and
// "versies/" (model/url_map reserves them), whichever versions exist, so the
// root's worker depends only on the root version. No version is nested in
// another one.
std::vector<std::string> nested_versions(const std::string& prefix) {
  std::vector<std::string> folders = model::folders_of_other_versions(prefix);
  for (std::string& folder : folders) folder += '/';
  return folders;
}

// Which files a reader misses most when they are not there: 0 is needed by
// every page, then the pages, the form schemas, the rest.
int priority(const std::string& relative) {
  if (relative.starts_with("assets/") || relative == kOfflinePage) return 0;
  if (relative == "index.html" || relative.ends_with("/index.html")) return 1;
  if (relative.ends_with(".json")) return 2;
  return 3;
}

// The URL a browser asks for, relative to the worker at `prefix`: a page by
// its folder, a file of the site root (the shared assets) with "../".
std::string worker_relative_url(const std::string& path, const std::string& prefix) {
  std::string url;
  if (path.starts_with(prefix.substr(1))) {
    url = path.substr(prefix.size() - 1);
  } else {
    for (size_t depth = std::count(prefix.begin(), prefix.end(), '/') - 1; depth > 0; --depth) url += "../";
    url += path;
  }
  if (url == "index.html") return "./";
  if (url.ends_with("/index.html")) url.resize(url.size() - std::string("index.html").size());
  return url;
}

std::string json_list(const std::vector<std::string>& items) {
  return json_text(Json(items));  // inside a script: no trailing newline
}

}  // namespace

Precache precache_list(const WrittenFiles& files, const std::string& prefix, const PrecacheLimits& limits) {
  const std::string own = prefix.substr(1);  // "" for the root, "versies/2019.2/"
  const std::vector<std::string> nested = nested_versions(prefix);
  struct Candidate {
    int priority;
    const std::string* path;
    size_t size;
  };
  std::vector<Candidate> candidates;
  for (const auto& [path, size] : files.sizes) {
    if (path.starts_with("assets/")) {
      candidates.push_back({0, &path, size});
      continue;
    }
    if (!path.starts_with(own)) continue;
    const std::string relative = path.substr(own.size());
    const bool in_nested = std::any_of(nested.begin(), nested.end(),
                                       [&](const std::string& folder) { return relative.starts_with(folder); });
    if (in_nested || relative == kWorkerFile || relative == "404.html" || relative == "sitemap.xml" ||
        relative == "manifest.webmanifest") {
      continue;
    }
    candidates.push_back({priority(relative), &path, size});
  }
  // files.sizes is sorted by path, so a stable sort keeps that order inside a priority.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.priority < b.priority; });

  Precache precache;
  std::string fingerprint;
  bool full = false;
  for (const Candidate& candidate : candidates) {
    full = full || precache.total_bytes + candidate.size > limits.max_total_bytes;
    if (full || candidate.size > limits.max_file_bytes) {
      precache.left_out.push_back(*candidate.path);
      continue;
    }
    precache.total_bytes += candidate.size;
    precache.urls.push_back(worker_relative_url(*candidate.path, prefix));
    fingerprint += *candidate.path + '\0' + base::content_hash(files.bytes_of(*candidate.path)) + '\n';
  }
  std::sort(precache.urls.begin(), precache.urls.end());
  std::sort(precache.left_out.begin(), precache.left_out.end());
  precache.version = base::content_hash(fingerprint);
  return precache;
}

WrittenFiles files_of(const base::OutputTree& tree) {
  WrittenFiles files;
  for (const auto& [path, bytes] : tree.files()) files.sizes.emplace(path, bytes.size());
  files.bytes_of = [&tree](const std::string& path) {
    const std::string* bytes = tree.find(path);
    return bytes ? *bytes : std::string();
  };
  return files;
}

Precache precache_list(const base::OutputTree& tree, const std::string& prefix, const PrecacheLimits& limits) {
  return precache_list(files_of(tree), prefix, limits);
}

bool offline_enabled(const config::SiteConfig& config, const TemplateEngine& templates) {
  return config.offline && templates.has("serviceworker") && templates.has("offline");
}

std::string offline_worker_url(const std::string& prefix) {
  return prefix + kWorkerFile;
}

void render_offline_page(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                         base::OutputTree& tree) {
  if (!offline_enabled(model.config, templates)) return;
  const std::string url = model.version.prefix + kOfflinePage;
  tree.add(url.substr(1), renderer.render_document(url, templates.strings()[Text::kOfflineTitle],
                                                   templates.render("offline", data{}), nullptr));
}

std::optional<std::string> offline_worker(const WrittenFiles& files, const std::string& prefix,
                                          const TemplateEngine& templates, const PrecacheLimits& limits) {
  if (!templates.has("serviceworker")) return std::nullopt;
  if (!files.sizes.count(prefix.substr(1) + kOfflinePage)) return std::nullopt;  // offline reading is off
  const Precache precache = precache_list(files, prefix, limits);
  data worker;
  worker.set("version", precache.version);
  worker.set("precache_json", json_list(precache.urls));
  worker.set("nested_versions_json", json_list(nested_versions(prefix)));
  worker.set("offline_url", kOfflinePage);
  worker.set("versions_json_url", model::relative_url(prefix, model::kVersionsJsonUrl));
  worker.set("total_bytes", std::to_string(precache.total_bytes));
  return templates.render("serviceworker", worker);
}

std::string offline_worker_path(const std::string& prefix) {
  return prefix.substr(1) + kWorkerFile;
}

void add_offline_workers(base::OutputTree& tree, const std::vector<std::string>& prefixes,
                         const TemplateEngine& templates, const PrecacheLimits& limits) {
  for (const std::string& prefix : prefixes) {
    if (auto worker = offline_worker(files_of(tree), prefix, templates, limits)) {
      tree.add(offline_worker_path(prefix), std::move(*worker));
    }
  }
}

std::string render_manifest(const config::SiteConfig& config, const AssetMap& assets, const ThemeStrings& strings) {
  Json manifest = {{"name", config.title}, {"short_name", strings[Text::kAppShortName]}};
  if (!config.subtitle.empty()) manifest["description"] = config.subtitle;
  manifest["lang"] = config.language;
  // Relative to the manifest (at the site root), so the site works under any base path.
  manifest["start_url"] = "./";
  manifest["scope"] = "./";
  manifest["display"] = "standalone";
  manifest["background_color"] = "#ffffff";
  manifest["theme_color"] = "#1c4f8c";
  Json icons = Json::array();
  if (const std::string icon = assets.url("icoon.svg"); !icon.empty()) {
    icons.push_back({{"src", icon.substr(1)}, {"sizes", "any"}, {"type", "image/svg+xml"}, {"purpose", "any"}});
  }
  manifest["icons"] = std::move(icons);
  return json_text(manifest) + "\n\n";
}

}  // namespace handboek::render
