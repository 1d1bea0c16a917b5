// RAII for libgit2: one unique_ptr alias per git_* type with its own _free,
// and the library's init/shutdown. libgit2 is confined to source/ and
// history/; no git_* type appears in the model.
#pragma once

#include <git2.h>

#include <cstring>
#include <string>

#include "base/c_handle.h"

namespace handboek::source {

using GitRepositoryPtr = base::CHandle<git_repository, git_repository_free>;
using GitCommitPtr = base::CHandle<git_commit, git_commit_free>;
using GitTreePtr = base::CHandle<git_tree, git_tree_free>;
using GitTreeEntryPtr = base::CHandle<git_tree_entry, git_tree_entry_free>;
using GitBlobPtr = base::CHandle<git_blob, git_blob_free>;
using GitObjectPtr = base::CHandle<git_object, git_object_free>;
using GitRevwalkPtr = base::CHandle<git_revwalk, git_revwalk_free>;
using GitDiffPtr = base::CHandle<git_diff, git_diff_free>;
using GitReferencePtr = base::CHandle<git_reference, git_reference_free>;
using GitReferenceIteratorPtr = base::CHandle<git_reference_iterator, git_reference_iterator_free>;
using GitStatusListPtr = base::CHandle<git_status_list, git_status_list_free>;

// Keeps libgit2 initialised for the lifetime of the process (first call).
// Call it before starting threads that use libgit2 (GitRepository does).
void ensure_libgit2();

// Whether this libgit2 was built with thread support (GIT_FEATURE_THREADS,
// as Debian's is): only then may threads use libgit2 at the same time,
// each through its own repository handle. Initialises the library.
bool libgit2_supports_threads();

// The message of libgit2's last error on this thread, for diagnostics.
std::string last_git_error();

// git_oid as the key of an unordered container.
struct OidHash {
  size_t operator()(const git_oid& id) const {
    size_t hash;
    std::memcpy(&hash, id.id, sizeof hash);  // an object id is already a hash
    return hash;
  }
};
struct OidEqual {
  bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_equal(&a, &b); }
};

// 40 hex digits of an object id.
std::string oid_string(const git_oid& oid);

}  // namespace handboek::source
