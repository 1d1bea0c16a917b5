// load/form_loader: forms/ID.yaml → FormDefinition, and every problem of a
// form file as an exact `forms/ID.yaml:line:col: error|warning: message`.
#include "load/form_loader.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

using handboek::base::Diagnostics;
using handboek::base::SitePath;
using handboek::load::FieldType;
using handboek::load::FormDefinition;
using handboek::load::load_form;
using handboek::testing::formatted;

namespace {

struct Loaded {
  std::optional<FormDefinition> form;
  std::vector<std::string> lines;
};

Loaded load(std::string_view yaml, std::string_view path = "forms/intake.yaml") {
  Diagnostics diagnostics;
  Loaded loaded;
  loaded.form = load_form(*SitePath::parse(path), std::string(yaml), diagnostics);
  loaded.lines = formatted(diagnostics);
  return loaded;
}

constexpr std::string_view kEveryFieldType = R"(title: Intake
version: 2
purpose: Waarom dit formulier *bestaat*.
sections:
  - title: Gegevens
    intro: Vul samen in.
    fields:
      - id: naam
        type: short_text
        label: Naam
        required: true
      - id: verhaal
        type: long_text
        label: Verhaal
        help: In eigen woorden.
      - id: datum
        type: date
        label: Datum
      - id: uren
        type: number
        label: Uren per week
      - id: route
        type: single_choice
        label: Route
        options:
          - Dagbesteding of vrijwilligerswerk
          - value: werk
            label: Regulier werk
      - id: gebieden
        type: multiple_choice
        label: Leefgebieden
        options: [Wonen, Financiën]
      - id: organisatie
        type: select
        label: Organisatie
        options: [BUCH, Halte Werk]
  - title: Beoordeling
    fields:
      - id: gezondheid
        type: scale
        label: Gezondheid
        special_category: true
        levels: [Slecht, Matig, Goed]
      - id: tolk
        type: yes_no
        label: Tolk nodig?
      - id: acties
        type: table
        label: Acties
        rows: 2
        columns:
          - id: wat
            label: Wat
          - id: wie
            label: Wie
            type: select
            options: [Klant, Professional]
          - id: wanneer
            label: Wanneer
            type: date
      - type: info
        text: Teken allebei.
      - id: handtekening-klant
        type: signature
        role: Klant
        required: true
)";

}  // namespace

