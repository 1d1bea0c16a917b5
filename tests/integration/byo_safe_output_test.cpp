// A handbook brought from elsewhere, full of raw HTML, embedded videos and
// SVG images (tests/fixtures/sites/byo-html), builds with exit 0: the
// harmless HTML is shown, the unsafe parts are left out with one warning
// per page, and no built file holds a script, an event handler or a frame
// (issue 32). The scan reads every built HTML and SVG file.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::testing::copy_fixture;
using handboek::testing::read_tree;
using handboek::testing::run_handboek;
using handboek::testing::TempSite;

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// Every tag ("<…>") of `html`, lowercase.
std::vector<std::string> tags_of(const std::string& html) {
  std::vector<std::string> tags;
  for (size_t open = html.find('<'); open != std::string::npos; open = html.find('<', open + 1)) {
    const size_t close = html.find('>', open);
    if (close == std::string::npos) break;
    tags.push_back(lower(html.substr(open, close - open + 1)));
  }
  return tags;
}

// What in `file` would run code or load a frame, "" when nothing. The
// theme's own scripts (`<script src="…assets/….js" defer>`) are the only
// scripts a page may have.
std::string active_part(const std::string& file) {
  for (const std::string& tag : tags_of(file)) {
    if (tag.rfind("<script", 0) == 0) {
      const size_t src = tag.find(" src=\"");
      const bool theme_script = src != std::string::npos && tag.find("assets/", src) != std::string::npos &&
                                tag.find("\"", src + 6) != std::string::npos && tag.find(".js\"") != std::string::npos;
      if (!theme_script) return tag;
    }
    for (const char* frame : {"<iframe", "<frame", "<object", "<embed", "<applet", "<foreignobject"}) {
      if (tag.rfind(frame, 0) == 0) return tag;
    }
    // An attribute whose name starts with "on": an event handler.
    for (size_t at = tag.find(" on"); at != std::string::npos; at = tag.find(" on", at + 1)) {
      size_t end = at + 3;
      while (end < tag.size() && std::isalpha(static_cast<unsigned char>(tag[end]))) ++end;
      if (end < tag.size() && tag[end] == '=' && !(tag.rfind("<meta", 0) == 0)) return tag;
    }
    if (tag.find("javascript:") != std::string::npos) return tag;
    // The theme's search form stays in the site; no form sends to another.
    if (tag.rfind("<form", 0) == 0 && tag.find("action=\"http") != std::string::npos) return tag;
    // Nothing is loaded from another site: no src or href of an image,
    // frame or media element leaves the handbook.
    if ((tag.rfind("<img", 0) == 0 || tag.rfind("<video", 0) == 0 || tag.rfind("<audio", 0) == 0 ||
         tag.rfind("<image", 0) == 0 || tag.rfind("<source", 0) == 0) &&
        (tag.find("src=\"http") != std::string::npos || tag.find("href=\"http") != std::string::npos)) {
      return tag;
    }
  }
  return "";
}

}  // namespace

TEST_CASE("a handbook full of raw HTML, videos and SVG builds, and no built file can run code", "[integration][byo]") {
  TempSite site{"", false};
  copy_fixture("sites/byo-html", site.root());
  const handboek::testing::GitFixture repo(site.root());
  repo.commit("Handboek overgenomen", handboek::testing::anne("2026-11-02T10:00:00+01:00"));
  const auto run = run_handboek({"build", site.root().string(), "-o", site.beside("out").string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const auto files = read_tree(site.beside("out"));

  size_t scanned = 0;
  for (const auto& [path, bytes] : files) {
    if (!path.ends_with(".html") && !path.ends_with(".svg")) continue;
    ++scanned;
    INFO(path);
    CHECK(active_part(bytes) == "");
  }
  CHECK(scanned > 5);

  SECTION("the harmless HTML is shown as written, the videos as links") {
    const std::string& home = files.at("index.html");
    CHECK_THAT(home, Contains("<td>Klantmanager</td><td>Anna</td>"));
    CHECK_THAT(home, Contains("<td><span class=\"naam\">Bram</span></td>"));
    CHECK_THAT(home, Contains("<details>\n<summary>Wat doe je in je eerste week?</summary>"));
    CHECK_THAT(home, Contains("Video: <a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Introductiefilm</a>"));
    CHECK_THAT(home, Contains("Video: <a href=\"https://www.loom.com/embed/0123456789abcdef\">"));
    CHECK_THAT(home, Contains("Video: <a href=\"https://cdn.example.org/rondleiding.mp4\">"));
    CHECK_THAT(home, Contains("<a href=\"team/\">naar het team</a>"));
    CHECK_THAT(home, Contains("<a href=\"mailto:team@example.org\">mail ons</a>"));
    CHECK_THAT(home, Contains("<img src=\"team/schema.svg\" alt=\"Schema\">"));
    const std::string& team = files.at("team/index.html");
    CHECK_THAT(team, Contains("<kbd>Ctrl</kbd>"));
    CHECK_THAT(team, Contains("<ul><li>Eerste <b>punt</b></li>"));
    CHECK_THAT(files.at("team/schema.svg"), Contains("<text x=\"8\" y=\"22\">Intake</text>"));
    CHECK_THAT(files.at("team/tekening.svg"), Contains("<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"green\"/>"));
  }
  SECTION("one warning per page names what was left out; nothing about harmless HTML") {
    const std::vector<std::string> diagnostics = run.diagnostics();
    const auto about = [&](const std::string& prefix) {
      return std::count_if(diagnostics.begin(), diagnostics.end(),
                           [&](const std::string& line) { return line.rfind(prefix, 0) == 0; });
    };
    CHECK(about("content/index.md:5:1: warning: HTML in de tekst: ") == 1);
    CHECK(about("content/team/index.md:") == 0);  // harmless HTML only
    CHECK(about("content/team/tekening.svg: warning: SVG-afbeelding: ") == 1);
    CHECK(about("content/team/schema.svg") == 0);
    // The external images, Markdown and HTML alike.
    CHECK(about("content/index.md:28:22: warning: afbeelding van buiten weggelaten") == 1);
    CHECK(about("content/index.md:28:") == 2);
    // The English page is said once, and build sums spelling up in one line.
    CHECK_THAT(run.err, Contains("handboek: spelling: "));
    CHECK(std::none_of(diagnostics.begin(), diagnostics.end(),
                       [](const std::string& line) { return line.find("unknown word") != std::string::npos; }));
  }
}
