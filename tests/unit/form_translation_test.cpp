// load/form_translation_loader: `translations:` of a form — texts per
// language keyed like the form, the language's name and direction, what does
// not match the form, and the texts a translation lacks (shown in Dutch).
#include <catch2/catch.hpp>

#include "load/form_loader.h"
#include "load/form_translation_loader.h"
#include "model_fixture.h"

using handboek::base::Diagnostics;
using handboek::base::SitePath;
using handboek::load::FormDefinition;
using handboek::load::language_info;
using handboek::load::load_form;
using handboek::testing::formatted;
using Lines = std::vector<std::string>;

namespace {

struct Loaded {
  std::optional<FormDefinition> form;
  Lines lines;
};

Loaded load(std::string_view yaml) {
  Diagnostics diagnostics;
  Loaded loaded;
  loaded.form = load_form(*SitePath::parse("forms/pip.yaml"), std::string(yaml), diagnostics);
  loaded.lines = formatted(diagnostics);
  return loaded;
}

constexpr std::string_view kForm = R"(title: PIP
sections:
  - title: Gegevens
    fields:
      - id: naam
        type: short_text
        label: Naam
        help: Zoals in uw paspoort.
      - id: route
        type: single_choice
        label: Route
        options: [Werk, Zorg]
      - id: acties
        type: table
        label: Acties
        columns:
          - {id: wat, label: Wat}
          - {id: wie, label: Wie, type: select, options: [Klant, Professional]}
)";

}  // namespace

TEST_CASE("a complete translation is read field by field, without warnings", "[load][forms][translations]") {
  const Loaded loaded = load(std::string(kForm) + R"(translations:
  en:
    title: Personal plan
    sections:
      - title: Details
    fields:
      naam: {label: Name, help: As in your passport.}
      route:
        label: Route
        options: {werk: Work, zorg: Care}
      acties:
        label: Actions
        columns:
          wat: {label: What}
          wie: {label: Who, options: {klant: Client, professional: Professional}}
)");
  CHECK(loaded.lines.empty());
  REQUIRE(loaded.form->translations.size() == 1);
  const auto& english = loaded.form->translations[0];
  CHECK(english.language == "en");
  CHECK(english.name == "English");
  CHECK_FALSE(english.right_to_left);
  CHECK(english.title == "Personal plan");
  CHECK(english.sections.at(0).title == "Details");
  CHECK(english.fields.at("naam").help.text == "As in your passport.");
  CHECK(english.fields.at("route").options.at("zorg") == "Care");
  CHECK(english.fields.at("acties").columns.at("wie").options.at("klant") == "Client");
}

TEST_CASE("missing texts are one warning at the language, listing them", "[load][forms][translations]") {
  const Loaded loaded = load(std::string(kForm) + R"(translations:
  ar:
    title: الخطة الشخصية
    fields:
      naam: {label: الاسم}
)");
  CHECK(loaded.lines ==
        Lines{"forms/pip.yaml:20:3: warning: aan vertaling 'ar' ontbreken 10 tekst(en), die in het Nederlands "
              "verschijnen: sectie 1 (title), "
              "naam (help), acties (label), acties kolom wat, acties kolom wie, acties kolom wie optie klant, "
              "acties kolom wie optie professional, route (label) en nog 2"});
  REQUIRE(loaded.form->translations.size() == 1);
  CHECK(loaded.form->translations[0].right_to_left);
  CHECK(loaded.form->translations[0].name == "العربية");
}

TEST_CASE("texts for what the form does not have are warnings with a suggestion", "[load][forms][translations]") {
  const Loaded loaded = load(std::string(kForm) + R"(translations:
  en:
    title: Plan
    sections: [{title: Details}]
    fields:
      nam: {label: Name}
      route: {label: Route, options: {wrk: Work}}
)");
  REQUIRE(loaded.lines.size() == 3);  // [0]: the texts it lacks
  CHECK(loaded.lines.at(1) == "forms/pip.yaml:24:7: warning: geen veld 'nam' in dit formulier; bedoelde je 'naam'?");
  CHECK(loaded.lines.at(2) == "forms/pip.yaml:25:39: warning: geen optie 'wrk' in veld 'route'; bedoelde je 'werk'?");
}

TEST_CASE("a language code must be one and not Dutch", "[load][forms][translations]") {
  const Loaded loaded = load(std::string(kForm) + R"(translations:
  nl: {title: PIP}
  Arabisch: {title: PIP}
)");
  CHECK(loaded.lines == Lines{"forms/pip.yaml:20:3: error: 'nl' is geen taalcode voor een vertaling (ar, ti, uk, "
                              "en, …)",
                              "forms/pip.yaml:21:3: error: 'Arabisch' is geen taalcode voor een vertaling (ar, "
                              "ti, uk, en, …)"});
}

TEST_CASE("language names and directions", "[load][forms][translations]") {
  CHECK(language_info("ar").right_to_left);
  CHECK(language_info("fa").right_to_left);
  CHECK(language_info("ti").name == "ትግርኛ");
  CHECK_FALSE(language_info("uk").right_to_left);
  CHECK(language_info("xx").name == "xx");
}
