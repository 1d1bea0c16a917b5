// Test support: a real git repository made in the test with the git CLI,
// with fixed authors and dates so history, dates and release order are the
// same on every run. Nothing is mocked: the generator reads it through
// libgit2 like any other repository.
//
//   GitFixture repo(site.root());
//   repo.write("content/a.md", "---\ntitle: A\n---\n");
//   repo.commit("Eerste versie", {"Anne de Vries", "anne@example.org", "2019-12-03T10:00:00+01:00"});
//   repo.tag("v2019.1");
//
// The user's and the system's git configuration are ignored; themes/ and
// public/ are in .gitignore (the theme is read from the working tree).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace handboek::testing {

// Who made a commit or a tag, and when (ISO 8601 with the UTC offset, as
// GIT_AUTHOR_DATE takes it: "2019-12-03T10:00:00+01:00").
struct GitSignature {
  std::string name;
  std::string email;
  std::string date;
};

class GitFixture {
 public:
  // `git init` in `root` (created when missing) on branch main.
  explicit GitFixture(std::filesystem::path root);
  // Opens a repository made elsewhere (a clone) without running init.
  static GitFixture existing(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }

  // Files in the work tree, relative to root().
  void write(std::string_view relative, std::string_view contents) const;
  // Every file of a txtar string (see temp_site.h).
  void write_all(std::string_view txtar) const;
  void remove(std::string_view relative) const;
  // `git mv from to`.
  void move(std::string_view from, std::string_view to) const;

  // Stages everything and commits as `who` (author and committer); returns
  // the commit id. `subject` may have more lines (the body).
  std::string commit(std::string_view subject, const GitSignature& who) const;
  // Lightweight tag at HEAD (or at `target`).
  void tag(std::string_view name, std::string_view target = "HEAD") const;
  // Annotated tag at HEAD with its own tagger and date.
  void annotated_tag(std::string_view name, std::string_view message, const GitSignature& tagger,
                     std::string_view target = "HEAD") const;

  void create_branch(std::string_view name) const;  // at HEAD, without switching
  void switch_to(std::string_view branch) const;
  // `git merge --no-ff` of `branch` into the current branch as `who`.
  std::string merge(std::string_view branch, std::string_view subject, const GitSignature& who) const;
  // Detaches HEAD at `revision`.
  void detach(std::string_view revision) const;

  // Runs git in root() with the fixed environment; stdout without the final
  // newline. Throws std::runtime_error with git's stderr when git fails.
  std::string git(const std::vector<std::string>& args, const GitSignature* who = nullptr) const;

 private:
  struct NoInit {};
  GitFixture(std::filesystem::path root, NoInit) : root_(std::move(root)) {}

  std::filesystem::path root_;
};

// `git clone --depth <depth> file://<from> <to>`: a shallow clone.
GitFixture shallow_clone(const GitFixture& from, const std::filesystem::path& to, int depth);

}  // namespace handboek::testing
