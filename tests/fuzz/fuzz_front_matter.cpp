// Fuzz target: one Markdown page file with its YAML front matter, as the
// loader reads it from content/ — the front matter split, YAML limits,
// typed front matter of every page type, Markdown fields in YAML — then the
// model and the page's HTML.
// Input: the page's path under content/ on the first line (the folder
// decides the default type: processen/x.md is a proces), then the file's
// bytes. A first line that is no usable path means content/pagina.md.
#include "fuzz_site.h"
#include "load/page_loader.h"

using namespace handboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input = fuzz::bytes_of(data, size);
  const auto [first_line, file] = fuzz::split_first_line(input);
  auto path = base::SitePath::parse("content/" + std::string(first_line));
  if (!path || path->extension() != ".md" || !path->is_within(*base::SitePath::parse("content"))) {
    path = base::SitePath::parse("content/pagina.md");
  }
  base::Diagnostics diagnostics;
  auto page = load::load_page(*path, std::string(file), fuzz::surroundings().config, diagnostics);
  if (page) fuzz::build_and_render(fuzz::with({std::move(*page)}), {*path, ""});
  return 0;
}
