#include "render/template_engine.h"

namespace handboek::render {

const char* const kRequiredTemplates[] = {
    "layout",    "pagina", "proces", "competentieprofiel", "gespreksformat", "sectie",
    "begrippen", "home",   "404",    "formulier",          "formulieren",    nullptr};

namespace {

// Reads every .mustache file of `folder` into name → text, checking syntax.
bool read_templates(const source::Source& source, const base::SitePath& folder, std::map<std::string, std::string>& out,
                    base::Diagnostics& diagnostics) {
  bool ok = true;
  for (const source::DirEntry& entry : source.list_dir(folder)) {
    const auto path = folder.join(entry.name);
    if (entry.is_dir || path->extension() != ".mustache") continue;
    const auto text = source.read_file(*path);
    if (!text) continue;
    kainjow::mustache::mustache parsed{*text};
    if (!parsed.is_valid()) {
      diagnostics.error(path->str(), 0, 0, "invalid template: " + parsed.error_message());
      ok = false;
      continue;
    }
    out[path->stem()] = *text;
  }
  return ok;
}

}  // namespace

std::optional<TemplateEngine> TemplateEngine::load(const source::Source& source, const std::string& theme,
                                                   base::Diagnostics& diagnostics) {
  TemplateEngine engine;
  const auto folder = base::SitePath::parse("themes/" + theme + "/templates");
  std::map<std::string, std::string> partials;
  bool ok = read_templates(source, *folder, engine.templates_, diagnostics);
  ok = read_templates(source, *folder->join("partials"), partials, diagnostics) && ok;
  for (const auto& [name, text] : partials) {
    engine.partials_.set(name, kainjow::mustache::partial([text = text] { return text; }));
  }
  for (const char* const* name = kRequiredTemplates; *name; ++name) {
    if (!engine.has(*name)) {
      diagnostics.error(folder->str() + "/" + *name + ".mustache", 0, 0, "missing template of the theme");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return engine;
}

std::string TemplateEngine::render(const std::string& name, const TemplateData& data) const {
  kainjow::mustache::context<std::string> context(&partials_);
  context.push(&data);
  kainjow::mustache::mustache compiled{templates_.at(name)};
  return compiled.render(context);
}

}  // namespace handboek::render
