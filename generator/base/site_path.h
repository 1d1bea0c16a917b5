// SitePath: a normalised, relative, '/'-separated path inside a root folder
// (the site folder, or OUT). It cannot name anything outside its root: ".."
// that would climb above the root, absolute paths and NUL bytes are refused
// at construction, so code holding a SitePath never needs to re-check.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace handboek::base {

class SitePath {
 public:
  SitePath() = default;  // the root itself ("")

  // Normalises "a/./b//c/../d" → "a/b/d". nullopt when the path is absolute,
  // contains a NUL byte or a backslash, or climbs above the root.
  static std::optional<SitePath> parse(std::string_view path);

  const std::string& str() const { return path_; }
  bool is_root() const { return path_.empty(); }
  std::string filename() const;   // last segment ("" for the root)
  std::string extension() const;  // ".md" or ""
  std::string stem() const;       // filename without extension
  SitePath parent() const;        // the root's parent is the root

  // Appends a relative path; nullopt if the result would leave the root.
  std::optional<SitePath> join(std::string_view relative) const;
  // True when this path equals `folder` or lies inside it.
  bool is_within(const SitePath& folder) const;

  auto operator<=>(const SitePath&) const = default;

 private:
  explicit SitePath(std::string normalised) : path_(std::move(normalised)) {}
  std::string path_;
};

}  // namespace handboek::base
