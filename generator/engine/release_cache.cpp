#include "engine/release_cache.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "base/content_hash.h"
#include "base/installation.h"
#include "base/parallel_for.h"
#include "base/site_files.h"
#include "history/versions.h"
#include "model/url_map.h"
#include "output/atomic_writer.h"
#include "render/theme.h"
#include "source/git_tree_source.h"
#include "source/working_tree_source.h"

namespace handboek::engine {

namespace fs = std::filesystem;

namespace {

// The GNU build id note of the main program, as hex ("" without one).
int find_build_id(struct dl_phdr_info* info, size_t, void* found) {
  if (info->dlpi_name && info->dlpi_name[0] != '\0') return 0;  // a shared library: the program comes first
  for (ElfW(Half) i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& header = info->dlpi_phdr[i];
    if (header.p_type != PT_NOTE) continue;
    const char* note = reinterpret_cast<const char*>(info->dlpi_addr + header.p_vaddr);
    const char* end = note + header.p_memsz;
    while (note + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) head;
      std::memcpy(&head, note, sizeof(head));
      const char* name = note + sizeof(head);
      const char* desc = name + ((head.n_namesz + 3) & ~3u);
      if (head.n_type == NT_GNU_BUILD_ID && head.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0 &&
          desc + head.n_descsz <= end) {
        static constexpr char kHex[] = "0123456789abcdef";
        auto& id = *static_cast<std::string*>(found);
        for (uint32_t b = 0; b < head.n_descsz; ++b) {
          const auto byte = static_cast<unsigned char>(desc[b]);
          id += kHex[byte >> 4];
          id += kHex[byte & 0xF];
        }
        return 1;
      }
      note = desc + ((head.n_descsz + 3) & ~3u);
    }
  }
  return 1;
}

// Every file below `folder` of `source`, as "path\0hash\n" lines in name order.
void fingerprint_folder(const source::Source& source, const base::SitePath& folder, std::string& lines) {
  for (const source::DirEntry& entry : source.list_dir(folder)) {
    const auto path = folder.join(entry.name);
    if (!path) continue;
    if (entry.is_dir) {
      fingerprint_folder(source, *path, lines);
    } else if (const auto bytes = source.read_file(*path)) {
      lines += path->str() + '\0' + base::content_hash(*bytes) + '\n';
    }
  }
}

// Whether `folder` lies inside the site and the commit at HEAD has anything
// at its path (a folder, a file, a symlink, a submodule), or a file, symlink
// or submodule above it: then what is there came from the repository
// (perhaps a pull request) and is not ours.
bool tracked_in_head(const LoadedVersions& site, const fs::path& folder) {
  const fs::path& site_dir = site.site_dir;
  if (!site.plan.repository) return false;
  std::error_code error;
  const fs::path relative =
      fs::weakly_canonical(folder, error).lexically_relative(fs::weakly_canonical(site_dir, error));
  if (error || relative.empty() || *relative.begin() == "..") return false;
  const auto path = base::SitePath::parse(relative.generic_string());
  const std::string head = history::head_commit(*site.plan.repository);
  if (!path || head.empty()) return false;
  const source::GitTreeSource tree(site.plan.repository, head, "HEAD");
  if (tree.has_entry(*path)) return true;
  for (base::SitePath above = path->parent(); !above.is_root(); above = above.parent()) {
    if (tree.has_entry(above) && !tree.is_folder(above)) return true;
  }
  return false;
}

}  // namespace

output::VersionFolder version_folder(const model::VersionInfo& version) {
  return {version.prefix, model::folders_of_other_versions(version.prefix)};
}

std::string generator_fingerprint() {
  std::string id;
  dl_iterate_phdr(find_build_id, &id);
  if (!id.empty()) return "build-id " + id;
  const auto& executable = base::executable_path();
  std::ifstream binary(executable ? *executable : std::filesystem::path("/proc/self/exe"), std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(binary), std::istreambuf_iterator<char>()};
  return "bytes " + base::content_hash(bytes);
}

std::string theme_fingerprint(const source::Source& site, const std::string& name) {
  std::unique_ptr<source::Source> installed;
  const source::Source* source = render::locate_theme(site, name, installed);
  const auto folder = base::SitePath::parse(std::string(base::kThemesDir) + "/" + name);
  if (!source || !folder) return "";
  std::string lines;
  fingerprint_folder(*source, *folder, lines);
  if (source == &site) {
    // A site's own theme takes the strings and snippets it leaves out from
    // the installed default theme (themes/default/README.md).
    if (const auto root = render::installed_theme_root()) {
      const source::WorkingTreeSource default_theme(*root);
      fingerprint_folder(default_theme, *base::SitePath::parse(std::string(base::kThemesDir) + "/default"), lines);
    }
  }
  return base::content_hash(lines);
}

