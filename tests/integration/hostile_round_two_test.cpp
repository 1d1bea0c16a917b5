// The hostile-input suite, round two (issue 24, docs/security.md): what a
// pull request could do through the tools handboek starts, symlinks, tags,
// the build cache and the output folder. Each case failed before its fix.
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <stdexcept>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

extern char** environ;

namespace handboek::testing {
namespace {

const GitSignature kAnne = handboek::testing::anne("2019-12-03T10:00:00+01:00");

constexpr std::string_view kSite = handboek::testing::kIntakeSite;

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// The real binary run in `folder` (as `cd SITE && handboek build .` does).
RunResult run_in_folder(const std::vector<std::string>& args, const fs::path& folder) {
  const TempDir capture;
  const fs::path out_path = capture.path() / "stdout";
  const fs::path err_path = capture.path() / "stderr";
  std::vector<std::string> storage = {handboek_binary()};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : storage) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addchdir_np(&actions, folder.c_str());
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run handboek");
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
  }
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  return result;
}

RunResult build(const fs::path& site_dir, const fs::path& out) {
  return run_handboek({"build", site_dir.string(), "-o", out.string(), "--quiet"});
}

bool weasyprint_installed() {
  return fs::exists("/usr/bin/weasyprint");
}

}  // namespace

TEST_CASE("hostile tools: a mimetypes.py or weasyprint.py in the site folder never runs", "[hostile][tools][pdf]") {
  const TempSite site = TempSite::from_fixture("sites/basic");
  const fs::path witness = site.beside("python-ran");
  for (const char* module : {"mimetypes.py", "weasyprint.py", "sitecustomize.py"}) {
    site.write(module, "open('" + witness.string() + "', 'w').write('" + module + "')\n");
  }
  const RunResult run = run_in_folder({"build", ".", "-o", site.beside("out").string(), "--quiet"}, site.root());
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK_FALSE(fs::exists(witness));
  if (weasyprint_installed()) {
    CHECK(fs::exists(site.beside("out") / "trainingen/intake-training/intake-training.pdf"));
  }
}

TEST_CASE("hostile tools: a pagefind.yml in the working folder is not read", "[hostile][tools][search]") {
  TempSite site(kSite);
  const fs::path elsewhere = site.beside("index-elders");
  const fs::path victim = site.beside("slachtoffer.txt");
  write_file(victim, "onschendbaar\n");
  site.write("pagefind.yml", "output_path: " + elsewhere.string() + "\nlogfile: " + victim.string() + "\n");
  const RunResult run = run_in_folder({"build", ".", "-o", site.beside("out").string(), "--quiet"}, site.root());
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK_FALSE(fs::exists(elsewhere));
  CHECK(read_file(victim) == "onschendbaar\n");
  if (!contains(run.err, "Pagefind niet gevonden")) CHECK(fs::exists(site.beside("out") / "pagefind/pagefind.js"));
}

TEST_CASE("hostile symlinks: a link from content/ to the site's .git/config is not followed", "[hostile][symlink]") {
  TempSite site(kSite);
  const GitFixture repo(site.root());
  repo.commit("Eerste versie", kAnne);
  // What a CI checkout leaves in .git/config.
  write_file(site.root() / ".git/config",
             read_file(site.root() / ".git/config") +
                 "[http \"https://github.com/\"]\n\textraheader = AUTHORIZATION: basic geheim-token\n");
  fs::create_symlink("../.git/config", site.root() / "content/config.txt");
  fs::create_symlink("../site.yaml", site.root() / "content/site.txt");
  const RunResult run = build(site.root(), site.beside("out"));
  INFO(run.err);
  CHECK(run.exit_code == 0);
  for (const auto& [path, bytes] : read_tree(site.beside("out"))) {
    INFO(path);
    CHECK_FALSE(contains(bytes, "geheim-token"));
  }
  CHECK_FALSE(fs::exists(site.beside("out") / "config.txt"));
  CHECK_FALSE(fs::exists(site.beside("out") / "site.txt"));
  const std::vector<std::string> diagnostics = run.diagnostics();
  CHECK(std::count(diagnostics.begin(), diagnostics.end(),
                   "content/config.txt: warning: overgeslagen: geen gewoon bestand in de site (een symbolische link "
                   "naar buiten de "
                   "site?)") == 1);
  // A link that stays inside content/ is still followed.
  fs::create_symlink("werkwijze/intake.md", site.root() / "content/gesprek.md");
  const RunResult again = build(site.root(), site.beside("out"));
  CHECK(again.exit_code == 0);
  CHECK(fs::exists(site.beside("out") / "gesprek/index.html"));
}