TEST_CASE("a valid form loads into the expected structure", "[load][forms]") {
  const Loaded loaded = load(kEveryFieldType);
  CHECK(loaded.lines.empty());
  REQUIRE(loaded.form);
  const FormDefinition& form = *loaded.form;
  CHECK(form.id == "intake");
  CHECK(form.path.str() == "forms/intake.yaml");
  CHECK(form.title == "Intake");
  CHECK(form.version == 2);
  CHECK(form.purpose.text == "Waarom dit formulier *bestaat*.");
  REQUIRE(form.sections.size() == 2);
  CHECK(form.sections[0].title == "Gegevens");
  CHECK(form.sections[0].intro.text == "Vul samen in.");
  CHECK(form.sections[0].fields.size() == 7);
  CHECK(form.sections[1].fields.size() == 5);
  CHECK(form.answer_fields().size() == 11);  // all but the info text
  CHECK(form.has_special_category());

  const auto& naam = form.sections[0].fields[0];
  CHECK(naam.id == "naam");
  CHECK(naam.type == FieldType::kShortText);
  CHECK(naam.label == "Naam");
  CHECK(naam.required);
  CHECK(naam.pos.line == 8);
  CHECK(naam.pos.column == 9);
  CHECK(form.sections[0].fields[1].type == FieldType::kLongText);
  CHECK(form.sections[0].fields[1].help.text == "In eigen woorden.");
  CHECK_FALSE(form.sections[0].fields[1].required);
  CHECK(form.sections[0].fields[2].type == FieldType::kDate);
  CHECK(form.sections[0].fields[3].type == FieldType::kNumber);

  const auto& route = form.sections[0].fields[4];
  CHECK(route.type == FieldType::kSingleChoice);
  REQUIRE(route.options.size() == 2);
  CHECK(route.options[0].value == "dagbesteding-of-vrijwilligerswerk");  // written as text: slug of the label
  CHECK(route.options[0].label == "Dagbesteding of vrijwilligerswerk");
  CHECK(route.options[1].value == "werk");
  CHECK(route.options[1].label == "Regulier werk");
  CHECK(form.sections[0].fields[5].type == FieldType::kMultipleChoice);
  CHECK(form.sections[0].fields[5].options[1].value == "financien");
  CHECK(form.sections[0].fields[6].type == FieldType::kSelect);

  const auto& scale = form.sections[1].fields[0];
  CHECK(scale.type == FieldType::kScale);
  CHECK(scale.special_category);
  REQUIRE(scale.options.size() == 3);
  CHECK(scale.options[0].value == "1");
  CHECK(scale.options[2].value == "3");
  CHECK(scale.options[2].label == "Goed");
  CHECK(form.sections[1].fields[1].type == FieldType::kYesNo);

  const auto& table = form.sections[1].fields[2];
  CHECK(table.type == FieldType::kTable);
  CHECK(table.rows == 2);
  REQUIRE(table.columns.size() == 3);
  CHECK(table.columns[0].id == "wat");
  CHECK(table.columns[0].type == FieldType::kShortText);
  CHECK(table.columns[1].type == FieldType::kSelect);
  CHECK(table.columns[1].options[1].label == "Professional");
  CHECK(table.columns[2].type == FieldType::kDate);

  const auto& info = form.sections[1].fields[3];
  CHECK(info.type == FieldType::kInfo);
  CHECK(info.id.empty());
  CHECK(info.text.text == "Teken allebei.");

  const auto& signature = form.sections[1].fields[4];
  CHECK(signature.type == FieldType::kSignature);
  CHECK(signature.role == "Klant");
  CHECK(signature.label == "Handtekening klant");
  CHECK(signature.required);
}

TEST_CASE("a form without a version is version 1", "[load][forms]") {
  const Loaded loaded =
      load("title: Kort\nsections:\n  - title: A\n    fields:\n      - {id: a, type: date, label: A}\n");
  CHECK(loaded.lines.empty());
  REQUIRE(loaded.form);
  CHECK(loaded.form->version == 1);
}

TEST_CASE("invalid YAML is an error at the place the parser stopped", "[load][forms]") {
  const Loaded loaded = load("title: Intake\nsections:\n  - title: [Gegevens\n");
  CHECK_FALSE(loaded.form);
  CHECK(loaded.lines == std::vector<std::string>{"forms/intake.yaml:4:1: error: ongeldige YAML: een [ wordt niet "
                                                 "gesloten met ] (end of sequence flow not found)"});
}

TEST_CASE("an unknown field type is an error at the type, with a suggestion", "[load][forms]") {
  const Loaded loaded = load(R"(title: Intake
sections:
  - title: Gegevens
    fields:
      - id: route
        type: singel_choice
        label: Route
        options: [A, B]
)");
  CHECK(loaded.lines ==
        std::vector<std::string>{"forms/intake.yaml:6:15: error: onbekend veldtype 'singel_choice'; bedoelde je "
                                 "'single_choice'?"});
  REQUIRE(loaded.form);
  CHECK(loaded.form->sections[0].fields.empty());
}

TEST_CASE("a field id used twice in a form is an error at the second id", "[load][forms]") {
  const Loaded loaded = load(R"(title: Intake
sections:
  - title: Gegevens
    fields:
      - id: naam
        type: short_text
        label: Naam
  - title: Ondertekening
    fields:
      - id: naam
        type: signature
        role: Klant
)");
  CHECK(loaded.lines ==
        std::vector<std::string>{"forms/intake.yaml:10:13: error: veld-id 'naam' komt twee keer voor in dit formulier "
                                 "(eerst op regel 5)"});
}

