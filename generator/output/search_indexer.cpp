#include "output/search_indexer.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <system_error>

extern char** environ;

namespace handboek::output {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPackageBinary = "tools/search/node_modules/.bin/pagefind";

bool is_executable_file(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
}

fs::path on_path(const std::string& name, const std::string& path_variable) {
  std::stringstream folders(path_variable);
  std::string folder;
  while (std::getline(folders, folder, ':')) {
    if (folder.empty() || folder.front() != '/') continue;
    const fs::path candidate = fs::path(folder) / name;
    if (is_executable_file(candidate)) return candidate;
  }
  return {};
}

// The process group of the indexer while it runs (0: none). Pagefind's npm
// wrapper runs the real binary as its own child, so the whole group is
// killed, not just the wrapper.
std::atomic<pid_t> running_group{0};

// A termination signal to handboek ends the indexer too, then handboek
// itself, as the signal would have. (SIGKILL cannot be caught; the
// indexer then runs to its end on a temporary folder that the next build
// removes.)
extern "C" void forward_termination(int signal_number) {
  if (const pid_t group = running_group.load(); group > 0) ::kill(-group, SIGKILL);
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

constexpr std::array<int, 3> kTerminationSignals = {SIGTERM, SIGINT, SIGHUP};

// Installs forward_termination for the lifetime of the object.
class TerminationForwarding {
 public:
  TerminationForwarding() {
    struct sigaction action {};
    action.sa_handler = forward_termination;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < kTerminationSignals.size(); ++i) {
      ::sigaction(kTerminationSignals[i], &action, &previous_[i]);
    }
  }
  ~TerminationForwarding() {
    for (size_t i = 0; i < kTerminationSignals.size(); ++i) ::sigaction(kTerminationSignals[i], &previous_[i], nullptr);
  }
  TerminationForwarding(const TerminationForwarding&) = delete;
  TerminationForwarding& operator=(const TerminationForwarding&) = delete;

 private:
  std::array<struct sigaction, kTerminationSignals.size()> previous_{};
};

struct ProcessResult {
  bool started = false;
  int exit_code = -1;
  std::string output;  // stdout and stderr, interleaved
};

// Runs `arguments` (argv[0] is the executable) and collects its output.
ProcessResult run_process(const std::vector<std::string>& arguments) {
  ProcessResult result;
  int pipe_ends[2];
  if (::pipe(pipe_ends) != 0) {
    result.output = std::strerror(errno);
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclose(&actions, pipe_ends[0]);
  posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_ends[1]);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  std::vector<char*> argv;
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  // Its own process group, so a termination can end it with its children.
  // Termination signals wait until its group is known to the handler;
  // the child starts with none blocked.
  sigset_t termination;
  sigset_t none;
  sigset_t previous_mask;
  sigemptyset(&termination);
  sigemptyset(&none);
  for (const int signal_number : kTerminationSignals) sigaddset(&termination, signal_number);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK);
  posix_spawnattr_setpgroup(&attributes, 0);
  posix_spawnattr_setsigmask(&attributes, &none);
  const TerminationForwarding forwarding;
  ::pthread_sigmask(SIG_BLOCK, &termination, &previous_mask);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), environ);
  if (spawned == 0) running_group.store(pid);
  ::pthread_sigmask(SIG_SETMASK, &previous_mask, nullptr);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_ends[1]);
  if (spawned != 0) {
    ::close(pipe_ends[0]);
    result.output = std::strerror(spawned);
    return result;
  }
  result.started = true;
  char buffer[4096];
  while (true) {
    const ssize_t count = ::read(pipe_ends[0], buffer, sizeof buffer);
    if (count > 0) {
      result.output.append(buffer, static_cast<size_t>(count));
    } else if (count == 0 || errno != EINTR) {
      break;
    }
  }
  ::close(pipe_ends[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  running_group.store(0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  return result;
}

std::string read_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

// Pagefind also writes its ready-made UIs and the highlighting script; the
// theme has its own search box (zoeken.js), so only what pagefind.js loads
// is kept: the entry file, the language's wasm and meta, index/, fragment/.
void remove_unused_bundle_files(const fs::path& bundle) {
  const std::string entry = read_file(bundle / "pagefind-entry.json");
  std::error_code error;
  std::vector<fs::path> unused;
  for (const fs::directory_entry& file : fs::directory_iterator(bundle, error)) {
    const std::string name = file.path().filename().string();
    const bool ui = name.rfind("pagefind-", 0) == 0 && name != "pagefind-entry.json" && name != "pagefind-worker.js";
    bool unused_wasm = false;
    if (name.rfind("wasm.", 0) == 0 && name.size() > 14) {
      const std::string language = name.substr(5, name.size() - 5 - std::string(".pagefind").size());
      unused_wasm = entry.find("\"wasm\":\"" + language + "\"") == std::string::npos;
    }
    if (ui || unused_wasm) unused.push_back(file.path());
  }
  for (const fs::path& path : unused) fs::remove(path, error);
}

// The end of a tool's output: where its error is.
std::string last_lines(const std::string& text, size_t count) {
  size_t start = text.size();
  while (start > 0 && (text[start - 1] == '\n')) --start;
  const size_t end = start;
  for (; count > 0 && start > 0; --count) {
    const size_t newline = text.rfind('\n', start - 1);
    start = newline == std::string::npos ? 0 : newline;
  }
  return text.substr(start == 0 ? 0 : start + 1, end - (start == 0 ? 0 : start + 1));
}

}  // namespace

SearchTool find_search_tool(const char* environment_value, const std::vector<fs::path>& installation_dirs,
                            const std::string& path_variable) {
  if (environment_value) {
    const std::string value = environment_value;
    if (value.empty() || value == "off" || value == "0") return {{}, "HANDBOEK_PAGEFIND=" + value + " zet het uit"};
    if (is_executable_file(value)) return {fs::path(value), ""};
    return {{}, "HANDBOEK_PAGEFIND wijst naar " + value + ", maar dat is geen uitvoerbaar bestand"};
  }
  for (const fs::path& folder : installation_dirs) {
    if (folder.empty()) continue;
    const fs::path candidate = folder / kPackageBinary;
    if (is_executable_file(candidate)) return {candidate, ""};
  }
  if (fs::path found = on_path("pagefind", path_variable); !found.empty()) return {found, ""};
  return {{},
          "Pagefind niet gevonden ($HANDBOEK_PAGEFIND, tools/search/ van de installatie of pagefind op PATH); "
          "installeer het met scripts/install-deps.sh"};
}

SearchTool find_search_tool() {
  std::vector<fs::path> installation_dirs;
#ifdef HANDBOEK_SOURCE_DIR
  installation_dirs.emplace_back(HANDBOEK_SOURCE_DIR);
#endif
  std::error_code error;
  const fs::path binary = fs::read_symlink("/proc/self/exe", error);
  if (!error) installation_dirs.push_back(binary.parent_path().parent_path() / "share/handboek");
  const char* path_variable = std::getenv("PATH");
  return find_search_tool(std::getenv("HANDBOEK_PAGEFIND"), installation_dirs, path_variable ? path_variable : "");
}

std::string version_glob(const fs::path& version_folder, const std::vector<std::string>& nested_folders) {
  std::vector<std::string> parts;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(version_folder, error)) {
    const std::string name = entry.path().filename().string();
    if (std::find(nested_folders.begin(), nested_folders.end(), name) != nested_folders.end()) continue;
    if (name == "pagefind" || name == "assets") continue;
    if (entry.is_directory(error)) {
      parts.push_back(name + "/**/*.html");
    } else if (entry.path().extension() == ".html") {
      parts.push_back(name);
    }
  }
  std::sort(parts.begin(), parts.end());
  std::string glob = "{";
  for (const std::string& part : parts) glob += (glob.size() > 1 ? "," : "") + part;
  return glob + "}";
}

