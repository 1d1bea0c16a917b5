// render/release_notes: a release's annotated tag message as the reader gets
// it on /versies/ and the change pages, asserted as exact HTML.
#include "render/release_notes.h"

#include <catch2/catch.hpp>

namespace handboek::render {
namespace {

TEST_CASE("a one-line message is only a title", "[release_notes]") {
  const ReleaseNotes notes = render_release_notes("Versie 2019.1\n");
  CHECK(notes.title == "Versie 2019.1");
  CHECK(notes.body_html.empty());
  CHECK_FALSE(notes.shortened);
  CHECK(render_release_notes("").title.empty());
}

TEST_CASE("the lines after the title are Markdown: paragraphs and lists", "[release_notes]") {
  const ReleaseNotes notes = render_release_notes(
      "Versie 2020.1: de lessen\n\nGepland en gerealiseerd:\n\n- Mens in beeld: 47 plannen\n- Brede intake: 27 "
      "intakes\n\nNog **open**: de borging.\n");
  CHECK(notes.title == "Versie 2020.1: de lessen");
  CHECK(notes.body_html ==
        "<p>Gepland en gerealiseerd:</p>\n<ul>\n<li>Mens in beeld: 47 plannen</li>\n<li>Brede intake: 27 "
        "intakes</li>\n</ul>\n<p>Nog <strong>open</strong>: de borging.</p>\n");
  CHECK_FALSE(notes.shortened);
}

TEST_CASE("release notes carry no raw HTML, links or images", "[release_notes]") {
  const ReleaseNotes notes = render_release_notes(
      "Titel <b>vet</b>\n\n<script>alert(1)</script>\n\nZie [de site](https://example.org/x) en "
      "![een foto](https://example.org/p.png) of <https://example.org/y>.\n");
  CHECK(notes.title == "Titel <b>vet</b>");  // plain text; the template escapes it
  CHECK(notes.body_html.find("<script") == std::string::npos);
  CHECK(notes.body_html.find("<a ") == std::string::npos);
  CHECK(notes.body_html.find("<img") == std::string::npos);
  CHECK(notes.body_html.find("Zie de site en een foto of https://example.org/y.") != std::string::npos);
}

TEST_CASE("long release notes are cut at a line and say so; a long title at a word", "[release_notes]") {
  std::string message = "Titel\n\n";
  for (int i = 0; i < 400; ++i) message += "- punt " + std::to_string(i) + " met wat tekst erbij\n";
  const ReleaseNotes notes = render_release_notes(message);
  CHECK(notes.shortened);
  CHECK(notes.body_html.size() < kReleaseBodyLimit + 2000);               // list markup on at most 6000 characters
  CHECK(notes.body_html.ends_with("met wat tekst erbij</li>\n</ul>\n"));  // whole items only

  std::string title;
  while (title.size() < 300) title += "woord ";
  const ReleaseNotes long_title = render_release_notes(title + "\n");
  CHECK(long_title.title.size() <= kReleaseTitleLimit + 3);  // "…" is three bytes
  CHECK(long_title.title.ends_with("woord…"));

  // A cut never splits a UTF-8 character.
  const ReleaseNotes accents = render_release_notes(std::string(kReleaseTitleLimit - 1, 'a') + "éé");
  CHECK(accents.title == std::string(kReleaseTitleLimit - 1, 'a') + "…");
}

}  // namespace
}  // namespace handboek::render
