// Test support: runs the real pipeline (site.yaml → loader → SiteModel, with
// the theme) over a TempSite, for unit tests of the model and renderer that
// need whole pages around the part they test.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "engine/loaded_versions.h"
#include "temp_site.h"

namespace handboek::testing {

// Every diagnostic formatted ("path:line:col: error: message"), sorted.
std::vector<std::string> formatted(const base::Diagnostics& diagnostics);
// Only the errors, formatted and sorted.
std::vector<std::string> formatted_errors(const base::Diagnostics& diagnostics);

struct LoadedFixture {
  std::optional<engine::LoadedSite> site;
  base::Diagnostics diagnostics;

  // REQUIRES: site has a value.
  const model::SiteModel& model() const { return site->model; }
  // The theme's templates. REQUIRES: site has a value.
  const render::TemplateEngine& templates() const { return site->theme.templates; }
  // The page at content path `path`; throws when there is none.
  const model::PageEntry& page(std::string_view path) const;
  size_t page_index(std::string_view path) const;
  std::vector<std::string> lines() const { return formatted(diagnostics); }
  std::vector<std::string> errors() const { return formatted_errors(diagnostics); }
};

// Loads `site` through engine::load_site on one thread.
LoadedFixture load_fixture(const TempSite& site);

// The templates of the repository's default theme (themes/default), loaded
// once; for tests of a renderer that writes through the theme's partials.
const render::TemplateEngine& default_templates();

// A site.yaml with organisations buch and halte-werk, and a home page; tests
// add the pages they are about with TempSite::write_all.
inline constexpr std::string_view kMinimalSite = R"(
-- site.yaml --
title: Testhandboek
organisations:
  - id: buch
    name: BUCH
  - id: halte-werk
    name: Halte Werk
-- content/_index.md --
---
title: Home
---
Welkom.
)";

}  // namespace handboek::testing