TEST_CASE("a choice field without options is an error at its line", "[load][forms]") {
  const Loaded loaded = load(R"(title: Intake
sections:
  - title: Keuzes
    fields:
      - id: route
        type: single_choice
        label: Route
      - id: gebieden
        type: multiple_choice
        label: Gebieden
        options: []
      - id: organisatie
        type: select
        label: Organisatie
)");
  CHECK(loaded.lines ==
        std::vector<std::string>{
            "forms/intake.yaml:5:9: error: een veld van het type single_choice heeft opties (options) nodig",
            "forms/intake.yaml:11:18: error: een veld van het type multiple_choice heeft opties (options) nodig",
            "forms/intake.yaml:12:9: error: een veld van het type select heeft opties (options) nodig",
        });
}

TEST_CASE("a scale needs levels, a table columns and a signature a role", "[load][forms]") {
  const Loaded loaded = load(R"(title: Intake
sections:
  - title: Rest
    fields:
      - id: schaal
        type: scale
        label: Schaal
        levels: [Alleen]
      - id: acties
        type: table
        label: Acties
      - id: tabel
        type: table
        label: Tabel
        columns:
          - id: wie
            label: Wie
            type: multiple_choice
      - id: handtekening
        type: signature
)");
  CHECK(loaded.lines ==
        std::vector<std::string>{
            "forms/intake.yaml:8:17: error: een schaalveld (scale) heeft levels nodig: een tekst voor elk niveau, "
            "minstens twee",
            "forms/intake.yaml:9:9: error: een tabelveld (table) heeft kolommen (columns) nodig",
            "forms/intake.yaml:18:19: error: een tabelkolom kan geen multiple_choice zijn; kies short_text, long_text, "
            "date, number of select",
            "forms/intake.yaml:19:9: error: de verplichte sleutel 'role' ontbreekt",
        });
}

TEST_CASE("unknown keys in a form are warnings with a suggestion", "[load][forms]") {
  const Loaded loaded = load(R"(title: Intake
titel: Dubbel
sections:
  - title: Gegevens
    fields:
      - id: naam
        type: short_text
        lable: Naam
        options: [A]
)");
  CHECK(loaded.lines == std::vector<std::string>{
                            "forms/intake.yaml:2:1: warning: onbekende sleutel 'titel'; bedoelde je 'title'?",
                            "forms/intake.yaml:6:9: error: de verplichte sleutel 'label' ontbreekt",
                            "forms/intake.yaml:8:9: warning: onbekende sleutel 'lable'; bedoelde je 'label'?",
                            "forms/intake.yaml:9:9: warning: 'options' hoort niet bij een veld van het type short_text",
                        });
}

TEST_CASE("wrong values of form keys are errors at the value", "[load][forms]") {
  const Loaded loaded = load(R"(title: Intake
version: twee
sections:
  - title: Gegevens
    fields:
      - id: Naam Klant
        type: short_text
        label: Naam
        required: ja
      - id: acties
        type: table
        label: Acties
        rows: 50
        columns: [{id: wat, label: Wat}]
)");
  CHECK(loaded.lines ==
        std::vector<std::string>{
            "forms/intake.yaml:2:10: error: 'version' moet een heel getal zijn",
            "forms/intake.yaml:6:13: error: veld-id 'Naam Klant' mag alleen kleine letters, cijfers en '-' bevatten",
            "forms/intake.yaml:9:19: error: 'required' moet true of false zijn",
            "forms/intake.yaml:13:15: error: 'rows' moet tussen 1 en 20 liggen",
        });
}

TEST_CASE("a form file whose name is not an id is refused", "[load][forms]") {
  const Loaded loaded = load("title: X\n", "forms/Plan van Aanpak.yaml");
  CHECK_FALSE(loaded.form);
  CHECK(loaded.lines == std::vector<std::string>{
                            "forms/Plan van Aanpak.yaml: error: de bestandsnaam van een formulier is zijn id: gebruik "
                            "alleen kleine letters, cijfers en '-' (forms/ID.yaml)"});
}

TEST_CASE("raw HTML with script in a form's Markdown is one warning at the first tag", "[load][forms]") {
  const Loaded loaded = load(R"(title: Intake
sections:
  - title: A
    fields:
      - type: info
        text: >-
          Lees dit eerst.
          Klik <script>alert(1)</script> hier.
)");
  CHECK(loaded.lines ==
        std::vector<std::string>{
            "forms/intake.yaml:8:16: warning: HTML in de tekst: <script> weggelaten; de rest wordt getoond",
        });
}
