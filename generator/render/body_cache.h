// BodyCache: the HTML of page bodies, kept across the versions one build
// renders. Releases share most of their pages, so a body whose text and
// whose every input (link targets as written, the glossary, the
// organisations, the theme's partials) is the same in the next version is
// rendered once (issue 12, "reuse within a build"). What a body depends on
// is spelled out in render_body (markdown_renderer.cpp); this class only
// keeps HTML under a key. Thread-safe: pages render on several threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "base/two_version_cache.h"

namespace handboek::render {

// Rendered bodies by key (find, store, next_version: base::TwoVersionCache).
class BodyCache : public base::TwoVersionCache<std::pair<uint64_t, uint64_t>, std::string> {
 public:
  // 128 bits of the full key text (two independent 64-bit hashes): the key
  // holds the whole Markdown text, too much to keep for every body.
  using Key = std::pair<uint64_t, uint64_t>;
  static Key key_of(std::string_view text);
};

}  // namespace handboek::render
