#include "base/site_path.h"

#include <vector>

namespace handboek::base {

std::optional<SitePath> SitePath::parse(std::string_view path) {
  if (!path.empty() && path.front() == '/') return std::nullopt;
  if (path.find('\0') != std::string_view::npos) return std::nullopt;
  if (path.find('\\') != std::string_view::npos) return std::nullopt;
  std::vector<std::string_view> segments;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(start, end - start);
    if (segment == "..") {
      if (segments.empty()) return std::nullopt;
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string joined;
  for (const std::string_view segment : segments) {
    if (!joined.empty()) joined += '/';
    joined += segment;
  }
  return SitePath(std::move(joined));
}

std::string SitePath::filename() const {
  const size_t slash = path_.rfind('/');
  return slash == std::string::npos ? path_ : path_.substr(slash + 1);
}

std::string SitePath::extension() const {
  const std::string name = filename();
  const size_t dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? "" : name.substr(dot);
}

std::string SitePath::stem() const {
  const std::string name = filename();
  return name.substr(0, name.size() - extension().size());
}

SitePath SitePath::parent() const {
  const size_t slash = path_.rfind('/');
  return slash == std::string::npos ? SitePath() : SitePath(path_.substr(0, slash));
}

std::optional<SitePath> SitePath::join(std::string_view relative) const {
  if (!relative.empty() && relative.front() == '/') return std::nullopt;
  return parse(path_.empty() ? std::string(relative) : path_ + "/" + std::string(relative));
}

bool SitePath::is_within(const SitePath& folder) const {
  if (folder.path_.empty()) return true;
  return path_ == folder.path_ ||
         (path_.size() > folder.path_.size() && path_.compare(0, folder.path_.size(), folder.path_) == 0 &&
          path_[folder.path_.size()] == '/');
}

}  // namespace handboek::base
