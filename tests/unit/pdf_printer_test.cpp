// output/pdf_printer: the weasyprint lookup, and the URL fetcher that keeps
// untrusted content from reading files outside the output folder or the
// network. Runs the real weasyprint (skipped where it is not installed) and
// reads the PDF back with poppler's pdftotext.
#include "output/pdf_printer.h"

#include <catch2/catch.hpp>
#include <cstdio>

#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::output::find_pdf_tool;
using handboek::output::print_pdfs;
using handboek::testing::read_file;
using handboek::testing::TempDir;
using handboek::testing::write_file;
namespace fs = std::filesystem;

namespace {

std::string pdf_text(const fs::path& pdf) {
  std::string out;
  FILE* pipe = ::popen(("pdftotext " + pdf.string() + " -").c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  size_t count;
  while ((count = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, count);
  ::pclose(pipe);
  return out;
}

std::string svg_saying(const std::string& word) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><text x=\"0\" y=\"30\">" + word +
         "</text></svg>";
}

}  // namespace

TEST_CASE("the PDFs are off when asked or when weasyprint is not found", "[output][pdf]") {
  CHECK_FALSE(find_pdf_tool("off", "/usr/bin").available());
  CHECK(find_pdf_tool("off", "/usr/bin").off_reason == "HANDBOEK_WEASYPRINT=off zet ze uit");
  CHECK_FALSE(find_pdf_tool("", "/usr/bin").available());
  const TempDir empty;
  const auto missing = find_pdf_tool(nullptr, empty.path().string());
  CHECK_FALSE(missing.available());
  CHECK_THAT(missing.off_reason, Contains("weasyprint niet gevonden"));
  const auto not_a_file = find_pdf_tool((empty.path() / "nope").c_str(), "");
  CHECK_FALSE(not_a_file.available());
  CHECK_THAT(not_a_file.off_reason, Contains("geen uitvoerbaar bestand"));
}

TEST_CASE("weasyprint reads files inside the site folder only, and nothing from the network", "[output][pdf]") {
  const auto tool = find_pdf_tool(nullptr, "/usr/bin:/bin");
  if (!tool.available()) {
    WARN("weasyprint is not installed: " << tool.off_reason);
    return;
  }
  const TempDir dir;
  const fs::path site = dir.path() / "site";
  write_file(site / "binnen.svg", svg_saying("BINNENWOORD"));
  write_file(dir.path() / "geheim.svg", svg_saying("GEHEIMWOORD"));
  fs::create_symlink(dir.path() / "geheim.svg", site / "link.svg");
  write_file(site / "map/index.html",
             "<!doctype html><html><body><p>Tekst van de map</p>"
             "<img src=\"../binnen.svg\">"
             "<img src=\"../../geheim.svg\">"
             "<img src=\"file://" +
                 (dir.path() / "geheim.svg").string() +
                 "\">"
                 "<img src=\"../link.svg\">"
                 "<img src=\"http://127.0.0.1:9/extern.svg\">"
                 "<img src=\"https://handboek.example.test/ook-binnen.svg\">"
                 "<a href=\"../processen/intake/\">intake</a>"
                 "</body></html>");
  write_file(site / "ook-binnen.svg", svg_saying("OOKBINNEN"));
  const auto result = print_pdfs(tool, site, "https://handboek.example.test/", {{"map/index.html", "map/map.pdf"}});
  INFO(result.message());
  REQUIRE(result.ok());
  const std::string text = pdf_text(site / "map/map.pdf");
  CHECK_THAT(text, Contains("Tekst van de map"));
  CHECK_THAT(text, Contains("BINNENWOORD"));
  CHECK_THAT(text, Contains("OOKBINNEN"));  // the site's own address is read from the folder
  CHECK_THAT(text, !Contains("GEHEIMWOORD"));
  // Links lead to the public site; no path of the build machine is in the file.
  const std::string bytes = read_file(site / "map/map.pdf");
  CHECK_THAT(bytes, Contains("https://handboek.example.test/processen/intake/"));
  CHECK_THAT(bytes, !Contains(dir.path().string()));
}

TEST_CASE("a failing weasyprint abandons the build with its own output", "[output][pdf]") {
  const auto tool = find_pdf_tool(nullptr, "/usr/bin:/bin");
  if (!tool.available()) return;
  const TempDir dir;
  const auto result = print_pdfs(tool, dir.path(), "/", {{"missing/index.html", "missing/missing.pdf"}});
  CHECK_FALSE(result.ok());
  CHECK_THAT(result.message(), Contains("de pdf's van de trainingsmappen zijn mislukt"));
  CHECK_THAT(result.message(), Contains("HANDBOEK_WEASYPRINT=off"));
}
