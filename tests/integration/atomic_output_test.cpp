// A failed build leaves the previous output folder byte for byte as it was;
// a successful one replaces it whole; a folder handboek did not make is
// never touched.
#include <catch2/catch.hpp>

#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::testing::read_tree;
using handboek::testing::run_handboek;
using handboek::testing::RunResult;
using handboek::testing::TempSite;
namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

namespace {

RunResult build(const TempSite& site, const std::string& out = "out") {
  return run_handboek({"build", site.root().string(), "-o", site.beside(out).string(), "--quiet"});
}

// The diagnostics about the content, without the note that the site folder
// is not a git repository (fixtures live in plain temp folders).
Lines content_diagnostics(const RunResult& run) {
  Lines lines;
  for (const std::string& line : run.diagnostics()) {
    if (line.rfind(".: warning: geen git-repository", 0) != 0) lines.push_back(line);
  }
  return lines;
}

Lines names_beside(const TempSite& site) {
  Lines names;
  for (const auto& entry : fs::directory_iterator(site.beside(""))) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// Three mistakes in two files of the basic fixture: a broken link (line 8),
// an unknown organisation (line 10) and a weight that is not a number (line 4).
constexpr std::string_view kThreeMistakes = R"(
-- content/over/visie.md --
---
title: Visie
summary: Waarom we dit doen.
organisations: [buch]
---
## Uitgangspunt

Wij werken samen met [de partners](partners.md).

```lokaal wnk
Bij WNK gaat het anders.
```
-- content/processen/nazorg.md --
---
title: Nazorg
summary: Na de uitstroom.
weight: twintig
steps:
  - id: evaluatie
    title: Evaluatie
    competencies: [luisteren]
---
Na zes maanden evalueren we.
)";

}  // namespace

TEST_CASE("three mistakes give exactly three errors and leave the previous site as it was", "[integration][atomic]") {
  TempSite site = TempSite::from_fixture("sites/basic");
  const RunResult first = build(site);
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  const auto before = read_tree(site.beside("out"));
  REQUIRE(before.count("over/visie/index.html"));

  site.write_all(kThreeMistakes);
  const RunResult second = build(site);
  INFO(second.err);
  CHECK(second.exit_code == 1);
  const Lines expected = {
      "content/over/visie.md:8:22: error: link naar een pagina die niet bestaat: 'content/over/partners.md'",
      "content/over/visie.md:10:1: error: onbekende organisatie 'wnk' in een lokaal-blok",
      "content/processen/nazorg.md:4:9: error: 'weight' moet een heel getal zijn",
  };
  CHECK(content_diagnostics(second) == expected);
  CHECK_THAT(second.err, Contains("handboek: 3 fout(en); niets geschreven"));
  CHECK(read_tree(site.beside("out")) == before);
  CHECK(names_beside(site) == Lines{"out", "site"});
}

TEST_CASE("check reports the same three mistakes and writes nothing", "[integration][atomic]") {
  TempSite site = TempSite::from_fixture("sites/basic");
  site.write_all(kThreeMistakes);
  const RunResult check = run_handboek({"check", site.root().string()});
  CHECK(check.exit_code == 1);
  CHECK(check.errors().size() == 3);
  CHECK(names_beside(site) == Lines{"site"});
  CHECK_FALSE(fs::exists(site.root() / "public"));
}

TEST_CASE("a successful rebuild replaces the whole previous site", "[integration][atomic]") {
  TempSite site = TempSite::from_fixture("sites/basic");
  REQUIRE(build(site).exit_code == 0);
  REQUIRE(fs::exists(site.beside("out") / "processen" / "nazorg" / "index.html"));

  fs::remove(site.root() / "content" / "processen" / "nazorg.md");
  site.write("content/processen/intake.md",
             "---\ntitle: Intake vernieuwd\nsteps:\n  - id: aanmelding\n    title: Aanmelding\n  - id: plan\n"
             "    title: Plan\n---\n");  // the casus fatima follows step plan
  site.write("content/over/visie.md", "---\ntitle: Visie\n---\n");
  site.write("content/competenties/klantmanager.md",
             "---\ntitle: Klantmanager\ncompetencies:\n  - id: luisteren\n    name: L\n    definition: D\n---\n");
  const RunResult rebuilt = build(site);
  INFO(rebuilt.err);
  REQUIRE(rebuilt.exit_code == 0);
  CHECK_FALSE(fs::exists(site.beside("out") / "processen" / "nazorg"));
  CHECK_THAT(handboek::testing::read_file(site.beside("out") / "processen" / "intake" / "index.html"),
             Contains("Intake vernieuwd"));
  CHECK(names_beside(site) == Lines{"out", "site"});
}

TEST_CASE("a build refuses to replace a folder it did not make", "[integration][atomic]") {
  TempSite site = TempSite::from_fixture("sites/basic");
  handboek::testing::write_file(site.beside("out") / "belangrijk.txt", "niet weggooien");
  const RunResult run = build(site);
  CHECK(run.exit_code == 3);  // an environment failure, not a content error
  CHECK_THAT(run.err, Contains("is niet leeg en is niet door handboek gemaakt; handboek vervangt het niet"));
  CHECK(read_tree(site.beside("out")) == std::map<std::string, std::string>{{"belangrijk.txt", "niet weggooien"}});
  CHECK(names_beside(site) == Lines{"out", "site"});
}

TEST_CASE("a build refuses an output folder that holds the site", "[integration][atomic]") {
  TempSite site = TempSite::from_fixture("sites/basic");
  const auto before = read_tree(site.root());
  const RunResult run = run_handboek({"build", site.root().string(), "-o", site.beside("").string(), "--quiet"});
  CHECK(run.exit_code == 3);
  CHECK_THAT(run.err, Contains("mag de map van de site niet bevatten"));
  CHECK(read_tree(site.root()) == before);
}

TEST_CASE("the default output folder is public inside the site and can be rebuilt", "[integration][atomic]") {
  TempSite site = TempSite::from_fixture("sites/basic");
  REQUIRE(run_handboek({"build", site.root().string(), "--quiet"}).exit_code == 0);
  CHECK(fs::exists(site.root() / "public" / ".handboek-site"));
  REQUIRE(run_handboek({"build", site.root().string(), "--quiet"}).exit_code == 0);
  // The output is not read back as content.
  CHECK(run_handboek({"check", site.root().string()}).exit_code == 0);
  Lines inside;
  for (const auto& entry : fs::directory_iterator(site.root())) inside.push_back(entry.path().filename().string());
  std::sort(inside.begin(), inside.end());
  CHECK(inside == Lines{"content", "forms", "public", "site.yaml", "themes", "woordenlijst.txt"});
}
