// The hostile-input suite: one fixture per class of hostile repository or
// pathological input (issue 9, docs/security.md). Each asserts the exact
// outcome: the diagnostic text, that the build ends within a generous time
// bound, and that nothing is written outside OUT. Each of these failed
// before its fix.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <thread>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

extern char** environ;

namespace handboek::testing {
namespace {

using namespace std::chrono_literals;

const GitSignature kAnne = handboek::testing::anne("2019-12-03T10:00:00+01:00");

constexpr std::string_view kSite = handboek::testing::kIntakeSite;

struct TimedRun : RunResult {
  bool timed_out = false;  // killed after the time limit
};

// The real binary, killed (SIGKILL) when it runs longer than `limit`:
// pathological input must end, within a generous bound.
// `wrapper`: a program (looked up on PATH) that runs the binary, e.g. setpriv.
TimedRun run_within(const std::vector<std::string>& args, std::chrono::milliseconds limit,
                    const std::vector<std::string>& wrapper = {}) {
  const TempDir capture;
  const fs::path out_path = capture.path() / "stdout";
  const fs::path err_path = capture.path() / "stderr";
  std::vector<std::string> storage = wrapper;
  storage.push_back(handboek_binary());
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : storage) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run " + storage[0]);
  TimedRun result;
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (true) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) throw std::runtime_error("waitpid failed");
    if (done == 0 && std::chrono::steady_clock::now() > deadline && !result.timed_out) {
      ::kill(pid, SIGKILL);
      result.timed_out = true;
    }
    std::this_thread::sleep_for(10ms);
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  return result;
}

TimedRun build(const fs::path& site_dir, const fs::path& out, std::chrono::milliseconds limit = 60s) {
  return run_within({"build", site_dir.string(), "-o", out.string(), "--quiet"}, limit);
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// A released site with an unreleased draft in the working tree.
struct ReleasedSiteWithDraft {
  TempSite site{kSite};
  GitFixture repo{site.root()};
  std::string commit;

  ReleasedSiteWithDraft() {
    commit = repo.commit("Eerste versie", kAnne);
    repo.tag("v2019.1");
    site.write("content/werkwijze/concept.md", "---\ntitle: Geheim concept\n---\nNog niet vrijgegeven.\n");
  }
  // A ref written by other tooling, bypassing git's name check.
  void write_raw_tag(const std::string& name, const std::string& target) const {
    write_file(site.root() / ".git/refs/tags" / name, target + "\n");
  }
};

TEST_CASE("hostile tags: a ref git rejects is ignored with a warning; releases stay published", "[hostile][tags]") {
  const ReleasedSiteWithDraft fixture;
  fixture.write_raw_tag("v2019.2 klad", fixture.commit);
  fixture.write_raw_tag("v..x", fixture.commit);
  const TimedRun run = build(fixture.site.root(), fixture.site.beside("out"));
  CHECK(run.exit_code == 0);
  CHECK_FALSE(run.timed_out);
  const std::vector<std::string> diagnostics = run.diagnostics();
  CHECK(std::count(diagnostics.begin(), diagnostics.end(),
                   ".: warning: de ref 'refs/tags/v2019.2 klad' telt niet mee: git accepteert deze naam niet; het "
                   "is geen release") == 1);
  CHECK(std::count(diagnostics.begin(), diagnostics.end(),
                   ".: warning: de ref 'refs/tags/v..x' telt niet mee: git accepteert deze naam niet; het is geen "
                   "release") == 1);
  // The release is at the root; the draft is not published.
  CHECK(fs::exists(fixture.site.beside("out") / "werkwijze/intake/index.html"));
  CHECK_FALSE(fs::exists(fixture.site.beside("out") / "werkwijze/concept"));
}

TEST_CASE("hostile tags: only invalid tags never publish the working tree", "[hostile][tags]") {
  TempSite site(kSite);
  const GitFixture repo(site.root());
  const std::string commit = repo.commit("Eerste versie", kAnne);
  write_file(site.root() / ".git/refs/tags/v1 klad", commit + "\n");
  site.write("content/werkwijze/concept.md", "---\ntitle: Geheim concept\n---\nNog niet vrijgegeven.\n");
  const TimedRun run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 1);
  CHECK(run.errors() == std::vector<std::string>{
                            ".: error: er zijn tags die passen bij het patroon 'v*', maar geen ervan is een bruikbare "
                            "release; de werkmap wordt niet gepubliceerd (herstel of verwijder de tags, of maak "
                            "`versions: tags:` in site.yaml nauwer)"});
  CHECK_FALSE(fs::exists(site.beside("out")));
}

