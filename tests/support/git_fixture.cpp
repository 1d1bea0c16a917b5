#include "git_fixture.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "temp_site.h"

extern char** environ;

namespace handboek::testing {

namespace fs = std::filesystem;

namespace {

// The parent's environment without anything that could change what git
// does (GIT_DIR from a hook, the user's identity), plus a fixed setup.
std::vector<std::string> git_environment(const GitSignature* who) {
  std::vector<std::string> env;
  for (char** entry = environ; *entry; ++entry) {
    if (std::strncmp(*entry, "GIT_", 4) != 0) env.emplace_back(*entry);
  }
  env.emplace_back("GIT_CONFIG_NOSYSTEM=1");
  env.emplace_back("GIT_CONFIG_GLOBAL=/dev/null");
  env.emplace_back("GIT_TERMINAL_PROMPT=0");
  const GitSignature fallback{"Fixture", "fixture@example.org", "2000-01-01T00:00:00+00:00"};
  const GitSignature& signature = who ? *who : fallback;
  for (const char* role : {"AUTHOR", "COMMITTER"}) {
    env.push_back(std::string("GIT_") + role + "_NAME=" + signature.name);
    env.push_back(std::string("GIT_") + role + "_EMAIL=" + signature.email);
    env.push_back(std::string("GIT_") + role + "_DATE=" + signature.date);
  }
  return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (std::string& text : strings) out.push_back(text.data());
  out.push_back(nullptr);
  return out;
}

// Runs git with `args` (after "git"); throws with stderr when it fails.
std::string run_git(std::vector<std::string> args, const GitSignature* who) {
  const TempDir capture;
  const std::string out_path = (capture.path() / "stdout").string();
  const std::string err_path = (capture.path() / "stderr").string();
  args.insert(args.begin(), {"git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c",
                             "tag.gpgsign=false", "-c", "core.autocrlf=false", "-c", "advice.detachedHead=false"});
  std::vector<std::string> env = git_environment(who);
  std::vector<char*> argv = pointers(args);
  std::vector<char*> envp = pointers(env);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run git");
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error("waitpid failed");
  }
  std::string out = read_file(out_path);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string command;
    for (const std::string& arg : args) command += arg + " ";
    throw std::runtime_error(command + "failed: " + read_file(err_path));
  }
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace

GitFixture::GitFixture(fs::path root) : root_(std::move(root)) {
  fs::create_directories(root_);
  git({"init", "--quiet"});
  write_file(root_ / ".gitignore", "themes/\npublic/\n");
}

GitFixture GitFixture::existing(fs::path root) { return GitFixture(std::move(root), NoInit{}); }

std::string GitFixture::git(const std::vector<std::string>& args, const GitSignature* who) const {
  std::vector<std::string> full = {"-C", root_.string()};
  full.insert(full.end(), args.begin(), args.end());
  return run_git(std::move(full), who);
}

void GitFixture::write(std::string_view relative, std::string_view contents) const {
  write_file(root_ / relative, contents);
}

void GitFixture::write_all(std::string_view txtar) const {
  for (const auto& [path, contents] : parse_txtar(txtar)) write(path, contents);
}

void GitFixture::remove(std::string_view relative) const { git({"rm", "--quiet", std::string(relative)}); }

void GitFixture::move(std::string_view from, std::string_view to) const {
  fs::create_directories((root_ / to).parent_path());
  git({"mv", std::string(from), std::string(to)});
}

std::string GitFixture::commit(std::string_view subject, const GitSignature& who) const {
  git({"add", "--all"});
  git({"commit", "--quiet", "--allow-empty", "-m", std::string(subject)}, &who);
  return git({"rev-parse", "HEAD"});
}

void GitFixture::tag(std::string_view name, std::string_view target) const {
  git({"tag", std::string(name), std::string(target)});
}

void GitFixture::annotated_tag(std::string_view name, std::string_view message, const GitSignature& tagger,
                               std::string_view target) const {
  git({"tag", "-a", std::string(name), "-m", std::string(message), std::string(target)}, &tagger);
}

void GitFixture::create_branch(std::string_view name) const { git({"branch", std::string(name)}); }

void GitFixture::switch_to(std::string_view branch) const { git({"checkout", "--quiet", std::string(branch)}); }

std::string GitFixture::merge(std::string_view branch, std::string_view subject, const GitSignature& who) const {
  git({"merge", "--quiet", "--no-ff", "-m", std::string(subject), std::string(branch)}, &who);
  return git({"rev-parse", "HEAD"});
}

void GitFixture::detach(std::string_view revision) const {
  git({"checkout", "--quiet", "--detach", std::string(revision)});
}

GitFixture shallow_clone(const GitFixture& from, const fs::path& to, int depth) {
  from.git({"clone", "--quiet", "--depth", std::to_string(depth), "file://" + from.root().string(), to.string()});
  return GitFixture::existing(to);
}

}  // namespace handboek::testing
