#include "cli/diagnostic_output.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace handboek::cli {

void print_diagnostics(const base::Diagnostics& diagnostics, DiagnosticFormat format) {
  for (const base::Diagnostic& diagnostic : diagnostics.sorted()) {
    if (format == DiagnosticFormat::kText) {
      std::cerr << diagnostic.format() << '\n';
      continue;
    }
    const nlohmann::ordered_json line = {
        {"path", diagnostic.path},
        {"line", diagnostic.line},
        {"column", diagnostic.column},
        {"severity", diagnostic.severity == base::Severity::kError ? "error" : "warning"},
        {"message", diagnostic.message}};
    // Invalid UTF-8 in a message (quoted from a broken file) is replaced,
    // never a reason to fail.
    std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  std::cout.flush();
}

}  // namespace handboek::cli
