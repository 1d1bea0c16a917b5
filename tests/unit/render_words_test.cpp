// The theme owns every word a reader sees and every HTML tag (design.md):
// a scan of generator/render/*.cpp for string literals that hold a Dutch
// word a page shows or an HTML tag. Diagnostics (a statement that reports
// to `diagnostics` or builds an `error` message) are for the editor, not
// the reader, and are left out: write a message inside the statement that
// reports it, so the scan sees it is one. Comments are left out too. A new
// label belongs in themes/default/strings.yaml, new markup in a partial
// (render/snippet.h).
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "temp_site.h"

namespace {

struct Literal {
  size_t at = 0;     // offset of the opening quote
  std::string text;  // as written in the source, escapes and all
};

// The source with comments and the insides of string literals blanked
// (offsets kept, so a `;` in a message ends no statement), and its literals.
std::string without_comments(const std::string& source, std::vector<Literal>& literals) {
  std::string out = source;
  size_t i = 0;
  while (i < source.size()) {
    if (source.compare(i, 2, "//") == 0) {
      const size_t end = std::min(source.find('\n', i), source.size());
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(i), out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
      i = end;
    } else if (source.compare(i, 2, "/*") == 0) {
      const size_t end = std::min(source.find("*/", i) + 2, source.size());
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(i), out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
      i = end;
    } else if (source[i] == '\'') {
      i = source.find('\'', i + (source[i + 1] == '\\' ? 3 : 2)) + 1;
    } else if (source.compare(i, 3, "R\"(") == 0) {
      const size_t end = source.find(")\"", i);
      literals.push_back({i + 1, source.substr(i + 3, end - i - 3)});
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(i + 3), out.begin() + static_cast<std::ptrdiff_t>(end), 'x');
      i = end + 2;
    } else if (source[i] == '"') {
      size_t end = i + 1;
      while (source[end] != '"') end += source[end] == '\\' ? 2 : 1;
      literals.push_back({i, source.substr(i + 1, end - i - 1)});
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(i + 1), out.begin() + static_cast<std::ptrdiff_t>(end), 'x');
      i = end + 1;
    } else {
      ++i;
    }
  }
  return out;
}

// The statement around offset `at`: from the end of the one before to its `;`.
std::string statement_at(const std::string& code, size_t at) {
  const size_t start = code.find_last_of(";{}", at);
  const size_t end = code.find(';', at);
  return code.substr(start == std::string::npos ? 0 : start,
                     end == std::string::npos ? std::string::npos : end - start);
}

bool is_diagnostic(const std::string& statement) {
  for (const char* mark : {"diagnostics", "error(", "warning(", "error =", "error +="}) {
    if (statement.find(mark) != std::string::npos) return true;
  }
  return false;
}

// Words of the pages render wrote before the theme owned them, and the
// small words of any Dutch sentence.
const std::set<std::string> kDutchWords = {"de",
                                           "het",
                                           "een",
                                           "en",
                                           "van",
                                           "in",
                                           "op",
                                           "met",
                                           "voor",
                                           "niet",
                                           "is",
                                           "naar",
                                           "deze",
                                           "sinds",
                                           "wat",
                                           "er",
                                           "bij",
                                           "of",
                                           "stap",
                                           "stappen",
                                           "route",
                                           "proces",
                                           "pagina",
                                           "sectie",
                                           "begrip",
                                           "casus",
                                           "formulier",
                                           "formulieren",
                                           "zoeken",
                                           "versies",
                                           "versie",
                                           "actueel",
                                           "concept",
                                           "inhoud",
                                           "afdrukversie",
                                           "colofon",
                                           "wie",
                                           "wanneer",
                                           "resultaat",
                                           "vervolgroute",
                                           "rol",
                                           "competentie",
                                           "gedrag",
                                           "duur",
                                           "thema",
                                           "vraag",
                                           "definitie",
                                           "uitgangspunt",
                                           "onderdeel",
                                           "veld",
                                           "toelichting",
                                           "naam",
                                           "datum",
                                           "handboek",
                                           "link",
                                           "werkt",
                                           "afbeelding",
                                           "ontbreekt",
                                           "gevonden",
                                           "offline",
                                           "beschikbaar",
                                           "trainingsmap",
                                           "gespreksformat",
                                           "competentieprofiel",
                                           "privacyverklaring",
                                           "toegankelijkheidsverklaring",
                                           "download",
                                           "trainer",
                                           "verplicht",
                                           "keuzes",
                                           "kolommen",
                                           "antwoord",
                                           "antwoorden",
                                           "veranderd",
                                           "vastgesteld",
                                           "nog",
                                           "welke",
                                           "processtap",
                                           "vraagt",
                                           "print",
                                           "ondertekend",
                                           "door"};

