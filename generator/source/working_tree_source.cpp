#include "source/working_tree_source.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace handboek::source {

namespace fs = std::filesystem;

WorkingTreeSource::WorkingTreeSource(const fs::path& root) : root_(fs::weakly_canonical(root)) {}

// The folder `path`'s symlinks must stay in: its top-level folder (content/,
// forms/, themes/ …), so content/x.txt → ../.git/config is not followed
// although it stays inside the site. A top-level entry (site.yaml, content/
// itself) must be itself: root/name, not a link elsewhere.
std::optional<fs::path> WorkingTreeSource::resolve_inside(const base::SitePath& path) const {
  std::error_code error;
  const fs::path real = fs::canonical(root_ / path.str(), error);
  if (error) return std::nullopt;
  if (path.is_root()) return real == root_ ? std::optional(real) : std::nullopt;
  const std::string& text = path.str();
  const size_t slash = text.find('/');
  const fs::path boundary = root_ / text.substr(0, slash);
  if (slash == std::string::npos) return real == boundary ? std::optional(real) : std::nullopt;
  const auto [boundary_end, unused] = std::mismatch(boundary.begin(), boundary.end(), real.begin(), real.end());
  if (boundary_end != boundary.end()) return std::nullopt;
  return real;
}

std::optional<std::string> WorkingTreeSource::read_file(const base::SitePath& path) const {
  const auto real = resolve_inside(path);
  std::error_code error;
  if (!real || !fs::is_regular_file(*real, error)) return std::nullopt;
  std::ifstream in(*real, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

// A folder reached through a symlink that leads back to itself or to a
// folder above it on the way there (`ln -s . x`, `ln -s .. y`): following
// it would walk forever (two such links double the work at every level).
// Compared by device and inode, so any spelling of the target is caught.
bool WorkingTreeSource::loops_back(const base::SitePath& link, const fs::path& target) const {
  struct stat target_status {};
  if (::stat(target.c_str(), &target_status) != 0) return false;
  for (base::SitePath folder = link.parent();; folder = folder.parent()) {
    struct stat folder_status {};
    if (::stat((root_ / folder.str()).c_str(), &folder_status) == 0 && folder_status.st_dev == target_status.st_dev &&
        folder_status.st_ino == target_status.st_ino) {
      return true;
    }
    if (folder.is_root()) return false;
  }
}

std::vector<DirEntry> WorkingTreeSource::list_dir(const base::SitePath& path,
                                                  std::vector<SkippedEntry>* skipped) const {
  std::vector<DirEntry> entries;
  const auto real = resolve_inside(path);
  std::error_code error;
  if (!real || !fs::is_directory(*real, error)) return entries;
  fs::directory_iterator iterator(*real, error);
  if (error) {
    if (skipped && !path.is_root()) {
      skipped->push_back(
          {path.str(), "deze map is niet te lezen (" + error.message() + "); de pagina's erin ontbreken"});
    }
    return entries;
  }
  for (; iterator != fs::directory_iterator(); iterator.increment(error)) {
    const fs::directory_entry& entry = *iterator;
    const std::string name = entry.path().filename().string();
    const auto child = path.join(name);
    const auto child_real = child ? resolve_inside(*child) : std::nullopt;
    std::error_code status_error;
    if (child_real && fs::is_directory(*child_real, status_error)) {
      if (entry.is_symlink(status_error) && loops_back(*child, *child_real)) {
        if (skipped)
          skipped->push_back({child->str(), "een symbolische link die terugwijst naar een map erboven; niet gevolgd"});
      } else {
        entries.push_back({name, true});
      }
    } else if (child_real && fs::is_regular_file(*child_real, status_error)) {
      entries.push_back({name, false});
    } else if (skipped) {
      skipped->push_back({child ? child->str() : name, kNotInsideSite});
    }
  }
  std::sort(entries.begin(), entries.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  if (skipped) std::sort(skipped->begin(), skipped->end());
  return entries;
}

std::string WorkingTreeSource::describe() const {
  return "working tree " + root_.string();
}

}  // namespace handboek::source