TEST_CASE("hostile import: pandoc reads no other file than the document", "[hostile][import]") {
  TempSite site("-- site.yaml --\ntitle: Import\n", false);
  const fs::path document = site.beside("brief.md");
  write_file(document, "# Brief\n\n![a](/etc/passwd)\n\n![b](/proc/self/environ)\n\n![c](" +
                           (site.root() / "site.yaml").string() + ")\n");
  const RunResult run = run_handboek({"import", document.string(), site.root().string()});
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK_FALSE(fs::exists(site.root() / "content/brief"));  // no media copied in
  const std::map<std::string, std::string> files = read_tree(site.root() / "content");
  CHECK(files.size() == 1);
  for (const auto& [path, bytes] : files) {
    CHECK_FALSE(contains(bytes, "root:x:0:0"));
    CHECK_FALSE(contains(bytes, "PATH="));
  }
}

TEST_CASE("hostile tags: v./2019.1 and v/2019.1 never replace release 2019.1", "[hostile][tags]") {
  TempSite site(kSite);
  const GitFixture repo(site.root());
  repo.commit("Eerste versie", kAnne);
  repo.tag("v2019.1");
  site.write("content/werkwijze/intake.md", "---\ntitle: Intake\n---\nVERVALST\n");
  repo.commit("Vervalsing", {"Mallory", "m@example.org", "2019-12-04T10:00:00+01:00"});
  repo.tag("v2020.1");
  site.write("content/werkwijze/intake.md", "---\ntitle: Intake\n---\nNieuw.\n");
  const std::string forged = repo.commit("Nieuw", kAnne);
  for (const char* tag : {"v./2019.1", "v/2019.1"}) {
    write_file(site.root() / ".git/refs/tags" / tag, forged + "\n");
  }
  const RunResult run = build(site.root(), site.beside("out"));
  INFO(run.err);
  CHECK(run.exit_code == 0);
  const std::string release = read_file(site.beside("out") / "versies/2019.1/werkwijze/intake/index.html");
  CHECK(contains(release, "De intake begint met een gesprek."));
  CHECK_FALSE(contains(release, "Nieuw."));
  const std::vector<std::string> diagnostics = run.diagnostics();
  for (const char* tag : {"v./2019.1", "v/2019.1"}) {
    CHECK(std::count(diagnostics.begin(), diagnostics.end(),
                     ".: warning: de tag '" + std::string(tag) +
                         "' telt niet mee: de naam van een release bevat alleen letters, cijfers, '.', '-', '_' en "
                         "'+' (hoogstens 100), en begint met een letter of cijfer; het is geen release") == 1);
  }
}

TEST_CASE("hostile tags: two tags for one release folder are an error naming both", "[hostile][tags]") {
  TempSite site(kSite);
  const GitFixture repo(site.root());
  repo.commit("Eerste versie", kAnne);
  repo.tag("v2019.a");
  repo.tag("v2019.A");
  const RunResult run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 1);
  CHECK(run.errors() == std::vector<std::string>{".: error: de tags 'v2019.A' en 'v2019.a' zijn allebei release 2019.a "
                                                 "(een map /versies/2019.a/); verwijder een van de twee tags"});
  CHECK_FALSE(fs::exists(site.beside("out")));
}

