// Writing a file as a new inode: the bytes go to a new file beside it, which
// then replaces it in one rename. A file that is a hard link shared with the
// build cache or with the published site (cached releases are linked, not
// copied) is never written through, so a build that fails half-way changes
// neither (docs/security.md).
#pragma once

#include <filesystem>
#include <string_view>

namespace handboek::base {

// Writes `bytes` to `path` as a new file (mode 0644): created in place when
// nothing is there, else written beside it and renamed over what was there;
// false when a step fails (nothing is left behind).
bool write_fresh_file(const std::filesystem::path& path, std::string_view bytes);

// Writes all of `bytes` to the open file `fd` (write(2) may write less than
// asked); false when it stops early. Does not close `fd`.
bool write_all(int fd, std::string_view bytes);

}  // namespace handboek::base
