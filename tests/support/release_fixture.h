// Small helpers shared by the tests that build releases from a real
// repository: an author at a given date and a Markdown page with a title.
#pragma once

#include <string>
#include <string_view>

#include "git_fixture.h"

namespace handboek::testing {

// The author of the test repositories, at `date` (ISO 8601 with the UTC
// offset).
inline GitSignature anne(std::string date) {
  return {"Anne de Vries", "anne@example.org", std::move(date)};
}

// The smallest site with one process page (site.yaml, a home page and
// content/werkwijze/intake.md), for tests that commit and tag it.
inline constexpr std::string_view kIntakeSite = R"(
-- site.yaml --
title: Testhandboek
-- content/_index.md --
---
title: Home
---
Welkom.
-- content/werkwijze/intake.md --
---
title: Intake
---
De intake begint met een gesprek.
)";

// `who` at another date (ISO 8601 with the UTC offset).
inline GitSignature at(const GitSignature& who, std::string date) {
  return {who.name, who.email, std::move(date)};
}

// A content page: front matter with `title`, then `body`.
inline std::string titled_page(const std::string& title, const std::string& body) {
  return "---\ntitle: " + title + "\n---\n" + body + "\n";
}

}  // namespace handboek::testing
