#include "temp_site.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace handboek::testing {

TempDir::TempDir() {
  std::string pattern = "/tmp/handboek-test-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  if (path_.empty()) return;  // moved from
  std::error_code error;
  // Tests may leave read-only folders behind; make them writable first.
  for (auto it = fs::recursive_directory_iterator(path_, error); !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (it->is_directory(error) && !it->is_symlink(error)) {
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, error);
    }
  }
  fs::remove_all(path_, error);
}

std::map<std::string, std::string> parse_txtar(std::string_view text) {
  std::map<std::string, std::string> files;
  std::string* current = nullptr;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    const bool last = end == std::string_view::npos;
    if (last) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    if (line.size() > 6 && line.substr(0, 3) == "-- " && line.substr(line.size() - 3) == " --") {
      current = &files[std::string(line.substr(3, line.size() - 6))];
    } else if (current) {
      current->append(line);
      if (!last) current->push_back('\n');
    }
    pos = end + 1;
  }
  return files;
}

void write_file(const fs::path& path, std::string_view contents) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

std::map<std::string, std::string> read_tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files[fs::relative(entry.path(), root).generic_string()] = read_file(entry.path());
  }
  return files;
}

void copy_themes(const fs::path& site_root) {
  fs::copy(source_dir() / "themes", site_root / "themes", fs::copy_options::recursive);
}

fs::path fixture_path(std::string_view relative) {
  return source_dir() / "tests" / "fixtures" / relative;
}

void copy_fixture(std::string_view fixture, const fs::path& target) {
  fs::create_directories(target);
  fs::copy(fixture_path(fixture), target, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

TempSite::TempSite(std::string_view txtar, bool with_themes) : root_(dir_.path() / "site") {
  fs::create_directories(root_);
  if (with_themes) copy_themes(root_);
  write_all(txtar);
}

TempSite TempSite::from_fixture(std::string_view fixture) {
  TempSite site;
  copy_fixture(fixture, site.root());
  return site;
}

void TempSite::write(std::string_view relative, std::string_view contents) const {
  write_file(root_ / relative, contents);
}

void TempSite::write_all(std::string_view txtar) const {
  for (const auto& [path, contents] : parse_txtar(txtar)) write(path, contents);
}

std::string TempSite::read(std::string_view relative) const {
  return read_file(root_ / relative);
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return lines;
}

std::vector<std::string> RunResult::diagnostics() const {
  std::vector<std::string> lines;
  for (std::string& line : split_lines(err)) {
    if (line.rfind("handboek:", 0) != 0) lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<std::string> RunResult::errors() const {
  std::vector<std::string> lines;
  for (std::string& line : diagnostics()) {
    if (line.find(": error: ") != std::string::npos) lines.push_back(std::move(line));
  }
  return lines;
}

const std::string& handboek_binary() {
  static const std::string binary = HANDBOEK_BINARY;
  return binary;
}

const fs::path& source_dir() {
  static const fs::path dir = HANDBOEK_SOURCE_DIR;
  return dir;
}

RunResult run_handboek(const std::vector<std::string>& args) {
  std::vector<std::string> command = {handboek_binary()};
  command.insert(command.end(), args.begin(), args.end());
  return run_program(command);
}

RunResult run_program(const std::vector<std::string>& command) {
  const TempDir capture;
  const std::string out_path = (capture.path() / "stdout").string();
  const std::string err_path = (capture.path() / "stderr").string();

  std::vector<std::string> storage = command;
  std::vector<char*> argv;
  for (std::string& arg : storage) argv.push_back(arg.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run " + storage[0]);

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error("waitpid failed");
  }
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  return result;
}

}  // namespace handboek::testing
