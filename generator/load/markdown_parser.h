// The one way this project parses Markdown: cmark-gfm with the GFM
// extensions (table, strikethrough, autolink, tagfilter, tasklist) and
// source positions. Shared by the loader (outline) and the renderer (HTML)
// so both see the same tree. cmark types stay inside load/ and render/.
#pragma once

#include <string>
#include <string_view>

#include "load/cmark_handle.h"

namespace handboek::load {

// Parses `markdown` into a document node. Never fails (cmark accepts any
// input). Thread-safe.
CmarkDocument parse_markdown(std::string_view markdown);

// cmark-gfm 0.29.0.gfm.6 takes time quadratic in the image openers ("![")
// left open in one paragraph: "![[]()" repeated over 120 KB takes 3 s, over
// 512 KB four minutes. A file with more than this many "![" is refused
// before it is parsed (docs/security.md); a real page has a few dozen.
inline constexpr size_t kMaxImageOpeners = 2000;
// The line (from 1) of the "![" in `text` that is one too many, or 0.
int excess_image_opener_line(std::string_view text);
// The error for it: "more than 2000 images ('![') in one file; …".
std::string too_many_images_message();

// The extension list to pass to cmark_render_html for the same document.
cmark_llist* markdown_extensions();
// The same without tagfilter, for a document whose raw HTML is rendered and
// then sanitized (tagfilter would show an <iframe> as text, where the
// sanitizer makes it a link).
cmark_llist* markdown_extensions_for_raw_html();

// The fenced code block's info string split into its first word and the
// rest ("lokaal buch" → {"lokaal", "buch"}).
struct FenceInfo {
  std::string_view kind;
  std::string_view argument;
};
FenceInfo split_fence_info(const char* info);

}  // namespace handboek::load
