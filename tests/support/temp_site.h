// Test support: real folders and the real `handboek` binary, no mocks.
// TempDir is a fresh folder under /tmp removed with everything in it when it
// goes out of scope (like ninja's ScopedTempDir). TempSite writes a whole site
// from one string with `-- path --` sections (like hugo's txtar fixtures):
//
//   TempSite site(R"(
//   -- site.yaml --
//   title: Test
//   -- content/_index.md --
//   ---
//   title: Home
//   ---
//   )");
//
// Section bodies are written as they are, up to the next `-- path --` line;
// the newline before that line belongs to the file.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace handboek::testing {

namespace fs = std::filesystem;

// A folder made with mkdtemp under /tmp; removed (recursively) in the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(TempDir&& other) noexcept : path_(std::exchange(other.path_, {})) {}
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Splits a txtar-like text into path → contents. Text before the first
// `-- path --` line is a comment and ignored.
std::map<std::string, std::string> parse_txtar(std::string_view text);

// Writes `contents` to `path`, creating the folders above it.
void write_file(const fs::path& path, std::string_view contents);
// The whole file; fails the test (throws) when it cannot be read.
std::string read_file(const fs::path& path);
// Every regular file below `root` as relative path → bytes.
std::map<std::string, std::string> read_tree(const fs::path& root);

// The repository's theme folder (themes/) copied into `site_root`/themes.
void copy_themes(const fs::path& site_root);
// A folder (tests/fixtures/...) of the source tree copied to `target`.
void copy_fixture(std::string_view fixture, const fs::path& target);
// Absolute path of tests/fixtures/<relative> in the source tree.
fs::path fixture_path(std::string_view relative);

// A site written from a txtar string into its own temp folder. The site
// lives in root() = <temp>/site so that output folders (<temp>/out) can be
// placed beside it.
class TempSite {
 public:
  // `with_themes` copies the repository's themes/ in (needed to build).
  explicit TempSite(std::string_view txtar = "", bool with_themes = true);
  // A copy of tests/fixtures/<fixture> (a whole site) with the themes.
  static TempSite from_fixture(std::string_view fixture);

  const fs::path& root() const { return root_; }
  // A place beside the site for output folders ("out", "out2").
  fs::path beside(std::string_view name) const { return dir_.path() / name; }

  void write(std::string_view relative, std::string_view contents) const;
  // Adds or replaces every file of a txtar string.
  void write_all(std::string_view txtar) const;
  std::string read(std::string_view relative) const;

 private:
  TempDir dir_;
  fs::path root_;
};

// What a run of the binary printed and returned.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;

  // Lines of stderr that are diagnostics: everything except the binary's
  // own summary and progress lines, which start with "handboek:".
  std::vector<std::string> diagnostics() const;
  // Only the lines that contain ": error: ".
  std::vector<std::string> errors() const;
};

// The `handboek` binary under test and the source tree it was built from.
// Only support/ sees the build's paths as macros, so the test files compile
// the same in every build folder (and ccache can share them).
const std::string& handboek_binary();
const fs::path& source_dir();

// Runs the real `handboek` binary with `args` (no shell involved).
RunResult run_handboek(const std::vector<std::string>& args);
// Runs command[0] (looked up on PATH) with the rest as its arguments.
RunResult run_program(const std::vector<std::string>& command);

// Splits text into lines without their '\n'; a final empty line is dropped.
std::vector<std::string> split_lines(std::string_view text);

}  // namespace handboek::testing
