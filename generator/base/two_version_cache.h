// TwoVersionCache: values kept across the versions one build loads or
// renders, for the next version to reuse. Versions are visited newest first
// and neighbours share most of their files, so at next_version() every
// entry the version just done did not use is forgotten: while a version
// runs, the cache holds its predecessor's values and its own new ones,
// however many releases a site has. Thread-safe: pages load and render on several threads. Used by
// load::PageCache (parsed pages) and render::BodyCache (rendered bodies).
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

namespace handboek::base {

template <typename Key, typename Value>
class TwoVersionCache {
 public:
  // A copy of the value under `key`, which counts as used by this version.
  std::optional<Value> find(const Key& key) {
    const std::lock_guard lock(mutex_);
    const auto found = entries_.find(key);
    if (found == entries_.end()) return std::nullopt;
    found->second.used = version_;
    ++reused_;
    return found->second.value;
  }
  // Keeps `value` under `key` unless there is one already (two threads
  // that race make the same value).
  void store(const Key& key, Value value) {
    const std::lock_guard lock(mutex_);
    entries_.try_emplace(key, Kept{std::move(value), version_});
  }
  // Begins the next version (see above).
  void next_version() {
    const std::lock_guard lock(mutex_);
    ++version_;
    std::erase_if(entries_, [&](const auto& entry) { return entry.second.used + 1 < version_; });
  }
  size_t size() const {
    const std::lock_guard lock(mutex_);
    return entries_.size();
  }
  // How many values find() returned.
  size_t reused() const {
    const std::lock_guard lock(mutex_);
    return reused_;
  }

 private:
  struct Kept {
    Value value;
    uint64_t used = 0;  // the last version that used it
  };
  mutable std::mutex mutex_;
  std::map<Key, Kept> entries_;
  uint64_t version_ = 0;
  size_t reused_ = 0;
};

}  // namespace handboek::base
