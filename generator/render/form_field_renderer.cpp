#include "render/form_field_renderer.h"

#include "base/text.h"

namespace handboek::render {

namespace {

using load::FieldType;
using load::FormField;

std::string esc(std::string_view text) {
  return base::html_escape(text);
}

std::string attr(const char* name, std::string_view value) {
  return std::string(" ") + name + "=\"" + esc(value) + "\"";
}

std::string required_attr(const FormField& field) {
  return field.required ? " required" : "";
}

// The visible label text, with "(verplicht)" for required fields.
std::string label_text(const FormField& field) {
  return esc(field.label) + (field.required ? " <span class=\"verplicht\">(verplicht)</span>" : "");
}

std::string special_note_html(const std::string& id) {
  return "<p class=\"bijzonder-gegeven\" id=\"" + esc(id) +
         "-bijzonder\"><span class=\"bijzonder-label\">Bijzonder persoonsgegeven</span> Dit gaat over "
         "gezondheid: een bijzonder persoonsgegeven (AVG). Noteer alleen wat nodig is voor het plan en wat de "
         "klant goed vindt.</p>\n";
}

// Help and marker of a field, and the aria-describedby that points at them.
struct Description {
  std::string html;
  std::string attribute;
};

Description describe(const FieldRenderContext& context, const FormField& field, const std::string& id) {
  Description out;
  std::string ids;
  if (!field.help.text.empty()) {
    out.html += "<div class=\"hulp\" id=\"" + esc(id) + "-hulp\">" + context.markdown(field.help) + "</div>\n";
    ids += id + "-hulp";
  }
  if (field.special_category) {
    out.html += special_note_html(id);
    ids += (ids.empty() ? "" : " ") + id + "-bijzonder";
  }
  if (!ids.empty()) out.attribute = attr("aria-describedby", ids);
  return out;
}

std::string open_wrapper(const char* element, const FormField& field, const std::string& extra_class = "") {
  std::string classes = std::string("veld veld-") + load::field_type_name(field.type);
  if (field.special_category) classes += " veld-bijzonder";
  if (!extra_class.empty()) classes += " " + extra_class;
  return std::string("<") + element + attr("class", classes) + attr("data-veld", field.id) +
         attr("data-type", load::field_type_name(field.type));
}

std::string select_html(const std::vector<load::ChoiceOption>& options, const std::string& attributes) {
  std::string html = "<select" + attributes + ">\n<option value=\"\">— kies —</option>\n";
  for (const load::ChoiceOption& option : options) {
    html += "<option" + attr("value", option.value) + ">" + esc(option.label) + "</option>\n";
  }
  return html + "</select>\n";
}

// A select on a blank print: the options with a box to tick.
std::string blank_options_html(const std::vector<load::ChoiceOption>& options) {
  std::string html = "<p class=\"alleen-leeg keuzelijst\" aria-hidden=\"true\">";
  for (const load::ChoiceOption& option : options) html += "<span>☐ " + esc(option.label) + "</span> ";
  return html + "</p>\n";
}

// A single control with its own <label>: text, date, number, select.
std::string control_html(const FieldRenderContext& context, const FormField& field, const std::string& id) {
  const Description description = describe(context, field, id);
  const std::string common = attr("id", id) + attr("name", field.id) + required_attr(field) + description.attribute;
  std::string control;
  switch (field.type) {
    case FieldType::kLongText: control = "<textarea" + common + " rows=\"4\"></textarea>\n"; break;
    case FieldType::kDate: control = "<input type=\"date\"" + common + ">\n"; break;
    case FieldType::kNumber:
      control = "<input type=\"number\" step=\"any\" inputmode=\"decimal\"" + common + ">\n";
      break;
    case FieldType::kSelect: control = select_html(field.options, common) + blank_options_html(field.options); break;
    default: control = "<input type=\"text\"" + common + ">\n"; break;
  }
  return open_wrapper("div", field) + ">\n<label" + attr("for", id) + ">" + label_text(field) + "</label>\n" +
         description.html + control + "</div>\n";
}

// Radio buttons or check boxes in a fieldset: single/multiple choice, scale, yes/no.
std::string choice_html(const FieldRenderContext& context, const FormField& field, const std::string& id) {
  const Description description = describe(context, field, id);
  const bool multiple = field.type == FieldType::kMultipleChoice;
  const char* input_type = multiple ? "checkbox" : "radio";
  const std::string group_class = field.type == FieldType::kScale ? "keuzes schaal" : "keuzes";
  std::string html = open_wrapper("fieldset", field) + description.attribute + ">\n<legend>" + label_text(field) +
                     "</legend>\n" + description.html + "<div class=\"" + group_class + "\">\n";
  for (size_t i = 0; i < field.options.size(); ++i) {
    const load::ChoiceOption& option = field.options[i];
    const std::string option_id = id + "-" + std::to_string(i + 1);
    html += "<div class=\"keuze\"><input type=\"" + std::string(input_type) + "\"" + attr("id", option_id) +
            attr("name", field.id) + attr("value", option.value) + (multiple ? "" : required_attr(field)) + "><label" +
            attr("for", option_id) + ">";
    if (field.type == FieldType::kScale) html += "<span class=\"schaal-waarde\">" + esc(option.value) + "</span> ";
    html += esc(option.label) + "</label></div>\n";
  }
  return html + "</div>\n</fieldset>\n";
}

std::string cell_html(const load::TableColumn& column, const std::string& name, const std::string& id, int row) {
  const std::string label = column.label + ", rij " + std::to_string(row);
  const std::string common =
      attr("id", id) + attr("name", name) + attr("data-kolom", column.id) + attr("aria-label", label);
  switch (column.type) {
    case FieldType::kLongText: return "<textarea" + common + " rows=\"2\"></textarea>";
    case FieldType::kDate: return "<input type=\"date\"" + common + ">";
    case FieldType::kNumber: return "<input type=\"number\" step=\"any\" inputmode=\"decimal\"" + common + ">";
    case FieldType::kSelect: return select_html(column.options, common);
    default: return "<input type=\"text\"" + common + ">";
  }
}

// One row of a table field; formulier.js renumbers names, ids and labels
// when rows are added or removed.
std::string table_row_html(const FormField& field, const std::string& id, int row) {
  const std::string number = std::to_string(row);
  std::string html = "<tr data-rij>";
  for (const load::TableColumn& column : field.columns) {
    html += "<td>" +
            cell_html(column, field.id + "." + number + "." + column.id, id + "-" + number + "-" + column.id, row) +
            "</td>";
  }
  return html +
         "<td class=\"rij-actie\"><button type=\"button\" class=\"rij-verwijderen\" data-actie=\"rij-verwijderen\"" +
         attr("aria-label", "Verwijderen: rij " + number) + ">Verwijderen</button></td></tr>\n";
}

std::string table_html(const FieldRenderContext& context, const FormField& field, const std::string& id) {
  const Description description = describe(context, field, id);
  std::string head = "<thead><tr>";
  std::string blank_row = "<tr>";
  for (const load::TableColumn& column : field.columns) {
    head += "<th scope=\"col\">" + esc(column.label) + "</th>";
    blank_row += "<td></td>";
  }
  head += "<th scope=\"col\" class=\"rij-actie\"><span class=\"onzichtbaar\">Actie</span></th></tr></thead>\n";
  blank_row += "<td class=\"rij-actie\"></td></tr>\n";

  std::string html = open_wrapper("fieldset", field) + description.attribute + ">\n<legend>" + label_text(field) +
                     "</legend>\n" + description.html + "<div class=\"tabel-kader\">\n<table class=\"tabelveld\">\n" +
                     head + "<tbody data-rijen>\n";
  for (int row = 1; row <= field.rows; ++row) html += table_row_html(field, id, row);
  html += "</tbody>\n<tbody class=\"alleen-leeg\" aria-hidden=\"true\">\n";
  for (int row = 1; row <= field.rows; ++row) html += blank_row;
  html += "</tbody>\n</table>\n</div>\n<template data-sjabloon>" + table_row_html(field, id, 0) + "</template>\n";
  return html +
         "<button type=\"button\" class=\"rij-toevoegen\" data-actie=\"rij-toevoegen\">Rij toevoegen</button>\n" +
         "</fieldset>\n";
}

std::string signature_html(const FieldRenderContext& context, const FormField& field, const std::string& id) {
  const Description description = describe(context, field, id);
  auto part = [&](const char* key, const char* label, const char* type) {
    const std::string part_id = id + "-" + key;
    return "<div class=\"deelveld\"><label" + attr("for", part_id) + ">" + label + "</label><input type=\"" + type +
           "\"" + attr("id", part_id) + attr("name", field.id + "." + key) + attr("data-deel", key) +
           required_attr(field) + "></div>\n";
  };
  return open_wrapper("fieldset", field, "handtekening") + description.attribute + ">\n<legend>" + label_text(field) +
         "</legend>\n" + description.html + part("name", "Naam", "text") + part("date", "Datum", "date") +
         "<div class=\"handtekening-vak\"><span class=\"handtekening-vak-label\">Handtekening " + esc(field.role) +
         "</span></div>\n</fieldset>\n";
}

}  // namespace

std::string field_element_id(const std::string& form_id, const std::string& field_id) {
  return "f-" + form_id + "-" + field_id;
}

std::string render_field_html(const FieldRenderContext& context, const FormField& field) {
  const std::string id = field_element_id(context.form_id, field.id);
  switch (field.type) {
    case FieldType::kSingleChoice:
    case FieldType::kMultipleChoice:
    case FieldType::kScale:
    case FieldType::kYesNo: return choice_html(context, field, id);
    case FieldType::kTable: return table_html(context, field, id);
    case FieldType::kSignature: return signature_html(context, field, id);
    case FieldType::kInfo: return "<div class=\"veld-info\">\n" + context.markdown(field.text) + "</div>\n";
    default: return control_html(context, field, id);
  }
}

}  // namespace handboek::render
