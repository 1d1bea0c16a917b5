// Training material (docs/training.md) on the fixture handbook built by the
// real binary: the casus page and the process listing it, the training map
// as one document, and its PDF printed by weasyprint, checked with poppler's
// pdfinfo and pdftotext.
#include <catch2/catch.hpp>
#include <cstdio>

#include "html_scan.h"
#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::testing::read_tree;
using handboek::testing::run_handboek;
using handboek::testing::TempSite;
namespace fs = std::filesystem;

namespace {

struct BuiltSite {
  TempSite site = TempSite::from_fixture("sites/basic");
  handboek::testing::RunResult run;
  std::map<std::string, std::string> files;

  BuiltSite() {
    run = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"});
    if (run.exit_code == 0) files = read_tree(site.beside("out"));
  }
  const std::string& file(const std::string& path) const {
    const auto found = files.find(path);
    if (found == files.end()) throw std::runtime_error("not built: " + path);
    return found->second;
  }
};

const BuiltSite& built() {
  static const BuiltSite site;
  return site;
}

// What a command prints on stdout (poppler's tools; the path has no quotes).
std::string output_of(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  size_t count;
  while ((count = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, count);
  ::pclose(pipe);
  return out;
}

bool weasyprint_installed() {
  return fs::exists("/usr/bin/weasyprint") || !output_of("command -v weasyprint").empty();
}

size_t count_of(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("a casus walks through the steps of its process with the organisations side by side",
          "[integration][training]") {
  INFO(built().run.err);
  REQUIRE(built().run.exit_code == 0);
  const std::string& html = built().file("casussen/fatima/index.html");
  CHECK_THAT(html, Contains("<a href=\"../../processen/intake/\">Intake</a>"));
  CHECK_THAT(html, Contains("<span class=\"step-number\">Stap 1</span> <a "
                            "href=\"../../processen/intake/#stap-aanmelding\">Aanmelding</a>"));
  CHECK_THAT(html, Contains("<div class=\"lokaal-groep\" data-aantal=\"2\">"));
  CHECK_THAT(html, Contains("<a href=\"../../formulieren/plan-van-aanpak/\">Formulier: Plan van aanpak</a>"));
  CHECK_THAT(html, Contains("<li class=\"question\"><p>Wie beslist over de route?</p>"));
  CHECK_THAT(html, Contains("<a href=\"../../over/visie/\">visie</a>"));
  const std::string& process = built().file("processen/intake/index.html");
  CHECK_THAT(process, Contains("Casussen bij dit proces"));
  CHECK_THAT(process, Contains("<a href=\"../../casussen/fatima/\">Fatima zoekt werk</a>"));
  CHECK_THAT(built().file("processen/nazorg/index.html"), !Contains("Casussen bij dit proces"));
}

TEST_CASE("a training map is one document: cover, contents, its pages in order, its forms blank",
          "[integration][training]") {
  REQUIRE(built().run.exit_code == 0);
  const std::string& html = built().file("trainingen/intake-training/index.html");
  CHECK(handboek::testing::contains_in_order(
      html, {"<a href=\"#hoofdstuk-1\"><span class=\"map-contents-title\">Intake</span>",
             "#hoofdstuk-2\"><span class=\"map-contents-title\">Klantmanager</span>",
             "#hoofdstuk-3\"><span class=\"map-contents-title\">Plan Inburgering en Participatie</span>",
             "#hoofdstuk-4\"><span class=\"map-contents-title\">Fatima zoekt werk</span>",
             "#hoofdstuk-5\"><span class=\"map-contents-title\">Plan van aanpak</span>"}));
  CHECK_THAT(html, Contains("<dt>Voor wie</dt> <dd>Nieuwe klantmanagers</dd>"));
  CHECK_THAT(html, Contains("<h2 id=\"map-voor-de-trainer\">Voor de trainer</h2>"));
  CHECK_THAT(html, Contains("<section class=\"map-chapter\" id=\"hoofdstuk-1\" aria-label=\"Intake\">"));
  CHECK_THAT(html, Contains("<li class=\"step\" id=\"stap-aanmelding\">"));  // the process as on its own page
  CHECK_THAT(html, Contains("<form class=\"formulier\" id=\"formulier-plan-van-aanpak\""));
  // links inside chapters are relative to the map
  CHECK_THAT(html, Contains("href=\"../../formulieren/plan-van-aanpak/\""));
}

TEST_CASE("the training map's PDF: A4, version on every page, contents with page numbers, forms blank",
          "[integration][training][pdf]") {
  REQUIRE(built().run.exit_code == 0);
  if (!weasyprint_installed()) {
    CHECK_THAT(built().run.err, Contains("de pdf's van de trainingsmappen staan uit"));
    CHECK(built().files.count("trainingen/intake-training/intake-training.pdf") == 0);
    return;
  }
  REQUIRE(built().files.count("trainingen/intake-training/intake-training.pdf") == 1);
  CHECK_THAT(built().file("trainingen/intake-training/index.html"), Contains("href=\"intake-training.pdf\""));
  const fs::path pdf = built().site.beside("out") / "trainingen/intake-training/intake-training.pdf";
  const std::string info = output_of("pdfinfo " + pdf.string());
  const std::optional<int> pages_found = handboek::testing::number_after(info, "Pages:");
  REQUIRE(pages_found);
  const int pages = *pages_found;
  CHECK(pages >= 6);  // cover, contents, notes, four pages and a form, each from a new page
  CHECK_THAT(info, Contains("595.276 x 841.89 pts (A4)"));
  const std::string text = output_of("pdftotext -layout " + pdf.string() + " -");
  CHECK(static_cast<int>(count_of(text, "\f")) == pages);
  CHECK(static_cast<int>(count_of(text, "Testhandboek · versie concept")) >= pages);
  for (int page = 1; page <= pages; ++page) {
    CHECK_THAT(text, Contains("Pagina " + std::to_string(page) + " van " + std::to_string(pages)));
  }
  // contents with the page each chapter starts on
  CHECK(handboek::testing::line_with_numbered(text, "Intake", "Proces"));
  CHECK(handboek::testing::line_with_numbered(text, "Plan van aanpak", "Formulier"));
  // the form is blank: its labels and signature block, no answers
  CHECK_THAT(text, Contains("Doel"));
  CHECK_THAT(text, !Contains("Opslaan als bestand"));
}

TEST_CASE("without weasyprint the build succeeds and says the PDFs are off", "[integration][training][pdf]") {
  const TempSite site = TempSite::from_fixture("sites/basic");
  ::setenv("HANDBOEK_WEASYPRINT", "off", 1);
  const auto run = run_handboek({"build", site.root().string(), "-o", site.beside("out").string()});
  ::unsetenv("HANDBOEK_WEASYPRINT");
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.err,
             Contains("handboek: de pdf's van de trainingsmappen staan uit: HANDBOEK_WEASYPRINT=off zet ze uit"));
  CHECK(fs::exists(site.beside("out") / "trainingen/intake-training/index.html"));
  CHECK_FALSE(fs::exists(site.beside("out") / "trainingen/intake-training/intake-training.pdf"));
  CHECK_THAT(handboek::testing::read_file(site.beside("out") / "trainingen/intake-training/index.html"),
             !Contains(".pdf"));
}

TEST_CASE("a form a document holds more than once gets ids of its own each time", "[integration][training]") {
  const TempSite site = TempSite::from_fixture("sites/basic");
  // Two pages that embed the same form, and the form again: three times in one map.
  site.write("content/over/dubbel.md", "---\ntitle: Dubbel\n---\n```form plan-van-aanpak\n```\n");
  site.write("content/trainingen/dubbel.md",
             "---\ntitle: Dubbele map\npages:\n  - ../over/visie.md\n  - ../over/dubbel.md\nforms: "
             "[plan-van-aanpak]\n---\nTekst.\n");
  ::setenv("HANDBOEK_WEASYPRINT", "off", 1);
  const auto run = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"});
  ::unsetenv("HANDBOEK_WEASYPRINT");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const auto duplicate_ids = [](const std::string& html) {
    std::map<std::string, int> seen;
    std::vector<std::string> twice;
    for (const std::string& id : handboek::testing::attribute_values(html, "id")) {
      if (++seen[id] == 2) twice.push_back(id);
    }
    return twice;
  };
  const std::string map = handboek::testing::read_file(site.beside("out") / "trainingen/dubbel/index.html");
  CHECK(duplicate_ids(map) == std::vector<std::string>{});
  CHECK_THAT(map, Contains("<form class=\"formulier\" id=\"formulier-plan-van-aanpak\" "
                           "data-formulier=\"plan-van-aanpak\" data-formulierversie="));
  CHECK_THAT(map, Contains("<form class=\"formulier\" id=\"formulier-plan-van-aanpak-2\" "
                           "data-formulier=\"plan-van-aanpak\" data-sleutel=\"plan-van-aanpak-2\""));
  CHECK_THAT(map, Contains("id=\"f-plan-van-aanpak-2-sectie-1\""));
  CHECK_THAT(map, Contains("<form class=\"formulier\" id=\"formulier-plan-van-aanpak-3\""));
  CHECK_THAT(map, Contains("<section class=\"map-chapter map-form\" id=\"hoofdstuk-3\""));
}
