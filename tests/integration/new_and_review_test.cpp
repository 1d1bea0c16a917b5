// `handboek new` scaffolds pages and forms that build without problems and
// never overwrites; review dates warn in check (at the `review:` line, with
// the owner) and `check --report review` lists what is due per owner.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "temp_site.h"

namespace handboek::testing {
namespace {

constexpr std::string_view kSite = R"(
-- site.yaml --
title: Testhandboek
-- content/_index.md --
---
title: Home
---
Welkom.
)";

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

std::vector<std::string> without_git_warning(std::vector<std::string> lines) {
  std::erase_if(lines, [](const std::string& line) { return line.rfind(".: warning: geen git-repository", 0) == 0; });
  return lines;
}

// Sets HANDBOEK_TODAY for the runs in one test.
struct FixedToday {
  explicit FixedToday(const char* date) { ::setenv("HANDBOEK_TODAY", date, 1); }
  ~FixedToday() { ::unsetenv("HANDBOEK_TODAY"); }
};

}  // namespace

TEST_CASE("new scaffolds every type so that the site still checks without problems", "[integration][new]") {
  const TempSite site(kSite);
  const std::pair<const char*, const char*> made[] = {
      {"proces", "content/processen/aanmelding.md"},
      {"gespreksformat", "content/gespreksformats/eerste-gesprek.md"},
      {"competentieprofiel", "content/competenties/jobcoach.md"},
      {"begrip", "content/begrippen/jobcoaching.md"},
      {"pagina", "content/over/werkwijze.md"},
      {"formulier", "forms/aanmelding.yaml"},
  };
  const char* slugs[] = {"aanmelding", "eerste-gesprek", "jobcoach", "jobcoaching", "over/werkwijze", "aanmelding"};
  for (size_t i = 0; i < std::size(made); ++i) {
    const RunResult run = run_handboek({"new", made[i].first, slugs[i], site.root().string()});
    INFO(made[i].first << ": " << run.err);
    CHECK(run.exit_code == 0);
    CHECK(fs::exists(site.root() / made[i].second));
  }
  CHECK(contains(site.read("content/processen/aanmelding.md"), "title: Aanmelding\ntype: proces\n"));
  const RunResult check = run_handboek({"check", site.root().string()});
  INFO(check.err);
  CHECK(check.exit_code == 0);
  CHECK(without_git_warning(check.diagnostics()).empty());
  const RunResult build = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "-q"});
  CHECK(build.exit_code == 0);
  CHECK(fs::exists(site.beside("out") / "formulieren/aanmelding/index.html"));
  CHECK(fs::exists(site.beside("out") / "over/werkwijze/index.html"));
}

TEST_CASE("new refuses to overwrite and rejects unknown types and bad slugs", "[integration][new]") {
  const TempSite site(kSite);
  site.write("content/begrippen/regie.md", "---\ntitle: Regie\ndefinition: Eigen tekst.\n---\n");
  const RunResult again = run_handboek({"new", "begrip", "regie", site.root().string()});
  CHECK(again.exit_code == 1);
  CHECK(contains(again.err, "content/begrippen/regie.md bestaat al"));
  CHECK(site.read("content/begrippen/regie.md") == "---\ntitle: Regie\ndefinition: Eigen tekst.\n---\n");

  const RunResult unknown = run_handboek({"new", "procs", "x", site.root().string()});
  CHECK(unknown.exit_code == 2);
  CHECK(contains(unknown.err, "onbekend type 'procs'; bedoelde je 'proces'?"));
  CHECK(run_handboek({"new", "proces", "Hoofd Letters", site.root().string()}).exit_code == 2);
  CHECK(run_handboek({"new", "proces", "../buiten", site.root().string()}).exit_code == 2);
  CHECK(run_handboek({"new", "proces"}).exit_code == 2);
}

TEST_CASE("a past review date is a warning at its line naming the owner", "[integration][review]") {
  const FixedToday today("2026-12-02");
  const TempSite site(R"(
-- site.yaml --
title: Testhandboek
-- content/_index.md --
---
title: Home
owner: Team methodiek
review: 2026-01-01
---
Welkom.
-- content/intake.md --
---
title: Intake
review: 2027-01-10
---
Tekst.
-- content/overleg.md --
---
title: Overleg
owner: Anne de Vries
review: 2028-01-01
---
Tekst.
)");
  const RunResult check = run_handboek({"check", site.root().string(), "--report", "review"});
  CHECK(check.exit_code == 0);
  CHECK(without_git_warning(check.diagnostics()) ==
        std::vector<std::string>{
            "content/_index.md:4:9: warning: de herzieningsdatum 2026-01-01 is voorbij (eigenaar: Team methodiek)"});
  CHECK(check.out ==
        "Herziening binnen 90 dagen (tot en met 2027-03-02, peildatum 2026-12-02)\n"
        "\n"
        "(geen eigenaar) (1)\n"
        "  2027-01-10           content/intake.md  Intake\n"
        "\n"
        "Team methodiek (1)\n"
        "  2026-01-01  verlopen content/_index.md  Home\n");
}

}  // namespace handboek::testing
