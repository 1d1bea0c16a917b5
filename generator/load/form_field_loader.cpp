#include "load/form_field_loader.h"

#include <set>

#include "base/did_you_mean.h"
#include "base/identifier.h"
#include "base/text.h"

namespace handboek::load {

namespace {

using Keys = std::vector<std::string_view>;

const Keys kCommonKeys = {"id", "type", "label", "help", "required", "special_category"};
// Keys that belong to some field type; on another type they do not apply.
const Keys kTypeKeys = {"options", "levels", "columns", "rows", "role", "text"};

Keys allowed_keys(FieldType type) {
  Keys keys = kCommonKeys;
  switch (type) {
    case FieldType::kSingleChoice:
    case FieldType::kMultipleChoice:
    case FieldType::kSelect: keys.push_back("options"); break;
    case FieldType::kScale: keys.push_back("levels"); break;
    case FieldType::kTable: keys.insert(keys.end(), {"columns", "rows"}); break;
    case FieldType::kSignature: keys = {"id", "type", "label", "help", "required", "role"}; break;
    case FieldType::kInfo: keys = {"id", "type", "text"}; break;
    default: break;
  }
  return keys;
}

bool contains(const Keys& keys, const std::string& key) {
  for (const std::string_view k : keys) {
    if (k == key) return true;
  }
  return false;
}

// Unknown keys are warnings; a key of another field type says so.
void check_keys(const YAML::Node& item, FieldType type, yaml::YamlReader& reader) {
  const Keys allowed = allowed_keys(type);
  const std::vector<std::string> candidates(allowed.begin(), allowed.end());
  const std::string other_type = "' hoort niet bij een veld van het type " + std::string(field_type_name(type));
  for (const auto& entry : item) {
    const std::string key = entry.first.Scalar();
    if (contains(allowed, key)) continue;
    if (contains(kCommonKeys, key) || contains(kTypeKeys, key)) {
      reader.warning(entry.first, "'" + key + other_type);
    } else {
      reader.warning(entry.first, yaml::unknown_key(key) + base::suggestion_suffix(key, candidates));
    }
  }
}

std::string unknown_field_type(const std::string& name) {
  return "onbekend veldtype '" + name + "'" + base::suggestion_suffix(name, field_type_names());
}

// The options of a choice (or a select column): text, or {value, label}.
std::vector<ChoiceOption> load_options(const YAML::Node& owner, const std::string& what, yaml::YamlReader& reader) {
  std::vector<ChoiceOption> options;
  const YAML::Node list = owner["options"];
  if (!list || list.IsNull() || (list.IsSequence() && list.size() == 0)) {
    reader.error(list && !list.IsNull() ? list : owner, what + " heeft opties (options) nodig");
    return options;
  }
  if (!list.IsSequence()) {
    reader.error(list, "'options' moet een lijst zijn");
    return options;
  }
  std::set<std::string> values;
  for (const YAML::Node& item : list) {
    ChoiceOption option;
    if (item.IsScalar()) {
      option.label = item.Scalar();
    } else if (item.IsMap()) {
      reader.warn_unknown_keys(item, {"value", "label"});
      option.label = reader.text(item, "label", true).value_or("");
      option.value = reader.text(item, "value").value_or("");
    } else {
      reader.error(item, "een optie is tekst, of 'value' en 'label' met elk een waarde");
      continue;
    }
    if (option.value.empty()) option.value = base::slugify(option.label);
    if (!values.insert(option.value).second) {
      reader.error(item, "optie '" + option.value + "' staat er twee keer in");
      continue;
    }
    options.push_back(std::move(option));
  }
  return options;
}

std::vector<ChoiceOption> load_levels(const YAML::Node& item, yaml::YamlReader& reader) {
  std::vector<ChoiceOption> levels;
  const auto labels = reader.text_list(item, "levels");
  for (size_t i = 0; i < labels.size(); ++i) levels.push_back({std::to_string(i + 1), labels[i]});
  if (levels.size() < 2) {
    const YAML::Node list = item["levels"];
    reader.error(list && !list.IsNull() ? list : item,
                 "een schaalveld (scale) heeft levels nodig: een tekst voor elk niveau, minstens twee");
  }
  return levels;
}

std::vector<TableColumn> load_columns(const YAML::Node& item, yaml::YamlReader& reader) {
  std::vector<TableColumn> columns;
  const auto list = reader.sequence(item, "columns");
  if (!list || list->size() == 0) {
    reader.error(list ? *list : item, "een tabelveld (table) heeft kolommen (columns) nodig");
    return columns;
  }
  std::set<std::string> ids;
  for (const YAML::Node& node : *list) {
    if (!reader.expect_map(node, "een kolom")) continue;
    reader.warn_unknown_keys(node, {"id", "label", "type", "options"});
    TableColumn column;
    column.pos = reader.position(node);
    column.id = reader.text(node, "id", true).value_or("");
    column.label = reader.text(node, "label", true).value_or(column.id);
    if (column.id.empty()) continue;
    if (!is_form_id(column.id)) {
      reader.error(node["id"], base::not_an_identifier("kolom", column.id));
    } else if (!ids.insert(column.id).second) {
      reader.error(node["id"], "kolom-id '" + column.id + "' komt twee keer voor in deze tabel");
    }
    const std::string type_name = reader.text(node, "type").value_or("short_text");
    const auto type = parse_field_type(type_name);
    if (!type) {
      reader.error(node["type"], unknown_field_type(type_name));
      continue;
    }
    if (*type != FieldType::kShortText && *type != FieldType::kLongText && *type != FieldType::kDate &&
        *type != FieldType::kNumber && *type != FieldType::kSelect) {
      reader.error(node["type"], "een tabelkolom kan geen " + type_name +
                                     " zijn; kies short_text, long_text, date, number of select");
      continue;
    }
    column.type = *type;
    if (column.type == FieldType::kSelect) {
      column.options = load_options(node, "een kolom van het type select", reader);
    } else if (node["options"]) {
      reader.warning(node["options"], "'options' hoort niet bij een kolom van het type " + type_name);
    }
    columns.push_back(std::move(column));
  }
  return columns;
}

// Reads and registers the field's id: required (but for info), well-formed
// and unique in the form.
void load_field_id(const YAML::Node& item, FieldType type, yaml::YamlReader& reader,
                   std::map<std::string, SourcePos>& ids, FormField& field) {
  field.id = reader.text(item, "id", type != FieldType::kInfo).value_or("");
  if (field.id.empty()) return;
  if (!is_form_id(field.id)) {
    reader.error(item["id"], base::not_an_identifier("veld", field.id));
    return;
  }
  const auto [first, inserted] = ids.emplace(field.id, reader.position(item["id"]));
  if (!inserted) {
    reader.error(item["id"], "veld-id '" + field.id + "' komt twee keer voor in dit formulier (eerst op regel " +
                                 std::to_string(first->second.line) + ")");
  }
}

std::string signature_label(const std::string& role) {
  std::string label = "Handtekening " + role;
  const size_t first = std::string("Handtekening ").size();
  if (label.size() > first + 1 && label[first] >= 'A' && label[first] <= 'Z' && label[first + 1] >= 'a' &&
      label[first + 1] <= 'z') {
    label[first] = static_cast<char>(label[first] - 'A' + 'a');
  }
  return label;
}

}  // namespace

std::optional<FormField> load_form_field(const YAML::Node& item, FormReadState& state) {
  yaml::YamlReader& reader = state.reader;
  if (!reader.expect_map(item, "een veld")) return std::nullopt;
  FormField field;
  field.pos = reader.position(item);
  const auto type_name = reader.text(item, "type", true);
  const auto type = type_name ? parse_field_type(*type_name) : std::nullopt;
  if (type_name && !type) {
    reader.error(item["type"], unknown_field_type(*type_name));
  }
  load_field_id(item, type.value_or(FieldType::kShortText), reader, state.ids, field);
  if (!type) return std::nullopt;
  field.type = *type;
  check_keys(item, field.type, reader);

  const bool needs_label = field.type != FieldType::kInfo && field.type != FieldType::kSignature;
  field.label = reader.text(item, "label", needs_label).value_or(field.id);
  field.help = form_markdown(item, "help", state);
  field.required = form_boolean(item, "required", reader);
  field.special_category = form_boolean(item, "special_category", reader);

  switch (field.type) {
    case FieldType::kSingleChoice:
    case FieldType::kMultipleChoice:
    case FieldType::kSelect:
      field.options = load_options(item, "een veld van het type " + std::string(*type_name), reader);
      break;
    case FieldType::kScale: field.options = load_levels(item, reader); break;
    case FieldType::kYesNo: field.options = {{"ja", "Ja"}, {"nee", "Nee"}}; break;
    case FieldType::kTable:
      field.columns = load_columns(item, reader);
      if (const auto rows = reader.integer(item, "rows")) {
        if (*rows < 1 || *rows > 20) {
          reader.error(item["rows"], "'rows' moet tussen 1 en 20 liggen");
        } else {
          field.rows = *rows;
        }
      }
      break;
    case FieldType::kSignature:
      field.role = reader.text(item, "role", true).value_or("");
      if (!item["label"]) field.label = field.role.empty() ? "Handtekening" : signature_label(field.role);
      break;
    case FieldType::kInfo: field.text = form_markdown(item, "text", state, true); break;
    default: break;
  }
  return field;
}

}  // namespace handboek::load