TEST_CASE("hostile tags: a release tag that cannot be read is an error naming it", "[hostile][tags]") {
  const ReleasedSiteWithDraft fixture;
  fixture.write_raw_tag("v2020.1", "1234567890123456789012345678901234567890");
  const TimedRun run = build(fixture.site.root(), fixture.site.beside("out"));
  CHECK(run.exit_code == 1);
  REQUIRE(run.errors().size() == 1);
  CHECK(run.errors()[0].rfind(".: error: kan release-tag 'v2020.1' niet lezen (", 0) == 0);
  CHECK_FALSE(fs::exists(fixture.site.beside("out")));
}

TEST_CASE("hostile tags: a tag on a blob is not a release, with a warning", "[hostile][tags]") {
  const ReleasedSiteWithDraft fixture;
  const std::string blob = fixture.repo.git({"hash-object", "-w", "content/_index.md"});
  fixture.write_raw_tag("v2020.1", blob);
  const TimedRun run = build(fixture.site.root(), fixture.site.beside("out"));
  INFO(run.err);
  CHECK(run.exit_code == 0);
  const std::vector<std::string> diagnostics = run.diagnostics();
  CHECK(std::count(diagnostics.begin(), diagnostics.end(),
                   ".: warning: tag 'v2020.1' wijst niet naar een commit; het is geen release") == 1);
  CHECK_FALSE(fs::exists(fixture.site.beside("out") / "werkwijze/concept"));
}

TEST_CASE("hostile programs: a Pagefind the site brings along is never run", "[hostile][search]") {
  TempSite site(kSite);
  const fs::path witness = site.beside("pagefind-ran");
  const fs::path program = site.root() / "tools/search/node_modules/.bin/pagefind";
  write_file(program, "#!/bin/sh\ntouch '" + witness.string() + "'\n");
  ::chmod(program.c_str(), 0755);
  const TimedRun run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 0);
  CHECK_FALSE(fs::exists(witness));
}

TEST_CASE("hostile static files: HTML, JavaScript and lying bytes are left out with a warning, never published",
          "[hostile][static]") {
  TempSite site(kSite);
  site.write("content/werkwijze/aanval.html", "<script>alert(1)</script>\n");
  site.write("content/werkwijze/code.js", "alert(1)\n");
  site.write("content/werkwijze/foto.png", "<html><script>alert(1)</script></html>");
  site.write("content/werkwijze/programma.exe", "MZ");
  SECTION("a security finding does not block the build") {
    const TimedRun run = build(site.root(), site.beside("out"));
    CHECK(run.exit_code == 0);
    const std::vector<std::string> diagnostics = run.diagnostics();
    for (const char* expected :
         {"content/werkwijze/aanval.html: warning: een html-bestand kan code uitvoeren in de browser van de lezer en "
          "wordt niet gepubliceerd; schrijf de pagina in Markdown, of sta het toe in site.yaml met `static_files: "
          "allow: [html]`",
          "content/werkwijze/code.js: warning: een js-bestand kan code uitvoeren in de browser van de lezer en wordt "
          "niet gepubliceerd; schrijf de pagina in Markdown, of sta het toe in site.yaml met `static_files: allow: "
          "[js]`",
          "content/werkwijze/foto.png: warning: de inhoud van dit bestand is geen png-bestand; niet gepubliceerd",
          "content/werkwijze/programma.exe: warning: niet gepubliceerd: handboek publiceert uit content/ alleen "
          "Markdown-pagina's en .png .jpg .jpeg .gif .webp .avif .bmp .ico .pdf .docx .xlsx .pptx .odt .ods "
          ".odp .doc .xls .ppt .rtf .txt .csv (niet .exe)"}) {
      CHECK(std::count(diagnostics.begin(), diagnostics.end(), expected) == 1);
    }
    for (const char* file : {"werkwijze/aanval.html", "werkwijze/code.js", "werkwijze/foto.png"}) {
      CHECK_FALSE(fs::exists(site.beside("out") / file));
    }
  }
  SECTION("security_findings: error makes them errors for a CI that wants that") {
    site.write("site.yaml", "title: Testhandboek\nsecurity_findings: error\n");
    const TimedRun run = build(site.root(), site.beside("out"));
    CHECK(run.exit_code == 1);
    CHECK(run.errors().size() == 3);
    CHECK_FALSE(fs::exists(site.beside("out")));
  }
  SECTION("404.html and an upper-case .MD are content errors, not findings") {
    site.write("content/werkwijze/Notitie.MD", "# Notitie\n");
    site.write("content/404.html", "<p>Weg</p>\n");
    const TimedRun run = build(site.root(), site.beside("out"));
    CHECK(run.exit_code == 1);
    CHECK(run.errors() ==
          std::vector<std::string>{
              "content/404.html: error: handboek maakt 404.html zelf (met het 404-sjabloon van het thema); verwijder "
              "content/404.html",
              "content/werkwijze/Notitie.MD: error: Markdown-pagina's eindigen op .md in kleine letters (hernoem "
              "'Notitie.MD')",
          });
  }
}

