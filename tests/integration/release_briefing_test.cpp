// "Wat verandert er voor ons" (issue 30 item 3): every release of an
// organisation's edition has a briefing at <version>/wijzigingen/voor-ons/
// with the pages that changed for it in reading order, its own local blocks
// that changed (and no other organisation's), the forms with their field
// changes and the release notes; the regional site has none. Built on the
// demo history (scripts/make-demo-history.sh: v2019.1, v2019.2, v2020.1) with
// `build --alle-edities`, once for the file; the [pdf] case prints it.
#include <catch2/catch.hpp>
#include <filesystem>

#include "temp_site.h"

namespace handboek::testing {
namespace {

using Catch::Matchers::Contains;

constexpr const char* kBriefing = "wijzigingen/voor-ons/index.html";
constexpr const char* kOldBriefing = "versies/2019.2/wijzigingen/voor-ons/index.html";

// The demo history in a folder of its own, and `build --alle-edities` of it
// into OUT (regional), OUT-buch, OUT-halte-werk and OUT-wnk.
struct DemoEditions {
  TempDir dir;
  fs::path repo = dir.path() / "demo";
  RunResult made;
  RunResult cold;

  DemoEditions() {
    made = run_program({(source_dir() / "scripts/make-demo-history.sh").string(), repo.string()});
    if (made.exit_code == 0) cold = build("out");
  }
  // `build --alle-edities` without PDFs, with the site's default build
  // caches; with `pdfs`, only BUCH's edition, printed, without a cache (its
  // key differs: the other builds' entries stay).
  RunResult build(const std::string& out, bool pdfs = false, bool quiet = true) const {
    std::vector<std::string> command{"env"};
    if (!pdfs) command.push_back("HANDBOEK_WEASYPRINT=off");
    for (const std::string& arg :
         {handboek_binary(), std::string("build"), repo.string(), std::string("-o"), (dir.path() / out).string()}) {
      command.push_back(arg);
    }
    if (quiet) command.push_back("-q");
    if (pdfs) {
      for (const char* arg : {"--organisatie", "buch", "--no-cache"}) command.push_back(arg);
    } else {
      command.push_back("--alle-edities");
    }
    return run_program(command);
  }
  std::string read(const std::string& out, const std::string& path) const { return read_file(dir.path() / out / path); }
  bool exists(const std::string& out, const std::string& path) const { return fs::exists(dir.path() / out / path); }
};

const DemoEditions& demo() {
  static const DemoEditions built;
  return built;
}

// The part of a page between `from` and `to` (both included when found).
std::string between(const std::string& page, std::string_view from, std::string_view to) {
  const size_t start = page.find(from);
  if (start == std::string::npos) return "";
  const size_t end = page.find(to, start);
  return page.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

size_t position(const std::string& text, std::string_view part) {
  const size_t at = text.find(part);
  INFO(part);
  CHECK(at != std::string::npos);
  return at;
}

void require_built() {
  INFO(demo().made.err);
  REQUIRE(demo().made.exit_code == 0);
  INFO(demo().cold.err);
  REQUIRE(demo().cold.exit_code == 0);
}

}  // namespace

TEST_CASE("every release of an edition has a briefing; the regional site has none", "[integration][briefing]") {
  require_built();
  for (const char* out : {"out-buch", "out-halte-werk", "out-wnk"}) {
    INFO(out);
    CHECK(demo().exists(out, kBriefing));                                               // 2020.1 against 2019.2
    CHECK(demo().exists(out, kOldBriefing));                                            // 2019.2 against 2019.1
    CHECK_FALSE(demo().exists(out, "versies/2019.1/wijzigingen/voor-ons/index.html"));  // the first release
  }
  CHECK_FALSE(demo().exists("out", kBriefing));
  CHECK_FALSE(demo().exists("out", kOldBriefing));
  // Reachable from the list of versions and from the release's change page.
  const std::string versions = demo().read("out-buch", "versies/index.html");
  CHECK_THAT(versions, Contains("<a class=\"briefing-link\" href=\"../wijzigingen/voor-ons/\">Wat verandert er voor "
                                "BUCH</a>"));
  CHECK_THAT(versions, Contains("href=\"2019.2/wijzigingen/voor-ons/\">Wat verandert er voor BUCH</a>"));
  CHECK_THAT(demo().read("out-buch", "wijzigingen/index.html"),
             Contains("<a href=\"voor-ons/\">Wat verandert er voor BUCH</a>"));
  // And from the version bar of every page of the release.
  CHECK_THAT(demo().read("out-buch", "processen/mens-in-beeld/index.html"),
             Contains("href=\"../../wijzigingen/voor-ons/\">Wat verandert er voor ons</a>"));
  CHECK_THAT(demo().read("out-buch", "versies/2019.2/index.html"),
             Contains("href=\"wijzigingen/voor-ons/\">Wat verandert er voor ons</a>"));
  CHECK_THAT(demo().read("out-buch", "versies/2019.1/index.html"), !Contains("voor-ons"));
  CHECK_THAT(demo().read("out", "processen/mens-in-beeld/index.html"), !Contains("voor-ons"));
  CHECK_THAT(demo().read("out", "versies/index.html"), !Contains("voor-ons"));
  CHECK_THAT(demo().read("out", "wijzigingen/index.html"), !Contains("voor-ons"));
  // The root's pages "since an older release" are no release's own page:
  // only the version bar above them links the briefing.
  CHECK_THAT(between(demo().read("out-buch", "wijzigingen/sinds-2019.1/index.html"), "<main", "</main>"),
             !Contains("voor-ons"));
}

TEST_CASE("a briefing lists the pages that changed for the organisation, in the order of the handbook",
          "[integration][briefing]") {
  require_built();
  const std::string buch = demo().read("out-buch", kBriefing);
  const std::string halte = demo().read("out-halte-werk", kBriefing);
  CHECK_THAT(buch, Contains("<title>Wat verandert er voor BUCH"));
  CHECK_THAT(buch, Contains("<h1>Wat verandert er voor BUCH</h1>"));
  CHECK_THAT(buch, Contains("vergeleken met versie 2019.2"));
  // Changed, new and moved pages, linked; a changed one to its diff too.
  const std::string pages = between(buch, "<h2 id=\"paginas\">", "<h2 id=\"formulieren\">");
  CHECK_THAT(pages, Contains("<a href=\"../../processen/moreel-beraad/\">Moreel beraad</a>"));
  CHECK_THAT(pages, Contains("href=\"../#wijziging-processen-moreel-beraad\""));
  CHECK_THAT(pages, Contains(">Jan, zonder huis en zonder inkomen</a>"));  // the casus, new in 2020.1
  // Sociaal wijkteam is a page for BUCH only: in its briefing, not in
  // Halte Werk's.
  CHECK_THAT(pages, Contains(">Sociaal wijkteam</a>"));
  CHECK_THAT(halte, !Contains("Sociaal wijkteam"));
  CHECK_THAT(halte, Contains(">Moreel beraad</a>"));
  // In the order of the navigation: the sections as the menu lists them.
  const std::string home = demo().read("out-buch", "index.html");
  const std::string menu = between(home, "id=\"site-menu\"", "</nav>");
  REQUIRE_FALSE(menu.empty());
  const bool processes_first = position(menu, ">Processen<") < position(menu, ">Begrippen<");
  CHECK((position(pages, "<h3>Processen</h3>") < position(pages, "<h3>Begrippen</h3>")) == processes_first);
  // Short: no word diffs, one line per page.
  CHECK_THAT(buch, !Contains("<del"));
  CHECK_THAT(buch, !Contains("class=\"diff\""));
}

TEST_CASE("a briefing shows the organisation's own local blocks that changed, and no other organisation's",
          "[integration][briefing]") {
  require_built();
  const std::string buch = demo().read("out-buch", kBriefing);
  const std::string halte = demo().read("out-halte-werk", kBriefing);
  const std::string own_buch = between(buch, "<h2 id=\"onze-afspraken\">", "<h2 id=\"paginas\">");
  const std::string own_halte = between(halte, "<h2 id=\"onze-afspraken\">", "<h2 id=\"paginas\">");
  REQUIRE_FALSE(own_buch.empty());
  REQUIRE_FALSE(own_halte.empty());
  CHECK_THAT(own_buch, Contains("De lokale afspraken van BUCH"));
  // The casus Jan is new in 2020.1 and has a block of each organisation.
  CHECK_THAT(own_buch, Contains("Jan, zonder huis en zonder inkomen"));
  CHECK_THAT(own_buch, Contains("(nieuwe afspraak)"));
  // Each sees its own text; the other's text is in neither's list.
  const std::string jan = read_file(demo().repo / "content/casussen/jan.md");
  const auto block_line = [&](const std::string& organisation) {
    const size_t fence = jan.find("```lokaal " + organisation);
    REQUIRE(fence != std::string::npos);
    const size_t start = jan.find_first_not_of(" \n", jan.find('\n', fence));
    return jan.substr(start, jan.find('\n', start) - start);
  };
  const std::string buch_jan = block_line("buch").substr(0, 40);
  const std::string halte_jan = block_line("halte-werk").substr(0, 40);
  CHECK_THAT(own_buch, Contains(buch_jan));
  CHECK_THAT(own_buch, !Contains(halte_jan));
  CHECK_THAT(own_halte, Contains(halte_jan));
  CHECK_THAT(own_halte, !Contains(buch_jan));
  // A changed block shows what it was and what it becomes.
  CHECK_THAT(own_buch, Contains("<p class=\"diff-label\">Was</p>"));
  CHECK_THAT(own_buch, Contains("<p class=\"diff-label\">Wordt</p>"));
}

TEST_CASE("a briefing lists new and changed forms with their field changes, and the release notes",
          "[integration][briefing]") {
  require_built();
  const std::string buch = demo().read("out-buch", kBriefing);
  const std::string forms = between(buch, "<h2 id=\"formulieren\">", "<h2 id=\"waarom\">");
  REQUIRE_FALSE(forms.empty());
  // New in 2020.1: summed up, not every question.
  CHECK_THAT(forms, Contains("nieuw formulier met"));
  // Changed since 2019.2: plan van aanpak, with its questions compared.
  CHECK_THAT(forms, Contains(">Plan van Aanpak</a>"));
  CHECK_THAT(forms, Contains("heette eerst „Wat wil de klant bereiken?”"));
  CHECK_THAT(forms, Contains("Nieuwe vraag: <strong>"));
  // The release notes: the tag's message and the commits.
  const std::string notes = between(buch, "<h2 id=\"waarom\">", "</article>");
  CHECK_THAT(notes, Contains("de lessen uit het eindverslag van de pilots"));
  CHECK_THAT(notes, Contains("Moreel beraad: gedeeld oordeel in plaats van doorzettingsmacht"));
  // 2019.2 against 2019.1: its own notes, not 2020.1's.
  const std::string old = demo().read("out-buch", kOldBriefing);
  CHECK_THAT(old, Contains("vergeleken met versie 2019.1"));
  CHECK_THAT(old, !Contains("de lessen uit het eindverslag"));
  CHECK_THAT(old, Contains(">Moreel beraad</a>"));  // new in 2019.2
}

TEST_CASE("a warm build restores the briefings byte for byte as a cold build made them",
          "[integration][briefing][cache]") {
  require_built();
  const RunResult warm = demo().build("warm", false, false);
  INFO(warm.err);
  REQUIRE(warm.exit_code == 0);
  // Every release of the regional site and of each edition came from the cache.
  size_t restored = 0;
  for (size_t at = warm.err.find("(3 uit de buildcache)"); at != std::string::npos;
       at = warm.err.find("(3 uit de buildcache)", at + 1)) {
    ++restored;
  }
  CHECK(restored == 4);
  // The releases came from the edition's cache, which holds the briefing
  // (an entry's manifest lists each file it keeps by its path).
  bool cached = false;
  for (const auto& entry : fs::directory_iterator(demo().repo / ".handboek-cache-editie-buch")) {
    cached =
        cached || (entry.is_directory() && fs::exists(entry.path() / "manifest") &&
                   read_file(entry.path() / "manifest").find(" " + std::string(kBriefing) + "\n") != std::string::npos);
  }
  CHECK(cached);
  for (const char* edition : {"-buch", "-halte-werk", "-wnk", ""}) {
    const auto cold = read_tree(demo().dir.path() / ("out" + std::string(edition)));
    const auto again = read_tree(demo().dir.path() / ("warm" + std::string(edition)));
    INFO(edition);
    CHECK(cold.size() == again.size());
    CHECK(cold == again);
  }
}

TEST_CASE("the briefing's PDF holds its text", "[integration][briefing][pdf]") {
  if (run_program({"sh", "-c", "command -v weasyprint"}).out.empty()) {
    WARN("weasyprint not installed: the briefing's PDF is not checked");
    return;
  }
  require_built();
  const RunResult printed = demo().build("pdf", true);
  INFO(printed.err);
  REQUIRE(printed.exit_code == 0);
  const std::string page = demo().read("pdf", kBriefing);
  CHECK_THAT(page, Contains("<a class=\"button briefing-pdf\" href=\"wat-verandert-er-buch-"));
  const std::string pdf_name = between(page, "wat-verandert-er-buch-", "\"");
  REQUIRE(pdf_name.size() > 4);
  const fs::path pdf = demo().dir.path() / "pdf/wijzigingen/voor-ons" / pdf_name;
  REQUIRE(fs::exists(pdf));
  const std::string text = run_program({"pdftotext", "-layout", pdf.string(), "-"}).out;
  CHECK_THAT(text, Contains("Wat verandert er voor BUCH"));
  CHECK_THAT(text, Contains("Onze eigen afspraken"));
  CHECK_THAT(text, Contains("Moreel beraad"));
  CHECK_THAT(text, Contains("Plan van Aanpak"));
  const int pages = std::stoi(run_program({"sh", "-c", "pdfinfo \"$0\" | sed -n 's/^Pages: *//p'", pdf.string()}).out);
  CHECK(pages <= 8);  // a few pages for the meeting
  // The older release's briefing is printed too.
  CHECK(demo().exists("pdf", "versies/2019.2/wijzigingen/voor-ons/wat-verandert-er-buch-2019-2.pdf"));
}

}  // namespace handboek::testing
