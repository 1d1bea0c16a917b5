#include "source/working_tree_source.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace handboek::source {

namespace fs = std::filesystem;

WorkingTreeSource::WorkingTreeSource(const fs::path& root) : root_(fs::weakly_canonical(root)) {}

std::optional<fs::path> WorkingTreeSource::resolve_inside(const base::SitePath& path) const {
  std::error_code error;
  const fs::path real = fs::canonical(root_ / path.str(), error);
  if (error) return std::nullopt;
  const auto [root_end, unused] = std::mismatch(root_.begin(), root_.end(), real.begin(), real.end());
  if (root_end != root_.end()) return std::nullopt;
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

std::vector<DirEntry> WorkingTreeSource::list_dir(const base::SitePath& path, std::vector<std::string>* skipped) const {
  std::vector<DirEntry> entries;
  const auto real = resolve_inside(path);
  std::error_code error;
  if (!real || !fs::is_directory(*real, error)) return entries;
  for (const fs::directory_entry& entry : fs::directory_iterator(*real, error)) {
    const std::string name = entry.path().filename().string();
    const auto child = path.join(name);
    const auto child_real = child ? resolve_inside(*child) : std::nullopt;
    std::error_code status_error;
    if (child_real && fs::is_directory(*child_real, status_error)) {
      entries.push_back({name, true});
    } else if (child_real && fs::is_regular_file(*child_real, status_error)) {
      entries.push_back({name, false});
    } else if (skipped) {
      skipped->push_back(child ? child->str() : name);
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
