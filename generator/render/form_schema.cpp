#include "render/form_schema.h"

#include "render/json_text.h"

namespace handboek::render {

namespace {

using load::FieldType;

// {"type": T} when required, else {"type": [T, "null"]}.
Json typed(const char* type, bool required) {
  if (required) return {{"type", type}};
  return {{"type", Json::array({type, "null"})}};
}

Json text_schema(bool required) {
  Json schema = typed("string", required);
  if (required) schema["minLength"] = 1;
  return schema;
}

Json date_schema(bool required) {
  Json schema = typed("string", required);
  schema["format"] = "date";
  return schema;
}

// One of the option values, each with its label as title.
Json choice_schema(const std::vector<load::ChoiceOption>& options, bool required, bool integer_values) {
  Json one_of = Json::array();
  for (const load::ChoiceOption& option : options) {
    Json value = integer_values ? Json(std::stoi(option.value)) : Json(option.value);
    one_of.push_back({{"const", std::move(value)}, {"title", option.label}});
  }
  if (!required) one_of.push_back({{"type", "null"}});
  return {{"oneOf", std::move(one_of)}};
}

// {"title": title} followed by the keys of `schema`.
Json titled(const std::string& title, const Json& schema) {
  Json titled_schema = {{"title", title}};
  titled_schema.update(schema);
  return titled_schema;
}

Json column_schema(const load::TableColumn& column) {
  switch (column.type) {
    case FieldType::kDate: return titled(column.label, date_schema(false));
    case FieldType::kNumber: return titled(column.label, typed("number", false));
    case FieldType::kSelect: return titled(column.label, choice_schema(column.options, false, false));
    default: return titled(column.label, text_schema(false));
  }
}

Json table_schema(const load::FormField& field) {
  Json properties = Json::object();
  Json required = Json::array();
  for (const load::TableColumn& column : field.columns) {
    properties[column.id] = column_schema(column);
    required.push_back(column.id);
  }
  Json row = {{"type", "object"},
              {"properties", std::move(properties)},
              {"required", std::move(required)},
              {"additionalProperties", false}};
  Json schema = {{"type", "array"}, {"items", std::move(row)}};
  if (field.required) schema["minItems"] = 1;
  return schema;
}

Json signature_schema(const load::FormField& field, const ThemeStrings& strings) {
  return {{"type", "object"},
          {"properties",
           {{"name", titled(strings[Text::kSchemaSignatureName], text_schema(field.required))},
            {"date", titled(strings[Text::kSchemaSignatureDate], date_schema(field.required))}}},
          {"required", Json::array({"name", "date"})},
          {"additionalProperties", false}};
}

Json value_schema(const load::FormField& field, const ThemeStrings& strings) {
  switch (field.type) {
    case FieldType::kShortText:
    case FieldType::kLongText: return text_schema(field.required);
    case FieldType::kDate: return date_schema(field.required);
    case FieldType::kNumber: return typed("number", field.required);
    case FieldType::kSingleChoice:
    case FieldType::kSelect: return choice_schema(field.options, field.required, false);
    case FieldType::kScale: return choice_schema(field.options, field.required, true);
    case FieldType::kMultipleChoice: {
      Json schema = {{"type", "array"}, {"items", choice_schema(field.options, true, false)}, {"uniqueItems", true}};
      if (field.required) schema["minItems"] = 1;
      return schema;
    }
    case FieldType::kYesNo: return typed("boolean", field.required);
    case FieldType::kTable: return table_schema(field);
    case FieldType::kSignature: return signature_schema(field, strings);
    case FieldType::kInfo: break;
  }
  return Json::object();
}

Json field_schema(const load::FormField& field, const ThemeStrings& strings) {
  Json schema = {{"title", field.label}};
  if (!field.help.text.empty()) schema["description"] = field.help.text;
  if (field.special_category) schema["x-special-category"] = true;
  schema.update(value_schema(field, strings));
  return schema;
}

}  // namespace

std::string form_schema_json(const load::FormDefinition& form, const ThemeStrings& strings, const SchemaPlace& place) {
  Json answers = Json::object();
  Json required = Json::array();
  for (const load::FormField* field : form.answer_fields()) {
    answers[field->id] = field_schema(*field, strings);
    required.push_back(field->id);
  }
  Json properties = {{"form", {{"const", form.id}}},
                     {"title", {{"type", "string"}}},
                     {"form_version", {{"const", form.version}}},
                     {"handbook_version", {{"type", "string"}, {"examples", Json::array({place.handbook_version})}}},
                     {"answers",
                      {{"type", "object"},
                       {"properties", std::move(answers)},
                       {"required", std::move(required)},
                       {"additionalProperties", false}}}};
  const Json schema = {
      {"$schema", "https://json-schema.org/draft/2020-12/schema"},
      {"$id", place.id},
      {"title", form.title},
      {"description", strings.format(Text::kSchemaDescription, {{"title", form.title},
                                                                {"form_version", std::to_string(form.version)},
                                                                {"handbook_version", place.handbook_version}})},
      {"type", "object"},
      {"properties", std::move(properties)},
      {"required", Json::array({"form", "form_version", "handbook_version", "answers"})},
      {"additionalProperties", false}};
  return json_text(schema) + "\n";
}

}  // namespace handboek::render
