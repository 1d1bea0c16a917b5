// Running external tools (Pagefind, weasyprint, pandoc) as child processes:
// no shell, an absolute program path, stdin from /dev/null, output collected
// for the error message. Each runs in an empty private working directory and
// with a minimal environment, so nothing the site folder holds (a
// `mimetypes.py`, a `pagefind.yml`) and nothing the caller's environment
// carries (PYTHONPATH, PAGEFIND_*) changes what the tool does
// (docs/security.md). Also finding the tools on PATH.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace handboek::base {

// An empty folder of this process only (mode 0700), removed with whatever a
// tool left in it; path() is empty when it could not be made.
class PrivateFolder {
 public:
  PrivateFolder();
  ~PrivateFolder();
  PrivateFolder(const PrivateFolder&) = delete;
  PrivateFolder& operator=(const PrivateFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct ProcessResult {
  bool started = false;
  int exit_code = -1;
  std::string output;  // stdout and stderr, interleaved
};

// Runs `arguments` (argv[0] is the executable's absolute path) and collects its
// output. It runs in `working_directory` when one is given (a folder the
// caller made for it), else in a new empty folder removed afterwards.
ProcessResult run_process(const std::vector<std::string>& arguments,
                          const std::filesystem::path& working_directory = {});

// The whole environment a tool gets: PATH (its absolute entries only: an
// npm wrapper finds node there), HOME and TMPDIR set to `private_folder`,
// LANG=C.UTF-8. Nothing else of handboek's own environment is passed on.
std::vector<std::string> minimal_environment(const std::string& path_variable,
                                             const std::filesystem::path& private_folder);

// True for a regular file this process may execute.
bool is_executable_file(const std::filesystem::path& path);

// The first executable `name` in the absolute folders of `path_variable` ("a:b"), or "".
// Relative entries ("." or "bin") are skipped: they would find a program the site brings.
std::filesystem::path find_on_path(const std::string& name, const std::string& path_variable);

// The process's own PATH ("" when it has none): what find_on_path searches.
std::string path_variable();

// The last `count` lines of a tool's output: where its error is.
std::string last_lines(const std::string& text, size_t count);

// Why a run failed, for a message: "stopte met code 2" and the last
// `lines` lines of its output, or "kon niet starten (reason)".
std::string describe_failed_run(const ProcessResult& run, size_t lines);

}  // namespace handboek::base
