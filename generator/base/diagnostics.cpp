#include "base/diagnostics.h"

#include <algorithm>
#include <utility>

namespace handboek::base {

void Diagnostics::error(std::string path, int line, int column, std::string message) {
  add({std::move(path), line, column, Severity::kError, std::move(message)});
}

void Diagnostics::warning(std::string path, int line, int column, std::string message) {
  add({std::move(path), line, column, Severity::kWarning, std::move(message)});
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::kError) ++error_count_;
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::merge(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) add(d);
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace handboek::base
