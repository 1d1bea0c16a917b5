// FormDefinition: one form of forms/ID.yaml as the loader understood it —
// title, purpose, version and sections of typed fields. Knows nothing of the
// pages that use it; the model links the two. docs/forms.md is the reference.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/site_path.h"
#include "load/page.h"

namespace handboek::load {

enum class FieldType {
  kShortText,       // one line of text
  kLongText,        // several lines of text
  kDate,            // YYYY-MM-DD
  kNumber,          // a number
  kSingleChoice,    // radio buttons
  kMultipleChoice,  // check boxes
  kSelect,          // a drop-down list
  kScale,           // levels 1..n, each with a label
  kYesNo,           // ja / nee
  kTable,           // repeating rows of defined columns
  kSignature,       // name, date and a box to sign on paper, for one role
  kInfo,            // static text; no answer
};

// "short_text", "single_choice", ... as written in `type:`.
const char* field_type_name(FieldType type);
std::optional<FieldType> parse_field_type(std::string_view name);
// Every type name, in declaration order (for suggestions and docs).
std::vector<std::string> field_type_names();

// True for the types whose answer is one of `options`.
bool has_options(FieldType type);

struct ChoiceOption {
  std::string value;  // what is saved: written, or slugify(label); "1".."n" for a scale
  std::string label;  // what is shown
};

struct TableColumn {
  std::string id;  // unique in its table
  SourcePos pos;
  std::string label;
  FieldType type = FieldType::kShortText;  // short_text, long_text, date, number or select
  std::vector<ChoiceOption> options;       // for select
};

struct FormField {
  std::string id;  // unique in the form; "" only for info
  SourcePos pos;   // of the field's first key
  FieldType type = FieldType::kShortText;
  std::string label;
  InlineMarkdown help;
  bool required = false;
  bool special_category = false;      // special-category personal data (health)
  std::vector<ChoiceOption> options;  // choices and select; a scale's levels
  std::vector<TableColumn> columns;   // table
  int rows = 3;                       // table: rows shown at first and on a blank print
  std::string role;                   // signature: "Klant", "Professional", ...
  InlineMarkdown text;                // info
};

struct FormSection {
  std::string title;
  SourcePos pos;
  InlineMarkdown intro;
  std::vector<FormField> fields;
};

// A form's texts in another language, for the bilingual form page. Any text
// may be missing: the page then shows the Dutch one (and the build says so).
struct ColumnTranslation {
  std::string label;
  std::map<std::string, std::string> options;  // option value → label
};

struct FieldTranslation {
  std::string label;
  InlineMarkdown help;
  std::string role;                                  // signature
  InlineMarkdown text;                               // info
  std::map<std::string, std::string> options;        // option value (a scale: "1".."n") → label
  std::map<std::string, ColumnTranslation> columns;  // column id → its texts
};

struct SectionTranslation {
  std::string title;
  InlineMarkdown intro;
};

struct FormTranslation {
  std::string language;  // BCP 47: "ar", "ti", "uk", "en"
  std::string name;      // the language's own name: "العربية"
  bool right_to_left = false;
  SourcePos pos;  // of the language key
  std::string title;
  InlineMarkdown purpose;
  std::vector<SectionTranslation> sections;        // in the order of the form's sections
  std::map<std::string, FieldTranslation> fields;  // field id → its texts
};

struct FormDefinition {
  std::string id;            // the file name without .yaml; the URL /formulieren/ID/
  base::SitePath path;       // forms/ID.yaml
  std::string content_hash;  // of the file's bytes: equal hashes, equal forms (the change pages)
  std::string title;
  int version = 1;       // the form's own version; saved answers name it
  std::string audience;  // `doelgroep:`; "klant" forms are held to B1 (generator/language)
  InlineMarkdown purpose;
  std::vector<FormSection> sections;
  std::vector<FormTranslation> translations;  // `translations:`, in language order

  // Every field that has an answer (not info), in form order.
  std::vector<const FormField*> answer_fields() const;
  bool has_special_category() const;
};

}  // namespace handboek::load
