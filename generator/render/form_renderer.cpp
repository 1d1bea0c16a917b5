#include "render/form_renderer.h"

#include "base/text.h"
#include "model/url_map.h"
#include "render/form_field_renderer.h"
#include "render/markdown_renderer.h"

namespace handboek::render {

namespace {

using load::FieldType;

std::string esc(std::string_view text) {
  return base::html_escape(text);
}

std::string actions_html() {
  return "<div class=\"formulier-acties\" data-acties hidden>\n"
         "<button type=\"button\" data-actie=\"afdrukken\">Afdrukken</button>\n"
         "<button type=\"button\" data-actie=\"leeg-afdrukken\">Leeg afdrukken</button>\n"
         "<button type=\"button\" data-actie=\"opslaan\">Opslaan als bestand</button>\n"
         "<button type=\"button\" data-actie=\"openen\">Bestand openen</button>\n"
         "<input type=\"file\" accept=\".json,application/json\" data-bestand hidden>\n"
         "<button type=\"button\" data-actie=\"wissen\">Wissen</button>\n"
         "</div>\n"
         "<p class=\"formulier-melding\" role=\"status\" data-melding></p>\n";
}

std::string notes_html(const load::FormDefinition& form) {
  std::string html =
      "<div class=\"formulier-uitleg\">\n"
      "<p class=\"formulier-privacy\"><strong>Uw antwoorden blijven op dit apparaat.</strong> Er wordt niets "
      "verstuurd en de browser bewaart niets. Sla het formulier op als bestand of druk het af voordat u deze "
      "pagina sluit of vernieuwt, anders bent u de antwoorden kwijt.</p>\n";
  bool any_required = false;
  for (const load::FormField* field : form.answer_fields()) any_required = any_required || field->required;
  if (any_required) html += "<p>Velden met (verplicht) vult u in voordat het formulier af is.</p>\n";
  if (form.has_special_category()) {
    html +=
        "<p class=\"formulier-bijzonder\">Vragen met het label <span class=\"bijzonder-label\">Bijzonder "
        "persoonsgegeven</span> gaan over gezondheid. Dat zijn bijzondere persoonsgegevens: de AVG beschermt ze "
        "extra. Vraag ernaar alleen als het nodig is voor het plan, en leg niet meer vast dan nodig is.</p>\n";
  }
  return html + "</div>\n";
}

// Consecutive signatures are grouped, so they print side by side.
std::string section_fields_html(const FieldRenderContext& context, const load::FormSection& section) {
  std::string html;
  bool in_signatures = false;
  for (const load::FormField& field : section.fields) {
    const bool is_signature = field.type == FieldType::kSignature;
    if (is_signature && !in_signatures) html += "<div class=\"handtekeningen\">\n";
    if (!is_signature && in_signatures) html += "</div>\n";
    in_signatures = is_signature;
    html += render_field_html(context, field);
  }
  if (in_signatures) html += "</div>\n";
  return html;
}

}  // namespace

// " · gewijzigd 3 december 2019" from git, or nothing without history.
std::string last_changed_note(const model::SiteModel& model, const load::FormDefinition& form) {
  const auto found = model.form_last_change.find(form.id);
  return found == model.form_last_change.end() ? "" : " · gewijzigd " + base::html_escape(found->second.date);
}

std::string handbook_version(const model::SiteModel& model) {
  return model.version.name.empty() ? model.config.version : model.version.name;
}

std::string form_schema_url(const model::SiteModel& model, const std::string& form_id) {
  return model.version.prefix + "formulieren/" + form_id + ".schema.json";
}

std::string render_form_markdown(const model::SiteModel& model, const load::FormDefinition& form,
                                 const load::InlineMarkdown& text, const std::string& document_url) {
  if (text.text.empty()) return "";
  // A form's Markdown follows the rules of a page's front-matter Markdown,
  // with the form's own link table in place of a page's.
  model::PageEntry links;
  links.url = model.form_url(form.id);
  if (const auto found = model.form_link_targets.find(form.id); found != model.form_link_targets.end()) {
    links.link_targets = found->second;
  }
  const MarkdownContext context{model, links, document_url, nullptr};
  return render_fragment(text.text, context);
}

std::string render_form_html(const model::SiteModel& model, const load::FormDefinition& form,
                             const FormPlacement& placement) {
  const FieldRenderContext context{form.id, [&](const load::InlineMarkdown& text) {
                                     return render_form_markdown(model, form, text, placement.document_url);
                                   }};
  const std::string level = std::to_string(placement.heading_level);
  const std::string version = std::to_string(form.version);
  const std::string book_version = handbook_version(model);
  std::string html = "<form class=\"formulier\"" + std::string(" id=\"formulier-") + esc(form.id) +
                     "\" data-formulier=\"" + esc(form.id) + "\" data-formulierversie=\"" + version +
                     "\" data-handboekversie=\"" + esc(book_version) + "\" data-titel=\"" + esc(form.title) +
                     "\" method=\"dialog\" autocomplete=\"off\" aria-label=\"" + esc(form.title) + "\">\n";
  html += "<p class=\"afdruk-kop\">" + esc(form.title) + " · " + esc(model.config.title) + " · handboekversie " +
          esc(book_version) + " · formulierversie " + version + last_changed_note(model, form) + "</p>\n";
  html += notes_html(form) + actions_html();
  for (size_t i = 0; i < form.sections.size(); ++i) {
    const load::FormSection& section = form.sections[i];
    const std::string heading_id = "f-" + form.id + "-sectie-" + std::to_string(i + 1);
    html += "<section class=\"formulier-sectie\" aria-labelledby=\"" + esc(heading_id) + "\">\n<h" + level + " id=\"" +
            esc(heading_id) + "\">" + esc(section.title) + "</h" + level + ">\n";
    if (!section.intro.text.empty())
      html += "<div class=\"sectie-intro\">" + context.markdown(section.intro) + "</div>\n";
    html += section_fields_html(context, section) + "</section>\n";
  }
  return html + "</form>\n";
}

std::string render_embedded_form(const model::SiteModel& model, const load::FormDefinition& form,
                                 const std::string& document_url) {
  const std::string url = model::relative_url(document_url, model.form_url(form.id));
  return "<div class=\"formulier-ingebed\">\n<p class=\"formulier-ingebed-titel\"><span class=\"page-type\">Formulier"
         "</span> <a href=\"" +
         esc(url) + "\">" + esc(form.title) + "</a></p>\n" +
         render_form_html(model, form, FormPlacement{document_url, 3}) + "</div>\n";
}

}  // namespace handboek::render
