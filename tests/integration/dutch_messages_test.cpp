// Every message handboek prints is Dutch (issue 28, item 10): the real
// binary runs on every broken fixture and on one site holding many more kinds
// of mistakes, and each message it prints (the text after "error:" or
// "warning:", which stay English because tools parse them) is checked
// against words that only English has. A second case reads the generator's
// source for string literals with those words, so a message no fixture
// reaches yet is caught too.
#include <catch2/catch.hpp>
#include <cctype>
#include <cstring>
#include <fstream>
#include <set>

#include "temp_site.h"

using handboek::testing::fixture_path;
using handboek::testing::run_handboek;
using handboek::testing::source_dir;
using handboek::testing::split_lines;
using handboek::testing::TempSite;
namespace fs = std::filesystem;

namespace {

// Words and phrases that are English and never Dutch, matched as whole words.
const std::vector<std::string> kEnglish = {
    "the",    "is not",   "are not", "must",    "cannot",  "can't",   "missing", "unknown", "expected", "should",
    "found",  "does not", "did you", "skipped", "ignored", "invalid", "failed",  "already", "needs",    "refusing",
    "with",   "and",      "or",      "of the",  "has no",  "could",   "folder",  "file",    "page",     "link to",
    "a list", "a form",   "an",      "this",    "its",     "which",   "where",   "not a",   "must be",  "left out",
};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Whole words, as written or capitalised ("The"); not in capitals, which
// are a command's placeholders (FILE, SITE_DIR).
bool has_phrase(const std::string& text, const std::string& phrase) {
  std::string capitalised = phrase;
  capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[0])));
  for (const std::string& form : {phrase, capitalised}) {
    for (size_t at = text.find(form); at != std::string::npos; at = text.find(form, at + 1)) {
      const bool starts = at == 0 || !is_word_char(text[at - 1]);
      const size_t end = at + form.size();
      const bool ends = end == text.size() || !is_word_char(text[end]);
      if (starts && ends) return true;
    }
  }
  return false;
}

// What the editor wrote is quoted ('…', `…`) and a library's own words are
// in parentheses (the issue allows both): neither is handboek's wording.
std::string without_quoted_parts(const std::string& message) {
  // An apostrophe inside a word ("pagina's") is no quote.
  const auto letter = [&](size_t i) {
    return i < message.size() && std::isalnum(static_cast<unsigned char>(message[i]));
  };
  std::string out;
  char closing = 0;
  int depth = 0;
  for (size_t i = 0; i < message.size(); ++i) {
    const char c = message[i];
    if (closing) {
      if (c == closing && (c != '\'' || !letter(i + 1))) closing = 0;
      continue;
    }
    if (c == '(') ++depth;
    if (depth > 0) {
      if (c == ')') --depth;
      continue;
    }
    if (c == '`' || c == '"' || (c == '\'' && (i == 0 || !letter(i - 1)))) {
      closing = c;
      continue;
    }
    out += c;
  }
  return out;
}

std::string english_in(const std::string& message) {
  const std::string text = without_quoted_parts(message);
  for (const std::string& phrase : kEnglish) {
    if (has_phrase(text, phrase)) return phrase;
  }
  return "";
}

// The message of a diagnostic line ("path:1:2: error: message"), or the
// whole line for the binary's own lines ("handboek: 3 fout(en)").
std::string message_of(const std::string& line) {
  for (const char* keyword : {": error: ", ": warning: "}) {
    if (const size_t at = line.find(keyword); at != std::string::npos) return line.substr(at + std::strlen(keyword));
  }
  return line;
}

// Every stderr line of `check` and `build` on the site, as messages.
void collect(const fs::path& site, const fs::path& out, std::set<std::string>& messages) {
  for (const auto& run : {run_handboek({"check", site.string()}),
                          run_handboek({"build", site.string(), "-o", out.string(), "--no-cache"})}) {
    for (const std::string& line : split_lines(run.err)) messages.insert(message_of(line));
  }
}

// Many mistakes the invalid fixtures do not make, in one site.
constexpr const char* kManyMistakes = R"txt(
-- site.yaml --
title: Fouten
language: nl
base_url: ftp://voorbeeld.nl
broken_links: soms
security_findings: misschien
titel: Dubbel
feedback: geen-adres
edit_url: https://git.example.org/edit
organisations:
  - id: Halte Werk
    name: Halte
  - id: buch
    name: Buch
  - id: buch
    name: Buch twee
static_files:
  allow: [exe]
versions:
  tags: "v*"
  kopie: ja
contact:
  email: geen-adres
  url: ftp://x
accessibility:
  status: half
  known_issues:
    - [a, b]
