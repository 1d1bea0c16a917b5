#include "render/form_field_renderer.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;
using load::FieldType;
using load::FormField;

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
data options_view(const std::vector<load::ChoiceOption>& options, const std::string& id_prefix = "") {
  data list{data::type::list};
  for (size_t i = 0; i < options.size(); ++i) {
    data item;
    item.set("value", options[i].value);
    item.set("label", options[i].label);
    item.set("option_id", id_prefix.empty() ? "" : id_prefix + "-" + std::to_string(i + 1));
    list.push_back(item);
  }
  return list;
}

// One row of a table field; row 0 is the template formulier.js copies when
// a row is added (it renumbers names, ids and labels).
data table_row_view(const FormField& field, const std::string& id, int row) {
  const std::string number = std::to_string(row);
  data cells{data::type::list};
  for (const load::TableColumn& column : field.columns) {
    data cell;
    cell.set("cell_id", id + "-" + number + "-" + column.id);
    cell.set("cell_name", field.id + "." + number + "." + column.id);
    cell.set("column_id", column.id);
    cell.set("column_label", column.label);
    set_control_kind(cell, column.type);
    cell.set("options", options_view(column.options));
    cells.push_back(cell);
  }
  data view;
  view.set("row", number);
  view.set("cells", cells);
  return view;
}

void add_table(const FormField& field, const std::string& id, data& view) {
  data columns{data::type::list};
  data blank_cells{data::type::list};
  for (const load::TableColumn& column : field.columns) {
    columns.push_back(data{"column_label", column.label});
    blank_cells.push_back(data{data::type::object});
  }
  data rows{data::type::list};
  data blank_rows{data::type::list};
  for (int row = 1; row <= field.rows; ++row) {
    rows.push_back(table_row_view(field, id, row));
    blank_rows.push_back(data{"blank_cells", blank_cells});
  }
  view.set("columns", columns);
  view.set("rows", rows);
  view.set("blank_rows", blank_rows);
  view.set("template_row", table_row_view(field, id, 0));
}

}  // namespace

std::string field_element_id(const std::string& form_id, const std::string& field_id) {
  return "f-" + form_id + "-" + field_id;
}

TemplateData field_view(const FieldRenderContext& context, const FormField& field) {
  const FieldType type = field.type;
  const bool is_choice = type == FieldType::kSingleChoice || type == FieldType::kMultipleChoice ||
                         type == FieldType::kScale || type == FieldType::kYesNo;
  const std::string id = field_element_id(context.form_id, field.id);
  data view;
  view.set("is_info", type == FieldType::kInfo);
  view.set("is_choice", is_choice);
  view.set("is_table", type == FieldType::kTable);
  view.set("is_signature", type == FieldType::kSignature);
  view.set("is_control", type != FieldType::kInfo && type != FieldType::kTable && type != FieldType::kSignature &&
                             !is_choice);
  if (type == FieldType::kInfo) {
    view.set("text_html", context.markdown(field.text));
    return view;
  }
  view.set("element_id", id);
  view.set("name", field.id);
  view.set("type", load::field_type_name(type));
  view.set("label", field.label);
  view.set("required", field.required);
  view.set("special", field.special_category);
  view.set("role", field.role);
  set_control_kind(view, type);

  // Help and the special-category note, and the aria-describedby naming them.
  const std::string help_html = field.help.text.empty() ? "" : context.markdown(field.help);
  std::string described_by;
  if (!help_html.empty()) described_by = id + "-hulp";
  if (field.special_category) described_by += (described_by.empty() ? "" : " ") + id + "-bijzonder";
  view.set("help_html", help_html);
  view.set("help_id", id + "-hulp");
  view.set("special_id", id + "-bijzonder");
  view.set("described_by", described_by);

  view.set("input_type", type == FieldType::kMultipleChoice ? "checkbox" : "radio");
  view.set("is_scale", type == FieldType::kScale);
  // A check box group cannot be required per box.
  view.set("option_required", field.required && type != FieldType::kMultipleChoice);
  view.set("options", options_view(field.options, is_choice ? id : ""));
  if (type == FieldType::kTable) add_table(field, id, view);
  return view;
}

}  // namespace handboek::render
