// base/diagnostics: the collector keeps every problem and hands them out
// sorted and without duplicates.
#include "base/diagnostics.h"

#include <catch2/catch.hpp>

using handboek::base::Diagnostics;
using handboek::base::Severity;

TEST_CASE("the collector keeps every problem and counts only errors", "[base][diagnostics]") {
  Diagnostics diagnostics;
  CHECK(diagnostics.empty());
  CHECK_FALSE(diagnostics.has_errors());
  diagnostics.warning("a.md", 1, 1, "w");
  CHECK_FALSE(diagnostics.empty());
  CHECK_FALSE(diagnostics.has_errors());
  diagnostics.error("a.md", 2, 1, "e1");
  diagnostics.error("b.md", 2, 1, "e2");
  CHECK(diagnostics.has_errors());
  CHECK(diagnostics.error_count() == 2);
  CHECK(diagnostics.sorted().size() == 3);
}

TEST_CASE("sorted diagnostics do not depend on the order they were found in", "[base][diagnostics]") {
  Diagnostics forward;
  forward.error("content/b.md", 3, 1, "second");
  forward.error("content/a.md", 7, 2, "first");
  Diagnostics backward;
  backward.error("content/a.md", 7, 2, "first");
  backward.error("content/b.md", 3, 1, "second");
  REQUIRE(forward.sorted() == backward.sorted());
  CHECK(forward.sorted().front().path == "content/a.md");
}

TEST_CASE("an exact duplicate is printed once", "[base][diagnostics]") {
  Diagnostics diagnostics;
  diagnostics.error("a.md", 1, 1, "same");
  diagnostics.error("a.md", 1, 1, "same");
  diagnostics.error("a.md", 1, 1, "other");
  CHECK(diagnostics.sorted().size() == 2);
}

TEST_CASE("merging collectors keeps the problems and the error count of both", "[base][diagnostics]") {
  Diagnostics first;
  first.error("a.md", 1, 1, "e");
  Diagnostics second;
  second.warning("b.md", 1, 1, "w");
  second.error("b.md", 2, 1, "e");
  first.merge(second);
  CHECK(first.error_count() == 2);
  const auto all = first.sorted();
  REQUIRE(all.size() == 3);
  CHECK(all[1].severity == Severity::kWarning);
}
