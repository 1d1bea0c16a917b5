// Readers respond (issue 28): site.yaml `feedback` and `edit_url` put plain
// links under every page, with the page's details filled in; without them
// there are none; a value that is not a mail or web address is an error.
#include <catch2/catch.hpp>

#include "temp_site.h"

namespace handboek::testing {
namespace {

constexpr std::string_view kSite = R"(
-- site.yaml --
title: Testhandboek
base_url: https://handboek.example.nl/
feedback: mailto:redactie@example.nl
edit_url: https://git.example.nl/handboek/_edit/main/{pad}
-- content/_index.md --
---
title: Home
---
Welkom.
-- content/over/werkwijze.md --
---
title: Werkwijze
---
Hoe wij werken.
)";

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("feedback and edit_url add the page's links, filled in, and nothing without them", "[integration][respond]") {
  const TempSite site(kSite);
  const RunResult build = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "-q"});
  INFO(build.err);
  REQUIRE(build.exit_code == 0);
  const std::string page = read_file(site.beside("out") / "over/werkwijze/index.html");
  CHECK(contains(page, "<aside class=\"page-respond\""));
  CHECK(contains(page,
                 "<a href=\"mailto:redactie@example.nl?subject=Werkwijze%20%28concept%29&amp;body=https%3A%2F%2F"
                 "handboek.example.nl%2Fover%2Fwerkwijze%2F%0AOver%0A%0A\">Klopt er iets niet?</a>"));
  CHECK(contains(page,
                 "<a href=\"https://git.example.nl/handboek/_edit/main/content/over/werkwijze.md\" "
                 "rel=\"nofollow\">Stel een wijziging voor</a>"));
  // The made section page of over/ has no file to edit.
  const std::string section = read_file(site.beside("out") / "over/index.html");
  CHECK(contains(section, "Klopt er iets niet?"));
  CHECK_FALSE(contains(section, "Stel een wijziging voor"));

  site.write("site.yaml", "title: Testhandboek\n");
  REQUIRE(run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "-q"}).exit_code == 0);
  CHECK_FALSE(contains(read_file(site.beside("out") / "over/werkwijze/index.html"), "page-respond"));
}

TEST_CASE("feedback and edit_url must be mail or web addresses", "[integration][respond]") {
  const TempSite site(kSite);
  site.write("site.yaml",
             "title: Testhandboek\nfeedback: javascript:alert(1)\nedit_url: https://git.example.nl/edit/main/\n");
  const RunResult check = run_handboek({"check", site.root().string()});
  INFO(check.err);
  CHECK(check.exit_code == 1);
  CHECK(contains(check.err, "site.yaml:2:11: error: feedback moet mailto:ADRES zijn of een URL"));
  CHECK(contains(check.err, "site.yaml:3:11: error: edit_url moet beginnen met https:// of http:// en {pad} bevatten"));
  site.write("site.yaml", "title: Testhandboek\nfeedback: \"mailto:a@b.nl?bcc=c@d.nl\"\n");
  CHECK(run_handboek({"check", site.root().string()}).exit_code == 1);
}

}  // namespace handboek::testing
