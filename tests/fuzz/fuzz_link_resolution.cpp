// Fuzz target: link resolution. Every line of the input is one link target
// as written in Markdown (relative .md paths, ../, #anchors, %-escapes,
// forms/ID.yaml, static files, external URLs), given straight to the model's
// resolver so no Markdown parsing stands in between; half of them are
// written on a page two folders deep, the other half in a form (which
// resolves from forms/). Then the page and the form render with the
// resolved targets.
#include "fuzz_site.h"
#include "load/form_loader.h"
#include "load/page_loader.h"

using namespace handboek;

namespace {

// A page and a form to hold the links, loaded by the real loaders once.
struct Holders {
  load::Page page;
  load::FormDefinition form;
};

const Holders& holders() {
  static const Holders loaded = [] {
    base::Diagnostics diagnostics;
    auto page = load::load_page(*base::SitePath::parse("content/processen/diep/fuzz.md"),
                                "---\ntitle: Links\n---\n# Kop\n\nTekst.\n", fuzz::surroundings().config, diagnostics);
    auto form = load::load_form(*base::SitePath::parse("forms/links.yaml"),
                                "title: Links\npurpose: Tekst.\nsections:\n  - title: Deel\n    fields:\n"
                                "      - id: naam\n        type: short_text\n        label: Naam\n",
                                diagnostics);
    if (!page || !form) std::abort();
    return Holders{std::move(*page), std::move(*form)};
  }();
  return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Holders holder = holders();
  const std::string input = fuzz::bytes_of(data, size);
  std::string_view rest = input;
  for (int line = 1; !rest.empty(); ++line) {
    const auto [href, next] = fuzz::split_first_line(rest);
    rest = next;
    load::LinkRef link{std::string(href), line, 1};
    auto& outline = line % 2 ? holder.page.outline : holder.form.purpose.outline;
    outline.links.push_back(std::move(link));
  }
  const base::SitePath page_path = holder.page.path;
  fuzz::build_and_render(fuzz::with({std::move(holder.page)}, {std::move(holder.form)}), {page_path, "links"});
  return 0;
}
