#include "serve/watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>

#include "base/site_files.h"

namespace handboek::serve {

namespace fs = std::filesystem;

namespace {

constexpr uint32_t kEvents =
    IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ATTRIB;

const char* const kWatchedFolders[] = {"content", "forms", "themes"};

}  // namespace

Watcher::~Watcher() {
  if (fd_ >= 0) ::close(fd_);
}

base::Status Watcher::start(const fs::path& site_dir, const std::string& content_dir) {
  root_ = site_dir;
  fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) return base::Status::io_error("kan " + site_dir.string() + " niet in de gaten houden (inotify)", errno);
  // The root itself only for site.yaml and folders made later.
  const int root_watch = ::inotify_add_watch(fd_, root_.c_str(), kEvents);
  if (root_watch < 0) return base::Status::io_error("kan " + site_dir.string() + " niet in de gaten houden", errno);
  folders_[root_watch] = "";
  for (const char* folder : kWatchedFolders) watch_tree(root_ / folder);
  if (content_dir != "content") watch_tree(root_ / content_dir);
  return {};
}

void Watcher::watch_folder(const fs::path& folder) {
  const int watch = ::inotify_add_watch(fd_, folder.c_str(), kEvents | IN_ONLYDIR);
  if (watch >= 0) folders_[watch] = folder.lexically_relative(root_).generic_string();
}

void Watcher::watch_tree(const fs::path& folder) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) return;
  watch_folder(folder);
  // Symlinked folders are not followed: a link leaving the site is never read.
  for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    if (it->is_directory(error) && !it->is_symlink(error)) watch_folder(it->path());
  }
}

bool Watcher::read_events(std::set<std::string>& changed) {
  alignas(inotify_event) char buffer[16384];
  bool any = false;
  while (true) {
    const ssize_t length = ::read(fd_, buffer, sizeof buffer);
    if (length <= 0) return any;
    for (ssize_t offset = 0; offset < length;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
      offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      const auto folder = folders_.find(event->wd);
      if (folder == folders_.end() || event->len == 0) continue;
      const std::string name = event->name;
      const std::string relative = folder->second.empty() ? name : folder->second + "/" + name;
      if (folder->second.empty() && relative != base::kSiteYaml && relative != "mkdocs.yml") {
        // A watched top-level folder made (or moved in) later.
        for (const char* watched : kWatchedFolders) {
          if (relative == watched && (event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) {
            watch_tree(root_ / relative);
            changed.insert(relative);
            any = true;
          }
        }
        continue;
      }
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(root_ / relative);
      changed.insert(relative);
      any = true;
    }
  }
}

std::set<std::string> Watcher::wait(std::chrono::milliseconds timeout, std::chrono::milliseconds quiet) {
  std::set<std::string> changed;
  pollfd descriptor{fd_, POLLIN, 0};
  if (::poll(&descriptor, 1, static_cast<int>(timeout.count())) <= 0) return changed;
  read_events(changed);
  while (::poll(&descriptor, 1, static_cast<int>(quiet.count())) > 0) read_events(changed);
  return changed;
}

}  // namespace handboek::serve
