// How the commands print diagnostics: as text lines on stderr
// (`path:line:col: error: message`, the form editors' tools parse), or with
// --format json as one JSON object per line on stdout (for CI annotations).
#pragma once

#include "base/diagnostics.h"
#include "cli/options.h"

namespace handboek::cli {

// Prints every diagnostic, one per line, errors and warnings, sorted.
void print_diagnostics(const base::Diagnostics& diagnostics, DiagnosticFormat format = DiagnosticFormat::kText);

}  // namespace handboek::cli
