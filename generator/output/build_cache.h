// BuildCache: finished versions of the site kept between builds, so a
// release that has not changed is copied instead of rendered, printed and
// indexed again (docs/performance.md "The build cache"). It owns the cache
// folder on disk and nothing else: which inputs make a key is the caller's
// business (engine/release_cache.h); this module stores, verifies,
// restores and prunes entries by key.
//
// Layout: <cache>/<key>/files/<n> (the files of a version's folder as it
// was published, hard links where the file system allows, numbered in the
// manifest's order: one folder, not a folder per page), <cache>/<key>/note
// (what the caller wants to know of the version without loading it again)
// and <cache>/<key>/manifest (the full key text, the note's hash, then
// each file's size, modification time and path in the version). An
// entry is created under a temporary name and renamed into place, so a
// killed build leaves no half entry under a key. The folder's .gitignore
// keeps it out of commits; a lock file keeps two builds from pruning each
// other's entries.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/status.h"

namespace handboek::output {

// The file that marks a folder as a handboek cache (with the format version).
inline constexpr const char* kCacheMarkerFile = "HANDBOEK-CACHE";

class BuildCache {
 public:
  // Opens `folder` as the cache, creating it when missing. nullopt, with
  // `why` set, when it cannot be used: it is a file, a folder that is not
  // a handboek cache, unwritable, or locked by a build that is running.
  static base::StatusOr<BuildCache> open(const std::filesystem::path& folder);

  BuildCache(BuildCache&&) noexcept;
  BuildCache& operator=(BuildCache&&) noexcept;
  ~BuildCache();

  const std::filesystem::path& folder() const { return folder_; }

  // The entry stored under `name` (a hex digest of `key_text`), when it is
  // whole: its manifest names this key text, and every file it lists is a
  // regular file (not a link) of the recorded size and modification time —
  // a published file edited in place changes the time of its hard-linked
  // twin here too — and its note is the one stored (then copied to `note`
  // when given). A damaged or foreign entry sets `warning` and counts as
  // absent; it is replaced when this version is stored again.
  bool has(const std::string& name, const std::string& key_text, std::string& warning, std::string* note = nullptr);

  // Places the files of entry `name` under `destination` (hard links, or
  // copies where links cannot be made) and adds their number to
  // `restored`. REQUIRES: has(name, …) was true.
  base::Status restore(const std::string& name, const std::filesystem::path& destination, size_t& restored) const;

  // The number of files of entry `name` when `folder` (a version's folder
  // of the published site, leaving out its top-level folders `nested` and
  // the site's marker file) holds exactly them, each a hard link to the
  // entry's file (the same inode, which has() found unchanged); nullopt
  // otherwise. Such a folder is the entry already: the next site can take
  // it over by renaming it, instead of linking every file into a fresh
  // tree of folders. REQUIRES: has(name, …) was true.
  std::optional<size_t> linked_copy_size(const std::string& name, const std::filesystem::path& folder,
                                         const std::vector<std::string>& nested) const;

  // Stores every file below `version_folder` as entry `name`, leaving out
  // the top-level folders `nested` (the root version holds versies/ and
  // concept/), with `note`. An existing entry of that name is replaced.
  base::Status store(const std::string& name, const std::string& key_text, const std::filesystem::path& version_folder,
                     const std::vector<std::string>& nested, const std::string& note = "");

  // Deletes every entry not named in `keep`, so the cache holds what the
  // site of the last build needs and does not grow with each build.
  void prune(const std::set<std::string>& keep) const;

 private:
  BuildCache(std::filesystem::path folder, int lock_fd) : folder_(std::move(folder)), lock_fd_(lock_fd) {}

  // Per entry found whole by has(): its files' inodes, by path.
  struct Inodes {
    dev_t device = 0;
    std::map<std::string, ino_t, std::less<>> files;
  };

  std::filesystem::path folder_;
  int lock_fd_ = -1;  // flock()ed for as long as this build uses the cache
  std::map<std::string, Inodes> inodes_;
};

}  // namespace handboek::output
