// An editor's first hour (issue 28): the README's quick start, run as
// written in an empty folder (init → new → check → git tag → build), `init`
// itself, commands run from a subfolder of the site, and the trainer's two
// types made by `new`.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "temp_site.h"

namespace handboek::testing {
namespace {

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// The shell lines of README.md between "<!-- quick start -->" and the end
// of its code block.
std::string readme_quick_start() {
  const std::string readme = read_file(source_dir() / "README.md");
  const size_t marker = readme.find("<!-- quick start -->");
  REQUIRE(marker != std::string::npos);
  const size_t begin = readme.find("```sh\n", marker);
  REQUIRE(begin != std::string::npos);
  const size_t end = readme.find("```", begin + 6);
  REQUIRE(end != std::string::npos);
  return readme.substr(begin + 6, end - begin - 6);
}

// The binary's folder first on PATH and a git identity, for the runs of one test.
struct EditorEnvironment {
  EditorEnvironment() : path_(std::getenv("PATH") ? std::getenv("PATH") : "") {
    const std::string binary_dir = fs::path(handboek_binary()).parent_path().string();
    ::setenv("PATH", (binary_dir + ":" + path_).c_str(), 1);
    for (const char* name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"}) ::setenv(name, "Redacteur", 1);
    for (const char* name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"}) ::setenv(name, "redactie@example.nl", 1);
  }
  ~EditorEnvironment() { ::setenv("PATH", path_.c_str(), 1); }
  EditorEnvironment(const EditorEnvironment&) = delete;
  EditorEnvironment& operator=(const EditorEnvironment&) = delete;

 private:
  std::string path_;
};

}  // namespace

TEST_CASE("the README's quick start goes from an empty folder to a tagged, built handbook", "[integration][init]") {
  const TempDir folder;
  const EditorEnvironment environment;
  std::string script = readme_quick_start();
  // The preview waits for Ctrl-C; the rest of the quick start is run as written.
  const size_t serve = script.find(" && handboek serve");
  REQUIRE(serve != std::string::npos);
  script.erase(serve, std::string_view(" && handboek serve").size());
  const RunResult run = run_program({"sh", "-ec", "cd '" + folder.path().string() + "'\n" + script});
  INFO(script << "\nstdout:\n" << run.out << "\nstderr:\n" << run.err);
  REQUIRE(run.exit_code == 0);
  const fs::path site = folder.path() / "mijn-handboek";
  CHECK(fs::exists(site / "public/index.html"));
  CHECK(fs::exists(site / "public/processen/aanvraag/index.html"));
  CHECK(fs::exists(site / "public/processen/eerste-route/index.html"));
  CHECK(fs::exists(site / "public/versies/index.html"));
  CHECK_FALSE(contains(run.err, "error"));
}

TEST_CASE("init makes a site that checks, never overwrites, and starts git", "[integration][init]") {
  const TempDir folder;
  const fs::path site = folder.path() / "nieuw";
  const RunResult init = run_handboek({"init", site.string()});
  INFO(init.err);
  REQUIRE(init.exit_code == 0);
  for (const char* file : {"site.yaml", "content/_index.md", "content/processen/eerste-route.md", ".gitignore"}) {
    CHECK(fs::exists(site / file));
  }
  CHECK(fs::is_directory(site / ".git"));
  CHECK(contains(read_file(site / ".gitignore"), "/public/\n/public-*/\n/.handboek-cache/\n"));
  CHECK(contains(read_file(site / "site.yaml"), "organisations:\n  - id: organisatie-a\n"));
  const RunResult check = run_handboek({"check", site.string()});
  INFO(check.err);
  CHECK(check.exit_code == 0);
  CHECK(check.errors().empty());

  write_file(site / "site.yaml", "title: Eigen titel\n");
  const RunResult again = run_handboek({"init", site.string()});
  CHECK(again.exit_code == 1);
  CHECK(contains(again.err, "site.yaml bestaat al"));
  CHECK(read_file(site / "site.yaml") == "title: Eigen titel\n");
  CHECK(run_handboek({"init", "a", "b"}).exit_code == 2);
}

TEST_CASE("commands find site.yaml upward from a subfolder, as git finds its repository", "[integration][init]") {
  const TempDir folder;
  const EditorEnvironment environment;
  const fs::path site = folder.path() / "handboek";
  REQUIRE(run_handboek({"init", site.string()}).exit_code == 0);
  const std::string in_subfolder = "cd '" + (site / "content/processen").string() + "' && ";

  const RunResult made = run_program({"sh", "-c", in_subfolder + "handboek new proces intake"});
  INFO(made.err);
  CHECK(made.exit_code == 0);
  CHECK(fs::exists(site / "content/processen/intake.md"));
  CHECK_FALSE(fs::exists(site / "content/processen/content"));

  write_file(site / "content/processen/kapot.md", "---\ntitle: Kapot\n---\n[weg](nergens.md)\n");
  const RunResult check = run_program({"sh", "-c", in_subfolder + "handboek check"});
  INFO(check.err);
  CHECK(check.exit_code == 1);
  CHECK(contains(check.err, "content/processen/kapot.md:4:"));
  CHECK_FALSE(contains(check.err, "site.yaml not found"));
  fs::remove(site / "content/processen/kapot.md");

  const RunResult build = run_program({"sh", "-c", in_subfolder + "handboek build --quiet"});
  INFO(build.err);
  CHECK(build.exit_code == 0);
  CHECK(fs::exists(site / "public/processen/intake/index.html"));
  CHECK_FALSE(fs::exists(site / "content/processen/public"));

  const RunResult outside = run_program({"sh", "-c", "cd '" + folder.path().string() + "' && handboek check"});
  CHECK(outside.exit_code != 0);
}

TEST_CASE("new casus and new trainingsmap link to an existing process and form and pass check",
          "[integration][init][new]") {
  const TempDir folder;
  const fs::path site = folder.path() / "handboek";
  REQUIRE(run_handboek({"init", site.string()}).exit_code == 0);

  const RunResult too_early = run_handboek({"new", "casus", "leeg", (folder.path() / "leeg").string()});
  CHECK(too_early.exit_code == 2);  // no site.yaml there

  REQUIRE(run_handboek({"new", "formulier", "intakeformulier", site.string()}).exit_code == 0);
  const RunResult casus = run_handboek({"new", "casus", "jan", site.string()});
  INFO(casus.err);
  REQUIRE(casus.exit_code == 0);
  const std::string casus_text = read_file(site / "content/casussen/jan.md");
  CHECK(contains(casus_text, "process: ../processen/eerste-route.md\n"));
  CHECK(contains(casus_text, "  - step: eerste-stap\n"));
  const RunResult map = run_handboek({"new", "trainingsmap", "basis", site.string()});
  INFO(map.err);
  REQUIRE(map.exit_code == 0);
  const std::string map_text = read_file(site / "content/trainingen/basis.md");
  CHECK(contains(map_text, "  - ../processen/eerste-route.md\n"));
  CHECK(contains(map_text, "forms: [intakeformulier]\n"));

  const RunResult check = run_handboek({"check", site.string()});
  INFO(check.err);
  CHECK(check.exit_code == 0);
  CHECK(check.errors().empty());
  CHECK(check.diagnostics().size() <= 1);  // at most "not a git repository"-like notes, no warnings on the pages
  for (const std::string& line : check.diagnostics()) CHECK_FALSE(contains(line, "content/"));

  // Without a process with steps there is nothing to walk through: said, not scaffolded broken.
  const TempDir other;
  write_file(other.path() / "site.yaml", "title: Leeg\n");
  const RunResult no_process = run_handboek({"new", "casus", "jan", other.path().string()});
  CHECK(no_process.exit_code == 1);
  CHECK(contains(no_process.err, "handboek new proces NAAM"));
  CHECK_FALSE(fs::exists(other.path() / "content/casussen/jan.md"));
}

}  // namespace handboek::testing
