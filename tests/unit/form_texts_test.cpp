// render/form_texts and the bilingual form it feeds: every text of a
// translated form carries its translations in elements with the language's
// lang and dir (rtl for Arabic), hidden until the reader chooses the
// language; a text a translation lacks is shown in Dutch alone; the controls
// and their names do not change, so saved answers stay keyed by field id.
#include "render/form_texts.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"
#include "render/form_renderer.h"
#include "render/site_renderer.h"

using handboek::render::FormPlacement;
using handboek::render::render_form_html;
using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::TempSite;

namespace {

constexpr std::string_view kTranslatedForm = R"(
-- forms/plan.yaml --
title: Plan
purpose: Het plan van de klant.
sections:
  - title: Gegevens
    intro: Vul dit samen in.
    fields:
      - id: naam
        type: short_text
        label: Naam
        help: Zoals in het paspoort.
        required: true
      - id: organisatie
        type: select
        label: Organisatie
        options: [BUCH, Halte Werk]
      - id: route
        type: single_choice
        label: Route
        options: [Werk, Zorg]
      - id: tolk
        type: yes_no
        label: Tolk
      - id: acties
        type: table
        label: Acties
        columns:
          - {id: wat, label: Wat}
      - id: handtekening-klant
        type: signature
        role: Klant
translations:
  ar:
    title: الخطة
    purpose: خطة العميل.
    sections:
      - {title: البيانات, intro: املأ هذا معًا.}
    fields:
      naam: {label: الاسم, help: كما في جواز السفر.}
      organisatie: {label: المؤسسة, options: {buch: بوخ}}
      route: {label: المسار, options: {werk: عمل, zorg: رعاية}}
      tolk: {label: مترجم, options: {ja: نعم, nee: لا}}
      acties: {label: الإجراءات, columns: {wat: {label: ماذا}}}
      handtekening-klant: {role: العميل}
  uk:
    title: План
    fields:
      naam: {label: Ім'я}
)";

struct Rendered {
  TempSite site;
  handboek::testing::LoadedFixture fixture;
  std::string form;
  std::string page;
};

std::unique_ptr<Rendered> render_translated() {
  auto rendered = std::make_unique<Rendered>();
  rendered->site.write_all(kMinimalSite);
  rendered->site.write_all(kTranslatedForm);
  rendered->fixture = load_fixture(rendered->site);
  REQUIRE(rendered->fixture.site);
  const auto& model = rendered->fixture.model();
  const auto& templates = rendered->fixture.templates();
  rendered->form =
      render_form_html(model, templates, *model.find_form("plan"), FormPlacement{"/formulieren/plan/", 2, "plan"});
  const auto& theme = rendered->fixture.site->theme;
  const auto tree = handboek::render::render_site(model, theme.templates, theme.assets, 1);
  const std::string* page = tree.find("formulieren/plan/index.html");
  REQUIRE(page);
  rendered->page = *page;
  return rendered;
}

bool contains(const std::string& html, std::string_view part) {
  return html.find(part) != std::string::npos;
}

std::string arabic(std::string_view text) {
  return R"(<span class="vertaling" lang="ar" dir="rtl" data-pagefind-ignore hidden>)" + std::string(text) + "</span>";
}

}  // namespace

TEST_CASE("the loader's warnings name what each translation lacks; the page still builds",
          "[render][forms][translations]") {
  const auto r = render_translated();
  const auto lines = r->fixture.lines();
  INFO(::Catch::Detail::stringify(lines));
  REQUIRE(lines.size() == 2);
  CHECK(contains(lines[0],
                 "warning: aan vertaling 'ar' ontbreken 1 tekst(en), die in het Nederlands verschijnen: organisatie "
                 "optie halte-werk"));
  CHECK(contains(lines[1], "warning: aan vertaling 'uk' ontbreken"));
}

TEST_CASE("a translated form offers its languages, each with its own name and direction",
          "[render][forms][translations]") {
  const auto r = render_translated();
  CHECK(contains(
      r->form, R"(<div class="formulier-talen" role="group" aria-label="Taal van het formulier" data-talen hidden>)"));
  CHECK(
      contains(r->form, R"(<button type="button" data-taalkeuze="nl" aria-pressed="true">Alleen Nederlands</button>)"));
  CHECK(contains(r->form, R"(<button type="button" data-taalkeuze="ar" aria-pressed="false">Nederlands + )"
                          R"(<span lang="ar" dir="rtl">العربية</span></button>)"));
  CHECK(contains(r->form, R"(data-taalkeuze="uk" aria-pressed="false">Nederlands + )"
                          R"(<span lang="uk" dir="ltr">Українська</span></button>)"));
}

