// A stable fingerprint of bytes: 64-bit FNV-1a as 16 hex digits. The same on
// every machine and build, so it can name assets and tell whether a page
// changed between versions. Not for security.
#pragma once

#include <string>
#include <string_view>

namespace handboek::base {

std::string content_hash(std::string_view bytes);

}  // namespace handboek::base