std::string release_key_text(const CacheInputs& inputs, const LoadedVersions& site, size_t build) {
  const auto line = [](std::string& text, const std::string& label, const std::string& value) {
    text += label + " " + base::content_hash(value) + "\n";
  };
  std::string text = "handboek release key 1\n";
  line(text, "generator", inputs.generator);
  line(text, "theme", inputs.theme);
  line(text, "site.yaml", inputs.config);
  line(text, "tools", inputs.tools);
  line(text, "repository-folder", site.plan.repository ? site.plan.repository->site_prefix() : "");
  text += "prefix " + site.version(build).prefix + "\n";
  // This release and every one before it: its change pages compare it with
  // them (the current one with all), and its history names them.
  for (size_t older = build; older < site.size(); ++older) {
    const VersionSlot& release = site.slot(older);
    if (!release.is_release() || !release.published) continue;
    const model::VersionInfo& info = release.context.version;
    text += "release " + info.name + " " + release.commit_id + " " + info.prefix + " " +
            base::content_hash(info.date + '\0' + info.message + '\0' + (info.is_current ? "current" : "")) + "\n";
  }
  return text;
}

ReleaseCache::ReleaseCache(const fs::path& folder, const CacheInputs& inputs, LoadedVersions& site,
                           std::vector<std::string>& warnings) {
  bool releases = false;
  for (size_t i = 0; i < site.size(); ++i) releases = releases || site.slot(i).is_release();
  if (!releases) return;  // nothing here is a release: nothing to keep
  if (tracked_in_head(site, folder)) {
    warnings.push_back(
        "de buildcache " + folder.string() +
        " staat in de repository (HEAD) en wordt niet gebruikt: een cache komt alleen van handboek zelf");
    return;
  }
  base::StatusOr<output::BuildCache> opened = output::BuildCache::open(folder);
  if (!opened.ok()) {
    warnings.push_back("zonder buildcache: " + opened.status().message());
    return;
  }
  cache_ = std::move(*opened);
  for (size_t i = 0; i < site.size(); ++i) {
    VersionSlot& slot = site.slot(i);
    if (!slot.is_release() || !slot.published) continue;
    CachedRelease& cached = slot.cache;
    cached.key_text = release_key_text(inputs, site, i);
    cached.name = base::content_hash(cached.key_text);
    std::string warning;
    std::string note;
    cached.hit = cache_->has(cached.name, cached.key_text, warning, &note);
    if (!warning.empty()) warnings.push_back(warning);
    if (!cached.hit) continue;
    if (auto parsed = parse_note(note)) {
      cached.changes = parsed->changes;
      cached.diagnostics = std::move(parsed->diagnostics);
      ++hits_;
    } else {
      cached.hit = false;
      warnings.push_back("buildcache-item " + (cache_->folder() / cached.name).string() +
                         " is beschadigd (note); die versie wordt opnieuw gebouwd");
    }
  }
}

void add_cached_diagnostics(const VersionSlot& slot, base::Diagnostics& diagnostics) {
  if (!slot.cache.hit || slot.was_loaded) return;
  for (const base::Diagnostic& diagnostic : slot.cache.diagnostics) diagnostics.add(diagnostic);
}

base::Status ReleaseCache::link_in(const LoadedVersions& site, size_t slot, const fs::path& site_folder,
                                   size_t& count) const {
  const VersionSlot& release = site.slot(slot);
  return cache_->restore(release.cache.name, site_folder / release.version().prefix.substr(1), count);
}

base::Status ReleaseCache::restore(const LoadedVersions& site, const fs::path& site_folder, const fs::path& out,
                                   int jobs) {
  out_ = out;
  std::vector<size_t> hits;
  for (size_t i = 0; i < site.size(); ++i) {
    const VersionSlot& slot = site.slot(i);
    if (!slot.cache.hit) continue;
    const auto [prefix, nested] = version_folder(slot.version());
    if (const auto files = cache_->linked_copy_size(slot.cache.name, out / prefix.substr(1), nested)) {
      left_in_out_.emplace_back(i, *files);
    } else {
      hits.push_back(i);
    }
  }
  std::vector<base::Status> results(hits.size());
  std::vector<size_t> counts(hits.size(), 0);
  base::parallel_for(hits.size(), jobs, [&](size_t i) { results[i] = link_in(site, hits[i], site_folder, counts[i]); });
  for (size_t i = 0; i < hits.size(); ++i) {
    if (!results[i].ok()) return results[i];
    restored_files_ += counts[i];
  }
  return {};
}

