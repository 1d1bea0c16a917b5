#include "base/installation.h"

namespace handboek::base {

const std::optional<std::filesystem::path>& executable_path() {
  static const std::optional<std::filesystem::path> path = []() -> std::optional<std::filesystem::path> {
    std::error_code error;
    std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) return std::nullopt;
    return executable;
  }();
  return path;
}

std::optional<std::filesystem::path> installed_share_dir() {
  const auto& executable = executable_path();
  if (!executable) return std::nullopt;
  return executable->parent_path().parent_path() / "share" / "handboek";
}

}  // namespace handboek::base
