// render/respond_links: the addresses of "Klopt er iets niet?" and "Stel een
// wijziging voor", with the page's details filled in and encoded.
#include "render/respond_links.h"

#include <catch2/catch.hpp>

namespace handboek::render {
namespace {

PageDetailsForResponse intake() {
  return {"https://handboek.example.nl/processen/intake/", "Intake & aanmelding", "2024.2", "Processen",
          "content/processen/intake.md"};
}

TEST_CASE("a mailto: feedback address gets the page's title, version, address and section", "[respond]") {
  CHECK(feedback_link("mailto:redactie@example.nl", intake()) ==
        "mailto:redactie@example.nl?subject=Intake%20%26%20aanmelding%20%282024.2%29"
        "&body=https%3A%2F%2Fhandboek.example.nl%2Fprocessen%2Fintake%2F%0AProcessen%0A%0A");
}

TEST_CASE("a feedback URL template gets its placeholders percent-encoded", "[respond]") {
  CHECK(feedback_link("https://meld.example.nl/?p={url}&t={titel}&v={versie}&s={sectie}", intake()) ==
        "https://meld.example.nl/?p=https%3A%2F%2Fhandboek.example.nl%2Fprocessen%2Fintake%2F"
        "&t=Intake%20%26%20aanmelding&v=2024.2&s=Processen");
  CHECK(feedback_link("", intake()).empty());
}

TEST_CASE("the edit link names the page's file and is absent for a page without one", "[respond]") {
  CHECK(edit_link("https://git.example.nl/h/_edit/main/{pad}", intake()) ==
        "https://git.example.nl/h/_edit/main/content/processen/intake.md");
  PageDetailsForResponse generated = intake();
  generated.file = "";
  CHECK(edit_link("https://git.example.nl/h/_edit/main/{pad}", generated).empty());
  PageDetailsForResponse spaced = intake();
  spaced.file = "content/over ons.md";
  CHECK(edit_link("https://x.nl/{pad}", spaced) == "https://x.nl/content/over%20ons.md");
}

}  // namespace
}  // namespace handboek::render
