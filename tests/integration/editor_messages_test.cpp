// What an editor is told (issue 28): pages in the working tree that no
// release holds are counted (and named with --verbose); a page with errors
// is still a link target; suggestions name only files that exist; the
// summary counts the lines printed; --format json writes only JSON lines on
// stdout, for every command and report.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
namespace {

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

const GitSignature kAnne = handboek::testing::anne("2024-03-01T10:00:00+01:00");

constexpr std::string_view kSite = R"(
-- site.yaml --
title: Testhandboek
-- content/_index.md --
---
title: Home
---
Welkom.
)";

// Every line of `text` parses as a JSON object.
void require_json_lines(const std::string& text) {
  for (const std::string& line : split_lines(text)) {
    INFO(line);
    CHECK(nlohmann::json::accept(line));
    CHECK((!line.empty() && line.front() == '{'));
  }
}

}  // namespace

TEST_CASE("build and check count the pages that are in no release, and --verbose names them",
          "[integration][unreleased]") {
  const TempSite site(kSite);
  GitFixture repo(site.root());
  repo.commit("Eerste versie", kAnne);
  repo.tag("v2024.1");
  repo.write("content/nieuw.md", "---\ntitle: Nieuw\n---\nNog niet vrijgegeven.\n");
  repo.write("content/ook-nieuw.md", "---\ntitle: Ook nieuw\n---\nNog niet vrijgegeven.\n");

  const RunResult check = run_handboek({"check", site.root().string()});
  INFO(check.err);
  CHECK(check.exit_code == 0);
  CHECK(contains(check.err, "handboek: 2 pagina's staan in de werkmap maar in geen release"));
  CHECK(contains(check.err, "git tag"));
  CHECK(contains(check.err, "concept: true"));
  CHECK(contains(check.err, "(--verbose noemt ze)"));
  CHECK_FALSE(contains(check.err, "content/nieuw.md"));

  const RunResult verbose =
      run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--verbose"});
  INFO(verbose.err);
  CHECK(verbose.exit_code == 0);
  CHECK(contains(verbose.err, "  content/nieuw.md\n  content/ook-nieuw.md\n"));
  CHECK_FALSE(fs::exists(site.beside("out") / "nieuw/index.html"));

  // Released: nothing to say. With the concept the pages are published.
  repo.commit("Nieuwe pagina's", kAnne);
  repo.tag("v2024.2");
  CHECK_FALSE(contains(run_handboek({"check", site.root().string()}).err, "in geen release"));
  repo.write("content/derde.md", "---\ntitle: Derde\n---\nTekst.\n");
  site.write("site.yaml", "title: Testhandboek\nversions:\n  concept: true\n");
  CHECK_FALSE(contains(run_handboek({"check", site.root().string()}).err, "in geen release"));
  // Outside git every page is built: nothing to say either.
  const TempSite plain(kSite);
  CHECK_FALSE(contains(run_handboek({"check", plain.root().string()}).err, "in geen release"));
}

TEST_CASE("diagnostics do not mislead: a broken page is still a link target, suggestions exist, the count is honest",
          "[integration][diagnostics]") {
  const TempSite site(kSite);
  site.write_all(R"(
-- content/werkwijze.md --
---
title: Werkwijze
summary: [niet, af
---
Tekst.
-- content/start.md --
---
title: Start
---
Zie [de werkwijze](werkwijze.md) en [over](over/_indx.md).
-- content/over/team.md --
---
title: Team
---
Het team.
)");
  const RunResult check = run_handboek({"check", site.root().string()});
  INFO(check.err);
  CHECK(check.exit_code == 1);
  CHECK(contains(check.err, "content/werkwijze.md:"));
  CHECK_FALSE(contains(check.err, "link naar een pagina die niet bestaat: 'content/werkwijze.md'"));
  // content/over/ has no _index.md (its section page is made): never suggested.
  CHECK(contains(check.err, "link naar een pagina die niet bestaat: 'content/over/_indx.md'"));
  CHECK_FALSE(contains(check.err, "_index.md'?"));
  const size_t printed = check.errors().size();
  CHECK(contains(check.err, "handboek: " + std::to_string(printed) + " fout(en)"));
}

TEST_CASE("--format json writes only JSON lines on stdout, for check, its review report, build and import",
          "[integration][json]") {
  const TempSite site(kSite);
  site.write("content/oud.md", "---\ntitle: Oud\nowner: Team Werk\nreview: 2020-01-01\n---\nTekst.\n");
  site.write("content/kapot.md", "---\ntitle: Kapot\n---\n[weg](nergens.md)\n");
  ::setenv("HANDBOEK_TODAY", "2024-01-01", 1);
  const RunResult report = run_handboek({"check", site.root().string(), "--format", "json", "--report", "review"});
  ::unsetenv("HANDBOEK_TODAY");
  INFO(report.out);
  CHECK(report.exit_code == 1);
  require_json_lines(report.out);
  CHECK(contains(report.out, R"("report":"review","owner":"Team Werk","path":"content/oud.md")"));
  CHECK(contains(report.out, R"("overdue":true)"));
  CHECK(contains(report.out, R"("path":"content/kapot.md")"));

  const RunResult build =
      run_handboek({"build", site.root().string(), "--format", "json", "-o", site.beside("out").string()});
  CHECK(build.exit_code == 1);
  require_json_lines(build.out);
  CHECK_FALSE(build.out.empty());

  site.write("content/kapot.md", "---\ntitle: Kapot\n---\nHeel.\n");
  const RunResult built =
      run_handboek({"build", site.root().string(), "--format", "json", "-o", site.beside("out").string()});
  CHECK(built.exit_code == 0);
  require_json_lines(built.out);

  write_file(site.beside("notitie.md"), "# Notitie\n\nEen korte tekst.\n");
  const RunResult imported =
      run_handboek({"import", site.beside("notitie.md").string(), "--format", "json", site.root().string()});
  INFO(imported.err);
  CHECK(imported.exit_code == 0);
  require_json_lines(imported.out);
  CHECK(contains(imported.out, R"({"created":"content/notitie.md"})"));
}

}  // namespace handboek::testing
