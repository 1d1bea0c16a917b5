// The command line contract: exit 0 success, 1 content errors, 2 usage.
#include <catch2/catch.hpp>

#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::testing::run_handboek;

TEST_CASE("no command is a usage error that prints the help", "[integration][cli]") {
  const auto run = run_handboek({});
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.err, Contains("handboek build"));
  CHECK_THAT(run.err, Contains("handboek check"));
}

TEST_CASE("help is printed on stdout with success", "[integration][cli]") {
  const auto run = run_handboek({"--help"});
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.out, Contains("handboek build"));
  CHECK_THAT(run.out, Contains("Gebruik:"));  // the command line speaks Dutch (docs/editor.md)
}

TEST_CASE("a misspelt command is a usage error with a suggestion", "[integration][cli]") {
  const auto run = run_handboek({"biuld"});
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.err, Contains("onbekende opdracht 'biuld'; bedoelde je 'build'?"));
}

TEST_CASE("an unknown option or a bad number is a usage error", "[integration][cli]") {
  const auto unknown = run_handboek({"build", "--snel"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Contains("handboek build: onbekende optie '--snel'\ngebruik: handboek build [SITE_DIR]"));
  CHECK(run_handboek({"build", "-j", "nul"}).exit_code == 2);
  CHECK(run_handboek({"build", "-o"}).exit_code == 2);
  CHECK(run_handboek({"check", "a", "b"}).exit_code == 2);
}

TEST_CASE("a site folder that does not exist is an environment failure with the OS reason", "[integration][cli]") {
  const auto run = run_handboek({"check", "/nonexistent/handboek-site"});
  CHECK(run.exit_code == 3);
  CHECK_THAT(run.err,
             Contains("kan de map van de site /nonexistent/handboek-site niet lezen (No such file or directory)"));
}

TEST_CASE("an output folder that cannot be made is an environment failure with the OS reason", "[integration][cli]") {
  const handboek::testing::TempSite site(R"(
-- site.yaml --
title: Test
-- content/_index.md --
---
title: Home
---
Welkom.
)");
  // OUT below a regular file: no folder can be made there.
  const auto run = run_handboek({"build", site.root().string(), "-o", (site.root() / "site.yaml/out").string()});
  CHECK(run.exit_code == 3);
  CHECK_THAT(run.err, Contains("Not a directory"));
}

TEST_CASE("diagnostics with --format json are as one JSON object per line on stdout", "[integration][cli]") {
  const handboek::testing::TempSite site(R"(
-- site.yaml --
title: Test
-- content/_index.md --
---
title: Home
kleur: blauw
---
Zie [de "intake"](intake.md).
)");
  for (const std::string command : {"check", "build"}) {
    std::vector<std::string> args = {command, site.root().string(), "--format", "json"};
    if (command == "build") args.insert(args.end(), {"-o", site.beside("out").string()});
    const auto run = run_handboek(args);
    INFO(command << ": " << run.err);
    CHECK(run.exit_code == 1);
    const auto lines = handboek::testing::split_lines(run.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].rfind(R"({"path":".","line":0,"column":0,"severity":"warning","message":"geen git-repository ()",
                         0) == 0);
    CHECK(
        lines[1] ==
        R"({"path":"content/_index.md","line":3,"column":1,"severity":"warning","message":"onbekende sleutel 'kleur'"})");
    CHECK(
        lines[2] ==
        R"({"path":"content/_index.md","line":5,"column":5,"severity":"error","message":"link naar een pagina die niet bestaat: 'content/intake.md'"})");
  }
}

TEST_CASE("each command takes only its own options, and says so with its own help", "[integration][cli]") {
  const auto refused = run_handboek({"build", "--report", "review"});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("optie '--report' hoort niet bij deze opdracht") != std::string::npos);
  CHECK(refused.err.find("gebruik: handboek build [SITE_DIR]") != std::string::npos);
  CHECK(refused.err.find("bouwt de site in OUT") != std::string::npos);
  for (const std::vector<std::string>& args : {std::vector<std::string>{"serve", "--cache", "x"},
                                               {"check", "-o", "x"},
                                               {"check", "--no-cache"},
                                               {"init", "--port", "1"},
                                               {"new", "-j", "2"},
                                               {"import", "--timings"}}) {
    const auto result = run_handboek(args);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("gebruik: handboek " + args[0]) != std::string::npos);
  }
  const auto unknown = run_handboek({"check", "--kleur"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("onbekende optie '--kleur'") != std::string::npos);
  CHECK(run_handboek({"check", "--report", "kleuren"}).exit_code == 2);
  CHECK(run_handboek({"check", "--format", "xml"}).exit_code == 2);
}
