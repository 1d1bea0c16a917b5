// Builds tests/fixtures/sites/basic with the real binary and the repository's
// default theme, and inspects the HTML a reader gets.
#include <catch2/catch.hpp>

#include "built_fixture.h"
#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::testing::read_tree;
using handboek::testing::run_handboek;
using handboek::testing::TempSite;

namespace {

using handboek::testing::BuiltSite;

// The fixture built once for all tests of this file.
const BuiltSite& built() {
  return handboek::testing::built_fixture("sites/basic");
}

// The part of `html` from the first `from` to the next `to` after it.
std::string between(const std::string& html, const std::string& from, const std::string& to) {
  const size_t start = html.find(from);
  if (start == std::string::npos) return "";
  const size_t end = html.find(to, start);
  return html.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// True when every needle occurs in `text`, in this order.
bool in_order(const std::string& text, const std::vector<std::string>& needles) {
  size_t pos = 0;
  for (const std::string& needle : needles) {
    pos = text.find(needle, pos);
    if (pos == std::string::npos) return false;
    pos += needle.size();
  }
  return true;
}

}  // namespace

TEST_CASE("the fixture handbook builds without errors", "[integration][build]") {
  const BuiltSite& site = built();
  INFO(site.run.err);
  REQUIRE(site.run.exit_code == 0);
  CHECK(site.run.errors().empty());
}

TEST_CASE("every page gets a pretty URL and glossary terms get none", "[integration][build]") {
  const auto& files = built().files;
  for (const char* path :
       {"index.html", "processen/index.html", "processen/intake/index.html", "processen/nazorg/index.html",
        "gespreksformats/werk/index.html", "competenties/klantmanager/index.html", "begrippen/index.html",
        "over/visie/index.html", "formulieren/index.html", "formulieren/plan-van-aanpak/index.html", "404.html",
        "sitemap.xml", ".handboek-site"}) {
    INFO(path);
    CHECK(files.count(path) == 1);
  }
  CHECK(files.count("begrippen/pip/index.html") == 0);
  CHECK(files.at("over/afbeeldingen/schema.svg") == handboek::testing::read_file(handboek::testing::fixture_path(
                                                        "sites/basic/content/over/afbeeldingen/schema.svg")));
  // assets/handboek.<10 hex digits>.css
  const auto hashed_css = [](const std::string& path) {
    const std::string_view prefix = "assets/handboek.", suffix = ".css";
    if (path.size() != prefix.size() + 10 + suffix.size() || !path.starts_with(prefix) || !path.ends_with(suffix))
      return false;
    return path.find_first_not_of("0123456789abcdef", prefix.size()) == prefix.size() + 10;
  };
  CHECK(std::any_of(files.begin(), files.end(), [&](const auto& file) { return hashed_css(file.first); }));
}

TEST_CASE("the menu lists the sections in weight order and marks the current one", "[integration][build][navigation]") {
  const std::string menu = between(built().file("processen/intake/index.html"), "<nav class=\"site-nav\"", "</nav>");
  CHECK(in_order(menu, {">Processen<", ">Gespreksformats<", ">Competenties<", ">Begrippen<", ">Over dit handboek<",
                        ">Formulieren<"}));
  CHECK_THAT(menu, Contains(R"(<a href="../" aria-current="true">Processen</a>)"));
  CHECK_THAT(menu, Contains(R"(href="../../gespreksformats/")"));
  const std::string home_menu = between(built().file("index.html"), "<nav class=\"site-nav\"", "</nav>");
  CHECK_THAT(home_menu, Contains(R"(href="processen/")"));
  CHECK_THAT(home_menu, !Contains("aria-current"));
}

TEST_CASE("breadcrumbs and previous and next link within the section", "[integration][build][navigation]") {
  const std::string& intake = built().file("processen/intake/index.html");
  const std::string crumbs = between(intake, "class=\"breadcrumbs\"", "</nav>");
  CHECK(in_order(crumbs, {R"(<a href="../../">Testhandboek</a>)", R"(<a href="../">Processen</a>)", "Intake"}));
  const std::string pager = between(intake, "class=\"pager\"", "</nav>");
  CHECK_THAT(pager, Contains(R"(href="../nazorg/")"));
  const std::string nazorg_pager = between(built().file("processen/nazorg/index.html"), "class=\"pager\"", "</nav>");
  CHECK_THAT(nazorg_pager, Contains(R"(href="../intake/")"));
}

TEST_CASE("links between pages are rewritten to relative URLs", "[integration][build][links]") {
  const std::string& intake = built().file("processen/intake/index.html");
  CHECK_THAT(intake, Contains(R"(href="../../begrippen/#pip")"));
  CHECK_THAT(intake, Contains(R"(href="../nazorg/#stap-evaluatie")"));
  CHECK_THAT(intake, Contains(R"(href="#stap-aanmelding")"));
  CHECK_THAT(intake, Contains(R"(href="../../competenties/klantmanager/#competentie-luisteren")"));
  CHECK_THAT(intake, Contains(R"(src="../../over/afbeeldingen/schema.svg")"));
  CHECK_THAT(built().file("index.html"), Contains(R"(href="processen/intake/")"));
  // No page links to a Markdown file any more.
  for (const auto& [path, bytes] : built().files) {
    INFO(path);
    CHECK(bytes.find(".md\"") == std::string::npos);
  }
}

TEST_CASE("a proces page shows its route as numbered steps with their anchors", "[integration][build][proces]") {
  const std::string& intake = built().file("processen/intake/index.html");
  const std::string route = between(intake, "<ol class=\"steps\">", "</ol>\n</section>");
  CHECK(in_order(route, {R"(id="stap-aanmelding")", "Stap 1", "Aanmelding", "Klantmanager", "binnen 5 werkdagen",
                         R"(href="../../formulieren/plan-van-aanpak/")", "Plan van aanpak", "Aanmeldformulier",
                         "De klant is aangemeld.", R"(id="stap-plan")", "Stap 2", "Plan maken", "Route zorg"}));
  CHECK_THAT(intake, Contains("De klant staat centraal."));
  // The second step has no organisation, time or outcome: nothing empty is shown for them.
  const std::string second = between(route, R"(id="stap-plan")", "</li>\n    </ol>");
  CHECK_THAT(second, !Contains("()"));
  CHECK_THAT(second, !Contains("Resultaat"));
}

TEST_CASE("the glossary page lists every term A to Z with its anchor", "[integration][build][glossary]") {
  const std::string& glossary = built().file("begrippen/index.html");
  CHECK(in_order(glossary,
                 {R"(id="een-gezin-een-plan")", "Één gezin, één plan", "Eén plan voor het hele gezin.", R"(id="pip")",
                  "Plan Inburgering en Participatie", "PIP", "Het plan dat de gemeente met de vergunninghouder maakt.",
                  R"(id="zrm")", "Zelfredzaamheidsmatrix"}));
  // A link from one term to another stays on the page.
  CHECK_THAT(glossary, Contains(R"(href="#een-gezin-een-plan")"));
}

TEST_CASE("a lokaal block is shown as the organisation's local agreement", "[integration][build][lokaal]") {
  const std::string& intake = built().file("processen/intake/index.html");
  const std::string block = between(intake, R"(class="lokaal" )", "</details>");
  CHECK_THAT(block, Contains(R"(data-organisatie="halte-werk")"));
  CHECK_THAT(block, Contains("Lokale afspraak"));
  CHECK_THAT(block, Contains("Halte Werk"));
  CHECK_THAT(block, Contains("<strong>jobhunter</strong>"));
  CHECK_THAT(intake, !Contains("```lokaal"));
}

TEST_CASE("a competency lists every step that needs it", "[integration][build][competenties]") {
  const std::string& profile = built().file("competenties/klantmanager/index.html");
  CHECK(in_order(profile, {R"(id="competentie-luisteren")", "Actief luisteren", "Hoort wat de klant bedoelt.",
                           "Vat samen.", R"(href="../../processen/intake/#stap-aanmelding")",
                           R"(href="../../processen/nazorg/#stap-evaluatie")"}));
}

TEST_CASE("the competency section page shows the matrix of steps and profiles", "[integration][build][competenties]") {
  const std::string matrix = between(built().file("competenties/index.html"), "<table class=\"matrix\">", "</table>");
  CHECK(in_order(matrix, {R"(<a href="klantmanager/">Klantmanager</a>)", R"(<a href="../processen/intake/">Intake</a>)",
                          "Aanmelding", R"(href="../processen/intake/#stap-aanmelding")", "Plan maken",
                          R"(<a href="../processen/nazorg/">Nazorg</a>)",
                          R"(href="../processen/nazorg/#stap-evaluatie" data-competentie="luisteren")"}));
  CHECK_THAT(built().file("processen/index.html"), !Contains("class=\"matrix\""));
}

TEST_CASE("every page carries its print head and foot: version and public address", "[integration][build][print]") {
  const std::string& page = built().file("processen/intake/index.html");
  CHECK(in_order(page, {R"(<div class="print-kop">)", "<span class=\"print-titel\">Testhandboek</span>",
                        "<span class=\"print-versie\">Versie ",
                        R"(<span class="print-adres">https://handboek.example.test/processen/intake/</span>)"}));
  CHECK_THAT(built().file("404.html"), !Contains("print-adres"));
}

TEST_CASE("a gespreksformat shows its themes and numbered questions", "[integration][build][gespreksformat]") {
  const std::string& format = built().file("gespreksformats/werk/index.html");
  CHECK(in_order(format, {"45 minuten", "<em>werkervaring</em>", "Nieuwsgierig en open.", "Ervaring",
                          "Wat voor werk heeft u gedaan?", "Wat ging goed?"}));
}

TEST_CASE("a form block embeds the form and the form has its own page", "[integration][build][forms]") {
  CHECK_THAT(built().file("over/visie/index.html"), Contains(R"(data-formulier="plan-van-aanpak")"));
  CHECK_THAT(built().file("formulieren/plan-van-aanpak/index.html"), Contains("Plan van aanpak"));
  CHECK_THAT(built().file("formulieren/index.html"), Contains(R"(href="plan-van-aanpak/")"));
}

TEST_CASE("pages without a summary or owner show no empty fields", "[integration][build]") {
  const std::string header =
      between(built().file("begrippen/index.html"), "<header class=\"page-header\">", "</header>");
  CHECK_THAT(header, Contains("<h1>Begrippen</h1>"));
  CHECK_THAT(header, !Contains("class=\"summary\""));
  CHECK_THAT(header, !Contains("Eigenaar"));
  CHECK_THAT(built().file("index.html"), !Contains("<base href=\"\">"));
}

TEST_CASE("the sitemap lists every page under the base URL", "[integration][build]") {
  const std::string& sitemap = built().file("sitemap.xml");
  CHECK_THAT(sitemap, Contains("<loc>https://handboek.example.test/</loc>"));
  CHECK_THAT(sitemap, Contains("<loc>https://handboek.example.test/processen/intake/</loc>"));
  CHECK_THAT(sitemap, !Contains("begrippen/pip"));
}

TEST_CASE("the build output contains nothing outside the output folder", "[integration][build]") {
  const BuiltSite& site = built();
  std::vector<std::string> beside;
  for (const auto& entry : std::filesystem::directory_iterator(site.site.beside(""))) {
    beside.push_back(entry.path().filename().string());
  }
  std::sort(beside.begin(), beside.end());
  CHECK(beside == std::vector<std::string>{"out", "site"});
  CHECK_FALSE(std::filesystem::exists(site.site.root() / "public"));
}
