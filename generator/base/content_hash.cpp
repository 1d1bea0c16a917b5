#include "base/content_hash.h"

#include <cstdint>

namespace handboek::base {

uint64_t fnv1a_64(std::string_view bytes) {
  uint64_t hash = 1469598103934665603ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string content_hash(std::string_view bytes) {
  uint64_t hash = fnv1a_64(bytes);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<size_t>(i)] = kHex[hash & 0xF];
  return out;
}

}  // namespace handboek::base
