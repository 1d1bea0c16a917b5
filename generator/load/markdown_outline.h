// MarkdownOutline: what the rest of the pipeline must know about a Markdown
// text without rendering it — headings with their anchors, links, and the
// special fenced blocks (```lokaal ORG, ```form ID) — each with its file
// position. Extracted once per text by the loader; the renderer assigns
// heading anchors with the same function, so ids always match.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/markdown_parser.h"

namespace handboek::load {

struct Heading {
  int level = 1;
  std::string text;    // plain text of the heading
  std::string anchor;  // unique within its text; see assign_heading_anchors
  int line = 0;
};

struct LinkRef {
  std::string href;  // as written
  int line = 0;
  int column = 0;
  bool image = false;  // an image (Markdown or <img>), not a link
};

// A fenced block with a kind this project understands.
struct SpecialBlock {
  std::string kind;      // "lokaal" or "form"
  std::string argument;  // organisation id or form id
  int line = 0;
  int column = 0;
};

struct RawHtml {
  std::string html;
  int line = 0;
  int column = 0;
};

struct MarkdownOutline {
  std::vector<Heading> headings;  // headings of the text itself, not of blocks inside it
  std::vector<LinkRef> links;     // every link and image, also inside lokaal blocks and raw HTML
  std::vector<SpecialBlock> blocks;
  std::vector<RawHtml> raw_html;
};

// Outline of `markdown`, whose first line is line `first_line` of its file.
MarkdownOutline extract_outline(std::string_view markdown, int first_line);

// Markdown read from a YAML scalar has lost its place in the file: indentation
// is removed, a folded (>) scalar joins its lines, and cmark counts columns
// from the scalar's first character. Moves each link of `outline` to where
// its target is written in `yaml` (YAML text whose first line is file line
// `first_line`), searching from the link's approximate line on; the column is
// the link's '[' when it is on that line, else the target's. A link whose
// target is not written literally (escaped) keeps its approximate place.
// Raw HTML is placed the same way, at the first character of its tag.
void place_links_in_yaml(MarkdownOutline& outline, std::string_view yaml, int first_line);

// Plain text of a node's inline children (text, code, entities).
std::string plain_text(cmark_node* node);

// Anchors for headings in document order: slugify(text), and "-2", "-3"…
// for repeats. `reserved` anchors (e.g. step ids) count as already taken.
std::vector<std::string> assign_heading_anchors(const std::vector<std::string>& heading_texts,
                                                const std::vector<std::string>& reserved = {});

// Fenced block kinds handled by the project (not shown as code).
inline constexpr std::string_view kLocalBlockKind = "lokaal";
inline constexpr std::string_view kFormBlockKind = "form";

}  // namespace handboek::load
