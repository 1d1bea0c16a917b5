#include "load/form_translation_loader.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/did_you_mean.h"

namespace handboek::load {

namespace {

// A BCP 47-like language code: two or three lower-case letters, then any
// number of "-" and 2 to 8 letters or digits ("uk", "pt-BR", "zh-Hant").
bool is_language_code(std::string_view code) {
  const size_t dash = std::min(code.find('-'), code.size());
  if (dash < 2 || dash > 3) return false;
  for (char c : code.substr(0, dash)) {
    if (c < 'a' || c > 'z') return false;
  }
  size_t start = dash;
  while (start < code.size()) {  // code[start] == '-'
    const size_t end = std::min(code.find('-', start + 1), code.size());
    const std::string_view part = code.substr(start + 1, end - start - 1);
    if (part.size() < 2 || part.size() > 8) return false;
    for (char c : part) {
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    }
    start = end;
  }
  return true;
}

struct KnownLanguage {
  std::string_view code;
  std::string_view name;
  bool right_to_left;
};

// Languages clients of the handbook speak (vergunninghouders and others).
constexpr std::array<KnownLanguage, 16> kLanguages = {{{"ar", "العربية", true},
                                                       {"fa", "فارسی", true},
                                                       {"prs", "دری", true},
                                                       {"ps", "پښتو", true},
                                                       {"ckb", "کوردی", true},
                                                       {"ur", "اردو", true},
                                                       {"ti", "ትግርኛ", false},
                                                       {"am", "አማርኛ", false},
                                                       {"so", "Soomaali", false},
                                                       {"uk", "Українська", false},
                                                       {"ru", "Русский", false},
                                                       {"tr", "Türkçe", false},
                                                       {"pl", "Polski", false},
                                                       {"en", "English", false},
                                                       {"de", "Deutsch", false},
                                                       {"fr", "Français", false}}};

// What the form has in Dutch and the translation lacks, for the warning.
class MissingTexts {
 public:
  void check(bool dutch_has_it, bool translated, std::string what) {
    if (dutch_has_it && !translated) missing_.push_back(std::move(what));
  }
  void report(const FormTranslation& translation, const YAML::Node& node, yaml::YamlReader& reader) const {
    if (missing_.empty()) return;
    constexpr size_t kNamed = 8;
    std::string list;
    for (size_t i = 0; i < missing_.size() && i < kNamed; ++i) list += (i ? ", " : "") + missing_[i];
    if (missing_.size() > kNamed) list += " en nog " + std::to_string(missing_.size() - kNamed);
    reader.warning(node, "aan vertaling '" + translation.language + "' ontbreken " + std::to_string(missing_.size()) +
                             " tekst(en), die in het Nederlands verschijnen: " + list);
  }

