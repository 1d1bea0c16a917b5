#include "render/body_cache.h"

#include <functional>

#include "base/content_hash.h"

namespace handboek::render {

BodyCache::Key BodyCache::key_of(std::string_view text) {
  return {base::fnv1a_64(text), static_cast<uint64_t>(std::hash<std::string_view>{}(text))};  // libstdc++: Murmur2
}

}  // namespace handboek::render
