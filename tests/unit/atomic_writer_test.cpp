// output/atomic_writer: the site is written beside OUT and swapped in whole;
// a folder handboek did not make is never replaced.
#include "output/atomic_writer.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "temp_site.h"

using handboek::base::OutputTree;
using handboek::output::write_atomically;
using handboek::testing::read_file;
using handboek::testing::read_tree;
using handboek::testing::TempDir;
using handboek::testing::write_file;
namespace fs = std::filesystem;
using Files = std::map<std::string, std::string>;

namespace {

OutputTree tree_of(const Files& files) {
  OutputTree tree;
  for (const auto& [path, bytes] : files) tree.add(path, bytes);
  return tree;
}

// Names in `folder`, to see that no temporary folder is left behind.
std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

struct Folders {
  TempDir temp;
  fs::path site = fs::weakly_canonical(temp.path()) / "site";
  fs::path out = fs::weakly_canonical(temp.path()) / "public";
  Folders() { fs::create_directories(site); }
};

const char* const kMarker = "gebouwd door handboek; deze map wordt bij elke bouw vervangen\n";

}  // namespace

TEST_CASE("a new output folder gets every file of the tree and the marker", "[output][atomic_writer]") {
  const Folders folders;
  const auto result =
      write_atomically(tree_of({{"index.html", "<p>home</p>"}, {"processen/intake/index.html", "<p>intake</p>"}}),
                       folders.out, folders.site);
  REQUIRE(result.ok());
  CHECK(result.message().empty());
  CHECK(read_tree(folders.out) == Files{{".handboek-site", kMarker},
                                        {"index.html", "<p>home</p>"},
                                        {"processen/intake/index.html", "<p>intake</p>"}});
  CHECK(names_in(folders.temp.path()) == std::vector<std::string>{"public", "site"});
}

TEST_CASE("a folder handboek built before is replaced as a whole", "[output][atomic_writer]") {
  const Folders folders;
  REQUIRE(write_atomically(tree_of({{"oud.html", "oud"}, {"index.html", "v1"}}), folders.out, folders.site).ok());
  REQUIRE(write_atomically(tree_of({{"index.html", "v2"}}), folders.out, folders.site).ok());
  CHECK(read_tree(folders.out) == Files{{".handboek-site", kMarker}, {"index.html", "v2"}});
  CHECK(names_in(folders.temp.path()) == std::vector<std::string>{"public", "site"});
}

TEST_CASE("an empty existing folder may be used as the output", "[output][atomic_writer]") {
  const Folders folders;
  fs::create_directories(folders.out);
  REQUIRE(write_atomically(tree_of({{"index.html", "x"}}), folders.out, folders.site).ok());
  CHECK(read_file(folders.out / "index.html") == "x");
}

TEST_CASE("a non-empty folder handboek did not make is refused and left alone", "[output][atomic_writer]") {
  const Folders folders;
  write_file(folders.out / "scriptie.docx", "drie jaar werk");
  const auto result = write_atomically(tree_of({{"index.html", "x"}}), folders.out, folders.site);
  CHECK_FALSE(result.ok());
  CHECK(result.message() ==
        folders.out.string() + " is niet leeg en is niet door handboek gemaakt; handboek vervangt het niet");
  CHECK(read_tree(folders.out) == Files{{"scriptie.docx", "drie jaar werk"}});
  CHECK(names_in(folders.temp.path()) == std::vector<std::string>{"public", "site"});
}

TEST_CASE("a file in the place of the output folder is refused", "[output][atomic_writer]") {
  const Folders folders;
  write_file(folders.out, "een bestand");
  const auto result = write_atomically(tree_of({{"index.html", "x"}}), folders.out, folders.site);
  CHECK_FALSE(result.ok());
  CHECK(result.message() == folders.out.string() + " bestaat al en is geen map");
  CHECK(read_file(folders.out) == "een bestand");
}