TEST_CASE("hostile static files: an SVG is published sanitized, or left out when it cannot be made safe",
          "[hostile][static]") {
  TempSite site(kSite);
  const std::string svg_open =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
  site.write("content/werkwijze/logo.svg", svg_open + "<circle r=\"4\"/></svg>\n");
  site.write("content/werkwijze/a.svg", svg_open + "\n<a xlink:href=\"&#106;ava\tscript:alert(1)\">x</a></svg>\n");
  site.write("content/werkwijze/b.svg", svg_open + "\n\n<rect onload = \"alert(1)\"/></svg>\n");
  site.write("content/werkwijze/c.svg", svg_open + "<script>alert(1)</script><circle r=\"2\"/></svg>\n");
  site.write("content/werkwijze/d.svg", "<!DOCTYPE svg [<!ENTITY a \"aaaa\">]>" + svg_open + "&a;</svg>\n");
  const TimedRun run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 0);
  const fs::path out = site.beside("out") / "werkwijze";
  CHECK(read_file(out / "logo.svg").find("<circle r=\"4\"/>") != std::string::npos);
  for (const char* name : {"a.svg", "b.svg", "c.svg"}) {
    const std::string published = read_file(out / name);
    CHECK(published.find("<svg") != std::string::npos);
    for (const char* active : {"script", "onload", "alert"}) CHECK(published.find(active) == std::string::npos);
  }
  CHECK(read_file(out / "c.svg").find("<circle r=\"2\"/>") != std::string::npos);
  CHECK_FALSE(fs::exists(out / "d.svg"));
  const std::vector<std::string> diagnostics = run.diagnostics();
  for (const char* expected :
       {"content/werkwijze/a.svg: warning: SVG-afbeelding: verwijzingen naar buiten (href) weggelaten",
        "content/werkwijze/b.svg: warning: SVG-afbeelding: onload-attributen weggelaten",
        "content/werkwijze/c.svg: warning: SVG-afbeelding: <script> weggelaten",
        "content/werkwijze/d.svg: warning: SVG-afbeelding niet gepubliceerd: het declareert XML-entiteiten"}) {
    CHECK(std::count(diagnostics.begin(), diagnostics.end(), expected) == 1);
  }
}

