// Owning pointers to the objects of C libraries (libgit2, cmark-gfm): a
// unique_ptr that frees with the library's own function. Each library's
// aliases are in its own header (source/git_handle.h, load/cmark_handle.h).
#pragma once

#include <memory>

namespace handboek::base {

template <typename T, void (*Free)(T*)>
struct FreeWith {
  void operator()(T* handle) const { Free(handle); }
};

// CHandle<git_tree, git_tree_free>: a git_tree freed by git_tree_free.
template <typename T, void (*Free)(T*)>
using CHandle = std::unique_ptr<T, FreeWith<T, Free>>;

}  // namespace handboek::base
