#include "source/git_handle.h"

namespace handboek::source {

void ensure_libgit2() {
  struct Library {
    Library() {
      git_libgit2_init();
      // Like git itself, trust the object store on reads: re-hashing every
      // object read costs a quarter of the history walk.
      git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
      // No object cache for trees: the history walk reads every tree of a
      // long history once or twice and keeps what it reuses itself
      // (history/tree_diff.h); a cache that kept them all grew to hundreds
      // of MB, and that growth cost more than the reads it saved.
      git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, size_t{0});
    }
    ~Library() { git_libgit2_shutdown(); }
  };
  static const Library library;
}

bool libgit2_supports_threads() {
  ensure_libgit2();
  return (git_libgit2_features() & GIT_FEATURE_THREADS) != 0;
}

std::string last_git_error() {
  const git_error* error = git_error_last();
  return error && error->message ? error->message : "onbekende fout van libgit2";
}

std::string oid_string(const git_oid& oid) {
  char text[GIT_OID_HEXSZ + 1];
  git_oid_tostr(text, sizeof text, &oid);
  return text;
}

}  // namespace handboek::source
