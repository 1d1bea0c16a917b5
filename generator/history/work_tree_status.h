// Which files of content/ and forms/ have changes in the work tree that are
// not committed yet, so a concept build can mark those pages.
#pragma once

#include <set>
#include <string>

#include "source/git_repository.h"

namespace handboek::history {

// Site-relative paths ("content/x.md") that are new, modified or staged;
// the files of `content_dir` (docs/ for a MkDocs handbook) named content/….
std::set<std::string> uncommitted_paths(const source::GitRepository& repository,
                                        const std::string& content_dir = "content");

// True when the site's files in the work tree are exactly those of
// `commit_id`: it is HEAD, nothing in the site folder is changed, staged or
// untracked (nor ignored in content/ and forms/, which the loader walks),
// and nothing could make a checked-out file differ from its blob (no
// symlinks or submodules in the site's tree, no .gitattributes, no
// core.autocrlf or attributes file). Then a build need not load the
// working tree beside that release (engine/version_plan.cpp). False when
// unsure.
bool work_tree_is_commit(const source::GitRepository& repository, const std::string& commit_id,
                         const std::string& content_dir = "content");

}  // namespace handboek::history
