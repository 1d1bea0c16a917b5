// Training material (docs/training.md) on the fixture handbook built by the
// real binary: the casus page and the process listing it, the training map
// as one document, and its PDF printed by weasyprint, checked with poppler's
// pdfinfo and pdftotext.
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "built_fixture.h"
#include "html_scan.h"
#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::testing::read_tree;
using handboek::testing::run_handboek;
using handboek::testing::TempSite;
namespace fs = std::filesystem;

namespace {

const handboek::testing::BuiltSite& built() {
  return handboek::testing::built_fixture("sites/basic");
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

// A PDF page as pdftoppm's greyscale image at 20 dpi (A4: 165 x 234
// pixels): what ink lies where, not the letters.
struct GreyPage {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> pixels;
  bool dark(int x, int y) const { return pixels[static_cast<size_t>(y * width + x)] < 128; }
};

GreyPage grey_page(const fs::path& pdf, int page, const fs::path& folder) {
  const std::string number = std::to_string(page);
  const fs::path image = folder / ("pagina-" + number);
  output_of("pdftoppm -gray -r 20 -singlefile -f " + number + " -l " + number + " " + pdf.string() + " " +
            image.string());
  std::ifstream in(image.string() + ".pgm", std::ios::binary);
  std::string magic;
  GreyPage grey;
  int maximum = 0;
  if (!(in >> magic >> grey.width >> grey.height >> maximum) || magic != "P5" || maximum != 255) return {};
  in.get();  // the one whitespace after the header
  grey.pixels.resize(static_cast<size_t>(grey.width) * static_cast<size_t>(grey.height));
  if (!in.read(reinterpret_cast<char*>(grey.pixels.data()), static_cast<std::streamsize>(grey.pixels.size()))) {
    return {};
  }
  return grey;
}

// The share of the page that is ink: a printed page of text is mostly paper.
double ink_share(const GreyPage& page) {
  size_t dark = 0;
  for (int y = 0; y < page.height; ++y) {
    for (int x = 0; x < page.width; ++x) dark += page.dark(x, y) ? 1 : 0;
  }
  return static_cast<double>(dark) / static_cast<double>(page.pixels.size());
}

// How many squares of 8 x 8 pixels (1 cm) are solid ink: text at 20 dpi
// never is, a box filled black is.
int solid_squares(const GreyPage& page) {
  int solid = 0;
  for (int y = 0; y + 8 <= page.height; y += 4) {
    for (int x = 0; x + 8 <= page.width; x += 4) {
      int dark = 0;
      for (int dy = 0; dy < 8; ++dy) {
        for (int dx = 0; dx < 8; ++dx) dark += page.dark(x + dx, y + dy) ? 1 : 0;
      }
      solid += dark >= 58 ? 1 : 0;  // 90 %
    }
  }
  return solid;
}

// A line of pdfinfo's output: the value after "Name:".
std::string info_value(const std::string& info, const std::string& name) {
  const std::string lines = "\n" + info;
  const size_t at = lines.find("\n" + name + ":");
  if (at == std::string::npos) return "";
  const size_t start = lines.find_first_not_of(' ', at + name.size() + 2);
  return lines.substr(start, lines.find('\n', start) - start);
}

int page_count(const std::string& pdfinfo) {
  const std::string label = "Pages:";
  const size_t at = pdfinfo.find(label);
  return at == std::string::npos ? 0 : std::atoi(pdfinfo.c_str() + at + label.size());
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
  // the forms as blank paper forms, made at build time: a circle or box
  // before every choice, writing lines, the signature block; no controls
  CHECK_THAT(html, Contains("<div class=\"formulier formulier-papier\" id=\"formulier-plan-van-aanpak\""));
  CHECK_THAT(html, Contains("<span class=\"vak vak-radio\" aria-hidden=\"true\"></span>"));
  CHECK_THAT(html, Contains("class=\"schrijfruimte schrijfruimte-lang\""));
  CHECK_THAT(html, Contains("<p class=\"papier-invullen\" data-pagefind-ignore>Hieronder het lege formulier om af "
                            "te drukken. <a href=\"../../formulieren/plan-van-aanpak/\">Op het scherm invullen</a>"));
  const std::string map_section = html.substr(html.find("<article class=\"trainingsmap\""));
  CHECK_THAT(map_section.substr(map_section.find("class=\"map-chapter map-form\"")), !Contains("<input"));
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
  CHECK(handboek::testing::contents_line(text, "Intake · Proces"));
  CHECK(handboek::testing::contents_line(text, "Plan van aanpak · Formulier"));
  // the form is blank: its labels and signature block, no answers
  CHECK_THAT(text, Contains("Doel"));
  CHECK_THAT(text, !Contains("Opslaan als bestand"));
}

TEST_CASE("the training map's PDF page by page: paper not ink, the route diagram drawn with its texts, tagged",
          "[integration][training][pdf]") {
  REQUIRE(built().run.exit_code == 0);
  if (!weasyprint_installed()) return;  // the case above checks what the build says then
  const fs::path pdf = built().site.beside("out") / "trainingen/intake-training/intake-training.pdf";
  const std::string info = output_of("pdfinfo " + pdf.string());
  const int pages = page_count(info);
  REQUIRE(pages >= 6);
  // PDF/UA-1: tagged, titled, in Dutch, with bookmarks
  CHECK(info_value(info, "Tagged") == "yes");
  CHECK(info_value(info, "Title") == "Training intake — Testhandboek");
  const std::string bytes = handboek::testing::read_file(pdf);
  CHECK_THAT(bytes, Contains("/Lang (nl)"));
  CHECK_THAT(bytes, Contains("/Outlines"));
  CHECK_THAT(bytes, Contains("pdfuaid:part"));

  // No page is mostly ink: the route diagram's boxes were solid black when
  // weasyprint did not apply their fills.
  const fs::path images = built().site.beside("paginas");
  fs::create_directories(images);
  for (int page = 1; page <= pages; ++page) {
    const GreyPage grey = grey_page(pdf, page, images);
    REQUIRE(grey.width > 100);
    const double ink = ink_share(grey);
    INFO("page " << page << " is " << ink * 100 << "% ink, with " << solid_squares(grey) << " squares of solid ink");
    CHECK(ink < 0.04);  // text pages: 0-2 %; the black diagram was 6 % here
    CHECK(solid_squares(grey) == 0);
  }

  // The page with the route: the diagram's boxes carry their texts (above
  // the steps, which repeat the titles under "Stap 1").
  int route_page = 0;
  std::string route_text;
  for (int page = 1; page <= pages && !route_page; ++page) {
    const std::string number = std::to_string(page);
    const std::string text = output_of("pdftotext -layout -f " + number + " -l " + number + " " + pdf.string() + " -");
    if (text.find("De route stap voor stap") != std::string::npos) {
      route_page = page;
      route_text = text;
    }
  }
  REQUIRE(route_page > 0);
  INFO(route_text);
  const size_t first_step =
      route_text.find("STAP 1") != std::string::npos ? route_text.find("STAP 1") : route_text.find("Stap 1");
  REQUIRE(first_step != std::string::npos);
  for (const char* box : {"Aanmelding", "Plan maken", "Route zorg"}) {
    const size_t at = route_text.find(box);
    CHECK(at < first_step);
  }
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
  CHECK_THAT(map, Contains("<div class=\"formulier formulier-papier\" id=\"formulier-plan-van-aanpak\" "
                           "data-papierformulier=\"plan-van-aanpak\""));
  CHECK_THAT(map, Contains("<div class=\"formulier formulier-papier\" id=\"formulier-plan-van-aanpak-2\" "
                           "data-papierformulier=\"plan-van-aanpak\""));
  CHECK_THAT(map, Contains("id=\"f-plan-van-aanpak-2-sectie-1\""));
  CHECK_THAT(map, Contains("<div class=\"formulier formulier-papier\" id=\"formulier-plan-van-aanpak-3\""));
  CHECK_THAT(map, Contains("<section class=\"map-chapter map-form\" id=\"hoofdstuk-3\""));
}
