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
  std::string& path = diagnostic.path;
  if (!shown_from_.empty() && path.rfind(shown_to_, 0) != 0 &&
      (path.rfind(shown_from_, 0) == 0 || path + "/" == shown_from_)) {
    path = shown_to_ + path.substr(std::min(path.size(), shown_from_.size()));
    if (path.back() == '/') path.pop_back();
  }
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::merge(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) add(d);
}

void Diagnostics::show_folder_as(std::string from, std::string to) {
  if (from == to) return;
  shown_from_ = std::move(from) + "/";
  shown_to_ = std::move(to) + "/";
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace handboek::base
