// Command-line options shared by the commands, parsed in one place.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/site_files.h"
#include "base/status.h"

namespace handboek::cli {

// How diagnostics are printed: text lines on stderr, or JSON lines on stdout
// (one object per diagnostic, for CI annotations).
enum class DiagnosticFormat { kText, kJson };

struct Options {
  std::filesystem::path site_dir = ".";
  std::optional<std::filesystem::path> out;  // default: site_dir/public
  int jobs = 0;                              // 0: one per core
  bool quiet = false;
  bool timings = false;  // print how long each stage took
  bool verbose = false;  // --verbose: name what a summary only counts (pages in no release)
  DiagnosticFormat format = DiagnosticFormat::kText;
  std::string report;  // check --report review|spelling
  int port = 1313;
  std::string page_type;                // --type (import)
  std::vector<std::string> positional;  // arguments after the site dir (e.g. for `new`)

  std::optional<std::filesystem::path> cache;  // --cache DIR; default: site_dir/.handboek-cache
  bool no_cache = false;                       // --no-cache: render every release

  std::string organisation;   // --organisatie ID: build that organisation's edition
  bool all_editions = false;  // --alle-edities: the regional site and every edition

  // Where the site goes: -o, else SITE_DIR/public, or SITE_DIR/public-ID
  // for the edition of --organisatie ID.
  std::filesystem::path out_dir() const;
  // Where --alle-edities writes the edition of `organisation`: OUT-ID.
  std::filesystem::path edition_out_dir(const std::string& organisation) const;
  // The build cache folder (docs/performance.md); nullopt with --no-cache.
  std::optional<std::filesystem::path> cache_dir() const;
  int job_count() const;
};

// The folder at or above `start` that holds a site.yaml, found the way git
// finds its repository (so every command works from a subfolder of the
// site); nullopt when no folder up to the root has one.
std::optional<std::filesystem::path> find_site_upward(const std::filesystem::path& start);

// Parses the arguments after the command name; `allowed` names the options
// the command takes (Command::options). A usage error (an option the
// command does not take among them) is a failure saying what is wrong.
base::StatusOr<Options> parse_options(const std::vector<std::string>& args, bool takes_site_dir_first,
                                      std::string_view allowed);

}  // namespace handboek::cli
