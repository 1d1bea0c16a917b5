// render/form_renderer and render/form_field_renderer: the fillable form's
// markup — the right control, name, label, `required` and description for
// every field type — and where forms appear on the built site.
#include "render/form_renderer.h"

#include <catch2/catch.hpp>

#include "html_scan.h"
#include "model_fixture.h"
#include "render/site_renderer.h"

using handboek::render::FormPlacement;
using handboek::render::render_form_html;
using handboek::render::render_paper_form_html;
using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::LoadedFixture;
using handboek::testing::TempSite;

namespace {

constexpr std::string_view kAllFields = R"(
-- forms/alles.yaml --
title: Alle velden
sections:
  - title: Gegevens
    fields:
      - id: naam
        type: short_text
        label: Naam
        required: true
      - id: verhaal
        type: long_text
        label: Verhaal
        help: In *eigen* woorden.
      - id: datum
        type: date
        label: Datum
      - id: uren
        type: number
        label: Uren
      - id: route
        type: single_choice
        label: Route
        required: true
        options: [Dagbesteding, Werk]
      - id: gebieden
        type: multiple_choice
        label: Gebieden
        options: [Wonen, Financiën]
      - id: organisatie
        type: select
        label: Organisatie
        required: true
        options: [BUCH, Halte Werk]
  - title: Beoordeling
    fields:
      - id: gezondheid
        type: scale
        label: Gezondheid
        special_category: true
        levels: [Slecht, Goed]
      - id: tolk
        type: yes_no
        label: Tolk
      - id: acties
        type: table
        label: Acties
        rows: 2
        columns:
          - {id: wat, label: Wat}
          - {id: wie, label: Wie, type: select, options: [Klant, Professional]}
      - type: info
        text: Teken **allebei**.
      - id: handtekening-klant
        type: signature
        role: Klant
        required: true
      - id: handtekening-professional
        type: signature
        role: Professional
)";

struct Rendered {
  TempSite site;
  LoadedFixture fixture;
  std::string html;
};

std::unique_ptr<Rendered> render_all_fields(std::string_view site_yaml_extra = "") {
  auto rendered = std::make_unique<Rendered>();
  rendered->site.write_all(kMinimalSite);
  rendered->site.write_all(kAllFields);
  if (!site_yaml_extra.empty()) {
    rendered->site.write("site.yaml", rendered->site.read("site.yaml") + std::string(site_yaml_extra));
  }
  rendered->fixture = load_fixture(rendered->site);
  REQUIRE(rendered->fixture.site);
  REQUIRE(rendered->fixture.lines().empty());
  const auto& model = rendered->fixture.model();
  rendered->html = render_form_html(model, rendered->fixture.templates(), *model.find_form("alles"),
                                    FormPlacement{"/formulieren/alles/", 2, "alles"});
  return rendered;
}

