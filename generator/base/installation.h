// Where the running generator is installed, found once per process: its
// own path (/proc/self/exe) and the share folder beside it, where the
// default theme and the search tool are installed (<prefix>/bin/handboek →
// <prefix>/share/handboek; the build tree has the same layout).
#pragma once

#include <filesystem>
#include <optional>

namespace handboek::base {

// The running executable; nullopt when it cannot be located.
const std::optional<std::filesystem::path>& executable_path();

// <prefix>/share/handboek for the running executable, whether it exists or
// not; nullopt when the executable cannot be located.
std::optional<std::filesystem::path> installed_share_dir();

}  // namespace handboek::base
