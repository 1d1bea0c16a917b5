#include "base/diagnostic.h"

#include <tuple>

namespace handboek::base {

std::string Diagnostic::format() const {
  std::string out = path;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

bool operator<(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.path, a.line, a.column, a.severity, a.message) <
         std::tie(b.path, b.line, b.column, b.severity, b.message);
}

}  // namespace handboek::base
