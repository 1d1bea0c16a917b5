#include "render/form_field_renderer.h"

#include <map>

#include "model/url_map.h"
#include "render/form_texts.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;
using load::FieldType;
using load::FormField;
using load::FormTranslation;

// The option labels of a translation that translates some of them ({} when
// the language lacks the field or column).
using OptionLabels = std::function<const std::map<std::string, std::string>*(const FormTranslation&)>;

std::string translated_option(const FormTranslation& translation, const OptionLabels& labels,
                              const std::string& value) {
  const auto* map = labels(translation);
  if (!map) return "";
  const auto found = map->find(value);
  return found == map->end() ? "" : found->second;
}

// The translated field, or nullptr; the column of a table field, or nullptr.
const load::ColumnTranslation* column_translation(const FormTranslation& translation, const FormField& field,
                                                  const std::string& column_id) {
  const load::FieldTranslation* translated = field_translation(translation, field.id);
  if (!translated) return nullptr;
  const auto found = translated->columns.find(column_id);
  return found == translated->columns.end() ? nullptr : &found->second;
}

// The control flags of a field or a table column: which element it is.
void set_control_kind(data& view, FieldType type) {
  view.set("is_long_text", type == FieldType::kLongText);
  view.set("is_date", type == FieldType::kDate);
  view.set("is_number", type == FieldType::kNumber);
  view.set("is_select", type == FieldType::kSelect);
  view.set("is_text", type != FieldType::kLongText && type != FieldType::kDate && type != FieldType::kNumber &&
                          type != FieldType::kSelect);
}

// `id_prefix` non-empty: each option gets "<prefix>-<n>" as its id (radio
// buttons and check boxes have a label each).
data options_view(const std::vector<load::ChoiceOption>& options, const std::vector<FormTranslation>& translations,
                  const OptionLabels& labels, const std::string& id_prefix = "") {
  data list{data::type::list};
  for (size_t i = 0; i < options.size(); ++i) {
    data item;
    item.set("value", options[i].value);
    item.set("label", options[i].label);
    item.set("label_texts", text_with_translations(options[i].label, translations, [&](const FormTranslation& t) {
               return translated_option(t, labels, options[i].value);
             }));
    item.set("option_id", id_prefix.empty() ? "" : id_prefix + "-" + std::to_string(i + 1));
    list.push_back(item);
  }
  return list;
}

// One row of a table field; row 0 is the template formulier.js copies when
// a row is added (it renumbers names, ids and labels).
data table_row_view(const FieldRenderContext& context, const FormField& field, const std::string& id, int row) {
  const std::string number = std::to_string(row);
  data cells{data::type::list};
  for (const load::TableColumn& column : field.columns) {
    data cell;
    cell.set("cell_id", id + "-" + number + "-" + column.id);
    cell.set("cell_name", field.id + "." + number + "." + column.id);
    cell.set("column_id", column.id);
    cell.set("column_label", column.label);
    set_control_kind(cell, column.type);
    cell.set("options", options_view(column.options, context.translations, [&](const FormTranslation& t) {
               const load::ColumnTranslation* translated = column_translation(t, field, column.id);
               return translated ? &translated->options : nullptr;
             }));
    cells.push_back(cell);
  }
  data view;
  view.set("row", number);
  view.set("cells", cells);
  return view;
}

void add_table(const FieldRenderContext& context, const FormField& field, const std::string& id, data& view) {
  data columns{data::type::list};
  data blank_cells{data::type::list};
  for (const load::TableColumn& column : field.columns) {
    data item{"column_label", column.label};
    item.set("column_label_texts",
             text_with_translations(column.label, context.translations, [&](const FormTranslation& t) {
               const load::ColumnTranslation* translated = column_translation(t, field, column.id);
               return translated ? translated->label : std::string();
             }));
    columns.push_back(item);
    blank_cells.push_back(data{data::type::object});
  }
  data rows{data::type::list};
  data blank_rows{data::type::list};
  for (int row = 1; row <= field.rows; ++row) {
    rows.push_back(table_row_view(context, field, id, row));
    blank_rows.push_back(data{"blank_cells", blank_cells});
  }
  view.set("columns", columns);
  view.set("rows", rows);
  view.set("blank_rows", blank_rows);
  view.set("template_row", table_row_view(context, field, id, 0));
}

}  // namespace