TEST_CASE("hostile static files: a file that would replace generated output is an error", "[hostile][static]") {
  TempSite site(kSite);
  site.write("content/formulieren/brochure.pdf", "%PDF-1.4\n");
  site.write("content/pagefind/uitleg.txt", "tekst\n");
  // A site's own assets/ is published beside the theme's (MkDocs keeps its
  // logo there), but never under a name the theme's hashed files could have.
  site.write("content/assets/logo.png", std::string("\x89PNG\r\n\x1A\n", 8));
  site.write("content/assets/handboek.0123456789.png", std::string("\x89PNG\r\n\x1A\n", 8));
  site.write("content/sitemap.xml.txt", "geen sitemap\n");
  const TimedRun run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 1);
  CHECK(run.errors() ==
        std::vector<std::string>{
            "content/assets/handboek.0123456789.png: error: 'assets/handboek.0123456789.png' maakt handboek zelf; "
            "een bestand in content/ kan het niet vervangen",
            "content/formulieren/brochure.pdf: error: 'formulieren/brochure.pdf' maakt handboek zelf; een bestand "
            "in content/ kan het niet vervangen",
            "content/pagefind/uitleg.txt: error: 'pagefind/uitleg.txt' maakt handboek zelf; een bestand in "
            "content/ kan het niet vervangen",
        });
}

TEST_CASE("hostile symlinks: folder links that loop back end the walk, each reported once", "[hostile][symlink]") {
  TempSite site(kSite);
  fs::create_symlink(".", site.root() / "content/x");
  fs::create_symlink(".", site.root() / "content/y");
  fs::create_symlink("..", site.root() / "content/werkwijze/omhoog");
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"},
        std::vector<std::string>{"check", site.root().string()}}) {
    const TimedRun run = run_within(arguments, 60s);
    CHECK_FALSE(run.timed_out);
    CHECK(run.exit_code == 0);
    const std::vector<std::string> diagnostics = run.diagnostics();
    CHECK(std::count(diagnostics.begin(), diagnostics.end(),
                     "content/x: warning: overgeslagen: een symbolische link die terugwijst naar een map erboven; niet "
                     "gevolgd") == 1);
    CHECK(std::count(diagnostics.begin(), diagnostics.end(),
                     "content/y: warning: overgeslagen: een symbolische link die terugwijst naar een map erboven; niet "
                     "gevolgd") == 1);
    CHECK(std::count(diagnostics.begin(), diagnostics.end(),
                     "content/werkwijze/omhoog: warning: overgeslagen: een symbolische link die terugwijst naar een "
                     "map erboven; niet "
                     "gevolgd") == 1);
  }
}

TEST_CASE("pathological pages: a NUL byte and an oversized page are located errors", "[hostile][markdown]") {
  TempSite site(kSite);
  site.write("content/werkwijze/nul.md", std::string("---\ntitle: Nul\n---\nTekst\n\0meer\n", 31));
  site.write("content/werkwijze/groot.md", "---\ntitle: Groot\n---\n" + std::string(600 << 10, 'x') + "\n");
  const TimedRun run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 1);
  CHECK(run.errors() ==
        std::vector<std::string>{
            "content/werkwijze/groot.md: error: de pagina is groter dan 512 KB; verdeel haar over meer pagina's",
            "content/werkwijze/nul.md:5: error: het bestand bevat een NUL-byte; sla het op als gewone tekst",
        });
}

