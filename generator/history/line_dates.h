// When each line of a file last changed, from git blame (libgit2), as plain
// data: the commit and its author date, or "not committed" for a line of the
// working tree that HEAD does not have. Read for the few files whose local
// agreements are dated (model/local_agreements.h), never for every file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "source/git_repository.h"

namespace handboek::history {

struct LineDate {
  std::string commit_id;  // 40 hex digits; "" for an uncommitted line
  int64_t time = 0;       // author time of that commit, seconds since the epoch
  int offset_minutes = 0;
  bool uncommitted() const { return commit_id.empty(); }
};

// Newer than `other`: an uncommitted line is newer than every committed one
// ("changed now"); two committed lines compare by author time.
bool newer_than(const LineDate& line, const LineDate& other);

// The date of every line (index 0 is line 1) of the file at
// `repository_path` (relative to the repository's work tree) as it is in
// `commit_id`; with `working_text`, of that text (the file in the working
// tree) on top of `commit_id` (HEAD), its new lines uncommitted. nullopt when
// git cannot blame it (the file is not in the commit, an unborn branch).
std::optional<std::vector<LineDate>> blame_lines(const source::GitRepository& repository,
                                                 const std::string& repository_path, const std::string& commit_id,
                                                 const std::string* working_text = nullptr);

}  // namespace handboek::history
