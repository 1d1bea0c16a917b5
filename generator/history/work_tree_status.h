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

}  // namespace handboek::history