bool contains(const std::string& html, std::string_view part) {
  return html.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the paper form of a printed bundle: a place to answer every field, no controls", "[render][forms]") {
  const auto r = render_all_fields();
  const auto& model = r->fixture.model();
  const std::string html = render_paper_form_html(model, r->fixture.templates(), *model.find_form("alles"),
                                                  FormPlacement{"/trainingen/map/", 2, "alles"});
  CHECK(contains(html, R"(<div class="formulier formulier-papier" id="formulier-alles" data-papierformulier="alles")"));
  for (const char* control : {"<input", "<select", "<textarea", "<button", "<form", "data-formulier="}) {
    INFO(control);
    CHECK_FALSE(contains(html, control));
  }
  const auto count = [&](std::string_view part) {
    size_t n = 0;
    for (size_t at = html.find(part); at != std::string::npos; at = html.find(part, at + 1)) ++n;
    return n;
  };
  // one circle per option of the single choice (2), the select (2), the
  // scale (2) and yes/no (2), and the one in the explanation; a box per
  // option of the multiple choice (2) and the one in the explanation
  CHECK(count(R"(<span class="vak vak-radio" aria-hidden="true"></span>)") == 9);
  CHECK(count(R"(<span class="vak vak-checkbox" aria-hidden="true"></span>)") == 3);
  CHECK(contains(html, "Gebieden <span class=\"papier-aanwijzing\">(meer antwoorden mogelijk)</span>"));
  CHECK(contains(html,
                 "Organisatie <span class=\"verplicht\">(verplicht)</span> <span "
                 "class=\"papier-aanwijzing\">(kies één)</span>"));
  CHECK(contains(html, "<span class=\"vak vak-radio\" aria-hidden=\"true\"></span>Halte Werk</li>"));
  // writing lines sized to the answer: five for a long text, one otherwise
  CHECK(contains(html, R"(<div class="schrijfruimte schrijfruimte-lang" aria-hidden="true">)"
                       "<span></span><span></span><span></span><span></span><span></span></div>"));
  CHECK(count(R"(<div class="schrijfruimte schrijfruimte-kort")") == 2);  // date, number
  CHECK(contains(html, "<div class=\"hulp\" id=\"f-alles-verhaal-hulp\"><p>In <em>eigen</em> woorden.</p>"));
  // the table's empty rows, the info text, both signatures side by side
  CHECK(count("<tr><td></td><td></td></tr>") == 2);
  CHECK(contains(html, "Teken <strong>allebei</strong>."));
  CHECK(count(R"(<div class="handtekening-vak"><span class="handtekening-vak-label">Handtekening )") == 2);
  CHECK(contains(html, "<div class=\"handtekeningen\">"));
}

TEST_CASE("text, date and number fields are labelled inputs with their names", "[render][forms]") {
  const auto r = render_all_fields();
  CHECK(contains(r->html, R"(<label for="f-alles-naam">Naam <span class="verplicht">(verplicht)</span></label>)"));
  CHECK(contains(r->html, R"(<input type="text" id="f-alles-naam" name="naam" required>)"));
  CHECK(contains(r->html, R"(<label for="f-alles-verhaal">Verhaal</label>)"));
  CHECK(contains(r->html, R"(<div class="hulp" id="f-alles-verhaal-hulp"><p>In <em>eigen</em> woorden.</p>)"));
  CHECK(contains(r->html,
                 R"(<textarea id="f-alles-verhaal" name="verhaal" aria-describedby="f-alles-verhaal-hulp" rows="4">)"));
  CHECK(contains(r->html, R"(<input type="date" id="f-alles-datum" name="datum">)"));
  CHECK(contains(r->html, R"(<input type="number" step="any" inputmode="decimal" id="f-alles-uren" name="uren">)"));
}

TEST_CASE("the default theme writes a form without blank lines whatever its fields leave out", "[render][forms]") {
  // Every field kind, with and without help, required, special-category:
  // kainjow leaves a blank line for a section not rendered unless the
  // partials hang their optional parts (themes/default/README.md).
  const auto r = render_all_fields();
  REQUIRE(contains(r->html, "<fieldset class=\"veld veld-table\""));
  CHECK(r->html.find("\n\n") == std::string::npos);
  CHECK(r->html.back() == '\n');
  CHECK(contains(r->html, "</label>\n<input type=\"text\" id=\"f-alles-naam\" name=\"naam\" required>\n</div>\n<div "));
}

