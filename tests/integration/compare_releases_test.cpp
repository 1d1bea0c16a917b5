// `handboek build` on a real repository with three releases: the current
// version compared with every older release ("Wat is er veranderd sinds
// <X>"), forms in every change list with a field-level diff, a paragraph
// rewritten beyond recognition shown as old beside new, no source paths.
#include <catch2/catch.hpp>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
namespace {

const GitSignature kAnne = handboek::testing::anne("2019-03-01T10:00:00+01:00");

std::string form_yaml(const std::string& title, const std::string& version, const std::string& fields) {
  return "title: " + title + "\nversion: " + version +
         "\npurpose: Wat vond je ervan?\nsections:\n  - title: Oordeel\n"
         "    fields:\n" +
         fields;
}

const char* kNameField = "      - id: naam\n        type: short_text\n        label: Naam\n";
const char* kScoreField =
    "      - id: oordeel\n        type: single_choice\n        label: Hoe was het?\n        options: [Goed, Matig]\n";
const char* kScoreFieldChanged =
    "      - id: oordeel\n        type: single_choice\n        label: Hoe was de training?\n        required: true\n"
    "        options: [Goed, Matig, Slecht]\n";

const char* kIntakeFirst = "De consulent belt de klant binnen vijf werkdagen na de melding.\n\nDaarna volgt een plan.";
const char* kIntakeRewritten =
    "Een gesprek op het kantoor van het wijkteam volgt zodra de aanvraag compleet is.\n\nDaarna volgt een goed plan.";

// The release notes of 2020.1: a title and Markdown, with raw HTML.
const char* kReleaseNotes =
    "Versie 2020.1: werken in koppels\n\nWat er veranderde:\n\n- de intake is herschreven\n- **nieuw**: "
    "werken in koppels <img src=x onerror=alert(1)>\n\nNog open: de evaluatie.\n";

// Three releases: 2019.1 (intake, overleg, one form), 2019.2 (a form added,
// overleg renamed), 2020.1 (intake rewritten, the first form's fields
// changed, the second form removed, a page added).
struct BuiltHistory {
  TempSite site{"-- site.yaml --\ntitle: Testhandboek\n"};
  fs::path out = site.beside("out");
  RunResult run;

  BuiltHistory() {
    const GitFixture repo(site.root());
    repo.write("content/_index.md", titled_page("Home", "Welkom."));
    repo.write("content/werkwijze/intake.md", titled_page("Intake", kIntakeFirst));
    repo.write("content/werkwijze/oud.md", titled_page("Overleg", "Het overleg is elke week op dinsdag."));
    repo.write("forms/evaluatie.yaml", form_yaml("Evaluatie", "1", std::string(kNameField) + kScoreField));
    repo.commit("Eerste versie", kAnne);
    repo.tag("v2019.1");

    repo.write("forms/aanmelding.yaml", form_yaml("Aanmelding", "1", kNameField));
    repo.commit("Aanmeldformulier toegevoegd", at(kAnne, "2019-06-01T10:00:00+02:00"));
    repo.move("content/werkwijze/oud.md", "content/werkwijze/overleg.md");
    repo.commit("Overleg hernoemd", at(kAnne, "2019-06-02T10:00:00+02:00"));
    repo.tag("v2019.2");

    repo.write("content/werkwijze/intake.md", titled_page("Intake", kIntakeRewritten));
    repo.commit("Intake herschreven", at(kAnne, "2020-01-10T10:00:00+01:00"));
    repo.write("forms/evaluatie.yaml", form_yaml("Evaluatie", "2", std::string(kNameField) + kScoreFieldChanged));
    repo.remove("forms/aanmelding.yaml");
    repo.write("content/werkwijze/nieuw.md", titled_page("Nieuwe werkwijze", "Consulenten werken in koppels."));
    repo.commit("Evaluatie aangepast, aanmelding vervallen", at(kAnne, "2020-01-11T10:00:00+01:00"));
    repo.annotated_tag("v2020.1", kReleaseNotes, at(kAnne, "2020-01-11T10:00:00+01:00"));
    run = run_handboek({"build", site.root().string(), "-o", out.string(), "--quiet"});
  }