TEST_CASE("an output folder that holds the site folder is refused", "[output][atomic_writer]") {
  const Folders folders;
  write_file(folders.site / "site.yaml", "title: T\n");
  const fs::path parent = folders.site.parent_path();
  const auto around = write_atomically(tree_of({{"index.html", "x"}}), parent, folders.site);
  CHECK_FALSE(around.ok());
  CHECK(around.message() == "de uitvoermap " + parent.string() + " mag de map van de site niet bevatten");
  const auto same = write_atomically(tree_of({{"index.html", "x"}}), folders.site, folders.site);
  CHECK_FALSE(same.ok());
  CHECK(read_file(folders.site / "site.yaml") == "title: T\n");
}

TEST_CASE("the output folder may lie inside the site folder", "[output][atomic_writer]") {
  const Folders folders;
  REQUIRE(write_atomically(tree_of({{"index.html", "x"}}), folders.site / "public", folders.site).ok());
  CHECK(read_file(folders.site / "public" / "index.html") == "x");
}

TEST_CASE("an output folder written with a trailing slash is the same folder", "[output][atomic_writer]") {
  // Regression: "-o public/" used to make an empty folder and fail with
  // "cannot replace public/: Success".
  const Folders folders;
  const fs::path with_slash = folders.out.string() + "/";
  const auto first = write_atomically(tree_of({{"index.html", "v1"}}), with_slash, folders.site);
  REQUIRE(first.ok());
  CHECK(read_file(folders.out / "index.html") == "v1");
  REQUIRE(write_atomically(tree_of({{"index.html", "v2"}}), with_slash, folders.site).ok());
  CHECK(read_file(folders.out / "index.html") == "v2");
  CHECK(names_in(folders.temp.path()) == std::vector<std::string>{"public", "site"});
}

TEST_CASE("a write that fails halfway leaves the previous site untouched", "[output][atomic_writer]") {
  const Folders folders;
  REQUIRE(write_atomically(tree_of({{"index.html", "v1"}}), folders.out, folders.site).ok());
  const Files before = read_tree(folders.out);
  // "a" is written as a file, so the folder "a/" cannot be made.
  const auto result = write_atomically(tree_of({{"a", "file"}, {"a/b.html", "x"}}), folders.out, folders.site);
  CHECK_FALSE(result.ok());
  CHECK(result.message().rfind("kan ", 0) == 0);
  CHECK(result.message().find(" niet schrijven") != std::string::npos);
  CHECK(read_tree(folders.out) == before);
  CHECK(names_in(folders.temp.path()) == std::vector<std::string>{"public", "site"});
}

TEST_CASE("the output folder may not lie inside the site's content/ or forms/", "[output][atomic_writer][hostile]") {
  // The next build would read the built site back in, and publish it again.
  const Folders folders;
  for (const char* inside : {"content/public", "forms/uit"}) {
    const auto result = write_atomically(tree_of({{"index.html", "x"}}), folders.site / inside, folders.site);
    CHECK_FALSE(result.ok());
    CHECK(result.message() == "de uitvoermap " + (folders.site / inside).string() + " mag niet in " +
                                  fs::path(inside).parent_path().string() + "/ van de site liggen");
  }
  CHECK_FALSE(fs::exists(folders.site / "content"));
}

TEST_CASE("temporary folders of killed builds are removed by the next build; others are left alone",
          "[output][atomic_writer][hostile]") {
  const Folders folders;
  const fs::path parent = folders.temp.path();
  // A killed build: its folder with the marker, which nobody holds now.
  write_file(parent / "public.tmp-999999/index.html", "half");
  write_file(parent / "public.tmp-999999/.handboek-site", kMarker);
  write_file(parent / "public.old-12/.handboek-site", kMarker);
  // Look-alikes that handboek did not make (no marker, or another name).
  write_file(parent / "public.tmp-42/scriptie.docx", "werk");
  write_file(parent / "public.tmp-x1/.handboek-site", kMarker);
  write_file(parent / "andere.tmp-7/.handboek-site", kMarker);
  REQUIRE(write_atomically(tree_of({{"index.html", "x"}}), folders.out, folders.site).ok());
  CHECK(names_in(parent) ==
        std::vector<std::string>{"andere.tmp-7", "public", "public.tmp-42", "public.tmp-x1", "site"});
}

