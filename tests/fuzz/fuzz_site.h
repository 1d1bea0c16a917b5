// Support for the libFuzzer targets of tests/fuzz: the fixed surroundings a
// fuzzed page or form is loaded into, and the real pipeline after the loader
// (model builder, page and form renderers). The surroundings are a few files
// of the sample handbook in this repository (site.yaml, the home page, a
// process, glossary terms, a form), so links, glossary terms and ```form
// blocks in fuzzed input have real targets. Loaded once per process.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "config/site_config.h"
#include "load/content_loader.h"
#include "model/site_model.h"
#include "render/theme.h"

namespace handboek::fuzz {

struct Surroundings {
  config::SiteConfig config;
  load::LoadedContent content;  // the sample's pages and forms listed in fuzz_site.cpp
  render::Theme theme;
};

// Loaded on first use from HANDBOEK_SOURCE_DIR; aborts when the sample does
// not load cleanly (a fuzz run against a broken sample finds nothing).
const Surroundings& surroundings();

// The surroundings' content with `pages` and `forms` added (a page or form
// at a path the surroundings already have replaces it).
load::LoadedContent with(std::vector<load::Page> pages, std::vector<load::FormDefinition> forms = {});

// What build_and_render renders: the fuzzed page (and, for a glossary term,
// the glossary page that shows it) and the fuzzed form. Rendering only
// these keeps a run short.
struct Focus {
  std::optional<base::SitePath> page;
  std::string form_id;
};

// Builds the model of `content` (every cross-file pass, link resolution
// included) and renders the focus through the default theme: a page as its
// whole HTML document, a form as its fillable form and its JSON Schema. The
// output is discarded: what the fuzzer looks for is a crash, a sanitizer
// report or a hang anywhere after the loader.
void build_and_render(load::LoadedContent content, const Focus& focus);

// libFuzzer's bytes as a string.
inline std::string bytes_of(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// The first line of `input` (without '\n') and the rest.
std::pair<std::string_view, std::string_view> split_first_line(std::string_view input);

}  // namespace handboek::fuzz
