// The fillable form of a FormDefinition through the theme's `form` partial
// (one <form> element: the privacy note, the actions, the print header with
// the handbook version, the sections with their fields) and
// `form_embedded` where a page embeds it (```form ID). This file builds
// their view model; themes/default/README.md lists its keys.
#pragma once

#include <set>
#include <string>

#include "model/site_model.h"
#include "render/template_engine.h"

namespace handboek::render {

// The keys of the forms one document holds, handed out in the order the
// forms are placed: a form's first placement is keyed by its id, a later
// one by "<id>-2", "<id>-3"… (passing over keys already given), so the
// element ids built from the key (model::form_anchor, model::form_part_id)
// stay unique when a training map or section print holds a form twice.
class FormKeys {
 public:
  std::string next(const std::string& form_id);

 private:
  std::set<std::string> given_;
};

struct FormPlacement {
  std::string document_url;  // site-absolute URL of the document the form is placed in
  int heading_level = 2;     // level of the section headings (3 when embedded under a page's h2)
  std::string key;           // its key in element ids: from the document's FormKeys, or its id alone
};

std::string render_form_html(const model::SiteModel& model, const TemplateEngine& templates,
                             const load::FormDefinition& form, const FormPlacement& placement);

// The same form as a blank paper form (the theme's `form_paper` partial):
// what a printed bundle (training map, section print) holds, complete
// without JavaScript — the form's purpose and explanation, every choice
// with a box or circle to tick, a select as its list of choices, writing
// lines for answers, the signature blocks.
std::string render_paper_form_html(const model::SiteModel& model, const TemplateEngine& templates,
                                   const load::FormDefinition& form, const FormPlacement& placement);

// The handbook version forms name (print header, saved answers, schema):
// the release being built, else site.yaml's `version`.
std::string handbook_version(const model::SiteModel& model);

// Site-absolute URL of a form's JSON Schema: "<prefix>formulieren/ID.schema.json".
std::string form_schema_url(const model::SiteModel& model, const std::string& form_id);

// A form's Markdown text (purpose, help) as HTML, links resolved through
// the model's link table of the form and made relative to `document_url`.
std::string render_form_markdown(const model::SiteModel& model, const TemplateEngine& templates,
                                 const load::FormDefinition& form, const load::InlineMarkdown& text,
                                 const std::string& document_url);

// The form's title and its purpose (as HTML, links relative to
// `document_url`) beside their translations (render/form_texts.h): the
// `title_texts` and `purpose_texts` of the form page.
TemplateData form_title_texts(const load::FormDefinition& form);
TemplateData form_purpose_texts(const model::SiteModel& model, const TemplateEngine& templates,
                                const load::FormDefinition& form, const std::string& document_url);

// A form embedded in a page: its title, a link to its own page and the form.
std::string render_embedded_form(const model::SiteModel& model, const TemplateEngine& templates,
                                 const load::FormDefinition& form, const std::string& document_url,
                                 FormKeys& document_forms);

// A form embedded in a page of a printed bundle: `form_embedded` with the
// paper form (`paper` set) in place of the fillable one.
std::string render_embedded_paper_form(const model::SiteModel& model, const TemplateEngine& templates,
                                       const load::FormDefinition& form, const std::string& document_url,
                                       FormKeys& document_forms);

}  // namespace handboek::render