TEST_CASE("the temporary folder of a build that is still running is not taken for debris",
          "[output][atomic_writer][hostile]") {
  const Folders folders;
  const fs::path parent = folders.temp.path();
  // While this build runs its hook, a second build starts and cleans up.
  const auto second_build = [&](const fs::path&) {
    return write_atomically(tree_of({{"index.html", "tweede"}}), parent / "public", folders.site);
  };
  REQUIRE(write_atomically(tree_of({{"index.html", "eerste"}}), folders.out, folders.site, second_build).ok());
  CHECK(read_file(folders.out / "index.html") == "eerste");
  CHECK(names_in(parent) == std::vector<std::string>{"public", "site"});
}

TEST_CASE("a folder made at OUT while the site was written is left alone", "[output][atomic_writer][hostile]") {
  const Folders folders;
  const auto someone_else = [&](const fs::path&) {
    write_file(folders.out / "scriptie.docx", "drie jaar werk");
    return handboek::base::Status();
  };
  const auto result = write_atomically(tree_of({{"index.html", "x"}}), folders.out, folders.site, someone_else);
  CHECK_FALSE(result.ok());
  CHECK(result.message() ==
        folders.out.string() + " is niet leeg en is niet door handboek gemaakt; handboek vervangt het niet");
  CHECK(read_tree(folders.out) == Files{{"scriptie.docx", "drie jaar werk"}});
  CHECK(names_in(folders.temp.path()) == std::vector<std::string>{"public", "site"});
}

TEST_CASE("a staged site is written in pieces and published whole, or not at all", "[output][atomic_writer]") {
  const Folders folders;
  REQUIRE(write_atomically(tree_of({{"index.html", "v1"}}), folders.out, folders.site).ok());
  {
    auto staged = handboek::output::StagedSite::begin(folders.out, folders.site);
    REQUIRE(staged.ok());
    OutputTree first = tree_of({{"index.html", "v2"}});
    REQUIRE(staged->write(first).ok());
    REQUIRE(staged->write(tree_of({{"versies/2019.1/index.html", "oud"}})).ok());
    // Until published, OUT is the previous site.
    CHECK(read_file(folders.out / "index.html") == "v1");
    REQUIRE(staged->publish().ok());
  }
  CHECK(read_tree(folders.out) ==
        Files{{".handboek-site", kMarker}, {"index.html", "v2"}, {"versies/2019.1/index.html", "oud"}});
  {
    // A build that stops halfway (an error, or publish never called).
    auto staged = handboek::output::StagedSite::begin(folders.out, folders.site);
    REQUIRE(staged.ok());
    REQUIRE(staged->write(tree_of({{"index.html", "v3"}})).ok());
  }
  CHECK(read_file(folders.out / "index.html") == "v2");
  CHECK(names_in(folders.temp.path()) == std::vector<std::string>{"public", "site"});
  // The checks of write_atomically hold before anything is made.
  const auto refused = handboek::output::StagedSite::begin(folders.temp.path(), folders.site);
  CHECK_FALSE(refused.ok());
  CHECK(refused.status().message().find("mag de map van de site niet bevatten") != std::string::npos);
}

TEST_CASE("a staged site whose hook fails is not published", "[output][atomic_writer]") {
  const Folders folders;
  REQUIRE(write_atomically(tree_of({{"index.html", "v1"}}), folders.out, folders.site).ok());
  auto staged = handboek::output::StagedSite::begin(folders.out, folders.site);
  REQUIRE(staged.ok());
  REQUIRE(staged->write(tree_of({{"index.html", "v2"}})).ok());
  const auto result =
      staged->publish([](const fs::path&) { return handboek::base::Status::failure("de zoekindex mislukte"); });
  CHECK_FALSE(result.ok());
  CHECK(result.message() == "de zoekindex mislukte");
  CHECK(read_file(folders.out / "index.html") == "v1");
  CHECK(names_in(folders.temp.path()) == std::vector<std::string>{"public", "site"});
}

