// Diagnostic: one problem found in the content, pointing at a file, line and
// column. A value type; formatting is the only behaviour. Owned by whoever
// collects it (see Diagnostics).
#pragma once

#include <string>

namespace handboek::base {

enum class Severity { kError, kWarning };

struct Diagnostic {
  std::string path;  // relative to the site folder, '/'-separated
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  int column = 0;    // 1-based; 0 when unknown
  Severity severity = Severity::kError;
  std::string message;

  // "path:line:col: error: message" (line/col omitted when 0).
  std::string format() const;

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

// Orders by path, then line, column, severity and message, so printed
// diagnostics are deterministic whatever order the stages found them in.
bool operator<(const Diagnostic& a, const Diagnostic& b);

}  // namespace handboek::base
