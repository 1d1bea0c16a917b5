// language/findings_memo and check_language with a memo: findings
// remembered between builds come back exactly, and a change to a text's
// inputs (its file, the site's words) makes it checked again (issue 27).
#include "language/findings_memo.h"

#include <catch2/catch.hpp>

#include "language/language_check.h"
#include "model_fixture.h"
#include "source/working_tree_source.h"

using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::TempSite;
using Lines = std::vector<std::string>;
namespace language = handboek::language;

namespace {

language::LanguageTools& dutch() {
  static language::LanguageTools tools = language::load_language_tools({});
  return tools;
}

struct Checked {
  Lines lines;
  language::SpellingReport report;
};

Checked check(const TempSite& site, language::FindingsMemo* memo) {
  const auto fixture = load_fixture(site);
  REQUIRE(fixture.errors().empty());
  handboek::base::Diagnostics diagnostics;
  const handboek::source::WorkingTreeSource source(site.root());
  Checked checked;
  checked.report = language::check_language(fixture.model(), source, dutch(), 2, diagnostics,
                                            language::SpellingFindings::kClientPagesOnly, memo);
  checked.lines = handboek::testing::formatted(diagnostics);
  return checked;
}

constexpr std::string_view kPages = R"(
-- content/a.md --
---
title: Werkwijze
---
De klantmanager maakt een plan met de klant en bespreekt het in de Sprintreview van het team.
-- content/b.md --
---
title: Uitleg
doelgroep: klant
---
U bespreekt het plan in de Sprintreview met de klantmanagr.

Indien de belanghebbende niet voldoet aan de verplichtingen die voortvloeien uit de Participatiewet, kan het college besluiten tot verlaging van de uitkering gedurende een nader te bepalen periode.
)";

}  // namespace

TEST_CASE("a memo's dump reads back to the same findings, escapes and all", "[language][cache]") {
  language::FindingsMemo memo("salt");
  language::TextFindings findings;
  findings.found.push_back({"content/a\\b.md", 3, 7, handboek::base::Severity::kWarning, "twee\nregels \\n"});
  findings.found.push_back({"content/c.md", 0, 0, handboek::base::Severity::kError, ""});
  findings.unknown = {"klantmanagr", "klantmanagr", "a\\b"};
  findings.not_dutch = true;
  const std::string key = memo.key("site", "content/a.md", "bytes");
  memo.keep(key, findings);
  language::FindingsMemo next("salt");
  next.read(memo.dump());
  CHECK(next.recall(key) == findings);
  CHECK(next.dump() == memo.dump());
}

TEST_CASE("a memo key changes with the salt, the site, the path and the bytes", "[language][cache]") {
  const language::FindingsMemo memo("salt");
  const std::string key = memo.key("site", "content/a.md", "bytes");
  CHECK(language::FindingsMemo("other").key("site", "content/a.md", "bytes") != key);
  CHECK(memo.key("site2", "content/a.md", "bytes") != key);
  CHECK(memo.key("site", "content/b.md", "bytes") != key);
  CHECK(memo.key("site", "content/a.md", "bytes2") != key);
  CHECK(memo.key("sitecontent/a.md", "", "bytes") != key);
}

TEST_CASE("a damaged memo is ignored from where it breaks", "[language][cache]") {
  language::FindingsMemo memo("salt");
  memo.read("handboek-language-findings 1\nK abc 0 1 0\nnot a place\n");
  CHECK_FALSE(memo.recall("abc"));
  memo.read("iets anders\nK abc 0 0 0\n");
  CHECK_FALSE(memo.recall("abc"));
}

TEST_CASE("a warm language check gives the cold check's findings, and checks a changed input again",
          "[language][cache]") {
  TempSite site(kMinimalSite);
  site.write_all(kPages);
  const Checked cold = check(site, nullptr);
  REQUIRE(cold.lines.size() == 2);  // the misspelt word and the hard paragraph, both on the client page

  language::FindingsMemo first("salt");
  CHECK(check(site, &first).lines == cold.lines);
  language::FindingsMemo second("salt");
  second.read(first.dump());
  const Checked warm = check(site, &second);
  CHECK(warm.lines == cold.lines);
  CHECK(warm.report.unknown.at("Sprintreview").count == cold.report.unknown.at("Sprintreview").count);
  CHECK(warm.report.unknown.at("Sprintreview").files == cold.report.unknown.at("Sprintreview").files);
  CHECK(second.dump() == first.dump());

  // The word list is one of every text's inputs: the word is found again.
  site.write("woordenlijst.txt", "klantmanagr\n");
  language::FindingsMemo third("salt");
  third.read(second.dump());
  const Checked listed = check(site, &third);
  CHECK(listed.lines == check(site, nullptr).lines);
  CHECK(listed.lines.size() == 1);
}
