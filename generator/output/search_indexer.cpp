#include "output/search_indexer.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <system_error>

#include "base/child_process.h"
#include "base/fresh_file.h"
#include "base/installation.h"

namespace handboek::output {

namespace fs = std::filesystem;
using base::describe_failed_run;
using base::find_on_path;
using base::is_executable_file;
using base::ProcessResult;
using base::run_process;

namespace {

constexpr const char* kPackageBinary = "tools/search/node_modules/.bin/pagefind";

std::string read_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

// Pagefind also writes its ready-made UIs and the highlighting script; the
// theme has its own search box (zoeken.js), so only what pagefind.js loads
// is kept: the entry file, the language's wasm and meta, index/, fragment/.
void remove_unused_bundle_files(const fs::path& bundle) {
  const std::string entry = read_file(bundle / "pagefind-entry.json");
  std::error_code error;
  std::vector<fs::path> unused;
  for (const fs::directory_entry& file : fs::directory_iterator(bundle, error)) {
    const std::string name = file.path().filename().string();
    const bool ui = name.rfind("pagefind-", 0) == 0 && name != "pagefind-entry.json" && name != "pagefind-worker.js";
    bool unused_wasm = false;
    if (name.rfind("wasm.", 0) == 0 && name.size() > 14) {
      const std::string language = name.substr(5, name.size() - 5 - std::string(".pagefind").size());
      unused_wasm = entry.find("\"wasm\":\"" + language + "\"") == std::string::npos;
    }
    if (ui || unused_wasm) unused.push_back(file.path());
  }
  for (const fs::path& path : unused) fs::remove(path, error);
}

// pagefind/precache.json: the bundle's files (relative to pagefind/, sorted)
// that the version's service worker keeps for searching offline
// (docs/offline.md). The bundle exists only after the pages are written, so
// the worker reads this list instead of carrying it. Files are added by
// path up to kSearchPrecacheBytes; a file over kSearchPrecacheFileBytes is
// left out (the worker keeps such a file once a search used it).
void write_precache_list(const fs::path& bundle) {
  std::vector<std::pair<std::string, uintmax_t>> files;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(bundle, error); !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    const std::string name = fs::relative(it->path(), bundle, error).generic_string();
    if (name != kSearchPrecacheList) files.emplace_back(name, it->file_size(error));
  }
  std::sort(files.begin(), files.end());
  std::string json = "[";
  uintmax_t total = 0;
  for (const auto& [name, size] : files) {
    if (size > kSearchPrecacheFileBytes) continue;
    if (total + size > kSearchPrecacheBytes) break;
    total += size;
    // Pagefind's names are ASCII letters, digits, '.', '_' and '-': nothing to escape.
    json += std::string(json.size() > 1 ? "," : "") + "\n  \"" + name + "\"";
  }
  base::write_fresh_file(bundle / kSearchPrecacheList, json + (json.size() > 1 ? "\n]\n" : "]\n"));
}

}  // namespace

SearchTool find_search_tool(const char* environment_value, const std::vector<fs::path>& installation_dirs,
                            const std::string& path_variable) {
  if (environment_value) {
    const std::string value = environment_value;
    if (value.empty() || value == "off" || value == "0") return {{}, "HANDBOEK_PAGEFIND=" + value + " zet het uit"};
    if (is_executable_file(value)) return {fs::absolute(value), ""};
    return {{}, "HANDBOEK_PAGEFIND wijst naar " + value + ", maar dat is geen uitvoerbaar bestand"};
  }
  for (const fs::path& folder : installation_dirs) {
    if (folder.empty()) continue;
    const fs::path candidate = folder / kPackageBinary;
    if (is_executable_file(candidate)) return {candidate, ""};
  }
  if (fs::path found = find_on_path("pagefind", path_variable); !found.empty()) return {found, ""};
  return {{},
          "Pagefind niet gevonden ($HANDBOEK_PAGEFIND, tools/search/ van de installatie of pagefind op PATH); "
          "installeer het met scripts/install-deps.sh"};
}

SearchTool find_search_tool() {
  std::vector<fs::path> installation_dirs;
#ifdef HANDBOEK_SOURCE_DIR
  installation_dirs.emplace_back(HANDBOEK_SOURCE_DIR);
#endif
  if (const auto share = base::installed_share_dir()) installation_dirs.push_back(*share);
  return find_search_tool(std::getenv("HANDBOEK_PAGEFIND"), installation_dirs, base::path_variable());
}

std::string version_glob(const fs::path& version_folder, const std::vector<std::string>& nested_folders) {
  std::vector<std::string> parts;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(version_folder, error)) {
    const std::string name = entry.path().filename().string();
    if (std::find(nested_folders.begin(), nested_folders.end(), name) != nested_folders.end()) continue;
    if (name == "pagefind" || name == "assets") continue;
    if (entry.is_directory(error)) {
      parts.push_back(name + "/**/*.html");
    } else if (entry.path().extension() == ".html") {
      parts.push_back(name);
    }
  }
  std::sort(parts.begin(), parts.end());
  std::string glob = "{";
  for (const std::string& part : parts) glob += (glob.size() > 1 ? "," : "") + part;
  return glob + "}";
}

base::Status build_search_index(const SearchTool& tool, const fs::path& site_folder,
                                const std::vector<VersionFolder>& versions) {
  for (const auto& [prefix, nested] : versions) {
    const fs::path folder = fs::absolute(site_folder) / prefix.substr(1);
    const std::string glob = version_glob(folder, nested);
    if (glob == "{}") continue;
    // Pagefind writes into pagefind/ in place: a bundle left there (linked
    // from the cache) goes first, so no shared inode is written through.
    std::error_code removed;
    fs::remove_all(folder / "pagefind", removed);
    const ProcessResult run = run_process(
        {tool.executable.string(), "--site", folder.string(), "--glob", glob, "--output-subdir", "pagefind"});
    if (!run.started || run.exit_code != 0) {
      return base::Status::failure("de zoekindex van versie " + prefix + " is mislukt: " + tool.executable.string() +
                                   " " + describe_failed_run(run, 15) +
                                   "\n(HANDBOEK_PAGEFIND=off bouwt zonder zoeken)");
    }
    remove_unused_bundle_files(folder / "pagefind");
    write_precache_list(folder / "pagefind");
  }
  return {};
}

}  // namespace handboek::output
