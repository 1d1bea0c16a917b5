// BodyCache: the HTML of page bodies, kept across the versions one build
// renders. Releases share most of their pages, so a body whose text and
// whose every input (link targets as written, the glossary, the
// organisations, the theme's partials) is the same in the next version is
// rendered once (issue 12, "reuse within a build"). What a body depends on
// is spelled out in render_body (markdown_renderer.cpp); this class only
// keeps HTML under a key. Thread-safe: pages render on several threads.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace handboek::render {

class BodyCache {
 public:
  // 128 bits of the full key text (two independent 64-bit hashes): the key
  // holds the whole Markdown text, too much to keep for every body.
  using Key = std::pair<uint64_t, uint64_t>;
  static Key key_of(std::string_view text);

  // The HTML stored under `key` (it counts as used in this version).
  std::optional<std::string> find(const Key& key);
  void store(const Key& key, std::string html);

  // Begins the next version: bodies that neither the previous version nor
  // this one uses are forgotten, so the cache holds about two versions.
  void next_version();

  size_t size() const;
  size_t reused() const;  // how many bodies came from the cache

 private:
  struct KeyHash {
    size_t operator()(const Key& key) const { return static_cast<size_t>(key.first ^ (key.second * 31)); }
  };
  struct Entry {
    std::string html;
    uint64_t used = 0;  // the last version that used it
  };
  mutable std::mutex mutex_;
  std::unordered_map<Key, Entry, KeyHash> entries_;
  uint64_t version_ = 0;
  size_t reused_ = 0;
};

}  // namespace handboek::render
