// render/text_diff: the readable diff on the change pages, asserted as the
// exact HTML a reader gets.
#include "render/text_diff.h"

#include <catch2/catch.hpp>

namespace handboek::render {
namespace {

using Paragraphs = std::vector<std::string>;

// The default theme's marks (partials diff_removed, diff_added).
constexpr DiffMarks kMarks{"<del>", "</del>", "<ins>", "</ins>"};

// "changed: html" / "context: html", one line per paragraph of the result.
std::vector<std::string> lines(const std::vector<DiffParagraph>& paragraphs) {
  std::vector<std::string> out;
  for (const DiffParagraph& p : paragraphs) {
    if (p.rewritten) {
      out.push_back("rewritten: " + p.old_html + " | " + p.new_html);
    } else {
      out.push_back((p.changed ? "changed: " : "context: ") + p.html);
    }
  }
  return out;
}

TEST_CASE("equal sentences give the sentence without marks", "[render][diff]") {
  CHECK(diff_words("De intake begint met een gesprek.", "De intake begint met een gesprek.", kMarks) ==
        "De intake begint met een gesprek.");
}

TEST_CASE("a word added inside a sentence is marked as inserted", "[render][diff]") {
  CHECK(diff_words("De intake begint met een gesprek.", "De intake begint met een goed gesprek.", kMarks) ==
        "De intake begint met een <ins>goed</ins> gesprek.");
}

TEST_CASE("a word removed inside a sentence is marked as deleted", "[render][diff]") {
  CHECK(diff_words("De intake begint met een goed gesprek.", "De intake begint met een gesprek.", kMarks) ==
        "De intake begint met een <del>goed</del> gesprek.");
}

TEST_CASE("words added after the last word leave that last word unchanged", "[render][diff]") {
  CHECK(diff_words("Daarna volgt een plan.", "Daarna volgt een plan. Het plan is kort.", kMarks) ==
        "Daarna volgt een plan. <ins>Het plan is kort.</ins>");
  CHECK(diff_words("Daarna volgt een plan. Het plan is kort.", "Daarna volgt een plan.", kMarks) ==
        "Daarna volgt een plan. <del>Het plan is kort.</del>");
}

TEST_CASE("replaced words show what went before what came, each run marked once", "[render][diff]") {
  CHECK(diff_words("de grote hond blaft", "een kleine kat blaft", kMarks) ==
        "<del>de grote hond</del> <ins>een kleine kat</ins> blaft");
  CHECK(diff_words("Binnen vijf werkdagen belt de consulent.", "Binnen tien werkdagen belt de consulent.", kMarks) ==
        "Binnen <del>vijf</del> <ins>tien</ins> werkdagen belt de consulent.");
}

TEST_CASE("a replaced word stands apart from its replacement, so that it is read as two words", "[render][diff]") {
  // Run together, "StatushouderVergunninghouder" is one word to a screen reader.
  CHECK(diff_words("De Statushouder komt.", "De Vergunninghouder komt.", kMarks) ==
        "De <del>Statushouder</del> <ins>Vergunninghouder</ins> komt.");
}

TEST_CASE("each paragraph counts the words that went and came", "[render][diff]") {
  const std::vector<DiffParagraph> diff = diff_paragraphs(
      Paragraphs{"Ongewijzigd.", "Binnen vijf werkdagen belt de consulent.", "Weg ermee."},
      Paragraphs{"Ongewijzigd.", "Binnen tien of twaalf werkdagen belt de consulent.", "Erbij."}, kMarks);
  REQUIRE(lines(diff) == std::vector<std::string>{
                             "context: Ongewijzigd.",
                             "changed: Binnen <del>vijf</del> <ins>tien of twaalf</ins> werkdagen belt de consulent.",
                             "changed: <del>Weg ermee.</del> <ins>Erbij.</ins>"});
  CHECK(diff[0].removed_words == 0);
  CHECK(diff[0].added_words == 0);
  CHECK(diff[1].removed_words == 1);
  CHECK(diff[1].added_words == 3);
  CHECK(diff[2].removed_words == 2);
  CHECK(diff[2].added_words == 1);
  // A paragraph that came whole counts all its words.
  const std::vector<DiffParagraph> added =
      diff_paragraphs(Paragraphs{"A."}, Paragraphs{"A.", "Drie nieuwe woorden."}, kMarks);
  REQUIRE(added.size() == 2);
  CHECK(added[1].added_words == 3);
  CHECK(added[1].removed_words == 0);
}

TEST_CASE("a whole paragraph that came or went is one mark", "[render][diff]") {
  CHECK(diff_words("", "Nieuwe tekst hier.", kMarks) == "<ins>Nieuwe tekst hier.</ins>");
  CHECK(diff_words("Oude tekst hier.", "", kMarks) == "<del>Oude tekst hier.</del>");
  CHECK(diff_words("", "", kMarks).empty());
}

TEST_CASE("whitespace is not a change and comes out as single spaces", "[render][diff]") {
  CHECK(diff_words("een  plan\nvan aanpak ", " een plan van\taanpak", kMarks) == "een plan van aanpak");
}

TEST_CASE("the text of a diff is HTML-escaped, the marks are not", "[render][diff]") {
  CHECK(diff_words("Kies <b> & \"c\"", "Kies <i> & 'c'", kMarks) ==
        "Kies <del>&lt;b&gt;</del> <ins>&lt;i&gt;</ins> &amp; <del>&quot;c&quot;</del> <ins>&#39;c&#39;</ins>");
}

TEST_CASE("non-ASCII words are compared and kept whole", "[render][diff]") {
  CHECK(diff_words("De cliënt één keer zien.", "De cliënt twéé keer zien.", kMarks) ==
        "De cliënt <del>één</del> <ins>twéé</ins> keer zien.");
}

TEST_CASE("equal pages have no diff paragraphs", "[render][diff]") {
  CHECK(diff_paragraphs({"Titel", "Tekst."}, {"Titel", "Tekst."}, kMarks).empty());
  CHECK(diff_paragraphs({}, {}, kMarks).empty());
}

TEST_CASE("an edited paragraph comes with the unchanged paragraph before it", "[render][diff]") {
  const Paragraphs before = {"Intake", "De intake begint met een gesprek.", "Daarna volgt een plan."};
  const Paragraphs after = {"Intake", "De intake begint met een goed gesprek.", "Daarna volgt een plan."};
  CHECK(lines(diff_paragraphs(before, after, kMarks)) ==
        std::vector<std::string>{"context: Intake", "changed: De intake begint met een <ins>goed</ins> gesprek."});
}

TEST_CASE("an edit to the first paragraph has no context", "[render][diff]") {
  CHECK(lines(diff_paragraphs({"Intake", "Tekst."}, {"Intakegesprek", "Tekst."}, kMarks)) ==
        std::vector<std::string>{"changed: <del>Intake</del> <ins>Intakegesprek</ins>"});
}

TEST_CASE("a paragraph added at the end is inserted whole after its context", "[render][diff]") {
  CHECK(lines(diff_paragraphs({"Intake", "Daarna volgt een plan."},
                              {"Intake", "Daarna volgt een plan.", "Nog niet vastgesteld."}, kMarks)) ==
        std::vector<std::string>{"context: Daarna volgt een plan.", "changed: <ins>Nog niet vastgesteld.</ins>"});
}

TEST_CASE("a removed paragraph is deleted whole", "[render][diff]") {
  CHECK(lines(diff_paragraphs({"Intake", "Vervalt.", "Blijft."}, {"Intake", "Blijft."}, kMarks)) ==
        std::vector<std::string>{"context: Intake", "changed: <del>Vervalt.</del>"});
}

TEST_CASE("two edits far apart each get their own context", "[render][diff]") {
  const Paragraphs before = {"Titel", "Een a.", "Twee.", "Drie.", "Vier b."};
  const Paragraphs after = {"Titel", "Een c.", "Twee.", "Drie.", "Vier d."};
  CHECK(lines(diff_paragraphs(before, after, kMarks)) == std::vector<std::string>{
                                                             "context: Titel",
                                                             "changed: Een <del>a.</del> <ins>c.</ins>",
                                                             "context: Drie.",
                                                             "changed: Vier <del>b.</del> <ins>d.</ins>",
                                                         });
}

TEST_CASE("adjacent edited paragraphs share one context paragraph", "[render][diff]") {
  const Paragraphs before = {"Titel", "Een a.", "Twee b."};
  const Paragraphs after = {"Titel", "Een c.", "Twee d."};
  CHECK(lines(diff_paragraphs(before, after, kMarks)) == std::vector<std::string>{
                                                             "context: Titel",
                                                             "changed: Een <del>a.</del> <ins>c.</ins>",
                                                             "changed: Twee <del>b.</del> <ins>d.</ins>",
                                                         });
}

TEST_CASE("more paragraphs replaced than added pairs them in order and deletes the rest", "[render][diff]") {
  CHECK(lines(diff_paragraphs({"Titel", "Een a.", "Twee b.", "Slot."}, {"Titel", "Een c.", "Slot."}, kMarks)) ==
        std::vector<std::string>{"context: Titel", "changed: Een <del>a.</del> <ins>c.</ins>",
                                 "changed: <del>Twee b.</del>"});
}

TEST_CASE("context paragraphs are HTML-escaped", "[render][diff]") {
  CHECK(lines(diff_paragraphs({"A & B", "x"}, {"A & B", "y"}, kMarks)) ==
        std::vector<std::string>{"context: A &amp; B", "changed: <del>x</del> <ins>y</ins>"});
}

TEST_CASE("a paragraph rewritten beyond recognition comes as old beside new, not word by word", "[render][diff]") {
  const Paragraphs before = {"Intake", "De consulent belt de klant binnen vijf werkdagen na de melding."};
  const Paragraphs after = {"Intake", "Een gesprek op het wijkteamkantoor volgt zodra de aanvraag compleet is."};
  CHECK(lines(diff_paragraphs(before, after, kMarks)) ==
        std::vector<std::string>{
            "context: Intake",
            "rewritten: <del>De consulent belt de klant binnen vijf werkdagen na de melding.</del> | <ins>Een gesprek "
            "op het wijkteamkantoor volgt zodra de aanvraag compleet is.</ins>",
        });
}

TEST_CASE("a paragraph that keeps half of its words or more is still marked word by word", "[render][diff]") {
  // 4 of 8 words kept: exactly half.
  CHECK_FALSE(rewritten_beyond_recognition("een twee drie vier vijf zes zeven acht",
                                           "een twee drie vier negen tien elf twaalf"));
  CHECK(rewritten_beyond_recognition("een twee drie vier vijf zes zeven acht",
                                     "een twee drie negen tien elf twaalf dertien"));
  CHECK(lines(diff_paragraphs({"Binnen vijf werkdagen belt de consulent."},
                              {"Binnen tien werkdagen belt de klantmanager."}, kMarks)) ==
        std::vector<std::string>{"changed: Binnen <del>vijf</del> <ins>tien</ins> werkdagen belt de "
                                 "<del>consulent.</del> <ins>klantmanager.</ins>"});
}

TEST_CASE("a paragraph that came or went whole, or a short one, is never called rewritten", "[render][diff]") {
  CHECK_FALSE(rewritten_beyond_recognition("", "Nieuwe tekst."));
  CHECK_FALSE(rewritten_beyond_recognition("Oude tekst.", ""));
  CHECK_FALSE(rewritten_beyond_recognition("Wie: consulent", "Wie: klantmanager werk"));
  CHECK(rewritten_beyond_recognition("Wie: consulent", "Wie is het: de klantmanager werk"));
}

TEST_CASE("the old and new text of a rewritten paragraph are HTML-escaped", "[render][diff]") {
  CHECK(lines(diff_paragraphs({"a <b> c d e"}, {"v w x & y z"}, kMarks)) ==
        std::vector<std::string>{"rewritten: <del>a &lt;b&gt; c d e</del> | <ins>v w x &amp; y z</ins>"});
}

}  // namespace
}  // namespace handboek::render
