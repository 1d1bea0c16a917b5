// Glossary history on a real repository: each term's entry on the glossary
// page says who changed it last and when, and the glossary page's own
// history merges its terms' changes (one entry per commit, naming the terms).
#include <catch2/catch.hpp>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
namespace {

const GitSignature kAnne = handboek::testing::anne("2019-03-01T10:00:00+01:00");
const GitSignature kBram{"Bram Bakker", "bram@example.org", "2019-05-02T09:00:00+02:00"};
const GitSignature kJose{"José Müller", "jose@example.org", "2019-06-03T11:00:00+02:00"};

std::string term(const std::string& title, const std::string& definition) {
  return "---\ntitle: " + title + "\ndefinition: " + definition + "\n---\n";
}

struct BuiltGlossary {
  TempSite site{"-- site.yaml --\ntitle: Testhandboek\n"};
  fs::path out = site.beside("out");
  RunResult run;

  BuiltGlossary() {
    const GitFixture repo(site.root());
    repo.write("content/_index.md", "---\ntitle: Home\n---\nWelkom.\n");
    repo.write("content/begrippen/_index.md", "---\ntitle: Begrippen\n---\nDe woorden van het handboek.\n");
    repo.write("content/begrippen/poort.md", term("Poort", "De plek waar een aanvraag binnenkomt."));
    repo.write("content/begrippen/regie.md", term("Regie", "Wie de touwtjes in handen heeft."));
    repo.commit("Eerste begrippen", kAnne);
    repo.write("content/begrippen/poort.md", term("Poort", "De plek waar een aanvraag voor werk binnenkomt."));
    repo.commit("Poort scherper omschreven", kBram);
    repo.write("content/begrippen/regie.md", term("Regie", "Wie de afspraken met de klant bewaakt."));
    repo.write("content/begrippen/poort.md", term("Poort", "De plek waar elke aanvraag voor werk binnenkomt."));
    repo.commit("Regie en poort na de evaluatie", kJose);
    run = run_handboek({"build", site.root().string(), "-o", out.string(), "--quiet"});
  }
};

const BuiltGlossary& built() {
  static const BuiltGlossary glossary;
  return glossary;
}

std::string glossary_html() {
  return read_file(built().out / "begrippen/index.html");
}

// The part of `html` from `start` up to the next `end`.
std::string between(const std::string& html, std::string_view start, std::string_view end) {
  const size_t from = html.find(start);
  if (from == std::string::npos) return "";
  return html.substr(from, html.find(end, from + start.size()) - from);
}

bool contains(const std::string& html, std::string_view text) {
  return html.find(text) != std::string::npos;
}

TEST_CASE("each term on the glossary page says who changed it last and when", "[history][glossary]") {
  REQUIRE(built().run.exit_code == 0);
  const std::string html = glossary_html();
  CHECK(contains(between(html, "id=\"poort\"", "</div>"),
                 "<p class=\"term-changed\" data-pagefind-ignore>Laatst gewijzigd <time datetime=\"2019-06-03\">3 juni "
                 "2019</time> door José Müller</p>"));
  CHECK(contains(between(html, "id=\"regie\"", "</div>"),
                 "<p class=\"term-changed\" data-pagefind-ignore>Laatst gewijzigd <time datetime=\"2019-06-03\">3 juni "
                 "2019</time> door José Müller</p>"));
}

TEST_CASE("the glossary page's history merges its terms' histories, one entry per commit", "[history][glossary]") {
  const std::string html = glossary_html();
  CHECK(contains(html,
                 "<p class=\"last-changed\">Laatst gewijzigd <time datetime=\"2019-06-03\">3 juni 2019</time> "
                 "door José Müller"));
  const std::string list = between(html, "<ol class=\"history-list\">", "</ol>");
  CHECK(contains(list,
                 "<li><time datetime=\"2019-06-03\">3 juni 2019</time> — José Müller: Regie en poort na de "
                 "evaluatie <span class=\"history-terms\">(begrip <a href=\"#poort\">Poort</a>, <a "
                 "href=\"#regie\">Regie</a>)</span></li>"));
  CHECK(contains(list,
                 "<li><time datetime=\"2019-05-02\">2 mei 2019</time> — Bram Bakker: Poort scherper omschreven "
                 "<span class=\"history-terms\">(begrip <a href=\"#poort\">Poort</a>)</span></li>"));
  // The first commit made the page and both terms: one entry, naming both.
  CHECK(contains(list,
                 "<li><time datetime=\"2019-03-01\">1 maart 2019</time> — Anne de Vries: Eerste begrippen "
                 "<span class=\"history-terms\">(begrip <a href=\"#poort\">Poort</a>, <a "
                 "href=\"#regie\">Regie</a>)</span></li>"));
  CHECK(list.find("3 juni 2019") < list.find("2 mei 2019"));
  CHECK(list.find("2 mei 2019") < list.find("1 maart 2019"));
}

}  // namespace
}  // namespace handboek::testing
