#include "model/model_builder.h"

#include <algorithm>

#include "base/site_files.h"
#include "model/cross_references.h"
#include "model/generated_pages.h"
#include "model/link_resolver.h"
#include "model/navigation.h"
#include "model/page_history.h"
#include "model/url_map.h"

namespace handboek::model {

namespace {

// An edition's logo must be an image content/ publishes, or the header
// would show a missing image.
void check_edition_logo(const SiteModel& model, base::Diagnostics& diagnostics) {
  const config::Organisation* edition = model.config.edition_organisation();
  if (!edition || edition->logo.empty()) return;
  for (const load::StaticFile& file : model.static_files) {
    if (file.path.str() == edition->logo) return;
  }
  diagnostics.error(base::kSiteYaml, 0, 0,
                    "het logo '" + edition->logo + "' van " + edition->name +
                        " staat niet in content/ als afbeelding die gepubliceerd wordt (svg, png, jpg of webp)");
}

}  // namespace

SiteModel build_site_model(config::SiteConfig config, load::LoadedContent content, base::Diagnostics& diagnostics,
                           const BuildContext& context) {
  SiteModel model;
  model.config = std::move(config);
  model.version = context.version;
  model.pages.reserve(content.pages.size());
  for (load::Page& page : content.pages) {
    if (!model.config.includes_page(page.organisations)) {
      model.left_out_pages.push_back(page.path);
      continue;
    }
    PageEntry entry;
    entry.page = std::move(page);
    model.pages.push_back(std::move(entry));
  }
  model.forms = std::move(content.forms);
  model.static_files = std::move(content.static_files);
  model.unusable_pages = std::move(content.unusable_pages);
  std::sort(model.left_out_pages.begin(), model.left_out_pages.end());
  check_edition_logo(model, diagnostics);

  // The order matters: each pass reads what the ones before it filled in.
  add_generated_section_pages(model);
  apply_folder_settings(model, content.folder_settings);
  assign_urls(model, diagnostics);
  build_navigation(model);
  resolve_cross_references(model, diagnostics);
  resolve_links(model, diagnostics,
                model.config.broken_links_are_warnings ? base::Severity::kWarning : context.broken_link_severity);
  attach_history(model, context);
  return model;
}

}  // namespace handboek::model