base::Status ReleaseCache::take_over(const LoadedVersions& site, const fs::path& site_folder) {
  for (const auto& [slot, files] : left_in_out_) {
    const auto [prefix, nested] = version_folder(site.slot(slot).version());
    // "/versies/2020.1/" → versies/2020.1 (no trailing slash: its parent
    // is versies).
    const fs::path relative = fs::path(prefix.substr(1)).parent_path();
    const fs::path from = out_ / relative;
    const fs::path to = site_folder / relative;
    // The root's files lie beside the site's own folders (versies/,
    // concept/) and marker: its entries move one by one.
    std::vector<std::string> names;
    std::error_code error;
    if (prefix == "/") {
      for (const fs::directory_entry& entry : fs::directory_iterator(from, error)) {
        const std::string name = entry.path().filename().string();
        if (name != output::kMarkerFile && std::find(nested.begin(), nested.end(), name) == nested.end()) {
          names.push_back(name);
        }
      }
    } else {
      names.push_back("");
      fs::create_directories(to.parent_path(), error);
    }
    const size_t before = moved_.size();
    bool whole = !error;
    for (const std::string& name : names) {
      if (!whole) break;
      const fs::path source = name.empty() ? from : from / name;
      const fs::path target = name.empty() ? to : to / name;
      whole = ::renameat2(AT_FDCWD, source.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0;
      if (whole) moved_.push_back({source, target});
    }
    if (whole) {
      restored_files_ += files;
      continue;
    }
    move_back(before);  // what moved of this release; it is linked from the cache instead
    size_t count = 0;
    if (base::Status linked = link_in(site, slot, site_folder, count); !linked.ok()) return linked;
    restored_files_ += count;
  }
  return {};
}

void ReleaseCache::move_back(size_t keep) {
  for (; moved_.size() > keep; moved_.pop_back()) ::rename(moved_.back().to.c_str(), moved_.back().from.c_str());
}

void ReleaseCache::store(const LoadedVersions& site, const fs::path& out, std::vector<std::string>& warnings) {
  if (!cache_) return;
  std::set<std::string> used;
  for (size_t i = 0; i < site.size(); ++i) {
    const VersionSlot& slot = site.slot(i);
    if (slot.cache.name.empty()) continue;
    used.insert(slot.cache.name);
    if (slot.cache.hit) continue;
    const auto [prefix, nested] = version_folder(slot.version());
    const base::Status stored = cache_->store(slot.cache.name, slot.cache.key_text, out / prefix.substr(1), nested,
                                              note_text(ReleaseNote{slot.changes, slot.found}));
    if (!stored.ok()) warnings.push_back("niet in de buildcache: " + stored.message());
  }
  cache_->prune(used);
}

std::string note_text(const ReleaseNote& note) {
  nlohmann::ordered_json json = {{"format", 1}};
  if (note.changes) {
    json["changes"] = {
        {"added", note.changes->added}, {"changed", note.changes->changed}, {"removed", note.changes->removed}};
  }
  nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
  for (const base::Diagnostic& diagnostic : note.diagnostics) {
    diagnostics.push_back({{"path", diagnostic.path},
                           {"line", diagnostic.line},
                           {"column", diagnostic.column},
                           {"error", diagnostic.severity == base::Severity::kError},
                           {"message", diagnostic.message}});
  }
  json["diagnostics"] = std::move(diagnostics);
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::optional<ReleaseNote> parse_note(const std::string& text) {
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object() || json.value("format", 0) != 1 || !json.contains("diagnostics") ||
      !json["diagnostics"].is_array()) {
    return std::nullopt;
  }
  // A count is a number >= 0 (get<size_t> would take -1 as a huge one).
  const auto count = [](const nlohmann::json& object, const char* key) {
    const nlohmann::json& value = object.at(key);
    if (!value.is_number_unsigned()) throw nlohmann::json::type_error::create(302, "count", &value);
    return value.get<size_t>();
  };
  ReleaseNote note;
  try {
    if (json.contains("changes")) {
      const nlohmann::json& changes = json["changes"];
      note.changes =
          render::ChangeCounts{count(changes, "added"), count(changes, "changed"), count(changes, "removed")};
    }
    for (const nlohmann::json& item : json["diagnostics"]) {
      base::Diagnostic diagnostic;
      diagnostic.path = item.at("path").get<std::string>();
      diagnostic.line = item.at("line").get<int>();
      diagnostic.column = item.at("column").get<int>();
      diagnostic.severity = item.at("error").get<bool>() ? base::Severity::kError : base::Severity::kWarning;
      diagnostic.message = item.at("message").get<std::string>();
      note.diagnostics.push_back(std::move(diagnostic));
    }
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
  return note;
}

}  // namespace handboek::engine
