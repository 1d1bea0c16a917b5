#include "render/training_map.h"

#include "render/form_renderer.h"
#include "render/markdown_renderer.h"
#include "render/page_views.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

// A listed page as it reads on its own page, its links relative to the map.
// A glossary term (no page of its own) is shown as its entry: title,
// definition, explanation.
data chapter_of(const model::SiteModel& model, const TemplateEngine& templates, const model::PageEntry& map,
                const model::PageEntry& page, size_t number) {
  const MarkdownContext context{model, templates, page, map.url, [&](const std::string& form_id) {
                                  const load::FormDefinition* form = model.find_form(form_id);
                                  return form ? render_embedded_form(model, templates, *form, map.url) : std::string();
                                }};
  data chapter;
  chapter.set("number", std::to_string(number));
  chapter.set("anchor", "hoofdstuk-" + std::to_string(number));
  chapter.set("title", page.page.title);
  chapter.set("type_label", page_type_label(page.page.type));
  if (const auto* term = std::get_if<load::GlossaryTerm>(&page.page.details)) {
    chapter.set("is_term", true);
    chapter.set("definition", text(term->definition));
    chapter.set("body_html", text(render_body(context)));
    return chapter;
  }
  const PageView view = build_page_view(context);
  chapter.set("html", templates.render(view.template_name, view.data));
  return chapter;
}

}  // namespace

std::string training_pdf_name(const model::PageEntry& map) {
  return map.page.path.stem() + ".pdf";
}

std::string render_training_map(const model::SiteModel& model, const TemplateEngine& templates, size_t map_index) {
  const model::PageEntry& map = model.pages[map_index];
  const auto& details = std::get<load::TrainingMap>(map.page.details);
  data view;
  view.set("title", map.page.title);
  view.set("summary", text(map.page.summary));
  view.set("type_label", page_type_label(map.page.type));
  view.set("owner", text(map.page.owner));
  view.set("audience", text(details.audience));
  view.set("duration", text(details.duration));
  view.set("site_title", model.config.title);
  view.set("handbook_version", handbook_version(model));
  view.set("version_date", text(model.version.date));
  if (model.training_pdfs) view.set("pdf_url", training_pdf_name(map));
  const MarkdownContext own{model, templates, map, map.url, nullptr};
  view.set("notes_html", text(render_body(own)));

  data contents{data::type::list};
  data chapters{data::type::list};
  size_t number = 0;
  const auto listed = model.training_pages.find(map_index);
  for (const size_t index : listed == model.training_pages.end() ? std::vector<size_t>{} : listed->second) {
    data chapter = chapter_of(model, templates, map, model.pages[index], ++number);
    contents.push_back(chapter);
    chapters.push_back(chapter);
  }
  data forms{data::type::list};
  for (const load::Reference& reference : details.forms) {
    const load::FormDefinition* form = model.find_form(reference.id);
    if (!form) continue;
    ++number;
    data item;
    item.set("number", std::to_string(number));
    item.set("anchor", "formulier-" + form->id);
    item.set("title", form->title);
    item.set("type_label", std::string("Formulier"));
    item.set("form_html", render_form_html(model, templates, *form, {map.url, 2}));
    contents.push_back(item);
    forms.push_back(item);
  }
  view.set("contents", contents);
  view.set("chapters", chapters);
  view.set("forms", forms);
  view.set("has_forms", !forms.is_empty_list());
  return templates.render("trainingsmap", view);
}

}  // namespace handboek::render
