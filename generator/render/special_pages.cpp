#include "render/special_pages.h"

#include "base/text.h"
#include "model/url_map.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

// The process steps that use a form, as links from `from_url`.
data form_uses(const model::SiteModel& model, const std::string& form_id, const std::string& from_url) {
  data uses{data::type::list};
  const auto found = model.form_uses.find(form_id);
  if (found == model.form_uses.end()) return uses;
  for (const model::StepRef& ref : found->second) {
    const model::PageEntry& page = model.pages[ref.page];
    const auto& step = std::get<load::Process>(page.page.details).steps[ref.step];
    data use;
    use.set("process", page.page.title);
    use.set("step", step.title);
    use.set("number", std::to_string(ref.step + 1));
    use.set("url", model::relative_url(from_url, page.url + "#stap-" + step.id));
    uses.push_back(use);
  }
  return uses;
}

}  // namespace

std::string render_not_found(const model::SiteModel& model, const TemplateEngine& templates,
                             const PageRenderer& renderer) {
  // 404.html is served at whatever URL was missing, so its relative links
  // are anchored at the site root with <base href>.
  const std::string& base_url = model.config.base_url;
  const size_t host = base_url.find("://");
  const size_t path = host == std::string::npos ? 0 : base_url.find('/', host + 3);
  const std::string base_href = path == std::string::npos ? "/" : base_url.substr(path);
  return renderer.render_document("/", "Pagina niet gevonden", templates.render("404", data{}), nullptr, base_href);
}

std::string render_sitemap(const model::SiteModel& model) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  auto add = [&](const std::string& url) {
    xml += "  <url><loc>" + base::html_escape(model.config.base_url + url.substr(1)) + "</loc></url>\n";
  };
  for (const model::PageEntry& entry : model.pages) {
    if (!entry.output_path.empty()) add(entry.url);
  }
  add("/formulieren/");
  for (const load::FormDefinition& form : model.forms) add(model.form_url(form.id));
  return xml + "</urlset>\n";
}

void render_form_pages(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                       output::OutputTree& tree) {
  const std::string index_url = "/formulieren/";
  data forms{data::type::list};
  for (const load::FormDefinition& form : model.forms) {
    const std::string url = model.form_url(form.id);
    data item;
    item.set("title", form.title);
    item.set("url", model::relative_url(index_url, url));
    const data uses = form_uses(model, form.id, index_url);
    item.set("has_uses", !uses.is_empty_list());
    item.set("uses", uses);
    forms.push_back(item);

    data page;
    page.set("title", form.title);
    const data page_uses = form_uses(model, form.id, url);
    page.set("has_uses", !page_uses.is_empty_list());
    page.set("uses", page_uses);
    tree.add(url.substr(1) + "index.html",
             renderer.render_document(url, form.title, templates.render("formulier", page), nullptr));
  }
  data index;
  index.set("forms", forms);
  index.set("has_forms", !forms.is_empty_list());
  tree.add("formulieren/index.html",
           renderer.render_document(index_url, "Formulieren", templates.render("formulieren", index), nullptr));
}

}  // namespace handboek::render