TEST_CASE("what a failing hook took from OUT goes back before the temporary folder is removed",
          "[output][atomic_writer]") {
  const Folders folders;
  REQUIRE(
      write_atomically(tree_of({{"index.html", "v1"}, {"versies/oud/index.html", "oud"}}), folders.out, folders.site)
          .ok());
  auto staged = handboek::output::StagedSite::begin(folders.out, folders.site);
  REQUIRE(staged.ok());
  REQUIRE(staged->write(tree_of({{"index.html", "v2"}})).ok());
  CHECK(staged->out() == folders.out);
  bool gave_back = false;
  const auto result = staged->publish(
      [&](const fs::path& folder) {
        fs::create_directories(folder / "versies");
        fs::rename(folders.out / "versies" / "oud", folder / "versies" / "oud");  // taken over
        return handboek::base::Status::failure("de zoekindex mislukte");
      },
      [&](const fs::path& folder) {
        fs::rename(folder / "versies" / "oud", folders.out / "versies" / "oud");
        gave_back = true;
      });
  CHECK_FALSE(result.ok());
  CHECK(gave_back);
  CHECK(read_file(folders.out / "index.html") == "v1");
  CHECK(read_file(folders.out / "versies" / "oud" / "index.html") == "oud");
  CHECK(names_in(folders.temp.path()) == std::vector<std::string>{"public", "site"});
}

TEST_CASE("a failed build never writes through a file linked from the cache or the published site",
          "[output][atomic_writer][hostile]") {
  const Folders folders;
  REQUIRE(
      write_atomically(tree_of({{"index.html", "v1"}, {"versies/2019.1/index.html", "oud"}}), folders.out, folders.site)
          .ok());
  auto staged = handboek::output::StagedSite::begin(folders.out, folders.site);
  REQUIRE(staged.ok());
  // A cached release is restored by hard link: the staged file, the cache's
  // and the published one are one inode.
  fs::create_directories(staged->folder() / "versies/2019.1");
  fs::create_hard_link(folders.out / "versies/2019.1/index.html", staged->folder() / "versies/2019.1/index.html");
  REQUIRE(staged->write(tree_of({{"versies/2019.1/index.html", "nieuw"}})).ok());
  CHECK(read_file(staged->folder() / "versies/2019.1/index.html") == "nieuw");
  CHECK(read_file(folders.out / "versies/2019.1/index.html") == "oud");  // the live site as it was
  CHECK(fs::hard_link_count(folders.out / "versies/2019.1/index.html") == 1);
  const auto result =
      staged->publish([](const fs::path&) { return handboek::base::Status::failure("de zoekindex mislukte"); });
  CHECK_FALSE(result.ok());
  CHECK(read_file(folders.out / "versies/2019.1/index.html") == "oud");
}

// Top-level entries of `folder` other than the marker (0 when it is gone).
size_t unmarked_entries(const fs::path& folder) {
  std::error_code error;
  size_t count = 0;
  for (fs::directory_iterator it(folder, error); !error && it != fs::directory_iterator(); it.increment(error)) {
    count += it->path().filename() != ".handboek-site" ? 1 : 0;
  }
  return count;
}

TEST_CASE("a build killed while removing its temporary folder leaves it marked, so the next build removes it",
          "[output][atomic_writer][hostile]") {
  const Folders folders;
  // A temporary folder as a build leaves it (ten folders of pages, its
  // marker), removed by a process killed when one folder is left.
  for (int attempt = 0; attempt < 3; ++attempt) {
    const fs::path folder = folders.temp.path() / ("public.tmp-" + std::to_string(90000 + attempt) + "-1");
    for (int part = 0; part < 10; ++part) {
      for (int i = 0; i < 300; ++i) {
        write_file(folder / ("deel" + std::to_string(attempt * 10 + part)) / std::to_string(i) / "index.html", "x");
      }
    }
    write_file(folder / ".handboek-site", kMarker);
    const pid_t child = ::fork();
    if (child == 0) {
      handboek::output::remove_build_folder(folder);
      ::_exit(0);
    }
    while (fs::exists(folder) && unmarked_entries(folder) > 1) ::usleep(100);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    INFO("attempt " << attempt);
    CHECK((!fs::exists(folder) || fs::exists(folder / ".handboek-site")));
  }
  // The next build removes every one of them.
  REQUIRE(write_atomically(tree_of({{"index.html", "v1"}}), folders.out, folders.site).ok());
  CHECK(names_in(folders.temp.path()) == std::vector<std::string>{"public", "site"});
}
