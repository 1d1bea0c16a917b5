// base/diagnostic: the one format every problem is printed in.
#include "base/diagnostic.h"

#include <catch2/catch.hpp>

using handboek::base::Diagnostic;
using handboek::base::Severity;

TEST_CASE("a diagnostic with line and column prints path line column severity and message", "[base][diagnostic]") {
  const Diagnostic d{"content/a.md", 12, 7, Severity::kError, "link naar een pagina die niet bestaat: 'content/b.md'"};
  CHECK(d.format() == "content/a.md:12:7: error: link naar een pagina die niet bestaat: 'content/b.md'");
}

TEST_CASE("a warning is labelled warning", "[base][diagnostic]") {
  const Diagnostic d{"site.yaml", 3, 1, Severity::kWarning, "onbekende sleutel 'titel'"};
  CHECK(d.format() == "site.yaml:3:1: warning: onbekende sleutel 'titel'");
}

TEST_CASE("an unknown column is left out of the position", "[base][diagnostic]") {
  const Diagnostic d{"content/a.md", 4, 0, Severity::kError, "het bestand is geen geldige UTF-8; sla het op als UTF-8"};
  CHECK(d.format() == "content/a.md:4: error: het bestand is geen geldige UTF-8; sla het op als UTF-8");
}

TEST_CASE("a diagnostic about the whole file has no position at all", "[base][diagnostic]") {
  const Diagnostic d{"content/_index.md", 0, 0, Severity::kError, "missing: the home page of the handbook"};
  CHECK(d.format() == "content/_index.md: error: missing: the home page of the handbook");
  // A column without a line means nothing and is not printed either.
  const Diagnostic column_only{"a.md", 0, 5, Severity::kWarning, "m"};
  CHECK(column_only.format() == "a.md: warning: m");
}

TEST_CASE("diagnostics order by path then line then column", "[base][diagnostic]") {
  const Diagnostic a{"content/a.md", 9, 1, Severity::kError, "z"};
  const Diagnostic b{"content/a.md", 10, 1, Severity::kError, "a"};
  const Diagnostic c{"content/a.md", 10, 2, Severity::kError, "a"};
  const Diagnostic d{"content/b.md", 1, 1, Severity::kError, "a"};
  CHECK(a < b);
  CHECK(b < c);
  CHECK(c < d);
  CHECK_FALSE(d < a);
}

TEST_CASE("at the same position an error sorts before a warning", "[base][diagnostic]") {
  const Diagnostic error{"a.md", 1, 1, Severity::kError, "x"};
  const Diagnostic warning{"a.md", 1, 1, Severity::kWarning, "x"};
  CHECK(error < warning);
}