TEST_CASE("pathological pages: 50,000 equal headings get their anchors in linear time", "[hostile][markdown]") {
  TempSite site(kSite);
  std::string body = "---\ntitle: Koppen\n---\n";
  for (int i = 0; i < 50'000; ++i) body += "## Stap\n";
  site.write("content/werkwijze/koppen.md", body);
  const TimedRun run = build(site.root(), site.beside("out"), 120s);
  CHECK_FALSE(run.timed_out);
  REQUIRE(run.exit_code == 0);
  const std::string html = read_file(site.beside("out") / "werkwijze/koppen/index.html");
  CHECK(contains(html, "id=\"stap\""));
  CHECK(contains(html, "id=\"stap-2\""));
  CHECK(contains(html, "id=\"stap-50000\""));
}

TEST_CASE("pathological pages: more than 2,000 image openers are a located error, 2,000 end quickly",
          "[hostile][markdown]") {
  // cmark-gfm 0.29.0.gfm.6 is quadratic in open "![": 512 KB of "![[]()" took 4 minutes.
  TempSite site(kSite);
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "![[]()";
  site.write("content/werkwijze/beelden.md", "---\ntitle: Beelden\n---\n" + many + "\n");
  site.write("content/werkwijze/te-veel.md", "---\ntitle: Te veel\n---\nTekst.\n\n" + many + "![[]()\n");
  site.write("forms/aanvraag.yaml", "title: Aanvraag\npurpose: |\n  " + many + "![[]()\nsections: []\n");
  const TimedRun run = build(site.root(), site.beside("out"));
  CHECK_FALSE(run.timed_out);
  CHECK(run.exit_code == 1);
  const std::vector<std::string> errors = run.errors();
  const std::string message =
      "error: meer dan 2000 afbeeldingen ('![') in een bestand; verdeel het over meer bestanden (het lezen zou "
      "minuten duren)";
  CHECK(std::count(errors.begin(), errors.end(), "content/werkwijze/te-veel.md:6: " + message) == 1);
  CHECK(std::count(errors.begin(), errors.end(), "forms/aanvraag.yaml:3: " + message) == 1);
  // The page with 2,000 is parsed (its empty links are the other errors).
  CHECK(std::count_if(errors.begin(), errors.end(), [](const std::string& error) {
          return error.rfind("content/werkwijze/beelden.md:4:", 0) == 0 &&
                 error.ends_with("error: een link zonder doel");
        }) == 2000);
}

TEST_CASE("pathological pages: nested emphasis, a 2,000-term glossary and a 5,000-column table end quickly",
          "[hostile][markdown][glossary]") {
  // Before the fixes: 225 KB of nested emphasis with a term took 18 s, a
  // page naming 2,000 terms 28 s.
  TempSite site(kSite);
  std::string all_terms;
  for (int i = 0; i < 2000; ++i) {
    std::string name = "term";
    for (const char digit : std::to_string(i)) name += static_cast<char>('a' + (digit - '0'));
    site.write("content/begrippen/" + name + ".md", "---\ntitle: " + name + "\ndefinition: Uitleg.\n---\nTekst.\n");
    all_terms += name + " ";
  }
  site.write("content/werkwijze/alle.md", "---\ntitle: Alle\n---\n" + all_terms + "\n");
  const int depth = 25'000;  // "*_" 25,000 times: 100 KB
  std::string emphasis;
  for (int i = 0; i < depth; ++i) emphasis += "*_";
  emphasis += " terma ";
  for (int i = 0; i < depth; ++i) emphasis += "_*";
  site.write("content/werkwijze/nadruk.md", "---\ntitle: Nadruk\n---\n" + emphasis + "\n");
  std::string table;
  for (const std::string_view cell : {"|a", "|-", "|b"}) {
    for (int column = 0; column < 5000; ++column) table += cell;
    table += "|\n";
  }
  site.write("content/werkwijze/tabel.md", "---\ntitle: Tabel\n---\n" + table);
  const TimedRun run = build(site.root(), site.beside("out"), 120s);
  CHECK_FALSE(run.timed_out);
  REQUIRE(run.exit_code == 0);
  const fs::path out = site.beside("out");
  const std::string alle = read_file(out / "werkwijze/alle/index.html");
  size_t links = 0;
  for (size_t at = alle.find("class=\"begrip-link\""); at != std::string::npos;
       at = alle.find("class=\"begrip-link\"", at + 1)) {
    ++links;
  }
  CHECK(links == 2000);
  CHECK(contains(read_file(out / "werkwijze/nadruk/index.html"), "class=\"begrip-link\""));
  const std::string tabel = read_file(out / "werkwijze/tabel/index.html");
  size_t cells = 0;
  for (size_t at = tabel.find("<td>b</td>"); at != std::string::npos; at = tabel.find("<td>b</td>", at + 1)) ++cells;
  CHECK(cells == 5000);
}

TEST_CASE("hostile folders: a folder that cannot be read is a warning naming it", "[hostile][unreadable]") {
  TempSite site(kSite);
  site.write("content/geheim/pagina.md", "---\ntitle: Geheim\n---\nTekst.\n");
  fs::permissions(site.root() / "content/geheim", fs::perms::none);
  // root reads any folder; without these two capabilities it is held to the
  // permissions like everyone else.
  std::vector<std::string> wrapper;
  if (::geteuid() == 0) wrapper = {"setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"};
  const TimedRun run =
      run_within({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"}, 60s, wrapper);
  fs::permissions(site.root() / "content/geheim", fs::perms::owner_all);
  CHECK(run.exit_code == 0);
  const std::vector<std::string> diagnostics = run.diagnostics();
  CHECK(std::count(diagnostics.begin(), diagnostics.end(),
                   "content/geheim: warning: overgeslagen: deze map is niet te lezen (Permission denied); de pagina's "
                   "erin ontbreken") == 1);
  CHECK(fs::exists(site.beside("out") / "werkwijze/intake/index.html"));
  CHECK_FALSE(fs::exists(site.beside("out") / "geheim"));
}

TEST_CASE("pathological pages: a link target of 240 KB to a missing page ends quickly and without a suggestion",
          "[hostile][markdown]") {
  // Found by the link_resolution fuzz target: each broken link was compared
  // with every page path by full edit distance, its length times theirs.
  TempSite site(kSite);
  // Before the fix this took 100 s of CPU (1,000 paths of 200 bytes).
  for (int i = 0; i < 1000; ++i) {
    site.write("content/werkwijze/" + std::string(200, 'p') + std::to_string(i) + ".md", "---\ntitle: P\n---\n");
  }
  const std::string long_name(240 << 10, 'a');
  site.write("content/werkwijze/lang.md",
             "---\ntitle: Lang\n---\n[een](" + long_name + ".md) en [twee](intake.md#" + long_name + ")\n");
  const TimedRun run = build(site.root(), site.beside("out"));
  CHECK_FALSE(run.timed_out);
  CHECK(run.exit_code == 1);
  const auto errors = run.errors();
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].rfind(
            "content/werkwijze/lang.md:4:1: error: link naar een pagina die niet bestaat: 'content/werkwijze/aaaa",
            0) == 0);
  CHECK(errors[0].ends_with("aaa.md'"));
  CHECK(errors[1].rfind("content/werkwijze/lang.md:4:", 0) == 0);
  CHECK(errors[1].ends_with("aaa' in content/werkwijze/intake.md"));
}

TEST_CASE("hostile file names: URL characters, invalid UTF-8 and case collisions are located errors; spaces are fine",
          "[hostile][names]") {
  TempSite site(kSite);
  const std::string page = "---\ntitle: P\n---\nTekst.\n";
  site.write("content/werkwijze/met spatie.md", page);
  site.write("content/werkwijze/vraag?.md", page);
  site.write("content/werkwijze/honderd%.md", page);
  site.write("content/werkwijze/Intake.md", page);
  site.write("content/werkwijze/\xff\xfe.md", page);
  const TimedRun run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 1);
  const std::string rule =
      "namen van bestanden en mappen in content/ mogen geen '#', '?', '%', tabs, regeleinden, aanhalingstekens, '<', "
      "'>' of ongeldige UTF-8 bevatten; geef het een andere naam";
  CHECK(run.errors() ==
        std::vector<std::string>{
            "content: error: een bestandsnaam is geen geldige UTF-8; " + rule,
            "content/werkwijze/honderd%.md: error: " + rule,
            "content/werkwijze/intake.md: error: verschilt van content/werkwijze/Intake.md alleen in hoofdletters en "
            "kleine letters; op Windows en macOS zijn de twee hetzelfde bestand; geef een van beide een andere naam",
            "content/werkwijze/vraag?.md: error: " + rule,
        });
}

