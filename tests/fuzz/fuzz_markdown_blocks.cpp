// Fuzz target: a page body in Markdown with the project's fenced blocks
// (```lokaal ORG holding Markdown of its own, ```form ID), headings, links
// and glossary terms — the loader's outline and raw-HTML check, the model
// (anchors, block references) and the renderer (local blocks, embedded
// forms, heading ids, glossary linking).
// Input: the body; it is loaded as content/over/fuzz.md with a fixed front
// matter, so every byte goes to the Markdown.
#include "fuzz_site.h"
#include "load/page_loader.h"

using namespace handboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = "---\ntitle: Fuzz\n---\n" + fuzz::bytes_of(data, size);
  base::Diagnostics diagnostics;
  const base::SitePath path = *base::SitePath::parse("content/over/fuzz.md");
  auto page = load::load_page(path, file, fuzz::surroundings().config, diagnostics);
  if (page) fuzz::build_and_render(fuzz::with({std::move(*page)}), {path, ""});
  return 0;
}
