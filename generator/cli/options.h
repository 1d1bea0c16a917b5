// Command-line options shared by the commands, parsed in one place.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace handboek::cli {

struct Options {
  std::filesystem::path site_dir = ".";
  std::optional<std::filesystem::path> out;  // default: site_dir/public
  int jobs = 0;                              // 0: one per core
  bool quiet = false;
  bool timings = false;  // print how long each stage took
  int port = 1313;
  std::vector<std::string> positional;  // arguments after the site dir (e.g. for `new`)

  std::filesystem::path out_dir() const { return out ? *out : site_dir / "public"; }
  int job_count() const;
};

// Parses the arguments after the command name. On a usage error returns
// nullopt and sets `error`.
std::optional<Options> parse_options(const std::vector<std::string>& args, bool takes_site_dir_first,
                                     std::string& error);

}  // namespace handboek::cli
