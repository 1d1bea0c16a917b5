#include "render/site_renderer.h"

#include "base/parallel_for.h"
#include "model/url_map.h"
#include "render/page_renderer.h"
#include "render/special_pages.h"

namespace handboek::render {

output::OutputTree render_site(const model::SiteModel& model, const TemplateEngine& templates, const AssetMap& assets,
                               int jobs) {
  const PageRenderer renderer(model, templates, assets);
  std::vector<std::string> documents(model.pages.size());
  base::parallel_for(model.pages.size(), jobs, [&](size_t i) {
    if (!model.pages[i].output_path.empty()) documents[i] = renderer.render_page(i);
  });

  output::OutputTree tree;
  for (size_t i = 0; i < model.pages.size(); ++i) {
    if (!model.pages[i].output_path.empty()) tree.add(model.pages[i].output_path, std::move(documents[i]));
  }
  render_form_pages(model, templates, renderer, tree);
  tree.add("404.html", render_not_found(model, templates, renderer));
  tree.add("sitemap.xml", render_sitemap(model));
  assets.write_to(tree);
  for (const load::StaticFile& file : model.static_files) {
    tree.add(model::static_file_url(file.path).substr(1), file.bytes);
  }
  return tree;
}

}  // namespace handboek::render
