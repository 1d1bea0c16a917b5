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

  bool has_errors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  bool empty() const { return items_.empty(); }

  // All diagnostics, sorted and without exact duplicates.
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
  int error_count_ = 0;
};

}  // namespace handboek::base