// Alive and not a zombie (a reparented zombie may wait long for its reaper).
bool process_alive(pid_t pid) {
  if (::kill(pid, 0) != 0) return false;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string pid_field, name, state;
  stat >> pid_field >> name >> state;
  return state != "Z";
}

TEST_CASE("killed builds: termination reaches the indexer and its children; the next build removes the debris",
          "[hostile][atomic]") {
  TempSite site(kSite);
  const fs::path pids = site.beside("pids");
  const fs::path indexer = site.beside("trage-pagefind");
  // An indexer that starts a child of its own (as Pagefind's npm wrapper
  // does) and hangs.
  write_file(indexer, "#!/bin/sh\nsleep 300 &\necho $$ $! > '" + pids.string() + "'\nwait\n");
  ::chmod(indexer.c_str(), 0755);
  ::setenv("HANDBOEK_PAGEFIND", indexer.c_str(), 1);
  std::vector<std::string> storage = {handboek_binary(),           "build",  site.root().string(), "-o",
                                      site.beside("out").string(), "--quiet"};
  std::vector<char*> argv;
  for (std::string& argument : storage) argv.push_back(argument.data());
  argv.push_back(nullptr);
  pid_t build_pid = 0;
  REQUIRE(::posix_spawn(&build_pid, argv[0], nullptr, nullptr, argv.data(), environ) == 0);
  ::unsetenv("HANDBOEK_PAGEFIND");
  pid_t indexer_pid = 0, child_pid = 0;
  for (int i = 0; i < 600 && child_pid == 0; ++i) {
    std::this_thread::sleep_for(100ms);
    std::ifstream(pids) >> indexer_pid >> child_pid;
  }
  REQUIRE(child_pid > 0);
  ::kill(build_pid, SIGTERM);
  int status = 0;
  ::waitpid(build_pid, &status, 0);
  CHECK(WIFSIGNALED(status));
  for (int i = 0; i < 50 && (process_alive(indexer_pid) || process_alive(child_pid)); ++i) {
    std::this_thread::sleep_for(100ms);
  }
  CHECK_FALSE(process_alive(indexer_pid));
  CHECK_FALSE(process_alive(child_pid));

  const auto debris = [&] {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(site.beside(""))) {
      const std::string name = entry.path().filename().string();
      if (name.rfind("out.", 0) == 0 || name.rfind(".out.", 0) == 0) names.push_back(name);
    }
    return names;
  };
  CHECK(debris().size() == 1);  // the killed build's temporary folder
  ::setenv("HANDBOEK_PAGEFIND", "off", 1);
  const TimedRun next = build(site.root(), site.beside("out"));
  ::unsetenv("HANDBOEK_PAGEFIND");
  CHECK(next.exit_code == 0);
  CHECK(debris().empty());
}

}  // namespace
}  // namespace handboek::testing

