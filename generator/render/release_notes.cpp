#include "render/release_notes.h"

#include <vector>

#include "load/markdown_parser.h"

namespace handboek::render {

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

// The first `limit` bytes of `text`, not ending inside a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string short_title(std::string_view line) {
  line = trimmed(line);
  if (line.size() <= kReleaseTitleLimit) return std::string(line);
  std::string_view cut = utf8_prefix(line, kReleaseTitleLimit);
  // Cut at a word so the title does not end in half a word.
  if (const size_t space = cut.rfind(' '); space != std::string_view::npos && space > kReleaseTitleLimit / 2) {
    cut = cut.substr(0, space);
  }
  return std::string(trimmed(cut)) + "…";
}

// A link keeps its text and an image its description: their children
// take their place.
void unlink_links_and_images(cmark_node* document) {
  std::vector<cmark_node*> targets;
  const load::CmarkIterator iter(cmark_iter_new(document));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) targets.push_back(node);
  }
  // Innermost first (reverse document order), so a nested target is
  // moved out before its parent is freed.
  for (auto it = targets.rbegin(); it != targets.rend(); ++it) {
    cmark_node* node = *it;
    while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
    cmark_node_free(node);  // unlinks it first
  }
}

}  // namespace

ReleaseNotes render_release_notes(std::string_view message) {
  ReleaseNotes notes;
  message = trimmed(message);
  const size_t line_end = message.find('\n');
  notes.title = short_title(message.substr(0, line_end));
  if (line_end == std::string_view::npos) return notes;
  std::string_view body = trimmed(message.substr(line_end + 1));
  if (body.size() > kReleaseBodyLimit) {
    notes.shortened = true;
    body = utf8_prefix(body, kReleaseBodyLimit);
    // End at a line: a half line reads as a mistake, half a list item
    // as a different statement.
    if (const size_t last_line = body.rfind('\n'); last_line != std::string_view::npos) {
      body = body.substr(0, last_line);
    }
    body = trimmed(body);
  }
  if (body.empty()) return notes;
  notes.body_html = render_unlinked_markdown(body);
  return notes;
}

std::string render_unlinked_markdown(std::string_view markdown) {
  load::CmarkDocument document = load::parse_markdown(markdown);
  unlink_links_and_images(document.get());
  // No CMARK_OPT_UNSAFE: raw HTML in the text is left out.
  const load::CmarkText html(cmark_render_html(document.get(), CMARK_OPT_DEFAULT, load::markdown_extensions()));
  return html.get();
}

}  // namespace handboek::render
