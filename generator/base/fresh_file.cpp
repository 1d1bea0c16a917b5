#include "base/fresh_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <string>

namespace handboek::base {

bool write_all(int fd, std::string_view bytes) {
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t count = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (count <= 0) return false;
    written += static_cast<size_t>(count);
  }
  return true;
}

bool write_fresh_file(const std::filesystem::path& path, std::string_view bytes) {
  // Nothing there yet (nearly every file of a build): the file itself is
  // made new, without a second name and a rename.
  if (const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644); fd >= 0) {
    const bool whole = write_all(fd, bytes);
    if (::close(fd) == 0 && whole) return true;
    ::unlink(path.c_str());
    return false;
  } else if (errno != EEXIST) {
    return false;
  }
  static std::atomic<unsigned long> counter{0};
  const std::filesystem::path fresh =
      path.parent_path() / (".handboek-new-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  const int fd = ::open(fresh.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) return false;
  const bool whole = write_all(fd, bytes);
  const bool complete = ::close(fd) == 0 && whole;
  if (!complete || std::rename(fresh.c_str(), path.c_str()) != 0) {
    ::unlink(fresh.c_str());
    return false;
  }
  return true;
}

}  // namespace handboek::base
