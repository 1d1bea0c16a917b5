#include "load/form_definition.h"

namespace handboek::load {

namespace {

constexpr FieldType kAllTypes[] = {
    FieldType::kShortText,    FieldType::kLongText,       FieldType::kDate,      FieldType::kNumber,
    FieldType::kSingleChoice, FieldType::kMultipleChoice, FieldType::kSelect,    FieldType::kScale,
    FieldType::kYesNo,        FieldType::kTable,          FieldType::kSignature, FieldType::kInfo,
};

}  // namespace

const char* field_type_name(FieldType type) {
  switch (type) {
    case FieldType::kShortText: return "short_text";
    case FieldType::kLongText: return "long_text";
    case FieldType::kDate: return "date";
    case FieldType::kNumber: return "number";
    case FieldType::kSingleChoice: return "single_choice";
    case FieldType::kMultipleChoice: return "multiple_choice";
    case FieldType::kSelect: return "select";
    case FieldType::kScale: return "scale";
    case FieldType::kYesNo: return "yes_no";
    case FieldType::kTable: return "table";
    case FieldType::kSignature: return "signature";
    case FieldType::kInfo: return "info";
  }
  return "short_text";
}

std::optional<FieldType> parse_field_type(std::string_view name) {
  for (const FieldType type : kAllTypes) {
    if (name == field_type_name(type)) return type;
  }
  return std::nullopt;
}

std::vector<std::string> field_type_names() {
  std::vector<std::string> names;
  for (const FieldType type : kAllTypes) names.emplace_back(field_type_name(type));
  return names;
}

bool has_options(FieldType type) {
  return type == FieldType::kSingleChoice || type == FieldType::kMultipleChoice || type == FieldType::kSelect;
}

std::vector<const FormField*> FormDefinition::answer_fields() const {
  std::vector<const FormField*> fields;
  for (const FormSection& section : sections) {
    for (const FormField& field : section.fields) {
      if (field.type != FieldType::kInfo) fields.push_back(&field);
    }
  }
  return fields;
}

bool FormDefinition::has_special_category() const {
  for (const FormField* field : answer_fields()) {
    if (field->special_category) return true;
  }
  return false;
}

}  // namespace handboek::load
