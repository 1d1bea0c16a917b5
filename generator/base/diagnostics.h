// Diagnostics: the collector every stage reports content problems into. It
// keeps all of them (never stops at the first) and hands them out sorted.
// Not thread-safe: stages that work in parallel collect into one collector
// per task and merge afterwards.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace handboek::base {

class Diagnostics {
 public:
  void error(std::string path, int line, int column, std::string message);
  void warning(std::string path, int line, int column, std::string message);
  void add(Diagnostic diagnostic);
  void merge(const Diagnostics& other);
  // Diagnostics added from now on with a path in folder `from` ("content")
  // name it in `to` ("docs") instead: the site's own folder, where the
  // editor finds the file (source/content_folder_source.h).
  void show_folder_as(std::string from, std::string to);

  bool has_errors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  bool empty() const { return items_.empty(); }

  // All diagnostics, sorted and without exact duplicates.
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
  int error_count_ = 0;
  std::string shown_from_;  // "content/", or "" when paths are kept
  std::string shown_to_;    // "docs/"
};

}  // namespace handboek::base
