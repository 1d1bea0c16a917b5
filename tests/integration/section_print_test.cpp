// "Print deze sectie": a section's pages (and the forms their steps name,
// blank) as one document at <section>/afdrukken/, made by the training
// map's code path; its PDF when site.yaml asks (section_pdfs: true) and
// weasyprint is there, checked with pdftotext.
#include <catch2/catch.hpp>

#include "temp_site.h"

namespace handboek::testing {
namespace {

using Catch::Matchers::Contains;

struct BuiltPrints {
  TempSite site = TempSite::from_fixture("sites/basic");
  RunResult run;
  std::map<std::string, std::string> files;

  explicit BuiltPrints(bool with_pdfs) {
    if (with_pdfs) site.write("site.yaml", site.read("site.yaml") + "\nsection_pdfs: true\n");
    run = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"});
    if (run.exit_code == 0) files = read_tree(site.beside("out"));
  }
  std::string file(const std::string& path) const {
    const auto found = files.find(path);
    return found == files.end() ? "" : found->second;
  }
};

const BuiltPrints& without_pdfs() {
  static const BuiltPrints built(false);
  return built;
}

TEST_CASE("a section page offers its print, which bundles its pages and their steps' forms like a training map",
          "[integration][training][print]") {
  INFO(without_pdfs().run.err);
  REQUIRE(without_pdfs().run.exit_code == 0);
  CHECK_THAT(without_pdfs().file("processen/index.html"),
             Contains("<p class=\"section-print\" data-pagefind-ignore><a class=\"button\" href=\"afdrukken/\">Print "
                      "deze sectie</a> <span class=\"section-print-note\">alle pagina's van deze sectie in één "
                      "document</span></p>"));
  const std::string print = without_pdfs().file("processen/afdrukken/index.html");
  CHECK_THAT(print, Contains("<body class=\"type-trainingsmap\">"));  // prints like a map: cover, contents, chapters
  CHECK_THAT(print, Contains("<title>Afdrukversie: Processen — Testhandboek</title>"));
  CHECK_THAT(print, Contains("<p class=\"page-type\" data-pagefind-ignore>Sectie</p>"));
  CHECK_THAT(print, Contains("<li><a href=\"#hoofdstuk-1\"><span class=\"map-contents-title\">Intake</span> <span "
                             "class=\"map-contents-type\">Proces</span></a></li>"));
  CHECK_THAT(print, Contains("<li><a href=\"#hoofdstuk-2\"><span class=\"map-contents-title\">Nazorg</span>"));
  CHECK_THAT(print, Contains("<li><a href=\"#hoofdstuk-3\"><span class=\"map-contents-title\">Plan "
                             "van aanpak</span> <span class=\"map-contents-type\">Formulier</span></a></li>"));
  CHECK_THAT(print, Contains("<h2 id=\"map-voor-de-trainer\">Over deze sectie</h2>"));
  CHECK_THAT(print, Contains("<section class=\"map-chapter map-form\" id=\"hoofdstuk-3\""));
  // Not searched: its pages are, on their own.
  CHECK(print.find("data-pagefind-body") == std::string::npos);
  // Links inside the chapters are relative to the print's own address.
  CHECK_THAT(print, Contains("href=\"../../formulieren/plan-van-aanpak/\""));
  CHECK(without_pdfs().file("processen/afdrukken/processen.pdf").empty());  // no PDF unless site.yaml asks
}

TEST_CASE("the home page, the glossary and a section of training maps have no section print",
          "[integration][training][print]") {
  REQUIRE(without_pdfs().run.exit_code == 0);
  CHECK(without_pdfs().files.count("afdrukken/index.html") == 0);
  CHECK(without_pdfs().files.count("begrippen/afdrukken/index.html") == 0);
  CHECK(without_pdfs().files.count("trainingen/afdrukken/index.html") == 0);  // each map is its own document
  CHECK(without_pdfs().file("begrippen/index.html").find("section-print") == std::string::npos);
  CHECK(without_pdfs().file("index.html").find("section-print") == std::string::npos);
}

TEST_CASE("with section_pdfs: true each section's print comes as a PDF with the version on every page",
          "[integration][training][print][pdf]") {
  if (run_program({"sh", "-c", "command -v weasyprint"}).out.empty()) {
    WARN("weasyprint not installed: the section PDF is not checked");
    return;
  }
  const BuiltPrints built(true);
  INFO(built.run.err);
  REQUIRE(built.run.exit_code == 0);
  CHECK_THAT(built.file("processen/index.html"), Contains("in één document, ook als pdf</span>"));
  CHECK_THAT(built.file("processen/afdrukken/index.html"),
             Contains("<a class=\"button map-pdf\" href=\"processen.pdf\" type=\"application/pdf\">Download deze "
                      "sectie als pdf</a>"));
  REQUIRE_FALSE(built.file("processen/afdrukken/processen.pdf").empty());
  const std::string pdf = (built.site.beside("out") / "processen/afdrukken/processen.pdf").string();
  const std::string text = run_program({"pdftotext", "-layout", pdf, "-"}).out;
  const int pages = std::stoi(run_program({"sh", "-c", "pdfinfo \"$0\" | sed -n 's/^Pages: *//p'", pdf}).out);
  CHECK(pages >= 4);  // cover, contents, the notes, two processes and a form
  CHECK_THAT(text, Contains("Inhoud"));
  CHECK_THAT(text, Contains("Intake"));
  CHECK_THAT(text, Contains("Nazorg"));
  CHECK_THAT(text, Contains("Plan van aanpak"));
  // The running foot counts every sheet.
  CHECK_THAT(text, Contains("Pagina " + std::to_string(pages) + " van " + std::to_string(pages)));
}

}  // namespace
}  // namespace handboek::testing
