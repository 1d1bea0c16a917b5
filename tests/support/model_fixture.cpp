#include "model_fixture.h"

#include <stdexcept>

#include "source/working_tree_source.h"

namespace handboek::testing {

std::vector<std::string> formatted(const base::Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const base::Diagnostic& diagnostic : diagnostics.sorted()) lines.push_back(diagnostic.format());
  return lines;
}

std::vector<std::string> formatted_errors(const base::Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const base::Diagnostic& diagnostic : diagnostics.sorted()) {
    if (diagnostic.severity == base::Severity::kError) lines.push_back(diagnostic.format());
  }
  return lines;
}

size_t LoadedFixture::page_index(std::string_view path) const {
  const auto& pages = model().pages;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].page.path.str() == path) return i;
  }
  throw std::runtime_error("no page " + std::string(path));
}

const model::PageEntry& LoadedFixture::page(std::string_view path) const {
  return model().pages[page_index(path)];
}

const render::TemplateEngine& default_templates() {
  static const render::TemplateEngine engine = [] {
    const source::WorkingTreeSource source(source_dir());
    base::Diagnostics diagnostics;
    auto loaded = render::TemplateEngine::load(source, "default", diagnostics);
    if (!loaded) throw std::runtime_error("themes/default does not load");
    return std::move(*loaded);
  }();
  return engine;
}

LoadedFixture load_fixture(const TempSite& site) {
  LoadedFixture fixture;
  const source::WorkingTreeSource source(site.root());
  fixture.site = engine::load_site(source, 1, fixture.diagnostics);
  return fixture;
}

}  // namespace handboek::testing
