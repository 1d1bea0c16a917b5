#include "base/child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <system_error>

namespace handboek::base {

namespace fs = std::filesystem;

bool is_executable_file(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
}

PrivateFolder::PrivateFolder() {
  std::error_code error;
  fs::path temp = fs::temp_directory_path(error);
  if (error || !temp.is_absolute()) temp = "/tmp";
  std::string pattern = (temp / "handboek-tool-XXXXXX").string();
  if (::mkdtemp(pattern.data())) path_ = pattern;
}

PrivateFolder::~PrivateFolder() {
  std::error_code ignored;
  if (!path_.empty()) fs::remove_all(path_, ignored);
}

std::string path_variable() {
  const char* value = std::getenv("PATH");
  return value ? value : "";
}

fs::path find_on_path(const std::string& name, const std::string& path_variable) {
  std::stringstream folders(path_variable);
  std::string folder;
  while (std::getline(folders, folder, ':')) {
    if (folder.empty() || folder.front() != '/') continue;
    const fs::path candidate = fs::path(folder) / name;
    if (is_executable_file(candidate)) return candidate;
  }
  return {};
}

std::vector<std::string> minimal_environment(const std::string& path_variable, const fs::path& private_folder) {
  std::string path;
  std::stringstream folders(path_variable);
  std::string folder;
  while (std::getline(folders, folder, ':')) {
    if (folder.empty() || folder.front() != '/') continue;
    path += (path.empty() ? "" : ":") + folder;
  }
  if (path.empty()) path = "/usr/bin:/bin";
  return {"PATH=" + path, "HOME=" + private_folder.string(), "TMPDIR=" + private_folder.string(), "LANG=C.UTF-8"};
}

namespace {

// The process group of the running tool (Pagefind, weasyprint) while it runs (0: none). Pagefind's npm
// wrapper runs the real binary as its own child, so the whole group is
// killed, not just the wrapper.
std::atomic<pid_t> running_group{0};

// A termination signal to handboek ends the tool too, then handboek
// itself, as the signal would have. (SIGKILL cannot be caught; the
// tool then runs to its end on a temporary folder that the next build
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

}  // namespace

// Runs `arguments` (argv[0] is the executable) and collects its output.
ProcessResult run_process(const std::vector<std::string>& arguments, const fs::path& working_directory) {
  ProcessResult result;
  if (arguments.empty() || arguments.front().empty() || arguments.front().front() != '/') {
    result.output = "geen absoluut pad naar een programma";
    return result;
  }
  const PrivateFolder private_folder;
  if (private_folder.path().empty()) {
    result.output = std::string("kan geen eigen werkmap maken (") + std::strerror(errno) + ")";
    return result;
  }
  const fs::path& folder = working_directory.empty() ? private_folder.path() : working_directory;
  std::vector<std::string> environment = minimal_environment(path_variable(), private_folder.path());
  std::vector<char*> envp;
  for (std::string& entry : environment) envp.push_back(entry.data());
  envp.push_back(nullptr);
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
  posix_spawn_file_actions_addchdir_np(&actions, folder.c_str());
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
  const int spawned = ::posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), envp.data());
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

std::string describe_failed_run(const ProcessResult& run, size_t lines) {
  if (!run.started) return "kon niet starten (" + run.output + ")";
  const std::string output = last_lines(run.output, lines);
  return "stopte met code " + std::to_string(run.exit_code) + (output.empty() ? "" : ":\n" + output);
}

}  // namespace handboek::base
