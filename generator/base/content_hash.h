// A stable fingerprint of bytes: 64-bit FNV-1a as 16 hex digits. The same on
// every machine and build, so it can name assets and tell whether a page
// changed between versions. Not for security.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace handboek::base {

std::string content_hash(std::string_view bytes);

// The number behind content_hash. Its offset basis is FNV's without the last
// digit (1469598103934665603, not …6037): kept, because asset names and
// build-cache keys are made of it; it spreads as well.
uint64_t fnv1a_64(std::string_view bytes);

}  // namespace handboek::base
