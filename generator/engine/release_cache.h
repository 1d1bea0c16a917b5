// Which releases of a build come from the build cache (issue 12 item 2,
// docs/performance.md "The build cache"). A release is a tag, so its files
// depend only on inputs that can be named before rendering: its commit,
// the commits and names of the releases before it (its change pages), the
// theme, the working tree's site.yaml, the generator binary and which PDF
// printer and search indexer run. Those make its key. A release whose key
// has a whole entry in the cache is copied from it instead of rendered,
// printed and indexed; after a build is published, the releases that were
// rendered are stored and entries the site no longer uses are deleted.
//
// Each entry also keeps a note of what the build needs from the release
// without loading it: its row in /versies/ (how many pages were added,
// changed and removed) and its diagnostics, so a warm build prints the same
// warnings and lists the same counts as a cold one.
//
// The working tree (root build outside git, concept) is never cached: it
// changes with every edit.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/diagnostics.h"
#include "engine/loaded_versions.h"
#include "output/build_cache.h"
#include "output/search_indexer.h"
#include "render/version_index.h"
#include "source/source.h"

namespace handboek::engine {

// Everything besides the releases themselves that their files depend on.
struct CacheInputs {
  std::string generator;  // this binary (generator_fingerprint())
  std::string theme;      // the theme's files (theme_fingerprint())
  std::string config;     // the working tree's site.yaml, as bytes
  std::string tools;      // the PDF printer and search indexer in use ("" when off)
};

// The GNU build id of the running binary (the linker's hash of it), or a
// hash of its bytes when it has none.
std::string generator_fingerprint();

// A hash of every file of themes/<name>/ where the site's theme is found
// (the site, else the installed themes); "" when there is none.
std::string theme_fingerprint(const source::Source& site, const std::string& name);

// The folder of `version` in the written site: what its search index and
// its cache entry hold.
output::VersionFolder version_folder(const model::VersionInfo& version);

// The key text of build `build` of `site` (a release): one input per line.
std::string release_key_text(const CacheInputs& inputs, const LoadedVersions& site, size_t build);

// What a release's entry remembers of it besides its files.
struct ReleaseNote {
  std::optional<render::ChangeCounts> changes;  // against the release before it
  std::vector<base::Diagnostic> diagnostics;    // as merged (merge_version_diagnostics)
};

std::string note_text(const ReleaseNote& note);
// nullopt when `text` is not a note this format wrote.
std::optional<ReleaseNote> parse_note(const std::string& text);

// Sets the `cache` of every release slot and copies hits into the site
// being written; its state per release lives in VersionSlot::cache.
class ReleaseCache {
 public:
  // A build without a cache: every release is rendered.
  ReleaseCache() = default;

  // Opens the cache at `folder` and looks up every published release of
  // `site`. When the cache cannot be used, or lies in the site folder and
  // is part of the repository's HEAD (a cache from a pull request is never
  // trusted), the build runs without it and `warnings` says why.
  ReleaseCache(const std::filesystem::path& folder, const CacheInputs& inputs, LoadedVersions& site,
               std::vector<std::string>& warnings);

  size_t hit_count() const { return hits_; }
  size_t restored_files() const { return restored_files_; }

  // Places every cached release's files in `site_folder` (the temporary
  // folder being written), releases on up to `jobs` threads: a release is
  // thousands of folders and links, each one system call. A release whose
  // folder in the previous site `out` is the cache entry itself (its files
  // are hard links to the entry's) is left there, to be taken over.
  base::Status restore(const LoadedVersions& site, const std::filesystem::path& site_folder,
                       const std::filesystem::path& out, int jobs);

  // Moves the releases restore() left in `out` into `site_folder`, a
  // rename per folder (a warm build's files were all made by an earlier
  // build; making them again is most of its time). Called last before
  // the new site replaces `out`, so the previous site stays whole while
  // the build runs; a release that cannot be moved is linked instead.
  base::Status take_over(const LoadedVersions& site, const std::filesystem::path& site_folder);
  // Moves what take_over() moved back to `out`: the new site did not
  // replace it.
  void give_back() { move_back(0); }

  // After the site at `out` is published: stores every release that was
  // rendered, with its change counts and diagnostics, and deletes entries
  // this site no longer uses. Failures are warnings; the site is already
  // there.
  void store(const LoadedVersions& site, const std::filesystem::path& out, std::vector<std::string>& warnings);

 private:
  // A folder moved from the previous site into the new one.
  struct Moved {
    std::filesystem::path from;
    std::filesystem::path to;
  };

  // Moves all but the first `keep` of moved_ back, newest first.
  void move_back(size_t keep);
  // Links release slot `slot`'s files from the cache into the new site.
  base::Status link_in(const LoadedVersions& site, size_t slot, const std::filesystem::path& site_folder,
                       size_t& count) const;

  std::optional<output::BuildCache> cache_;
  std::filesystem::path out_;
  std::vector<std::pair<size_t, size_t>> left_in_out_;  // slot, its number of files
  std::vector<Moved> moved_;
  size_t hits_ = 0;
  size_t restored_files_ = 0;
};

// Adds the diagnostics of a cached slot from its entry's note, unless its
// model was loaded in this run (then loading added them already).
void add_cached_diagnostics(const VersionSlot& slot, base::Diagnostics& diagnostics);

}  // namespace handboek::engine