TEST_CASE("choices are radio buttons or check boxes in a fieldset with a legend", "[render][forms]") {
  const auto r = render_all_fields();
  CHECK(contains(r->html, R"(<fieldset class="veld veld-single_choice" data-veld="route" data-type="single_choice">)"
                          "\n"
                          R"(<legend>Route <span class="verplicht">(verplicht)</span></legend>)"));
  CHECK(contains(r->html, R"(<input type="radio" id="f-alles-route-1" name="route" value="dagbesteding" required>)"
                          R"(<label for="f-alles-route-1">Dagbesteding</label>)"));
  CHECK(contains(r->html, R"(<legend>Gebieden</legend>)"));
  CHECK(contains(r->html, R"(<input type="checkbox" id="f-alles-gebieden-2" name="gebieden" value="financien">)"
                          R"(<label for="f-alles-gebieden-2">Financiën</label>)"));
  CHECK(contains(r->html, R"(<input type="radio" id="f-alles-tolk-1" name="tolk" value="ja"><label )"
                          R"(for="f-alles-tolk-1">Ja</label>)"));
  CHECK(contains(r->html, R"(<input type="radio" id="f-alles-tolk-2" name="tolk" value="nee">)"));
}

TEST_CASE("a select has an empty first option so that required works", "[render][forms]") {
  const auto r = render_all_fields();
  CHECK(
      contains(r->html, R"(<label for="f-alles-organisatie">Organisatie <span class="verplicht">(verplicht)</span>)"));
  CHECK(contains(r->html,
                 "<select id=\"f-alles-organisatie\" name=\"organisatie\" required>\n"
                 "<option value=\"\">— kies —</option>\n<option value=\"buch\">BUCH</option>\n"
                 "<option value=\"halte-werk\">Halte Werk</option>\n</select>"));
}

TEST_CASE("a scale shows each level's number and label and marks special-category data", "[render][forms]") {
  const auto r = render_all_fields();
  CHECK(contains(r->html, R"(<fieldset class="veld veld-scale veld-bijzonder" data-veld="gezondheid" )"
                          R"(data-type="scale" aria-describedby="f-alles-gezondheid-bijzonder">)"));
  CHECK(contains(r->html, R"(<p class="bijzonder-gegeven" id="f-alles-gezondheid-bijzonder"><span )"
                          R"(class="bijzonder-label">Bijzonder persoonsgegeven</span> Dit gaat over gezondheid)"));
  CHECK(contains(r->html, R"(<input type="radio" id="f-alles-gezondheid-2" name="gezondheid" value="2">)"
                          R"(<label for="f-alles-gezondheid-2"><span class="schaal-waarde">2</span> Goed</label>)"));
  // The form explains the marker once, above the fields.
  CHECK(contains(r->html, "gaan over gezondheid. Dat zijn bijzondere persoonsgegevens"));
}

TEST_CASE("a table has column headers, numbered rows, a template row and add and remove buttons", "[render][forms]") {
  const auto r = render_all_fields();
  CHECK(contains(r->html, R"(<thead><tr><th scope="col">Wat</th><th scope="col">Wie</th>)"));
  CHECK(contains(r->html, R"(<input type="text" id="f-alles-acties-1-wat" name="acties.1.wat" data-kolom="wat" )"
                          R"(aria-label="Wat, rij 1">)"));
  CHECK(contains(r->html, R"(<select id="f-alles-acties-2-wie" name="acties.2.wie" data-kolom="wie" )"
                          R"(aria-label="Wie, rij 2">)"));
  CHECK_FALSE(contains(r->html, R"(name="acties.3.wat")"));
  CHECK(contains(r->html, R"(<template data-sjabloon><tr data-rij><td><input type="text" id="f-alles-acties-0-wat")"));
  CHECK(contains(r->html, R"(aria-label="Verwijderen: rij 2">Verwijderen</button>)"));
  CHECK(contains(r->html, R"(data-actie="rij-toevoegen">Rij toevoegen</button>)"));
}

