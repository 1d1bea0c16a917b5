#include "history/line_dates.h"

#include <git2.h>

#include <map>

#include "base/c_handle.h"
#include "source/git_handle.h"

namespace handboek::history {

namespace {

using GitBlamePtr = base::CHandle<git_blame, git_blame_free>;

// The commit's author date. Looked up by id: a hunk of a buffer blame
// that libgit2 split or moved does not always keep its signature.
LineDate date_of(git_repository* repository, const git_blame_hunk& hunk, std::map<std::string, LineDate>& known) {
  LineDate date;
  if (git_oid_is_zero(&hunk.final_commit_id)) return date;  // a line of the buffer only
  char hex[GIT_OID_HEXSZ + 1];
  git_oid_tostr(hex, sizeof hex, &hunk.final_commit_id);
  const auto found = known.find(hex);
  if (found != known.end()) return found->second;
  date.commit_id = hex;
  git_commit* raw = nullptr;
  if (git_commit_lookup(&raw, repository, &hunk.final_commit_id) == 0) {
    const source::GitCommitPtr commit(raw);
    const git_signature* author = git_commit_author(commit.get());
    date.time = author->when.time;
    date.offset_minutes = author->when.offset;
  }
  known.emplace(hex, date);
  return date;
}

}  // namespace

bool newer_than(const LineDate& line, const LineDate& other) {
  if (line.uncommitted() || other.uncommitted()) return line.uncommitted() && !other.uncommitted();
  return line.time > other.time;
}

std::optional<std::vector<LineDate>> blame_lines(const source::GitRepository& repository,
                                                 const std::string& repository_path, const std::string& commit_id,
                                                 const std::string* working_text) {
  const std::lock_guard<std::mutex> guard(repository.lock());
  git_blame_options options = GIT_BLAME_OPTIONS_INIT;
  if (git_oid_fromstr(&options.newest_commit, commit_id.c_str()) != 0) return std::nullopt;
  git_blame* raw = nullptr;
  if (git_blame_file(&raw, repository.get(), repository_path.c_str(), &options) != 0) return std::nullopt;
  GitBlamePtr blame(raw);
  if (working_text) {
    git_blame* on_buffer = nullptr;
    if (git_blame_buffer(&on_buffer, blame.get(), working_text->data(), working_text->size()) != 0) {
      return std::nullopt;
    }
    blame.reset(on_buffer);
  }
  std::vector<LineDate> lines;
  std::map<std::string, LineDate> known;  // commit id → its date
  const uint32_t hunks = git_blame_get_hunk_count(blame.get());
  for (uint32_t i = 0; i < hunks; ++i) {
    const git_blame_hunk* hunk = git_blame_get_hunk_byindex(blame.get(), i);
    if (!hunk) continue;
    const LineDate date = date_of(repository.get(), *hunk, known);
    // Hunks are in line order and cover the file without gaps.
    const size_t first = hunk->final_start_line_number == 0 ? 0 : hunk->final_start_line_number - 1;
    if (lines.size() < first + hunk->lines_in_hunk) lines.resize(first + hunk->lines_in_hunk);
    for (size_t line = 0; line < hunk->lines_in_hunk; ++line) lines[first + line] = date;
  }
  return lines;
}

}  // namespace handboek::history
