// `handboek import FILE [--type TYPE] [SITE_DIR]`: one document → one new
// page (import/document_importer.h), then the page is read as the build
// would read it, so what the build will say about it is said now.
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/site_files.h"
#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "config/config_loader.h"
#include "import/document_importer.h"
#include "load/page_loader.h"
#include "source/content_folder_source.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

int run_import(const Options& options) {
  if (options.positional.empty() || options.positional.size() > 2) {
    std::cerr << "handboek import: verwacht een FILE en hoogstens een SITE_DIR\n"
                 "gebruik: handboek import FILE.docx|.odt|.md [--type TYPE] [SITE_DIR]\n";
    return kExitUsage;
  }
  import::ImportRequest request;
  request.document = options.positional[0];
  std::error_code no_current_folder;
  request.site_dir = options.positional.size() == 2
                         ? std::filesystem::path(options.positional[1])
                         : find_site_upward(std::filesystem::current_path(no_current_folder)).value_or(".");
  request.type = options.page_type.empty() ? "pagina" : options.page_type;
  if (!load::parse_page_type(request.type)) {
    std::cerr << "handboek import: onbekend paginatype '" << request.type
              << "'; kies proces, gespreksformat, competentieprofiel, begrip of pagina\n";
    return kExitUsage;
  }

  // The site's config (its content folder; the page's organisations).
  std::error_code no_site;
  if (!std::filesystem::is_directory(request.site_dir, no_site)) {
    std::cerr << "handboek import: error: " << request.site_dir.string() << ": map van de site bestaat niet\n";
    return kExitContentErrors;
  }
  const source::WorkingTreeSource site(request.site_dir);
  config::SiteConfig config;
  {
    base::Diagnostics config_problems;  // the build reports these; import is about the page
    if (auto loaded = config::load_site_config(site, config_problems)) config = std::move(*loaded);
  }
  request.content_dir = source::find_content_folder(site, config.content_dir);

  const base::StatusOr<import::ImportedPage> result = import::import_document(request);
  if (!result.ok()) {
    std::cerr << "handboek import: error: " << result.status().message() << '\n';
    return kExitContentErrors;
  }
  const import::ImportedPage& imported = *result;
  for (const std::string& warning : imported.warnings) std::cerr << "handboek import: warning: " << warning << '\n';
  // What was made, one line each: the path as text, or with --format json
  // as {"created": path}, so stdout holds only JSON lines.
  for (const std::string& made :
       {imported.page.string(), imported.media.empty() ? "" : imported.media.string() + "/"}) {
    if (made.empty()) continue;
    if (options.format == DiagnosticFormat::kJson) {
      std::cout << nlohmann::ordered_json{{"created", made}}.dump(-1, ' ', false,
                                                                  nlohmann::json::error_handler_t::replace)
                << '\n';
    } else {
      std::cout << made << '\n';
    }
  }

  // What the build will report about the new page (raw HTML pandoc could
  // not express, a type whose fields are still missing).
  base::Diagnostics diagnostics;
  const auto path = base::SitePath::parse(imported.page.generic_string());
  if (const auto bytes = site.read_file(*path)) load::load_page(*path, *bytes, config, diagnostics);
  print_diagnostics(diagnostics, options.format);
  return kExitOk;
}

}  // namespace handboek::cli
