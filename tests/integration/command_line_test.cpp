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
}

TEST_CASE("a misspelt command is a usage error with a suggestion", "[integration][cli]") {
  const auto run = run_handboek({"biuld"});
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.err, Contains("unknown command 'biuld'; did you mean 'build'?"));
}

TEST_CASE("an unknown option or a bad number is a usage error", "[integration][cli]") {
  CHECK(run_handboek({"build", "--snel"}).exit_code == 2);
  CHECK(run_handboek({"build", "-j", "nul"}).exit_code == 2);
  CHECK(run_handboek({"build", "-o"}).exit_code == 2);
  CHECK(run_handboek({"check", "a", "b"}).exit_code == 2);
}