namespace handboek::testing {

TEST_CASE("hostile front matter: script in a step's Markdown is left out with a warning where it is written",
          "[hostile][html]") {
  TempSite site(kSite);
  site.write("content/werkwijze/foto.png", std::string("\x89PNG\r\n\x1A\n", 8) + "rest");
  site.write("content/werkwijze/route.md", R"(---
title: Route
type: proces
steps:
  - id: start
    title: Start
    description: Begin hier <script>alert(1)</script> met het <b>gesprek</b>.
  - id: vervolg
    title: Vervolg
    description: >-
      Daarna volgt
      <img src=foto.png onerror=alert(1)> de rest.
---
Tekst.
)");
  const TimedRun run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 0);
  const std::vector<std::string> diagnostics = run.diagnostics();
  for (const char* expected :
       {"content/werkwijze/route.md:7:29: warning: HTML in de tekst: <script> weggelaten; de rest wordt getoond",
        "content/werkwijze/route.md:12:7: warning: HTML in de tekst: onerror-attributen weggelaten; de rest wordt "
        "getoond"}) {
    CHECK(std::count(diagnostics.begin(), diagnostics.end(), expected) == 1);
  }
  const std::string page = read_file(site.beside("out") / "werkwijze/route/index.html");
  CHECK(page.find("alert(1)") == std::string::npos);
  CHECK(page.find("onerror") == std::string::npos);
  CHECK(page.find("<b>gesprek</b>") != std::string::npos);
  CHECK(page.find("<img src=\"../foto.png\">") != std::string::npos);
}

}  // namespace handboek::testing
