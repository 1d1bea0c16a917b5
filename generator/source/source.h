// Source: where the bytes of a site come from — the one interface seam of the
// pipeline. Implementations: the working tree on disk (WorkingTreeSource)
// and, for released versions, a git tree. A Source owns no parsing; it only
// reads files and lists folders, always by SitePath so it cannot be asked
// for anything outside its root.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/site_path.h"

namespace handboek::source {

struct DirEntry {
  std::string name;  // one path segment
  bool is_dir = false;
};

// An entry list_dir leaves out, and why (for a warning at `path`).
struct SkippedEntry {
  std::string path;    // "content/buiten"
  std::string reason;  // kNotInsideSite, or another Dutch sentence
  auto operator<=>(const SkippedEntry&) const = default;
};

inline constexpr const char* kNotInsideSite =
    "geen gewoon bestand in de site (een symbolische link naar buiten de site?)";

class Source {
 public:
  virtual ~Source() = default;

  // The file's bytes; nullopt when it does not exist, is not a regular
  // file, or (on disk) is a symlink that resolves outside the root.
  virtual std::optional<std::string> read_file(const base::SitePath& path) const = 0;

  // Entries of a folder sorted by name; empty when the folder does not
  // exist. Entries that cannot be read safely (symlinks leaving the root or
  // looping back to a folder above them, devices, folders that cannot be
  // read) are left out and reported through `skipped`.
  virtual std::vector<DirEntry> list_dir(const base::SitePath& path,
                                         std::vector<SkippedEntry>* skipped = nullptr) const = 0;

  // A short description for messages ("working tree /x", "tag v2020.1").
  virtual std::string describe() const = 0;

  // An id that is equal only for equal bytes (a git blob id), so work on a
  // file can be reused across versions without reading it; "" when this
  // source has no such ids (the working tree).
  virtual std::string content_id(const base::SitePath& path) const {
    (void)path;
    return "";
  }
};

}  // namespace handboek::source
