#include "render/body_cache.h"

#include <functional>

namespace handboek::render {

BodyCache::Key BodyCache::key_of(std::string_view text) {
  uint64_t fnv = 14695981039346656037ull;  // FNV-1a
  for (const char c : text) {
    fnv ^= static_cast<unsigned char>(c);
    fnv *= 1099511628211ull;
  }
  return {fnv, static_cast<uint64_t>(std::hash<std::string_view>{}(text))};  // libstdc++: Murmur2
}

std::optional<std::string> BodyCache::find(const Key& key) {
  const std::lock_guard lock(mutex_);
  const auto found = entries_.find(key);
  if (found == entries_.end()) return std::nullopt;
  found->second.used = version_;
  ++reused_;
  return found->second.html;
}

void BodyCache::store(const Key& key, std::string html) {
  const std::lock_guard lock(mutex_);
  entries_.try_emplace(key, Entry{std::move(html), version_});  // the same bytes when two threads race
}

void BodyCache::next_version() {
  const std::lock_guard lock(mutex_);
  ++version_;
  std::erase_if(entries_, [&](const auto& entry) { return entry.second.used + 1 < version_; });
}

size_t BodyCache::size() const {
  const std::lock_guard lock(mutex_);
  return entries_.size();
}

size_t BodyCache::reused() const {
  const std::lock_guard lock(mutex_);
  return reused_;
}

}  // namespace handboek::render
