#include "model/model_builder.h"

#include <algorithm>

#include "model/cross_references.h"
#include "model/generated_pages.h"
#include "model/link_resolver.h"
#include "model/navigation.h"
#include "model/page_history.h"
#include "model/url_map.h"

namespace handboek::model {

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

  // The order matters: each pass reads what the ones before it filled in.
  add_generated_section_pages(model);
  assign_urls(model, diagnostics);
  build_navigation(model);
  resolve_cross_references(model, diagnostics);
  resolve_links(model, diagnostics,
                model.config.broken_links_are_warnings ? base::Severity::kWarning : context.broken_link_severity);
  attach_history(model, context);
  return model;
}

}  // namespace handboek::model
