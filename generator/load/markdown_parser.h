// The one way this project parses Markdown: cmark-gfm with the GFM
// extensions (table, strikethrough, autolink, tagfilter, tasklist) and
// source positions. Shared by the loader (outline) and the renderer (HTML)
// so both see the same tree. cmark types stay inside load/ and render/.
#pragma once

#include <cmark-gfm.h>

#include <memory>
#include <string_view>

namespace handboek::load {

struct CmarkNodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using CmarkDocument = std::unique_ptr<cmark_node, CmarkNodeDeleter>;

// Parses `markdown` into a document node. Never fails (cmark accepts any
// input). Thread-safe.
CmarkDocument parse_markdown(std::string_view markdown);

// The extension list to pass to cmark_render_html for the same document.
cmark_llist* markdown_extensions();

// The fenced code block's info string split into its first word and the
// rest ("lokaal buch" → {"lokaal", "buch"}).
struct FenceInfo {
  std::string_view kind;
  std::string_view argument;
};
FenceInfo split_fence_info(const char* info);

}  // namespace handboek::load