  std::string html(std::string_view relative) const { return read_file(out / relative); }
};

const BuiltHistory& built() {
  static const BuiltHistory history;
  return history;
}

bool contains(const std::string& html, std::string_view text) {
  return html.find(text) != std::string::npos;
}

// The part of `html` from `start` up to the next `end`.
std::string between(const std::string& html, std::string_view start, std::string_view end) {
  const size_t from = html.find(start);
  if (from == std::string::npos) return "";
  const size_t to = html.find(end, from + start.size());
  return html.substr(from, to == std::string::npos ? std::string::npos : to - from);
}

TEST_CASE("the current version has a change page against every older release", "[history][versions][compare]") {
  REQUIRE(built().run.exit_code == 0);
  CHECK(built().run.diagnostics().empty());
  const std::map<std::string, std::string> files = read_tree(built().out);
  CHECK(files.count("wijzigingen/index.html") == 1);               // since 2019.2, the previous release
  CHECK(files.count("wijzigingen/sinds-2019.1/index.html") == 1);  // since any older one
  CHECK(files.count("wijzigingen/sinds-2019.2/index.html") == 0);  // that is /wijzigingen/ itself
  CHECK(files.count("versies/2019.2/wijzigingen/sinds-2019.1/index.html") == 0);
  const std::string since = built().html("wijzigingen/sinds-2019.1/index.html");
  CHECK(contains(since, "<h1>Wat is er veranderd sinds 2019.1</h1>"));
  CHECK(contains(since, "<title>Wat is er veranderd sinds 2019.1 — Testhandboek</title>"));
  CHECK(contains(since, "Vergelijking van versie 2020.1 met versie 2019.1 (1 maart 2019)."));
}

TEST_CASE("a change page against an older release lists the release notes of every release since, by release",
          "[history][versions][compare]") {
  const std::string notes =
      between(built().html("wijzigingen/sinds-2019.1/index.html"), "id=\"release-notes\"", "</section>");
  CHECK(contains(notes, "<h3>Versie 2020.1 <span class=\"version-day\">(11 januari 2020)</span></h3>"));
  CHECK(contains(notes, "<h3>Versie 2019.2 <span class=\"version-day\">(2 juni 2019)</span></h3>"));
  CHECK(notes.find("Evaluatie aangepast") < notes.find("Intake herschreven"));
  CHECK(notes.find("Intake herschreven") < notes.find("Versie 2019.2"));
  CHECK(notes.find("Versie 2019.2") < notes.find("Overleg hernoemd"));
  CHECK(notes.find("Overleg hernoemd") < notes.find("Aanmeldformulier toegevoegd"));
  // The page against the previous release has one group, without a heading.
  CHECK_FALSE(contains(built().html("wijzigingen/index.html"), "<h3>Versie 2020.1"));
}

TEST_CASE("an annotated tag's whole message is the release's story, as Markdown, on its change pages and /versies/",
          "[history][versions][compare]") {
  const char* story =
      "<div class=\"release-story\">\n<p>Wat er veranderde:</p>\n<ul>\n<li>de intake is herschreven</li>\n"
      "<li><strong>nieuw</strong>: werken in koppels <!-- raw HTML omitted --></li>\n</ul>\n<p>Nog open: de "
      "evaluatie.</p>\n";
  const std::string previous = built().html("wijzigingen/index.html");
  CHECK(contains(previous, "<p class=\"version-message\">Versie 2020.1: werken in koppels</p>"));
  CHECK(contains(previous, story));
  CHECK(previous.find(story) < previous.find("Evaluatie aangepast"));  // the story first, then the commits
  const std::string since = built().html("wijzigingen/sinds-2019.1/index.html");
  CHECK(contains(since, "<p class=\"release-title\">Versie 2020.1: werken in koppels</p>"));
  CHECK(contains(since, story));
  const std::string versions = built().html("versies/index.html");
  CHECK(contains(versions, "<summary>Toelichting bij versie 2020.1</summary>"));
  CHECK(contains(versions, story));
  CHECK_FALSE(contains(versions, "onerror"));
  CHECK_FALSE(contains(versions, "Toelichting bij versie 2019.2"));  // a lightweight tag has no story
}

TEST_CASE("changes add up over the releases skipped: a form that came and went is in neither list",
          "[history][versions][compare]") {
  const std::string since = built().html("wijzigingen/sinds-2019.1/index.html");
  CHECK(between(since, "<h2 id=\"nieuw\">", "</section>") ==
        "<h2 id=\"nieuw\">Nieuwe pagina's</h2>\n  <ul><li><a href=\"../../werkwijze/nieuw/\">Nieuwe "
        "werkwijze</a></li></ul>\n");
  CHECK_FALSE(contains(since, "id=\"vervallen\""));
  CHECK(contains(since,
                 "<li><a href=\"../../werkwijze/overleg/\">Overleg</a> <span class=\"moved\">(was: <a "
                 "href=\"../../versies/2019.1/werkwijze/oud/\">Overleg</a>, /werkwijze/oud/)</span></li>"));
}

TEST_CASE("forms are new, changed and removed in the change lists like pages", "[history][versions][compare]") {
  const std::string older = built().html("versies/2019.2/wijzigingen/index.html");
  CHECK(contains(older,
                 "<li><a href=\"../formulieren/aanmelding/\">Aanmelding</a> <span "
                 "class=\"item-kind\">(formulier)</span></li>"));
  const std::string current = built().html("wijzigingen/index.html");
  CHECK(
      between(current, "<h2 id=\"vervallen\">", "</section>") ==
      "<h2 id=\"vervallen\">Vervallen pagina's</h2>\n  <ul><li><a "
      "href=\"../versies/2019.2/formulieren/aanmelding/\">Aanmelding</a> <span class=\"item-kind\">(formulier)</span> "
      "<span class=\"removed-from\">(in versie 2019.2)</span></li></ul>\n");
  CHECK(contains(current,
                 "<li><a href=\"#wijziging-formulier-evaluatie\">Evaluatie</a> <span "
                 "class=\"item-kind\">(formulier)</span></li>"));
  // /versies/ counts forms with the pages: 2020.1 adds a page, changes the
  // intake and a form, and removes a form.
  const std::string versions = built().html("versies/index.html");
  CHECK(contains(versions,
                 "<td class=\"version-count\" data-label=\"Nieuw\">1</td><td class=\"version-count\" "
                 "data-label=\"Gewijzigd\">2</td><td class=\"version-count\" "
                 "data-label=\"Vervallen\">1</td>"));
}

TEST_CASE("a changed form shows which fields changed", "[history][versions][compare]") {
  const std::string diff =
      between(built().html("wijzigingen/index.html"), "id=\"wijziging-formulier-evaluatie\"", "</section>");
  CHECK(contains(diff, "<a href=\"../formulieren/evaluatie/\">Formulier: Evaluatie</a>"));
  CHECK(contains(diff, "<p class=\"diff-changed\">Versie van het formulier: <del>1</del> <ins>2</ins></p>"));
  CHECK(contains(diff, "<p class=\"diff-context\">Veld Naam (kort antwoord).</p>"));
  CHECK(contains(diff,
                 "<p class=\"diff-changed\">Veld Hoe was <del>het?</del> <ins>de training?</ins> (één "
                 "<del>keuze).</del> <ins>keuze, verplicht).</ins> Keuzes: Goed; <del>Matig.</del> <ins>Matig; "
                 "Slecht.</ins></p>"));
  // closed under its title, with its counts
  CHECK(contains(diff, "<details class=\"diff-details\">"));
  CHECK(contains(diff,
                 "<summary class=\"diff-samenvatting\">Toon de wijzigingen <span class=\"diff-tellingen\">(2 "
                 "alinea's, 4 woorden weg, 7 woorden erbij)</span></summary>"));
}

TEST_CASE("a paragraph rewritten beyond recognition stands old beside new; an edit stays word by word",
          "[history][versions][compare]") {
  const std::string diff =
      between(built().html("wijzigingen/index.html"), "id=\"wijziging-werkwijze-intake\"", "</section>");
  CHECK(contains(diff,
                 "<div class=\"diff-old\"><p class=\"diff-label\">Was</p><p><del>De consulent belt de klant "
                 "binnen vijf werkdagen na de melding.</del></p></div>"));
  CHECK(contains(diff,
                 "<div class=\"diff-new\"><p class=\"diff-label\">Wordt</p><p><ins>Een gesprek op het "
                 "kantoor van het wijkteam volgt zodra de aanvraag compleet is.</ins></p></div>"));
  CHECK(contains(diff, "<p class=\"diff-changed\">Daarna volgt een <ins>goed</ins> plan.</p>"));
}

TEST_CASE("change pages name pages by title and address, never by source file", "[history][versions][compare]") {
  for (const char* path : {"wijzigingen/index.html", "wijzigingen/sinds-2019.1/index.html",
                           "versies/2019.2/wijzigingen/index.html", "versies/index.html"}) {
    const std::string html = built().html(path);
    INFO(path);
    CHECK_FALSE(contains(html, "content/"));
    CHECK_FALSE(contains(html, ".md"));
    CHECK_FALSE(contains(html, ".yaml"));
  }
}

TEST_CASE("/versies/ and the current change page link every comparison with an older release",
          "[history][versions][compare]") {
  const std::string versions = between(built().html("versies/index.html"), "<h2 id=\"vergelijk\">", "</section>");
  CHECK(contains(versions,
                 "<li><a href=\"../wijzigingen/\">Wat is er veranderd sinds 2019.2</a> <span "
                 "class=\"version-day\">(2 juni 2019)</span></li>"));
  CHECK(contains(versions, "<li><a href=\"../wijzigingen/sinds-2019.1/\">Wat is er veranderd sinds 2019.1</a>"));
  const std::string current =
      between(built().html("wijzigingen/index.html"), "<nav class=\"compare-versions\"", "</nav>");
  CHECK(contains(current, "<li><a href=\"./\" aria-current=\"page\">versie 2019.2</a>"));
  CHECK(contains(current, "<li><a href=\"sinds-2019.1/\">versie 2019.1</a>"));
  const std::string since =
      between(built().html("wijzigingen/sinds-2019.1/index.html"), "<nav class=\"compare-versions\"", "</nav>");
  CHECK(contains(since, "<li><a href=\"../\">versie 2019.2</a>"));
  CHECK(contains(since, "<li><a href=\"./\" aria-current=\"page\">versie 2019.1</a>"));
  // An older release's own change page compares only with the release before it.
  CHECK_FALSE(contains(built().html("versies/2019.2/wijzigingen/index.html"), "compare-versions"));
}

}  // namespace
}  // namespace handboek::testing
