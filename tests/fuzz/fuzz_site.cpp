#include "fuzz_site.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "config/config_loader.h"
#include "load/form_loader.h"
#include "load/page_loader.h"
#include "model/model_builder.h"
#include "render/form_renderer.h"
#include "render/form_schema.h"
#include "render/page_renderer.h"
#include "source/working_tree_source.h"

namespace handboek::fuzz {

namespace {

// Few enough that building the model stays well under a millisecond, and
// one of each kind a fuzzed file can point at: section pages, a process with
// steps (anchors), glossary terms, a competency profile and two forms.
constexpr const char* kSamplePages[] = {
    "content/_index.md",
    "content/processen/_index.md",
    "content/processen/mens-in-beeld.md",
    "content/begrippen/_index.md",
    "content/begrippen/pip.md",
    "content/begrippen/brede-intake.md",
    "content/competenties/klantmanager-brede-intake-en-pip.md",
};
constexpr const char* kSampleForms[] = {"forms/pip.yaml", "forms/brede-intake.yaml"};

[[noreturn]] void fail(const std::string& what, const base::Diagnostics& diagnostics) {
  std::fprintf(stderr, "fuzz surroundings: %s\n", what.c_str());
  for (const base::Diagnostic& diagnostic : diagnostics.sorted()) {
    std::fprintf(stderr, "  %s\n", diagnostic.format().c_str());
  }
  std::abort();
}

Surroundings load_surroundings() {
  const source::WorkingTreeSource source(HANDBOEK_SOURCE_DIR);
  base::Diagnostics diagnostics;
  auto config = config::load_site_config(source, diagnostics);
  if (!config) fail("site.yaml does not load", diagnostics);
  auto theme = render::load_theme(source, "default", diagnostics);
  if (!theme) fail("themes/default does not load", diagnostics);
  Surroundings loaded{std::move(*config), {}, std::move(*theme)};
  for (const char* name : kSamplePages) {
    const auto path = *base::SitePath::parse(name);
    const auto bytes = source.read_file(path);
    auto page = bytes ? load::load_page(path, *bytes, loaded.config, diagnostics) : std::nullopt;
    if (!page) fail(std::string(name) + " does not load", diagnostics);
    loaded.content.pages.push_back(std::move(*page));
  }
  for (const char* name : kSampleForms) {
    const auto path = *base::SitePath::parse(name);
    const auto bytes = source.read_file(path);
    auto form = bytes ? load::load_form(path, *bytes, diagnostics) : std::nullopt;
    if (!form) fail(std::string(name) + " does not load", diagnostics);
    loaded.content.forms.push_back(std::move(*form));
  }
  if (diagnostics.has_errors()) fail("the sample files have errors", diagnostics);
  return loaded;
}

}  // namespace

const Surroundings& surroundings() {
  static const Surroundings loaded = load_surroundings();
  return loaded;
}

load::LoadedContent with(std::vector<load::Page> pages, std::vector<load::FormDefinition> forms) {
  load::LoadedContent content = surroundings().content;
  for (load::Page& page : pages) {
    std::erase_if(content.pages, [&](const load::Page& old) { return old.path == page.path; });
    content.pages.push_back(std::move(page));
  }
  for (load::FormDefinition& form : forms) {
    std::erase_if(content.forms, [&](const load::FormDefinition& old) { return old.id == form.id; });
    content.forms.push_back(std::move(form));
  }
  // The loader's order, which the model builder relies on.
  std::sort(content.pages.begin(), content.pages.end(),
            [](const load::Page& a, const load::Page& b) { return a.path < b.path; });
  std::sort(content.forms.begin(), content.forms.end(),
            [](const load::FormDefinition& a, const load::FormDefinition& b) { return a.id < b.id; });
  return content;
}

void build_and_render(load::LoadedContent content, const Focus& focus) {
  const Surroundings& site = surroundings();
  base::Diagnostics diagnostics;
  // Rendered whatever the diagnostics say: an older release is built with
  // its errors as warnings, so the renderer meets every model the builder
  // returns.
  model::BuildContext context;
  context.broken_link_severity = base::Severity::kWarning;
  const model::SiteModel model = model::build_site_model(site.config, std::move(content), diagnostics, context);
  const model::PageEntry* page = focus.page ? model.find_page(*focus.page) : nullptr;
  if (page && page->page.type == load::PageType::kTerm) page = model.glossary_page();
  if (page && !page->output_path.empty()) {
    const render::PageRenderer renderer(model, site.theme.templates, site.theme.assets, false);
    (void)renderer.render_page(static_cast<size_t>(page - model.pages.data()));
  }
  if (const load::FormDefinition* form = focus.form_id.empty() ? nullptr : model.find_form(focus.form_id)) {
    (void)render::render_form_html(model, site.theme.templates, *form, {model.form_url(form->id), 2});
    (void)render::form_schema_json(*form, site.theme.templates.strings(),
                                   {render::form_schema_url(model, form->id), render::handbook_version(model)});
  }
}

std::pair<std::string_view, std::string_view> split_first_line(std::string_view input) {
  const size_t end = input.find('\n');
  if (end == std::string_view::npos) return {input, {}};
  return {input.substr(0, end), input.substr(end + 1)};
}

}  // namespace handboek::fuzz
