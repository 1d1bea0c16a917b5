// base/did_you_mean: the suggestion added to messages about misspelt names.
#include "base/did_you_mean.h"

#include <catch2/catch.hpp>

using handboek::base::did_you_mean;
using handboek::base::edit_distance;
using handboek::base::suggestion_suffix;

TEST_CASE("edit distance counts insertions deletions and substitutions", "[base][did_you_mean]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("titel", "title") == 2);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("buch", "buch") == 0);
}

TEST_CASE("a close name is suggested", "[base][did_you_mean]") {
  const std::vector<std::string> keys = {"title", "summary", "owner"};
  CHECK(did_you_mean("titel", keys) == std::optional<std::string>("title"));
  CHECK(did_you_mean("sumary", keys) == std::optional<std::string>("summary"));
}

TEST_CASE("a name that is too far from every candidate gets no suggestion", "[base][did_you_mean]") {
  const std::vector<std::string> keys = {"title", "summary", "owner"};
  CHECK_FALSE(did_you_mean("organisations", keys));
  CHECK_FALSE(did_you_mean("x", std::vector<std::string>{}));
}

TEST_CASE("the allowed distance grows with the length of the name", "[base][did_you_mean]") {
  // Short names allow 2 edits; a 12-letter name allows 12 / 3 = 4 (here 3 letters are missing).
  CHECK(did_you_mean("ab", {"xy"}) == std::optional<std::string>("xy"));
  CHECK_FALSE(did_you_mean("abc", {"xyz"}));
  CHECK(did_you_mean("pln-vn-anpak", {"plan-van-aanpak"}) == std::optional<std::string>("plan-van-aanpak"));
}

TEST_CASE("of equally close candidates the first is suggested", "[base][did_you_mean]") {
  CHECK(did_you_mean("cat", {"bat", "hat"}) == std::optional<std::string>("bat"));
  CHECK(did_you_mean("cat", {"hat", "bat"}) == std::optional<std::string>("hat"));
}

TEST_CASE("the suffix for messages names the suggestion or is empty", "[base][did_you_mean]") {
  CHECK(suggestion_suffix("buhc", {"buch", "wnk"}) == "; bedoelde je 'buch'?");
  CHECK(suggestion_suffix("gemeente-amsterdam", {"buch", "wnk"}).empty());
}

TEST_CASE("edit distance stops at its limit", "[base][did_you_mean]") {
  CHECK(edit_distance("kitten", "sitting", 3) == 3);
  CHECK(edit_distance("kitten", "sitting", 2) == 3);
  CHECK(edit_distance("abc", "abcdefgh", 2) == 3);  // lengths alone tell
  CHECK(edit_distance("aaaaaaaa", "bbbbbbbb", 1) == 2);
}

TEST_CASE("a name longer than kMaxSuggestedLength gets no suggestion", "[base][did_you_mean]") {
  // A hostile link target of 500 KB compared with every page path of a
  // large site would take minutes; a typo is never that long.
  const std::string name(handboek::base::kMaxSuggestedLength + 1, 'a');
  CHECK_FALSE(did_you_mean(name, {name + "b"}));
  CHECK(did_you_mean(name.substr(1), {name}) == std::optional<std::string>(name));
}
