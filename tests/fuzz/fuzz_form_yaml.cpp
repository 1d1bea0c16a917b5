// Fuzz target: one form file (forms/ID.yaml) as the form loader reads it —
// sections, fields of every type, options, tables, translations, Markdown
// texts — then the model, the fillable form and its JSON Schema.
// Input: the file's bytes; it is loaded as forms/fuzz.yaml.
#include "fuzz_site.h"
#include "load/form_loader.h"

using namespace handboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  base::Diagnostics diagnostics;
  auto form = load::load_form(*base::SitePath::parse("forms/fuzz.yaml"), fuzz::bytes_of(data, size), diagnostics);
  if (!form) return 0;
  const std::string id = form->id;
  fuzz::build_and_render(fuzz::with({}, {std::move(*form)}), {std::nullopt, id});
  return 0;
}
