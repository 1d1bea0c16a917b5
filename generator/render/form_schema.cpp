#include "render/form_schema.h"

#include "render/json_value.h"

namespace handboek::render {

namespace {

using load::FieldType;

// {"type": T} when required, else {"type": [T, "null"]}.
JsonValue typed(const char* type, bool required) {
  JsonValue schema = JsonValue::object();
  if (required) return schema.set("type", type);
  return schema.set("type", JsonValue::Array{type, "null"});
}

JsonValue text_schema(bool required) {
  JsonValue schema = typed("string", required);
  if (required) schema.set("minLength", 1);
  return schema;
}

JsonValue date_schema(bool required) {
  return typed("string", required).set("format", "date");
}

// One of the option values, each with its label as title.
JsonValue choice_schema(const std::vector<load::ChoiceOption>& options, bool required, bool integer_values) {
  JsonValue one_of = JsonValue::array();
  for (const load::ChoiceOption& option : options) {
    JsonValue value = integer_values ? JsonValue(std::stoi(option.value)) : JsonValue(option.value);
    one_of.push(JsonValue::object().set("const", std::move(value)).set("title", option.label));
  }
  if (!required) one_of.push(JsonValue::object().set("type", "null"));
  return JsonValue::object().set("oneOf", std::move(one_of));
}

JsonValue column_schema(const load::TableColumn& column) {
  JsonValue schema = JsonValue::object().set("title", column.label);
  switch (column.type) {
    case FieldType::kDate: return schema.merge(date_schema(false));
    case FieldType::kNumber: return schema.merge(typed("number", false));
    case FieldType::kSelect: return schema.merge(choice_schema(column.options, false, false));
    default: return schema.merge(text_schema(false));
  }
}

JsonValue table_schema(const load::FormField& field) {
  JsonValue properties = JsonValue::object();
  JsonValue required = JsonValue::array();
  for (const load::TableColumn& column : field.columns) {
    properties.set(column.id, column_schema(column));
    required.push(column.id);
  }
  JsonValue row = JsonValue::object()
                      .set("type", "object")
                      .set("properties", std::move(properties))
                      .set("required", std::move(required))
                      .set("additionalProperties", false);
  JsonValue schema = JsonValue::object().set("type", "array").set("items", std::move(row));
  if (field.required) schema.set("minItems", 1);
  return schema;
}

JsonValue signature_schema(const load::FormField& field) {
  return JsonValue::object()
      .set("type", "object")
      .set("properties", JsonValue::object()
                             .set("name", JsonValue::object().set("title", "Naam").merge(text_schema(field.required)))
                             .set("date", JsonValue::object().set("title", "Datum").merge(date_schema(field.required))))
      .set("required", JsonValue::Array{"name", "date"})
      .set("additionalProperties", false);
}

JsonValue value_schema(const load::FormField& field) {
  switch (field.type) {
    case FieldType::kShortText:
    case FieldType::kLongText: return text_schema(field.required);
    case FieldType::kDate: return date_schema(field.required);
    case FieldType::kNumber: return typed("number", field.required);
    case FieldType::kSingleChoice:
    case FieldType::kSelect: return choice_schema(field.options, field.required, false);
    case FieldType::kScale: return choice_schema(field.options, field.required, true);
    case FieldType::kMultipleChoice: {
      JsonValue schema = JsonValue::object()
                             .set("type", "array")
                             .set("items", choice_schema(field.options, true, false))
                             .set("uniqueItems", true);
      if (field.required) schema.set("minItems", 1);
      return schema;
    }
    case FieldType::kYesNo: return typed("boolean", field.required);
    case FieldType::kTable: return table_schema(field);
    case FieldType::kSignature: return signature_schema(field);
    case FieldType::kInfo: break;
  }
  return JsonValue::object();
}

JsonValue field_schema(const load::FormField& field) {
  JsonValue schema = JsonValue::object().set("title", field.label);
  if (!field.help.text.empty()) schema.set("description", field.help.text);
  if (field.special_category) schema.set("x-special-category", true);
  return schema.merge(value_schema(field));
}

}  // namespace

std::string form_schema_json(const load::FormDefinition& form, const SchemaPlace& place) {
  JsonValue answers = JsonValue::object();
  JsonValue required = JsonValue::array();
  for (const load::FormField* field : form.answer_fields()) {
    answers.set(field->id, field_schema(*field));
    required.push(field->id);
  }
  JsonValue properties =
      JsonValue::object()
          .set("form", JsonValue::object().set("const", form.id))
          .set("title", JsonValue::object().set("type", "string"))
          .set("form_version", JsonValue::object().set("const", form.version))
          .set("handbook_version",
               JsonValue::object().set("type", "string").set("examples", JsonValue::Array{place.handbook_version}))
          .set("answers", JsonValue::object()
                              .set("type", "object")
                              .set("properties", std::move(answers))
                              .set("required", std::move(required))
                              .set("additionalProperties", false));
  return JsonValue::object()
      .set("$schema", "https://json-schema.org/draft/2020-12/schema")
      .set("$id", place.id)
      .set("title", form.title)
      .set("description", "Antwoorden op het formulier '" + form.title + "' (formulierversie " +
                              std::to_string(form.version) + ", handboekversie " + place.handbook_version +
                              "), zoals 'Opslaan als bestand' ze bewaart.")
      .set("type", "object")
      .set("properties", std::move(properties))
      .set("required", JsonValue::Array{"form", "form_version", "handbook_version", "answers"})
      .set("additionalProperties", false)
      .dump();
}

}  // namespace handboek::render
