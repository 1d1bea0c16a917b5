// Installing (issue 28): scripts/make-deb.sh makes handboek_<version>_amd64.deb
// with CPack from this build; the package holds the binary and the default
// theme and declares its dependencies, and — as root, which CI is — it
// installs into the real system with dpkg, the installed binary starts and
// checks a new handbook with its own theme, and it is removed again.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>

#include "temp_site.h"

namespace handboek::testing {
namespace {

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("make-deb.sh packages the binary and the default theme, and the package installs and runs",
          "[integration][install]") {
  const TempDir out;
  const fs::path build_dir = fs::path(handboek_binary()).parent_path().parent_path();
  ::setenv("HANDBOEK_VERSION", "0.0~test1", 1);
  const RunResult made =
      run_program({(source_dir() / "scripts/make-deb.sh").string(), build_dir.string(), out.path().string()});
  ::unsetenv("HANDBOEK_VERSION");
  INFO(made.out << made.err);
  REQUIRE(made.exit_code == 0);
  const std::string deb = split_lines(made.out).back();
  CHECK(fs::path(deb).filename().string().starts_with("handboek_0.0~test1_"));
  CHECK(deb.ends_with(".deb"));

  const RunResult fields = run_program({"dpkg-deb", "-f", deb, "Package", "Version", "Depends", "Recommends"});
  INFO(fields.out);
  CHECK(contains(fields.out, "Package: handboek\n"));
  CHECK(contains(fields.out, "Version: 0.0~test1\n"));
  for (const char* needed : {"libgit2", "libyaml-cpp", "libcmark-gfm", "libhunspell", "hunspell-nl", "hyphen-nl"}) {
    CHECK(contains(fields.out, needed));
  }
  CHECK(contains(fields.out, "Recommends: git, weasyprint, pandoc"));
  const RunResult files = run_program({"dpkg-deb", "-c", deb});
  CHECK(contains(files.out, "./usr/bin/handboek\n"));
  CHECK(contains(files.out, "./usr/share/handboek/themes/default/templates/"));
  CHECK(contains(files.out, "./usr/share/handboek/themes/default/assets/"));
  CHECK(contains(files.out, "./usr/share/handboek/themes/default/strings.yaml"));

  if (::geteuid() != 0) {
    WARN("not root: the package was made and inspected but not installed (dpkg -i needs root; CI runs this as root)");
    return;
  }
  if (fs::exists("/usr/bin/handboek")) {
    WARN("/usr/bin/handboek exists already: not installing over it");
    return;
  }
  const RunResult installed = run_program({"dpkg", "-i", deb});
  INFO(installed.out << installed.err);
  REQUIRE(installed.exit_code == 0);
  const TempDir home;
  const fs::path site = home.path() / "handboek";
  const RunResult init = run_program({"/usr/bin/handboek", "init", site.string()});
  const RunResult check = run_program({"/usr/bin/handboek", "check", site.string()});
  const RunResult removed = run_program({"dpkg", "-r", "handboek"});
  INFO(init.err << check.err << removed.out << removed.err);
  CHECK(init.exit_code == 0);
  CHECK(check.exit_code == 0);  // the theme found in /usr/share/handboek beside /usr/bin
  CHECK_FALSE(contains(check.err, "not found"));
  CHECK(removed.exit_code == 0);
  CHECK_FALSE(fs::exists("/usr/bin/handboek"));
}

TEST_CASE("a binary without its theme names the folders it searched", "[integration][install]") {
  const TempDir folder;
  fs::create_directories(folder.path() / "bin");
  fs::copy_file(handboek_binary(), folder.path() / "bin/handboek");
  write_file(folder.path() / "site/site.yaml", "title: Zonder thema\n");
  write_file(folder.path() / "site/content/_index.md", "Welkom.\n");
  const RunResult check =
      run_program({(folder.path() / "bin/handboek").string(), "check", (folder.path() / "site").string()});
  INFO(check.err);
  CHECK(check.exit_code == 1);
  CHECK(contains(check.err, "thema 'default' niet gevonden; gezocht in themes/default/ van de site en in " +
                                (folder.path() / "share/handboek/themes/default/").string()));
  CHECK(contains(check.err, "cmake --install"));
  CHECK_FALSE(contains(check.err, "remove `theme:`"));

  write_file(folder.path() / "site/site.yaml", "title: Zonder thema\ntheme: huisstijl\n");
  const RunResult named = run_handboek({"check", (folder.path() / "site").string()});
  CHECK(contains(named.err, "thema 'huisstijl' niet gevonden"));
  CHECK(contains(named.err, "verbeter of verwijder `theme: huisstijl` in site.yaml"));
}

}  // namespace handboek::testing
