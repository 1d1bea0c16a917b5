// The command table (after ninja's kTools): every command's name, one-line
// help, whether its first argument is the site folder, and the function
// that runs it. main.cpp dispatches, --help lists and "did you mean" all
// read this one table.
#pragma once

#include <span>
#include <string_view>

#include "cli/options.h"
#include "engine/site_build.h"

namespace handboek::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitContentErrors = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitEnvironment = 3;  // I/O or environment failure (a base::Status), with the OS reason

// `check` and `build`: the engine run as far as `goal`, reported.
int run_pipeline(const Options& options, engine::Goal goal);

struct Command {
  std::string_view name;
  std::string_view usage;
  std::string_view help;
  bool takes_site_dir_first;
  // The options it takes, long and short names separated by spaces
  // ("-o --output -j --jobs"); any other is a usage error (exit 2).
  std::string_view options;
  int (*run)(const Options& options);
};

int run_build(const Options& options);
int run_check(const Options& options);
int run_serve(const Options& options);
int run_init(const Options& options);
int run_new(const Options& options);
int run_import(const Options& options);

std::span<const Command> commands();

// argv → command → exit status.
int run_main(int argc, char** argv);

}  // namespace handboek::cli