 private:
  std::vector<std::string> missing_;
};

std::map<std::string, std::string> read_options(const YAML::Node& owner, const std::vector<ChoiceOption>& dutch,
                                                const std::string& where, yaml::YamlReader& reader) {
  std::map<std::string, std::string> options;
  const YAML::Node map = owner["options"];
  if (!map) return options;
  if (!reader.expect_map(map, "options (waarde van de optie: vertaalde tekst)")) return options;
  std::vector<std::string> values;
  for (const ChoiceOption& option : dutch) values.push_back(option.value);
  for (const auto& entry : map) {
    const std::string value = entry.first.Scalar();
    if (std::find(values.begin(), values.end(), value) == values.end()) {
      reader.warning(entry.first, "geen optie '" + value + "' in " + where + base::suggestion_suffix(value, values));
      continue;
    }
    options[value] = entry.second.Scalar();
  }
  return options;
}

void check_options(const std::vector<ChoiceOption>& dutch, const std::map<std::string, std::string>& translated,
                   const std::string& where, MissingTexts& missing) {
  for (const ChoiceOption& option : dutch)
    missing.check(true, translated.count(option.value) > 0, where + " optie " + option.value);
}

std::optional<FieldTranslation> read_field(const YAML::Node& node, const FormField& field, FormReadState& state,
                                           MissingTexts& missing) {
  yaml::YamlReader& reader = state.reader;
  if (!reader.expect_map(node, "de vertaling van een veld")) return std::nullopt;
  reader.warn_unknown_keys(node, {"label", "help", "role", "text", "options", "columns"});
  FieldTranslation out;
  out.label = reader.text(node, "label").value_or("");
  out.help = form_markdown(node, "help", state);
  out.role = reader.text(node, "role").value_or("");
  out.text = form_markdown(node, "text", state);
  out.options = read_options(node, field.options, "veld '" + field.id + "'", reader);
  if (const YAML::Node columns = node["columns"];
      columns && reader.expect_map(columns, "columns (kolom-id: teksten)")) {
    for (const auto& entry : columns) {
      const std::string id = entry.first.Scalar();
      const auto column =
          std::find_if(field.columns.begin(), field.columns.end(), [&](const TableColumn& c) { return c.id == id; });
      if (column == field.columns.end()) {
        reader.warning(entry.first, "geen kolom '" + id + "' in veld '" + field.id + "'");
        continue;
      }
      if (!reader.expect_map(entry.second, "de vertaling van een kolom")) continue;
      reader.warn_unknown_keys(entry.second, {"label", "options"});
      ColumnTranslation& translated = out.columns[id];
      translated.label = reader.text(entry.second, "label").value_or("");
      translated.options = read_options(entry.second, column->options, "kolom '" + id + "'", reader);
    }
  }
  const std::string name = field.id;
  missing.check(!field.label.empty() && field.type != FieldType::kSignature, !out.label.empty(), name + " (label)");
  missing.check(!field.help.text.empty(), !out.help.text.empty(), name + " (help)");
  missing.check(!field.role.empty(), !out.role.empty(), name + " (role)");
  missing.check(!field.text.text.empty(), !out.text.text.empty(), name + " (text)");
  // Ja/Nee of a yes_no field are the page's own words, not the form's.
  if (field.type != FieldType::kYesNo) check_options(field.options, out.options, name, missing);
  for (const TableColumn& column : field.columns) {
    const auto found = out.columns.find(column.id);
    missing.check(true, found != out.columns.end() && !found->second.label.empty(), name + " kolom " + column.id);
    check_options(column.options,
                  found == out.columns.end() ? std::map<std::string, std::string>{} : found->second.options,
                  name + " kolom " + column.id, missing);
  }
  return out;
}

void read_fields(const YAML::Node& map, const FormDefinition& form, FormReadState& state, FormTranslation& out,
                 MissingTexts& missing) {
  yaml::YamlReader& reader = state.reader;
  std::map<std::string, const FormField*> fields;
  std::vector<std::string> ids;
  for (const FormSection& section : form.sections) {
    for (const FormField& field : section.fields) {
      if (field.id.empty()) continue;
      fields[field.id] = &field;
      ids.push_back(field.id);
    }
  }
  if (map && reader.expect_map(map, "fields (veld-id: teksten)")) {
    for (const auto& entry : map) {
      const std::string id = entry.first.Scalar();
      const auto field = fields.find(id);
      if (field == fields.end()) {
        reader.warning(entry.first, "geen veld '" + id + "' in dit formulier" + base::suggestion_suffix(id, ids));
        continue;
      }
      if (auto translated = read_field(entry.second, *field->second, state, missing))
        out.fields[id] = std::move(*translated);
    }
  }
  for (const auto& [id, field] : fields) {
    if (out.fields.count(id) == 0) read_field(YAML::Node(YAML::NodeType::Map), *field, state, missing);
  }
}

void read_sections(const YAML::Node& list, const FormDefinition& form, FormReadState& state, FormTranslation& out,
                   MissingTexts& missing) {
  yaml::YamlReader& reader = state.reader;
  if (list && !list.IsSequence()) {
    reader.error(list, "de secties van een vertaling zijn een lijst, in de volgorde van de secties van het formulier");
  } else if (list) {
    if (list.size() > form.sections.size()) {
      reader.warning(list, "de vertaling heeft " + std::to_string(list.size()) + " secties, het formulier " +
                               std::to_string(form.sections.size()));
    }
    for (const YAML::Node& item : list) {
      SectionTranslation section;
      if (item.IsMap()) {
        reader.warn_unknown_keys(item, {"title", "intro"});
        section.title = reader.text(item, "title").value_or("");
        section.intro = form_markdown(item, "intro", state);
      }
      out.sections.push_back(std::move(section));
    }
  }
  out.sections.resize(form.sections.size());
  for (size_t i = 0; i < form.sections.size(); ++i) {
    const std::string name = "sectie " + std::to_string(i + 1);
    missing.check(true, !out.sections[i].title.empty(), name + " (title)");
    missing.check(!form.sections[i].intro.text.empty(), !out.sections[i].intro.text.empty(), name + " (intro)");
  }
}

}  // namespace

LanguageInfo language_info(std::string_view code) {
  for (const KnownLanguage& language : kLanguages) {
    if (language.code == code) return {std::string(language.name), language.right_to_left};
  }
  return {std::string(code), false};
}

void load_form_translations(const YAML::Node& root, FormReadState& state, FormDefinition& form) {
  yaml::YamlReader& reader = state.reader;
  const YAML::Node translations = root["translations"];
  if (!translations) return;
  if (!reader.expect_map(translations, "translations (taalcode: teksten)")) return;
  for (const auto& entry : translations) {
    const std::string code = entry.first.Scalar();
    if (!is_language_code(code) || code == "nl") {
      reader.error(entry.first, "'" + code + "' is geen taalcode voor een vertaling (ar, ti, uk, en, …)");
      continue;
    }
    const YAML::Node& node = entry.second;
    if (!reader.expect_map(node, "een vertaling")) continue;
    reader.warn_unknown_keys(node, {"title", "purpose", "sections", "fields"});
    FormTranslation translation;
    translation.language = code;
    const LanguageInfo info = language_info(code);
    translation.name = info.name;
    translation.right_to_left = info.right_to_left;
    translation.pos = reader.position(entry.first);
    translation.title = reader.text(node, "title").value_or("");
    translation.purpose = form_markdown(node, "purpose", state);
    MissingTexts missing;
    missing.check(true, !translation.title.empty(), "title");
    missing.check(!form.purpose.text.empty(), !translation.purpose.text.empty(), "purpose");
    read_sections(node["sections"], form, state, translation, missing);
    read_fields(node["fields"], form, state, translation, missing);
    missing.report(translation, entry.first, reader);
    form.translations.push_back(std::move(translation));
  }
}

}  // namespace handboek::load