// A literal a reader would read: it has a space or a capital (keys, ids,
// paths and template names are lower case words without spaces).
bool reads_as_text(const std::string& literal) {
  return literal.find(' ') != std::string::npos ||
         std::any_of(literal.begin(), literal.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string dutch_word_in(const std::string& literal) {
  std::string word;
  for (size_t i = 0; i <= literal.size(); ++i) {
    const unsigned char c = i < literal.size() ? static_cast<unsigned char>(literal[i]) : ' ';
    if (std::isalpha(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
      continue;
    }
    if (kDutchWords.count(word)) return word;
    word.clear();
  }
  return "";
}

bool has_tag(const std::string& literal) {
  for (size_t at = literal.find('<'); at != std::string::npos; at = literal.find('<', at + 1)) {
    const char next = at + 1 < literal.size() ? literal[at + 1] : ' ';
    if (std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!' || next == '?') return true;
  }
  return false;
}

// Tags in render that no reader sees: what markdown_renderer looks for in
// cmark's own output to replace it, the sitemap (XML for search engines),
// and the placeholder page_renderer swaps for the page's HTML.
const std::set<std::string> kNotForReaders = {
    R"(<a href=\")",
    R"(<img src=\")",
    "</a>",
    R"(<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n)",
    R"(<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n)",
    "  <url><loc>",
    "</loc></url>\\n",
    "</urlset>\\n",
    R"(\x01<handboek main_html 5c1e0b7a>\x01)",
};

// Parts of diagnostics put together before the statement that reports
// them (the scan skips only literals inside that statement).
const std::set<std::string> kMessageParts = {"/ naast het programma", "deze partial", "dit sjabloon"};

// Machine formats render writes in English: security.txt (RFC 9116).
const std::set<std::string> kMachineText = {"Preferred-Languages: nl, en\\n"};

}  // namespace

TEST_CASE("render's C++ holds no Dutch word a reader sees and no HTML tag", "[render][theme]") {
  const auto folder = handboek::testing::source_dir() / "generator" / "render";
  std::vector<std::string> found;
  size_t scanned = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream file(entry.path());
    std::stringstream buffer;
    buffer << file.rdbuf();
    const std::string source = buffer.str();
    std::vector<Literal> literals;
    const std::string code = without_comments(source, literals);
    for (const Literal& literal : literals) {
      ++scanned;
      if (code[literal.at] != '"') continue;  // inside a comment
      if (is_diagnostic(statement_at(code, literal.at))) continue;
      if (kNotForReaders.count(literal.text) || kMessageParts.count(literal.text)) continue;
      const std::string where = entry.path().filename().string() + ": \"" + literal.text + "\"";
      if (has_tag(literal.text)) found.push_back(where + " (tag)");
      if (reads_as_text(literal.text) && !kMachineText.count(literal.text)) {
        if (const std::string word = dutch_word_in(literal.text); !word.empty()) {
          found.push_back(where + " (" + word + ")");
        }
      }
    }
  }
  CHECK(scanned > 500);  // the scan saw render's literals
  CHECK(found == std::vector<std::string>{});
}