IndexResult build_search_index(const SearchTool& tool, const fs::path& site_folder,
                               const std::vector<std::string>& prefixes) {
  for (const std::string& prefix : prefixes) {
    const fs::path folder = site_folder / prefix.substr(1);
    // Versions inside this one (the root holds versies/… and concept/)
    // search their own pages: leave their top-level folders out.
    std::vector<std::string> nested;
    for (const std::string& other : prefixes) {
      if (other.size() <= prefix.size() || other.compare(0, prefix.size(), prefix) != 0) continue;
      const std::string rest = other.substr(prefix.size());
      nested.push_back(rest.substr(0, rest.find('/')));
    }
    const std::string glob = version_glob(folder, nested);
    if (glob == "{}") continue;
    const ProcessResult run =
        run_process({tool.executable.string(), "--site", folder.string(), "--glob", glob, "--output-subdir", "pagefind"});
    if (!run.started || run.exit_code != 0) {
      const std::string how = run.started ? "exited with code " + std::to_string(run.exit_code)
                                          : "could not be started: " + run.output;
      const std::string output = run.started ? last_lines(run.output, 15) : "";
      return {false, "the search index of version " + prefix + " failed: " + tool.executable.string() + " " + how +
                         (output.empty() ? "" : "\n" + output) + "\n(set HANDBOEK_PAGEFIND=off to build without search)"};
    }
    remove_unused_bundle_files(folder / "pagefind");
  }
  return {true, ""};
}

}  // namespace handboek::output