TEST_CASE("signatures have a name, a date and a box, and sit side by side", "[render][forms]") {
  const auto r = render_all_fields();
  CHECK(contains(r->html,
                 "<div class=\"handtekeningen\">\n<fieldset class=\"veld veld-signature handtekening\" "
                 "data-veld=\"handtekening-klant\""));
  CHECK(contains(r->html, R"(<legend>Handtekening klant <span class="verplicht">(verplicht)</span></legend>)"));
  CHECK(contains(r->html, R"(<label for="f-alles-handtekening-klant-name">Naam</label><input type="text" )"
                          R"(id="f-alles-handtekening-klant-name" name="handtekening-klant.name" data-deel="name" )"
                          "required>"));
  CHECK(contains(r->html, R"(<input type="date" id="f-alles-handtekening-professional-date" )"
                          R"(name="handtekening-professional.date" data-deel="date">)"));
  CHECK(contains(r->html, R"(<span class="handtekening-vak-label">Handtekening Professional</span>)"));
}

TEST_CASE("every control of a form has a label", "[render][forms]") {
  const auto r = render_all_fields();
  int checked = 0;
  for (const std::string& tag : handboek::testing::start_tags(r->html, {"input", "select", "textarea"})) {
    if (contains(tag, "type=\"file\"")) continue;  // hidden; opened by the "Bestand openen" button
    const std::vector<std::string> id = handboek::testing::attribute_values(tag, "id");
    REQUIRE(id.size() == 1);
    INFO(tag);
    CHECK((contains(tag, "aria-label=\"") || contains(r->html, "for=\"" + id[0] + "\"")));
    ++checked;
  }
  CHECK(checked > 20);
}

TEST_CASE("the form never submits, offers the actions and names the handbook version", "[render][forms]") {
  const auto r = render_all_fields("version: 2020.1\n");
  CHECK(contains(r->html, R"(<form class="formulier" id="formulier-alles" data-formulier="alles" )"
                          R"(data-formulierversie="1" data-handboekversie="2020.1" data-titel="Alle velden" )"
                          R"(method="dialog" autocomplete="off" aria-label="Alle velden">)"));
  CHECK(contains(r->html, R"(<p class="afdruk-kop">Alle velden · Testhandboek · handboekversie 2020.1 · )"
                          "formulierversie 1</p>"));
  for (const char* action :
       {">Afdrukken<", ">Leeg afdrukken<", ">Opslaan als bestand<", ">Bestand openen<", ">Wissen<"}) {
    CHECK(contains(r->html, action));
  }
  CHECK(contains(r->html, "Uw antwoorden blijven op dit apparaat."));
  CHECK(contains(r->html, R"(<div class="veld-info">)"
                          "\n"
                          "<p>Teken <strong>allebei</strong>.</p>"));
  CHECK_FALSE(contains(r->html, "action="));
}

TEST_CASE("the site has a page and a schema per form, and form assets only where a form is", "[render][forms]") {
  const auto r = render_all_fields();
  r->site.write("content/over.md", "---\ntitle: Over\n---\nHier:\n\n```form alles\n```\n");
  const auto fixture = load_fixture(r->site);
  REQUIRE(fixture.site);
  const auto& theme = fixture.site->theme;
  const auto tree = handboek::render::render_site(fixture.model(), theme.templates, theme.assets, 1);

  const std::string* form_page = tree.find("formulieren/alles/index.html");
  REQUIRE(form_page);
  CHECK(contains(*form_page, R"(<script src="../../assets/formulier.)"));
  CHECK(contains(*form_page, R"(<a href="../alles.schema.json" type="application/schema+json">)"));
  CHECK(tree.find("formulieren/alles.schema.json"));
  const std::string* index = tree.find("formulieren/index.html");
  REQUIRE(index);
  CHECK(contains(*index, R"(<a href="alles/">Alle velden</a>)"));

  const std::string* embedding = tree.find("over/index.html");
  REQUIRE(embedding);
  CHECK(contains(*embedding, R"(<form class="formulier" id="formulier-alles")"));
  CHECK(contains(*embedding, R"(<h3 id="f-alles-sectie-1">Gegevens</h3>)"));
  CHECK(contains(*embedding, R"(<script src="../assets/formulier.)"));
  const std::string* home = tree.find("index.html");
  REQUIRE(home);
  CHECK_FALSE(contains(*home, "formulier.js"));
}
