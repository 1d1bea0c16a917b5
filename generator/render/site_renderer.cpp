#include "render/site_renderer.h"

#include "base/parallel_for.h"
#include "model/url_map.h"
#include "render/local_overview.h"
#include "render/offline_files.h"
#include "render/page_renderer.h"
#include "render/special_pages.h"
#include "render/statement_pages.h"
#include "render/training_map.h"

namespace handboek::render {

void render_version(const model::SiteModel& model, const TemplateEngine& templates, const AssetMap& assets,
                    bool versioned, int jobs, base::OutputTree& tree, const config::SiteStatements& statements,
                    BodyCache* bodies) {
  if (bodies) bodies->next_version();
  const PageRenderer renderer(model, templates, assets, versioned, statements, bodies);
  std::vector<std::string> documents(model.pages.size());
  base::parallel_for(model.pages.size(), jobs, [&](size_t i) {
    if (!model.pages[i].output_path.empty()) documents[i] = renderer.render_page(i);
  });

  for (size_t i = 0; i < model.pages.size(); ++i) {
    if (!model.pages[i].output_path.empty()) tree.add(model.pages[i].output_path, std::move(documents[i]));
  }
  render_form_pages(model, templates, renderer, tree);
  render_section_prints(model, templates, renderer, tree, jobs);
  render_statement_pages(model, statements, templates, renderer, tree);
  render_search_page(model, templates, renderer, tree);
  render_local_overview(model, templates, renderer, tree);
  render_offline_page(model, templates, renderer, tree);
  for (const load::StaticFile& file : model.static_files) {
    tree.add(model.version.prefix.substr(1) + model::static_file_url(file.path).substr(1), file.bytes);
  }
  if (model.version.prefix == "/") {  // the files of the whole site
    tree.add("404.html", render_not_found(model, templates, renderer));
    tree.add("sitemap.xml", render_sitemap(model));
    tree.add(std::string(kManifestUrl).substr(1), render_manifest(model.config, assets, templates.strings()));
    assets.write_to(tree);
  }
}

base::OutputTree render_site(const model::SiteModel& model, const TemplateEngine& templates, const AssetMap& assets,
                             int jobs) {
  base::OutputTree tree;
  render_version(model, templates, assets, false, jobs, tree);
  add_offline_workers(tree, {model.version.prefix}, templates);
  return tree;
}

}  // namespace handboek::render
