// OutputTree: the whole built site in memory — output path → bytes, sorted,
// so writing it (or serving it) is independent of render order.
#pragma once

#include <map>
#include <string>

namespace handboek::base {

class OutputTree {
 public:
  // REQUIRES: `path` is relative, '/'-separated and stays inside the tree
  // (callers build paths from SitePaths). A second add replaces the first.
  void add(std::string path, std::string bytes) { files_[std::move(path)] = std::move(bytes); }
  const std::map<std::string, std::string>& files() const { return files_; }
  const std::string* find(const std::string& path) const {
    const auto it = files_.find(path);
    return it == files_.end() ? nullptr : &it->second;
  }
  size_t size() const { return files_.size(); }
  // Removes every file whose path `unwanted` accepts.
  template <typename Predicate>
  void remove_if(Predicate unwanted) {
    std::erase_if(files_, [&](const auto& file) { return unwanted(file.first); });
  }

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace handboek::base
