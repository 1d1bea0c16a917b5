// `handboek check`: every validation of `build`, nothing written.
#include <iostream>

#include "cli/commands.h"
#include "cli/site_pipeline.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

int run_check(const Options& options) {
  const source::WorkingTreeSource source(options.site_dir);
  base::Diagnostics diagnostics;
  const auto site = load_site(source, options.job_count(), diagnostics);
  print_diagnostics(diagnostics);
  if (!site || diagnostics.has_errors()) {
    std::cerr << "handboek: " << diagnostics.error_count() << " error(s)\n";
    return kExitContentErrors;
  }
  if (!options.quiet) std::cerr << "handboek: " << site->model.pages.size() << " pagina's gecontroleerd, geen fouten\n";
  return kExitOk;
}

}  // namespace handboek::cli