-- content/_index.md --
---
title: Start
type: handleiding
weight: veel
review: 2020-02-30
doelgroep: iedereen
organisations: [buk]
tags: {a: b}
sumary: Kort
---
Zie [de visie](over/visie.md) en [het anker](processen/intake.md#stap-nergens).
Zie [buiten](../../geheim.md) en [leeg]() en [formulier](../forms/nergens.yaml).
![extern](https://cdn.example.org/foto.png)

<script>alert(1)</script>
<p onclick="x()" style="color:red">tekst</p>

```lokaal
Zonder id.
```

```lokaal onbekend
Tekst.
```

```form
```

```form plan
```

```form plan
```
-- content/processen/intake.md --
---
title: Intake
type: proces
steps:
  - id: Aanmelding
    title: Aanmelding
    form: nergens
    competencies: [luisteren]
  - id: gesprek
    title: Gesprek
    alternatives: [tekst]
  - id: gesprek
    title: Nog een gesprek
  - tekst
---
Tekst.
-- content/processen/leeg.md --
---
title: Leeg
type: proces
steps: []
---
-- content/profielen/rol.md --
---
title: Rol
type: competentieprofiel
competencies:
  - id: luisteren
    name: Luisteren
  - id: luisteren
    name: Nog eens
---
-- content/profielen/ander.md --
---
title: Ander
type: competentieprofiel
competencies:
  - id: luisteren
    name: Luisteren
    definition: Goed luisteren.
---
-- content/formats/gesprek.md --
---
title: Gesprek
type: gespreksformat
themes:
  - title: Thuis
---
-- content/casussen/kees.md --
---
title: Kees
type: casus
process: ../processen/intake.md
steps:
  - step: aanmeldingen
    text: Tekst.
  - step: gesprek
    text: |
      ```form plan
      ```
  - step: gesprek
    text: Nog eens.
---
-- content/casussen/piet.md --
---
title: Piet
type: casus
process: ../over/visie.md
steps: []
---
-- content/trainingen/map.md --
---
title: Map
type: trainingsmap
pages:
  - ../processen/intak.md
  - ./map.md
forms: [nergens]
---
-- content/begrippen/los.md --
---
title: Los
type: begrip
definition: Een begrip zonder lijst.
---
-- content/over/visie.md --
---
title: "Visie
summary: Nooit gesloten
---
-- content/over/lijst.md --
---
title: Lijst
tags: [a, b
---
-- content/over/tab.md --
---
title: Tab
	summary: tab
---
-- content/over/dubbel.md --
---
title: Een
title: Twee
---
-- content/over/geen-einde.md --
---
title: Geen einde
-- content/over/GROOT.MD --
tekst
-- content/over/script.js --
alert(1)
-- content/over/foto.png --
geen png
-- content/over/tekening.svg --
<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><a href="https://x.org/"><rect onclick="x()"/></a></svg>
-- content/over/kapot.svg --
<svg><rect>
-- content/over/notities.xyz --
iets
-- content/404.html --
<p>eigen</p>
-- content/over/Visie.md --
---
title: Hoofdletters
---
-- forms/plan.yaml --
title: Plan
version: 0
doelgroep: iedereen
sections:
  - title: Een
    fields:
      - id: Naam
        type: short_txt
      - id: keuze
        type: single_choice
        options: [ja, ja]
      - id: keuze
        type: select
      - id: schaal
        type: scale
        levels: [een]
      - id: tabel
        type: table
        rows: 40
        columns:
          - id: Kolom
            label: Kolom
            type: signature
          - id: b
            label: B
            options: [x]
          - id: b
            label: B
      - id: info
        type: info
        levels: [a]
        kleur: rood
  - title: Leeg
    fields: []
translations:
  nl: {}
  uk:
    title: План
    sections:
      - title: Один
      - title: Два
      - title: Три
    fields:
      nergens: {label: X}
      keuze:
        options: {nee: Ні}
      tabel:
        columns:
          zz: {
label:
  Z}
-- forms/Slecht_Naam.yaml --
title: X
-- forms/leeg.yaml --
title: Leeg
sections: []
-- forms/sub/diep.yaml --
title: Diep
-- forms/notitie.txt --
iets
)txt";

}  // namespace

TEST_CASE("every message printed for broken sites is Dutch", "[integration][dutch]") {
  std::set<std::string> messages;
  for (const auto& entry : fs::directory_iterator(fixture_path("invalid"))) {
    TempSite site = TempSite::from_fixture("invalid/" + entry.path().filename().string());
    fs::remove(site.root() / "expected_diagnostics.txt");
    collect(site.root(), site.beside("out"), messages);
  }
  TempSite many(kManyMistakes);
  collect(many.root(), many.beside("out"), messages);
  // The binary's own failures: an output folder it may not replace, a
  // missing site, misuse of the command line.
  handboek::testing::write_file(many.beside("bezet") / "iets.txt", "van iemand anders");
  const TempSite fine(R"(
-- site.yaml --
title: Goed
-- content/_index.md --
---
title: Start
---
Tekst.
)");
  for (const auto& run : {
           run_handboek({"build", fine.root().string(), "-o", many.beside("bezet").string()}),
           run_handboek({"build", fine.root().string(), "-o", (fine.root() / "content" / "uit").string()}),
           run_handboek({"check", many.beside("nergens").string()}),
           run_handboek({"biuld"}),
           run_handboek({"check", "--format", "xml"}),
           run_handboek({"check", "--jobs"}),
           run_handboek({"new", "procs", "x", fine.root().string()}),
           run_handboek({"new", "proces", "Met Spatie", fine.root().string()}),
           run_handboek({"init", fine.root().string()}),
           run_handboek({"import", "niets.docx", fine.root().string()}),
       }) {
    for (const std::string& line : split_lines(run.err)) messages.insert(message_of(line));
  }

  // The help is the command line's own text.
  for (const std::string& line : split_lines(run_handboek({"--help"}).out)) messages.insert(line);

  // Enough kinds of mistake to mean something: each stage's checks appear.
  CHECK(messages.size() >= 100);
  std::vector<std::string> english;
  for (const std::string& message : messages) {
    const std::string phrase = english_in(message);
    if (!phrase.empty()) english.push_back("[" + phrase + "] " + message);
  }
  INFO("English words in messages:\n"
       << [&] {
            std::string all;
            for (const std::string& line : english) all += line + "\n";
            return all;
          }());
  CHECK(english.empty());
}

TEST_CASE("the check itself finds English", "[integration][dutch]") {
  CHECK(english_in("link to missing page 'content/x.md'") == "missing");
  CHECK(english_in("unknown key 'sumary'; did you mean 'summary'?") == "unknown");
  CHECK(english_in("'weight' must be a whole number") == "must");
  CHECK(english_in("The page was not found") == "the");
  CHECK(english_in("onbekende sleutel 'the key'; bedoelde je 'summary'?").empty());
  CHECK(english_in("ongeldige YAML: een [ wordt niet gesloten met ] (end of sequence flow not found)").empty());
  CHECK(english_in("link naar een pagina die niet bestaat: 'content/over/visei.md'").empty());
}

// The source scan: a string literal in generator/ holding one of the words
// is a message no run above happened to print. Code strings (HTML, JSON,
// URLs) hold none of them.
TEST_CASE("no string literal in the generator is an English message", "[integration][dutch]") {
  std::vector<std::string> english;
  size_t literals = 0;
  for (const auto& entry : fs::recursive_directory_iterator(source_dir() / "generator")) {
    const std::string extension = entry.path().extension().string();
    if (extension != ".cpp" && extension != ".h") continue;
    std::ifstream file(entry.path());
    std::string line;
    int number = 0;
    while (std::getline(file, line)) {
      ++number;
      // Code only: comments, includes and raw strings (the scaffolds'
      // templates, with YAML keys an editor types) are not messages.
      const size_t first = line.find_first_not_of(" \t");
      if (first == std::string::npos || line.compare(first, 2, "//") == 0 || line[first] == '#' ||
          line.find("R\"(") != std::string::npos) {
        continue;
      }
      const size_t comment = line.find(" // ");
      const std::string code = line.substr(0, comment);
      for (size_t open = code.find('"'); open != std::string::npos;) {
        if (open > 0 && code[open - 1] == '\'') {  // the character '"'
          open = code.find('"', open + 2);
          continue;
        }
        size_t close = open + 1;
        while (close < code.size() && code[close] != '"') close += code[close] == '\\' ? 2 : 1;
        if (close >= code.size()) break;
        const std::string literal = code.substr(open + 1, close - open - 1);
        ++literals;
        // Whole words only count where a sentence could be.
        if (literal.find(' ') != std::string::npos) {
          const std::string phrase = english_in(literal);
          if (!phrase.empty()) {
            english.push_back(fs::relative(entry.path(), source_dir()).string() + ":" + std::to_string(number) + ": [" +
                              phrase + "] " + literal);
          }
        }
        open = code.find('"', close + 1);
      }
    }
  }
  CHECK(literals > 1000);
  INFO([&] {
    std::string all;
    for (const std::string& line : english) all += line + "\n";
    return all;
  }());
  CHECK(english.empty());
}