TemplateData field_view(const FieldRenderContext& context, const FormField& field) {
  const FieldType type = field.type;
  const bool is_choice = type == FieldType::kSingleChoice || type == FieldType::kMultipleChoice ||
                         type == FieldType::kScale || type == FieldType::kYesNo;
  const std::string id = model::form_part_id(context.form_key, field.id);
  data view;
  view.set("is_info", type == FieldType::kInfo);
  view.set("is_choice", is_choice);
  view.set("is_table", type == FieldType::kTable);
  view.set("is_signature", type == FieldType::kSignature);
  view.set("is_control",
           type != FieldType::kInfo && type != FieldType::kTable && type != FieldType::kSignature && !is_choice);
  // One text of this field in each translation that has it.
  const auto translated = [&](auto member) {
    return [&field, member](const FormTranslation& t) {
      const load::FieldTranslation* found = field_translation(t, field.id);
      return found ? member(*found) : std::string();
    };
  };
  const auto translated_html = [&](auto member) {
    return translated([&context, member](const load::FieldTranslation& f) {
      const load::InlineMarkdown& text = member(f);
      return text.text.empty() ? std::string() : context.markdown(text);
    });
  };
  if (type == FieldType::kInfo) {
    const std::string text_html = context.markdown(field.text);
    view.set("text_html", text_html);
    view.set("text_texts",
             html_with_translations(text_html, context.translations,
                                    translated_html([](const load::FieldTranslation& f) -> const load::InlineMarkdown& {
                                      return f.text;
                                    })));
    return view;
  }
  view.set("element_id", id);
  view.set("name", field.id);
  view.set("type", load::field_type_name(type));
  view.set("label", field.label);
  view.set("required", field.required);
  view.set("special", field.special_category);
  view.set("role", field.role);
  // A signature's label is built from its role ("Handtekening klant"): a
  // translation without a label of its own shows its translated role.
  view.set("label_texts", text_with_translations(
                              field.label, context.translations, translated([type](const load::FieldTranslation& f) {
                                return f.label.empty() && type == FieldType::kSignature ? f.role : f.label;
                              })));
  view.set("role_texts", text_with_translations(field.role, context.translations,
                                                translated([](const load::FieldTranslation& f) { return f.role; })));
  set_control_kind(view, type);

  // Help and the special-category note, and the aria-describedby naming them.
  const std::string help_html = field.help.text.empty() ? "" : context.markdown(field.help);
  std::string described_by;
  if (!help_html.empty()) described_by = id + "-hulp";
  if (field.special_category) described_by += (described_by.empty() ? "" : " ") + id + "-bijzonder";
  view.set("help_html", help_html);
  view.set("help_texts",
           html_with_translations(
               help_html, context.translations,
               translated_html([](const load::FieldTranslation& f) -> const load::InlineMarkdown& { return f.help; })));
  view.set("help_id", id + "-hulp");
  view.set("special_id", id + "-bijzonder");
  view.set("described_by", described_by);

  view.set("input_type", type == FieldType::kMultipleChoice ? "checkbox" : "radio");
  view.set("is_scale", type == FieldType::kScale);
  view.set("is_multiple", type == FieldType::kMultipleChoice);
  // A check box group cannot be required per box.
  view.set("option_required", field.required && type != FieldType::kMultipleChoice);
  view.set("options", options_view(
                          field.options, context.translations,
                          [&](const FormTranslation& t) {
                            const load::FieldTranslation* found = field_translation(t, field.id);
                            return found ? &found->options : nullptr;
                          },
                          is_choice ? id : ""));
  if (type == FieldType::kTable) add_table(context, field, id, view);
  return view;
}

}  // namespace handboek::render
