// Running the optional external tools of the output stage (Pagefind,
// weasyprint) as child processes: no shell, stdin from /dev/null, output
// collected for the error message. Also finding them on PATH.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace handboek::output {

struct ProcessResult {
  bool started = false;
  int exit_code = -1;
  std::string output;  // stdout and stderr, interleaved
};

// Runs `arguments` (argv[0] is the executable's path) and collects its output.
ProcessResult run_process(const std::vector<std::string>& arguments);

// True for a regular file this process may execute.
bool is_executable_file(const std::filesystem::path& path);

// The first executable `name` in the absolute folders of `path_variable` ("a:b"), or "".
// Relative entries ("." or "bin") are skipped: they would find a program the site brings.
std::filesystem::path find_on_path(const std::string& name, const std::string& path_variable);

// The last `count` lines of a tool's output: where its error is.
std::string last_lines(const std::string& text, size_t count);

}  // namespace handboek::output
