// `handboek build`: THE pipeline, in the order data flows:
// Source → Config → Loader → SiteModel → Renderer → Writer.
#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "cli/site_pipeline.h"
#include "output/atomic_writer.h"
#include "render/site_renderer.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

int run_build(const Options& options) {
  const auto start = std::chrono::steady_clock::now();
  const source::WorkingTreeSource source(options.site_dir);
  base::Diagnostics diagnostics;

  auto site = load_site(source, options.job_count(), diagnostics);  // config, load, model
  print_diagnostics(diagnostics);
  if (!site || diagnostics.has_errors()) {
    std::cerr << "handboek: " << diagnostics.error_count() << " error(s); nothing written, "
              << options.out_dir().string() << " left as it was\n";
    return kExitContentErrors;
  }

  const output::OutputTree tree = render::render_site(site->model, site->templates, site->assets,
                                                      options.job_count());                                 // render
  const output::WriteResult written = output::write_atomically(tree, options.out_dir(), options.site_dir);  // write
  if (!written.ok) {
    std::cerr << "handboek: error: " << written.error << '\n';
    return kExitContentErrors;
  }

  if (!options.quiet) {
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    std::cerr << "handboek: " << site->model.pages.size() << " pagina's, " << site->model.forms.size()
              << " formulieren, " << tree.size() << " bestanden → " << options.out_dir().string() << " ("
              << elapsed.count() << " ms)\n";
  }
  return kExitOk;
}

}  // namespace handboek::cli