TEST_CASE("hostile tags: a 300-byte tag name is skipped with a warning, never blocks the build", "[hostile][tags]") {
  TempSite site(kSite);
  const GitFixture repo(site.root());
  const std::string commit = repo.commit("Eerste versie", kAnne);
  repo.tag("v2019.1");
  const std::string long_tag = "v" + std::string(300, '9');
  // Too long for a file name: only packed-refs can hold it.
  write_file(site.root() / ".git/packed-refs",
             "# pack-refs with: peeled fully-peeled sorted \n" + commit + " refs/tags/" + long_tag + "\n");
  const RunResult run = build(site.root(), site.beside("out"));
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.errors().empty());
  CHECK(fs::exists(site.beside("out") / "werkwijze/intake/index.html"));
  const std::vector<std::string> diagnostics = run.diagnostics();
  CHECK(std::count_if(diagnostics.begin(), diagnostics.end(),
                      [](const std::string& line) { return line.rfind(".: warning: de tag 'v999", 0) == 0; }) == 1);
}

TEST_CASE("hostile git metadata: long messages and names are cut, bidi controls removed", "[hostile][history]") {
  TempSite site(kSite);
  const GitFixture repo(site.root());
  const std::string subject = "Vervalst " + std::string(50'000, 'x');
  const std::string name = "\u202EMallory " + std::string(1'000, 'n');
  repo.commit(subject + "\n\n" + std::string(50'000, 'y'), {name, "m@example.org", "2019-12-03T10:00:00+01:00"});
  repo.annotated_tag("v2019.1", "Release " + std::string(100'000, 'z'), kAnne);
  const RunResult run = build(site.root(), site.beside("out"));
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  size_t total = 0;
  bool subject_seen = false;
  for (const auto& [path, bytes] : read_tree(site.beside("out"))) {
    INFO(path);
    total += bytes.size();
    CHECK_FALSE(contains(bytes, std::string(201, 'x')));
    CHECK_FALSE(contains(bytes, std::string(201, 'z')));
    CHECK_FALSE(contains(bytes, std::string(65, 'n')));
    CHECK_FALSE(contains(bytes, "\u202E"));
    subject_seen = subject_seen || contains(bytes, "Vervalst " + std::string(191, 'x') + "…");
  }
  CHECK(subject_seen);
  CHECK(total < 2'000'000);
}

TEST_CASE("security.txt: where to report a vulnerability, from site.yaml's contact, until its date",
          "[hostile][security_txt]") {
  TempSite site(kSite);
  site.write("site.yaml",
             "title: Testhandboek\nbase_url: https://handboek.example.nl/\ncontact:\n  email: "
             "veiligheid@example.nl\n  url: https://example.nl/melden\n  expires: 2027-06-30\n");
  const RunResult run = build(site.root(), site.beside("out"));
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(read_file(site.beside("out") / ".well-known/security.txt") ==
        "Contact: mailto:veiligheid@example.nl\nContact: https://example.nl/melden\nExpires: "
        "2027-06-30T23:59:59.000Z\nPreferred-Languages: nl, en\nCanonical: "
        "https://handboek.example.nl/.well-known/security.txt\n");
  // Without a date there is no security.txt (RFC 9116 requires Expires); a date that does not exist is an error.
  site.write("site.yaml", "title: Testhandboek\ncontact:\n  email: veiligheid@example.nl\n");
  REQUIRE(build(site.root(), site.beside("out")).exit_code == 0);
  CHECK_FALSE(fs::exists(site.beside("out") / ".well-known"));
  site.write("site.yaml", "title: Testhandboek\ncontact:\n  email: veiligheid@example.nl\n  expires: 2027-02-30\n");
  const RunResult wrong = build(site.root(), site.beside("out"));
  CHECK(wrong.exit_code == 1);
  CHECK(wrong.errors().size() == 1);
}

}  // namespace handboek::testing
