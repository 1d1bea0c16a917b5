// base/text: HTML escaping, anchors (slugs) and UTF-8 checks.
#include "base/text.h"

#include <catch2/catch.hpp>

using namespace handboek::base;

TEST_CASE("html_escape escapes the five special characters", "[base][text]") {
  CHECK(html_escape(R"(<a href="x">Tom & Jerry's</a>)") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  CHECK(html_escape("één") == "één");
}

TEST_CASE("slugify folds Dutch accents to their base letter", "[base][text]") {
  CHECK(slugify("Cliënt én één") == "client-en-een");
  CHECK(slugify("Één gezin, één plan") == "een-gezin-een-plan");
  CHECK(slugify("Ruïne coöperatie naïef") == "ruine-cooperatie-naief");
  CHECK(slugify("Ça va, señor? Æble Øre ÿ") == "ca-va-senor-able-ore-y");
}

TEST_CASE("slugify lowercases and joins every other run of characters with one dash", "[base][text]") {
  CHECK(slugify("Stap 2: Plan van Aanpak") == "stap-2-plan-van-aanpak");
  CHECK(slugify("  --Hallo   wereld!!  ") == "hallo-wereld");
  CHECK(slugify("Kosten in € per maand") == "kosten-in-per-maand");
  CHECK(slugify("5 × 3 ÷ 2") == "5-3-2");
}

TEST_CASE("slugify of nothing usable gives sectie", "[base][text]") {
  CHECK(slugify("") == "sectie");
  CHECK(slugify("?!") == "sectie");
  CHECK(slugify("€€") == "sectie");
}

TEST_CASE("well-formed UTF-8 is accepted", "[base][text][utf8]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("één € 😀"));
  CHECK(first_invalid_utf8("één") == std::string_view::npos);
}

TEST_CASE("the first invalid UTF-8 sequence is found by its byte offset", "[base][text][utf8]") {
  CHECK(first_invalid_utf8("ab\xFFz") == 2);           // never valid
  CHECK(first_invalid_utf8("ab\xE9t\xE9") == 2);       // Latin-1 é
  CHECK(first_invalid_utf8("ab\xE2\x82") == 2);        // truncated at the end
  CHECK(first_invalid_utf8("\xC0\x80") == 0);          // overlong NUL
  CHECK(first_invalid_utf8("x\xED\xA0\x80") == 1);     // UTF-16 surrogate
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
  CHECK(first_invalid_utf8("\xF8\x88\x80\x80\x80") == 0);
  CHECK_FALSE(is_valid_utf8("caf\xE9"));
}

TEST_CASE("collapse_whitespace joins runs of whitespace and trims", "[base][text]") {
  CHECK(collapse_whitespace("  Plan \n\t van   aanpak \r\n") == "Plan van aanpak");
  CHECK(collapse_whitespace(" \n ").empty());
}

TEST_CASE("is_digits: one or more ASCII digits", "[base][text]") {
  CHECK(is_digits("0"));
  CHECK(is_digits("2019"));
  CHECK_FALSE(is_digits(""));
  CHECK_FALSE(is_digits("-1"));
  CHECK_FALSE(is_digits("1 2"));
  CHECK_FALSE(is_digits("١"));  // Arabic-Indic one: not ASCII
}

TEST_CASE("is_slug: words of a-z and 0-9 joined by single dashes, and slashes when nested", "[base][text]") {
  CHECK(is_slug("aanmelding"));
  CHECK(is_slug("stap-2"));
  CHECK_FALSE(is_slug(""));
  CHECK_FALSE(is_slug("-stap"));
  CHECK_FALSE(is_slug("stap-"));
  CHECK_FALSE(is_slug("stap--2"));
  CHECK_FALSE(is_slug("Stap"));
  CHECK_FALSE(is_slug("cliënt"));
  CHECK_FALSE(is_slug("map/pagina"));
  CHECK(is_slug("map/pagina-2", true));
  CHECK_FALSE(is_slug("map//pagina", true));
  CHECK_FALSE(is_slug("/map", true));
  CHECK_FALSE(is_slug("map/", true));
  CHECK_FALSE(is_slug("map-/pagina", true));
}
