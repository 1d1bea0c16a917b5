#include "render/form_renderer.h"

#include "model/url_map.h"
#include "render/form_field_renderer.h"
#include "render/form_texts.h"
#include "render/markdown_renderer.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;
using load::FieldType;

// The fields of a section in runs: consecutive signatures form one run
// (`has_signatures`, `signatures[]`, printed side by side), any other field
// is a run of its own (`field`). Each signature is wrapped as `field` too,
// so the theme includes one field partial the same way in both places.
data section_runs(const FieldRenderContext& context, const load::FormSection& section) {
  data runs{data::type::list};
  data signatures{data::type::list};
  auto flush_signatures = [&] {
    if (signatures.is_empty_list()) return;
    data run{"has_signatures", true};
    run.set("signatures", signatures);
    runs.push_back(run);
    signatures = data{data::type::list};
  };
  for (const load::FormField& field : section.fields) {
    if (field.type == FieldType::kSignature) {
      signatures.push_back(data{"field", field_view(context, field)});
      continue;
    }
    flush_signatures();
    data run{"has_signatures", false};
    run.set("field", field_view(context, field));
    runs.push_back(run);
  }
  flush_signatures();
  return runs;
}

data form_view(const model::SiteModel& model, const TemplateEngine& templates, const load::FormDefinition& form,
               const FormPlacement& placement) {
  const std::string& key = placement.key;
  const FieldRenderContext context{key,
                                   [&](const load::InlineMarkdown& text) {
                                     return render_form_markdown(model, templates, form, text, placement.document_url);
                                   },
                                   form.translations};
  data view;
  view.set("id", form.id);
  view.set("anchor", model::form_anchor(key));
  view.set("repeat_key", key == form.id ? "" : key);
  view.set("title", form.title);
  view.set("title_texts", form_title_texts(form));
  view.set("has_translations", !form.translations.empty());
  view.set("languages", form_languages(form.translations));
  view.set("site_title", model.config.title);
  view.set("form_version", std::to_string(form.version));
  view.set("handbook_version", handbook_version(model));
  const auto changed = model.form_last_change.find(form.id);
  view.set("last_changed", changed == model.form_last_change.end() ? "" : changed->second.date);
  bool any_required = false;
  for (const load::FormField* field : form.answer_fields()) any_required = any_required || field->required;
  view.set("any_required", any_required);
  view.set("has_special_category", form.has_special_category());
  view.set("heading_level", std::to_string(placement.heading_level));
  data sections{data::type::list};
  for (size_t i = 0; i < form.sections.size(); ++i) {
    const load::FormSection& section = form.sections[i];
    data item;
    item.set("heading_id", model::form_section_id(key, i + 1));
    item.set("section_title", section.title);
    item.set("section_title_texts",
             text_with_translations(section.title, form.translations, [i](const load::FormTranslation& t) {
               return i < t.sections.size() ? t.sections[i].title : std::string();
             }));
    const std::string intro_html = context.markdown(section.intro);
    item.set("intro_html", intro_html);
    item.set("intro_texts", html_with_translations(intro_html, form.translations, [&](const load::FormTranslation& t) {
               return i < t.sections.size() ? context.markdown(t.sections[i].intro) : std::string();
             }));
    item.set("runs", section_runs(context, section));
    sections.push_back(item);
  }
  view.set("sections", sections);
  return view;
}

}  // namespace

std::string FormKeys::next(const std::string& form_id) {
  std::string key = form_id;
  for (int n = 2; !given_.insert(key).second; ++n) key = form_id + "-" + std::to_string(n);
  return key;
}

std::string handbook_version(const model::SiteModel& model) {
  return model.version.name.empty() ? model.config.version : model.version.name;
}

std::string form_schema_url(const model::SiteModel& model, const std::string& form_id) {
  return model::form_schema_url(model.version.prefix, form_id);
}

std::string render_form_markdown(const model::SiteModel& model, const TemplateEngine& templates,
                                 const load::FormDefinition& form, const load::InlineMarkdown& text,
                                 const std::string& document_url) {
  if (text.text.empty()) return "";
  // A form's Markdown follows the rules of a page's front-matter Markdown,
  // with the form's own link table in place of a page's.
  model::PageEntry links;
  links.url = model.form_url(form.id);
  if (const auto found = model.form_link_targets.find(form.id); found != model.form_link_targets.end()) {
    links.link_targets = found->second;
  }
  const MarkdownContext context{model, templates, links, document_url, nullptr};
  return render_fragment(text.text, context);
}

TemplateData form_title_texts(const load::FormDefinition& form) {
  return text_with_translations(form.title, form.translations, [](const load::FormTranslation& t) { return t.title; });
}

TemplateData form_purpose_texts(const model::SiteModel& model, const TemplateEngine& templates,
                                const load::FormDefinition& form, const std::string& document_url) {
  return html_with_translations(render_form_markdown(model, templates, form, form.purpose, document_url),
                                form.translations, [&](const load::FormTranslation& t) {
                                  return render_form_markdown(model, templates, form, t.purpose, document_url);
                                });
}

std::string render_form_html(const model::SiteModel& model, const TemplateEngine& templates,
                             const load::FormDefinition& form, const FormPlacement& placement) {
  return templates.render_partial("form", form_view(model, templates, form, placement));
}

std::string render_paper_form_html(const model::SiteModel& model, const TemplateEngine& templates,
                                   const load::FormDefinition& form, const FormPlacement& placement) {
  data view = form_view(model, templates, form, placement);
  view.set("purpose_html", render_form_markdown(model, templates, form, form.purpose, placement.document_url));
  view.set("purpose_texts", form_purpose_texts(model, templates, form, placement.document_url));
  return templates.render_partial("form_paper", view);
}

std::string render_embedded_form(const model::SiteModel& model, const TemplateEngine& templates,
                                 const load::FormDefinition& form, const std::string& document_url,
                                 FormKeys& document_forms) {
  data view = form_view(model, templates, form, FormPlacement{document_url, 3, document_forms.next(form.id)});
  view.set("url", model::relative_url(document_url, model.form_url(form.id)));
  return templates.render_partial("form_embedded", view);
}

std::string render_embedded_paper_form(const model::SiteModel& model, const TemplateEngine& templates,
                                       const load::FormDefinition& form, const std::string& document_url,
                                       FormKeys& document_forms) {
  const FormPlacement placement{document_url, 3, document_forms.next(form.id)};
  data view = form_view(model, templates, form, placement);
  view.set("url", model::relative_url(document_url, model.form_url(form.id)));
  view.set("paper", true);
  view.set("purpose_html", render_form_markdown(model, templates, form, form.purpose, document_url));
  view.set("purpose_texts", form_purpose_texts(model, templates, form, document_url));
  return templates.render_partial("form_embedded", view);
}

}  // namespace handboek::render