TEST_CASE("labels, headings, intros, help and options carry their translation with lang and dir",
          "[render][forms][translations]") {
  const auto r = render_translated();
  // A label: Dutch beside Arabic (rtl) and Ukrainian (ltr), then the marker.
  CHECK(
      contains(r->form, R"(<label for="f-plan-naam"><span class="tekst-paar"><span class="tekst-nl">Naam</span>)" +
                            arabic("الاسم") +
                            R"(<span class="vertaling" lang="uk" dir="ltr" data-pagefind-ignore hidden>Ім&#39;я</span>)"
                            R"(</span> <span class="verplicht">(verplicht)</span></label>)"));
  CHECK(
      contains(r->form, R"(<h2 id="f-plan-sectie-1"><span class="tekst-paar"><span class="tekst-nl">Gegevens</span>)" +
                            arabic("البيانات") + "</span></h2>"));
  CHECK(contains(
      r->form, R"(<div class="sectie-intro"><div class="tekst-paar"><div class="tekst-nl"><p>Vul dit samen in.</p>)"));
  CHECK(contains(
      r->form, R"(<div class="vertaling" lang="ar" dir="rtl" data-pagefind-ignore hidden><p>كما في جواز السفر.</p>)"));
  CHECK(contains(r->form, R"(<label for="f-plan-route-2"><span class="tekst-paar"><span class="tekst-nl">Zorg</span>)" +
                              arabic("رعاية")));
  // Ja / Nee are translated when the translation gives them.
  CHECK(contains(r->form, R"(<label for="f-plan-tolk-1"><span class="tekst-paar"><span class="tekst-nl">Ja</span>)" +
                              arabic("نعم")));
  CHECK(contains(r->form,
                 R"(<th scope="col"><span class="tekst-paar"><span class="tekst-nl">Wat</span>)" + arabic("ماذا")));
  CHECK(contains(
      r->form,
      R"(<span class="handtekening-vak-label">Handtekening <span class="tekst-paar"><span class="tekst-nl">Klant</span>)" +
          arabic("العميل")));
  // A signature without a translated label shows its translated role in the legend.
  CHECK(contains(r->form, R"(<legend><span class="tekst-paar"><span class="tekst-nl">Handtekening klant</span>)" +
                              arabic("العميل")));
  // An <option> holds text only: the translation waits in an attribute.
  CHECK(contains(r->form, R"(<option value="buch" data-vertaling-ar="بوخ">BUCH</option>)"));
}

TEST_CASE("a text the translation lacks is shown in Dutch alone", "[render][forms][translations]") {
  const auto r = render_translated();
  CHECK(contains(r->form, R"(<option value="halte-werk">Halte Werk</option>)"));
  // Ukrainian translates only the name: no Ukrainian element elsewhere.
  CHECK(contains(
      r->form, R"(<label for="f-plan-organisatie"><span class="tekst-paar"><span class="tekst-nl">Organisatie</span>)" +
                   arabic("المؤسسة") + "</span></label>"));
  size_t ukrainian = 0;
  for (size_t at = r->form.find(R"(lang="uk" dir="ltr" data-pagefind)"); at != std::string::npos;
       at = r->form.find(R"(lang="uk" dir="ltr" data-pagefind)", at + 1)) {
    ++ukrainian;
  }
  CHECK(ukrainian == 1);
}

TEST_CASE("the controls and their names are those of the Dutch form", "[render][forms][translations]") {
  const auto r = render_translated();
  CHECK(contains(r->form,
                 R"(<input type="text" id="f-plan-naam" name="naam" required aria-describedby="f-plan-naam-hulp">)"));
  CHECK(contains(r->form, R"(<input type="radio" id="f-plan-route-1" name="route" value="werk">)"));
  CHECK(contains(r->form, R"(data-kolom="wat" aria-label="Wat, rij 1">)"));
}

TEST_CASE("the form page shows the title and purpose in both languages", "[render][forms][translations]") {
  const auto r = render_translated();
  CHECK(contains(r->page, R"(<h1><span class="tekst-paar"><span class="tekst-nl">Plan</span>)" + arabic("الخطة")));
  CHECK(contains(r->page,
                 R"(<div class="vertaling" lang="ar" dir="rtl" data-pagefind-ignore hidden><p>خطة العميل.</p>)"));
}

TEST_CASE("a form without translations has no language choice and no extra markup", "[render][forms][translations]") {
  TempSite site;
  site.write_all(kMinimalSite);
  site.write("forms/kort.yaml",
             "title: Kort\nsections:\n  - title: Een\n    fields:\n"
             "      - {id: naam, type: short_text, label: Naam}\n");
  const auto fixture = load_fixture(site);
  REQUIRE(fixture.site);
  const auto& model = fixture.model();
  const std::string html = render_form_html(model, fixture.templates(), *model.find_form("kort"),
                                            FormPlacement{"/formulieren/kort/", 2, "kort"});
  CHECK(contains(html, R"(<label for="f-kort-naam">Naam</label>)"));
  CHECK(contains(html, R"(<h2 id="f-kort-sectie-1">Een</h2>)"));
  CHECK_FALSE(contains(html, "data-talen"));
  CHECK_FALSE(contains(html, "tekst-paar"));
}
