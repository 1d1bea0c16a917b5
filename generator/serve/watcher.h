// Watcher: the site folder's changes from inotify, as relative paths,
// debounced (an editor's save is often several events: write, rename,
// chmod). Watches site.yaml and the folders content/, forms/ and themes/
// recursively, adding folders made later; never .git/ or an output folder.
// Owns its inotify descriptor. Used by one thread.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "base/status.h"

namespace handboek::serve {

class Watcher {
 public:
  Watcher() = default;
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  // Starts watching `site_dir`. A failure (no inotify, too many watches)
  // says why, with the OS reason.
  // `content_dir`: the site's content folder when it is not content/ (docs/ of a MkDocs handbook).
  base::Status start(const std::filesystem::path& site_dir, const std::string& content_dir = "content");

  // Waits up to `timeout` for a change, then collects more until `quiet`
  // passes without one. Returns the changed paths (relative, sorted; a
  // renamed file appears under both names); empty on timeout.
  std::set<std::string> wait(std::chrono::milliseconds timeout,
                             std::chrono::milliseconds quiet = std::chrono::milliseconds(30));

 private:
  void watch_tree(const std::filesystem::path& folder);
  void watch_folder(const std::filesystem::path& folder);
  // Reads the pending events into `changed`; false when none were ready.
  bool read_events(std::set<std::string>& changed);

  std::filesystem::path root_;
  int fd_ = -1;
  std::map<int, std::string> folders_;  // watch descriptor → folder relative to root_ ("" for the root)
};

}  // namespace handboek::serve
