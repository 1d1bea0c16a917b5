// history/git_text: git metadata is cut and cleaned when read.
#include "history/git_text.h"

#include <catch2/catch.hpp>

namespace handboek::history {
namespace {

TEST_CASE("git text keeps what a person wrote", "[history][git_text]") {
  CHECK(clean_git_text("Intake aangescherpt", kSubjectLimit) == "Intake aangescherpt");
  CHECK(clean_git_text("Zoë Çelik", kNameLimit) == "Zoë Çelik");
}

TEST_CASE("git text is cut to its limit in characters, never inside one", "[history][git_text]") {
  CHECK(clean_git_text(std::string(10'000'000, 'a'), kSubjectLimit) == std::string(200, 'a') + "…");
  std::string umlauts;
  for (int i = 0; i < 100; ++i) umlauts += "ë";
  CHECK(clean_git_text(umlauts, kNameLimit) == umlauts.substr(0, 128) + "…");
}

TEST_CASE("bidi controls and control characters are removed from git text", "[history][git_text]") {
  CHECK(clean_git_text("Anne \u202Eseivr De\u202C", kNameLimit) == "Anne seivr De");
  CHECK(clean_git_text("a\u2066b\u2067c\u2068d\u2069e\u200Ef\u200Fg\u061Ch", kSubjectLimit) == "abcdefgh");
  CHECK(clean_git_text("regel\teen\x1b[31mrood\x7f", kSubjectLimit) == "regel een[31mrood");
  CHECK(clean_git_text("kapot \xff\xfe einde", kSubjectLimit) == "kapot \uFFFD\uFFFD einde");
}

}  // namespace
}  // namespace handboek::history
