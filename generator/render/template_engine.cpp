#include "render/template_engine.h"

#include <atomic>

#include "base/text.h"

namespace handboek::render {

const char* const kRequiredTemplates[] = {
    "layout", "pagina", "proces",    "competentieprofiel", "gespreksformat", "sectie",      "begrippen",
    "home",   "404",    "formulier", "formulieren",        "versies",        "wijzigingen", nullptr};

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

// Replaces every {{> name}} by the partial's text, recursively. Partials
// are plain text inclusion in Mustache, and expanding them once here means
// each template is parsed once instead of each partial on every use.
std::optional<std::string> expand_partials(const std::string& text, const std::map<std::string, std::string>& partials,
                                           int depth, std::string& error) {
  if (depth > 16) {
    error = "partials include each other without end";
    return std::nullopt;
  }
  std::string out;
  size_t pos = 0;
  while (true) {
    const size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    const size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    std::string name = base::collapse_whitespace(text.substr(open + 3, close - open - 3));
    const auto partial = partials.find(name);
    if (partial == partials.end()) {
      error = "unknown partial '" + name + "'";
      return std::nullopt;
    }
    const auto expanded = expand_partials(partial->second, partials, depth + 1, error);
    if (!expanded) return std::nullopt;
    out.append(text, pos, open - pos);
    out += *expanded;
    pos = close + 2;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

std::atomic<uint64_t> next_engine_id{1};

// The data as the templates see it: an empty string counts as false, so
// {{#summary}}…{{/summary}} disappears when a page has no summary (as in
// mustache.js). kainjow's own context treats every string as true.
class EmptyStringIsFalse final : public kainjow::mustache::context<std::string> {
 public:
  explicit EmptyStringIsFalse(const TemplateData* data) : context(data) {}

  const TemplateData* get(const std::string& name) const override {
    static const TemplateData kFalse(false);
    const TemplateData* found = context::get(name);
    return found && found->is_string() && found->string_value().empty() ? &kFalse : found;
  }
};

}  // namespace

std::optional<TemplateEngine> TemplateEngine::load(const source::Source& source, const std::string& theme,
                                                   base::Diagnostics& diagnostics) {
  TemplateEngine engine;
  engine.id_ = next_engine_id++;
  const auto folder = base::SitePath::parse("themes/" + theme + "/templates");
  std::map<std::string, std::string> templates;
  std::map<std::string, std::string> partials;
  bool ok = read_templates(source, *folder, templates, diagnostics);
  ok = read_templates(source, *folder->join("partials"), partials, diagnostics) && ok;
  for (const auto& [name, text] : templates) {
    std::string error;
    const auto expanded = expand_partials(text, partials, 0, error);
    if (!expanded) {
      diagnostics.error(folder->str() + "/" + name + ".mustache", 0, 0, "invalid template: " + error);
      ok = false;
      continue;
    }
    engine.templates_[name] = *expanded;
  }
  for (const char* const* name = kRequiredTemplates; *name; ++name) {
    // A template that is there but invalid has been reported already.
    if (!engine.has(*name) && !source.read_file(*folder->join(std::string(*name) + ".mustache"))) {
      diagnostics.error(folder->str() + "/" + *name + ".mustache", 0, 0, "missing template of the theme");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return engine;
}

std::string TemplateEngine::render(const std::string& name, const TemplateData& data) const {
  // Each thread parses each template once and keeps it: kainjow's render is
  // not const, so parsed templates are not shared between threads.
  thread_local std::map<std::pair<uint64_t, std::string>, kainjow::mustache::mustache> parsed;
  auto found = parsed.find({id_, name});
  if (found == parsed.end()) found = parsed.emplace(std::pair{id_, name}, templates_.at(name)).first;
  EmptyStringIsFalse context(&data);
  return found->second.render(context);
}

}  // namespace handboek::render
