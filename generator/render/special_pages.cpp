#include "render/special_pages.h"

#include "base/text.h"
#include "model/url_map.h"
#include "render/form_renderer.h"
#include "render/form_schema.h"
#include "render/statement_pages.h"

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
    use.set("url", model::relative_url(from_url, model::step_url(page.url, step.id)));
    uses.push_back(use);
  }
  return uses;
}

// The pages that embed a form with a ```form block, as links from `from_url`.
data form_embeds(const model::SiteModel& model, const std::string& form_id, const std::string& from_url) {
  data pages{data::type::list};
  const auto found = model.form_embeds.find(form_id);
  if (found == model.form_embeds.end()) return pages;
  for (const size_t index : found->second) {
    data page;
    page.set("title", model.pages[index].page.title);
    page.set("url", model::relative_url(from_url, model.pages[index].url));
    pages.push_back(page);
  }
  return pages;
}

// What the form page and the forms index both show of a form.
data form_summary(const model::SiteModel& model, const TemplateEngine& templates, const load::FormDefinition& form,
                  const std::string& from_url) {
  data item;
  item.set("title", form.title);
  item.set("url", model::relative_url(from_url, model.form_url(form.id)));
  item.set("purpose_html", render_form_markdown(model, templates, form, form.purpose, from_url));
  const data uses = form_uses(model, form.id, from_url);
  item.set("has_uses", !uses.is_empty_list());
  item.set("uses", uses);
  const data embeds = form_embeds(model, form.id, from_url);
  item.set("has_embeds", !embeds.is_empty_list());
  item.set("embeds", embeds);
  return item;
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
  return renderer.render_document("/", templates.strings()[Text::kNotFoundTitle], templates.render("404", data{}),
                                  nullptr, base_href);
}

std::string render_sitemap(const model::SiteModel& model) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  auto add = [&](const std::string& url) {
    xml += "  <url><loc>" + base::html_escape(model::public_url(model.config.base_url, url)) + "</loc></url>\n";
  };
  for (const model::PageEntry& entry : model.pages) {
    if (!entry.output_path.empty()) add(entry.url);
  }
  add(model::forms_index_url("/"));
  for (const load::FormDefinition& form : model.forms) add(model.form_url(form.id));
  return xml + "</urlset>\n";
}

void render_search_page(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                        base::OutputTree& tree) {
  const std::string url = search_page_url(model, templates);
  if (url.empty()) return;
  tree.add(url.substr(1) + "index.html", renderer.render_document(url, templates.strings()[Text::kSearchTitle],
                                                                  templates.render("zoeken", data{}), nullptr));
}

void render_form_pages(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                       base::OutputTree& tree) {
  const std::string index_url = model::forms_index_url(model.version.prefix);
  data forms{data::type::list};
  for (const load::FormDefinition& form : model.forms) {
    forms.push_back(form_summary(model, templates, form, index_url));

    const std::string url = model.form_url(form.id);
    data page = form_summary(model, templates, form, url);
    const std::string schema_url = form_schema_url(model, form.id);
    page.set("handbook_version", handbook_version(model));
    page.set("form_version", std::to_string(form.version));
    page.set("schema_url", model::relative_url(url, schema_url));
    page.set("title_texts", form_title_texts(form));
    page.set("purpose_texts", form_purpose_texts(model, templates, form, url));
    page.set("form_html", render_form_html(model, templates, form, FormPlacement{url, 2, form.id}));
    tree.add(url.substr(1) + "index.html",
             renderer.render_document(url, form.title, templates.render("formulier", page), nullptr, "", true));
    tree.add(schema_url.substr(1),
             form_schema_json(form, templates.strings(),
                              {model.config.base_url + schema_url.substr(1), handbook_version(model)}));
  }
  data index;
  index.set("forms", forms);
  index.set("has_forms", !forms.is_empty_list());
  tree.add(index_url.substr(1) + "index.html",
           renderer.render_document(index_url, templates.strings()[Text::kFormsTitle],
                                    templates.render("formulieren", index), nullptr));
}

}  // namespace handboek::render
