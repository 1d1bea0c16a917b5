// The release notes of a version as a reader sees them: the message of its
// annotated tag (what changed, planned against realised, what is still
// open). The first line is the title; the rest is Markdown. The renderer
// owns the length cap: a tag message is written by hand, but the page must
// stay readable whatever a tag holds. Pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace handboek::render {

// Longest title shown (characters of UTF-8 text), and longest body rendered.
inline constexpr size_t kReleaseTitleLimit = 200;
inline constexpr size_t kReleaseBodyLimit = 6000;

struct ReleaseNotes {
  std::string title;       // plain text, first line of the message
  std::string body_html;   // the rest as HTML, "" when the message has one line
  bool shortened = false;  // the body was longer than kReleaseBodyLimit and is cut at a line
};

// Renders `message` (a tag message; any bytes). The body is Markdown
// without raw HTML, links or images: a tag has no link table to resolve
// them against and a published page loads nothing from elsewhere, so a
// link keeps its text and an image its description.
ReleaseNotes render_release_notes(std::string_view message);

// Markdown as HTML the same way: no raw HTML, a link keeps its text and an
// image its description (a text shown where its links cannot be resolved:
// an organisation's local block in its briefing, render/release_briefing.h).
std::string render_unlinked_markdown(std::string_view markdown);

}  // namespace handboek::render
