#include "render/template_engine.h"

#include <atomic>
#include <iterator>
#include <set>

#include "base/content_hash.h"
#include "base/text.h"
#include "render/theme.h"
#include "source/working_tree_source.h"

namespace handboek::render {

const char* const kRequiredTemplates[] = {
    "layout",       "pagina", "proces",    "competentieprofiel", "gespreksformat", "sectie",      "begrippen",
    "home",         "404",    "formulier", "formulieren",        "versies",        "wijzigingen", "casus",
    "trainingsmap", nullptr};

const char* const kRequiredPartials[] = {"form",         "form_paper",    "form_embedded", "form_card",
                                         "local_blocks", "route_diagram", nullptr};

const char* const kDefaultedPartials[] = {"glossary_term",  "broken_link",  "broken_image", "table_frame",
                                          "heading_target", "diff_removed", "diff_added",   "embed_link",
                                          "left_out_link",  nullptr};

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
      diagnostics.error(path->str(), 0, 0, "ongeldig sjabloon (" + parsed.error_message() + ")");
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
    error = "de partials nemen elkaar eindeloos op";
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
      error = "onbekende partial '" + name + "'";
      return std::nullopt;
    }
    const auto expanded = expand_partials(partial->second, partials, depth + 1, error);
    if (!expanded) return std::nullopt;
    // As in the Mustache spec, a {{> name}} alone on its line stands for
    // the partial's lines: the tag's own line (indentation and newline) goes.
    const size_t line_start = open == 0 ? std::string::npos : text.find_last_not_of(" \t", open - 1);
    const size_t line_end = text.find_first_not_of(" \t", close + 2);
    const bool starts_line = line_start == std::string::npos || text[line_start] == '\n';
    const bool ends_line = line_end == std::string::npos || text[line_end] == '\n';
    const bool standalone = starts_line && ends_line && line_start + 1 >= pos;
    out.append(text, pos, (standalone ? (line_start == std::string::npos ? 0 : line_start + 1) : open) - pos);
    out += *expanded;
    pos = standalone ? (line_end == std::string::npos ? text.size() : line_end + 1) : close + 2;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

// The partials of kDefaultedPartials that `partials` lacks, from the
// default theme installed with handboek: a theme written before the
// generator asked for one keeps working, and looks as the default does.
bool add_default_partials(std::map<std::string, std::string>& partials, base::Diagnostics& diagnostics) {
  bool lacks_one = false;
  for (const char* const* name = kDefaultedPartials; *name; ++name) lacks_one = lacks_one || !partials.count(*name);
  if (!lacks_one) return true;
  const auto root = installed_theme_root();
  if (!root) return true;  // reported as missing partials below
  const source::WorkingTreeSource installed(*root);
  std::map<std::string, std::string> defaults;
  if (!read_templates(installed, *base::SitePath::parse("themes/default/templates/partials"), defaults, diagnostics)) {
    return false;
  }
  for (const char* const* name = kDefaultedPartials; *name; ++name) {
    const auto found = defaults.find(*name);
    if (!partials.count(*name) && found != defaults.end()) partials[*name] = found->second;
  }
  return true;
}

std::atomic<uint64_t> next_engine_id{1};

// The data as the templates see it: an empty string counts as false, so
// {{#summary}}…{{/summary}} disappears when a page has no summary (as in
// mustache.js). kainjow's own context treats every string as true.
// A name missing from every level of the data is looked up in `shared`
// last (see render with shared data).
class EmptyStringIsFalse final : public kainjow::mustache::context<std::string> {
 public:
  EmptyStringIsFalse(const TemplateData* data, const TemplateData* shared) : context(data) {
    if (shared) shared_.push(shared);
    has_shared_ = shared != nullptr;
  }

  const TemplateData* get(const std::string& name) const override {
    static const TemplateData kFalse(false);
    const TemplateData* found = context::get(name);
    if (!found && has_shared_) found = shared_.get(name);
    return found && found->is_string() && found->string_value().empty() ? &kFalse : found;
  }

 private:
  kainjow::mustache::context<std::string> shared_;
  bool has_shared_ = false;
};

// Where kainjow writes a rendering: straight into one string (its own
// render(context) goes through an ostringstream and copies the result out).
struct StringSink {
  std::string out;
  StringSink& operator<<(const std::string& piece) {
    out += piece;
    return *this;
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
  ok = add_default_partials(partials, diagnostics) && ok;
  auto expand_all = [&](const std::map<std::string, std::string>& texts, const std::string& subfolder,
                        std::map<std::string, std::string>& out) {
    for (const auto& [name, text] : texts) {
      std::string error;
      const auto expanded = expand_partials(text, partials, 0, error);
      if (!expanded) {
        diagnostics.error(folder->str() + "/" + subfolder + name + ".mustache", 0, 0, "ongeldig sjabloon: " + error);
        ok = false;
        continue;
      }
      out[name] = *expanded;
    }
  };
  expand_all(templates, "", engine.templates_);
  expand_all(partials, "partials/", engine.partials_);
  auto require = [&](const char* const* names, const std::string& subfolder,
                     const std::map<std::string, std::string>& loaded, const std::string& what) {
    for (; *names; ++names) {
      const std::string file = subfolder + *names + ".mustache";
      // A template that is there but invalid has been reported already.
      if (!loaded.count(*names) && !source.read_file(*folder->join(file))) {
        diagnostics.error(folder->str() + "/" + file, 0, 0, "het thema mist " + what);
        ok = false;
      }
    }
  };
  require(kRequiredTemplates, "", engine.templates_, "dit sjabloon");
  require(kRequiredPartials, "partials/", engine.partials_, "deze partial");
  require(kDefaultedPartials, "partials/", engine.partials_, "deze partial");
  auto strings = ThemeStrings::load(source, theme, diagnostics);
  if (!ok || !strings) return std::nullopt;
  engine.strings_ = std::move(*strings);
  std::string all;
  for (const auto* texts : {&engine.templates_, &engine.partials_}) {
    for (const auto& [name, text] : *texts) all += name + '\0' + text + '\0';
    all += '\0';
  }
  all += engine.strings_.fingerprint_text();
  engine.fingerprint_ = base::content_hash(all);
  engine.make_snippets();
  return engine;
}

void TemplateEngine::make_snippets() {
  auto make = [this](const char* name, std::initializer_list<const char*> keys) {
    return Snippet::make([this, name](const TemplateData& data) { return render_partial(name, data); }, keys);
  };
  snippets_.glossary_term = make("glossary_term", {"url", "tooltip_id", "text", "title", "definition"});
  snippets_.broken_link = make("broken_link", {"text_html"});
  snippets_.left_out_link = make("left_out_link", {"text_html"});
  snippets_.broken_image = make("broken_image", {"text_html"});
  snippets_.table_frame = make("table_frame", {"table_html"});
  snippets_.heading_target = make("heading_target", {"anchor"});
  snippets_.diff_removed = make("diff_removed", {"words_html"});
  snippets_.diff_added = make("diff_added", {"words_html"});
}

std::string TemplateEngine::render(const std::string& name, const TemplateData& data) const {
  return render_text(name, templates_.at(name), data);
}

std::string TemplateEngine::render(const std::string& name, const TemplateData& data,
                                   const TemplateData& shared) const {
  return render_text(name, templates_.at(name), data, &shared);
}

std::string TemplateEngine::render_partial(const std::string& name, const TemplateData& data) const {
  return render_text("partials/" + name, partials_.at(name), data);
}

std::string TemplateEngine::render_text(const std::string& key, const std::string& text, const TemplateData& data,
                                        const TemplateData* shared) const {
  // Each thread parses each template once and keeps it: kainjow's render is
  // not const, so parsed templates are not shared between threads. Only the
  // templates of the kEnginesKept newest engines a thread used are kept:
  // `serve` loads the theme again at every full rebuild, and the older
  // engines' templates would otherwise stay for good.
  constexpr size_t kEnginesKept = 4;
  thread_local std::map<std::pair<uint64_t, std::string>, kainjow::mustache::mustache> parsed;
  thread_local std::set<uint64_t> engines;  // the engines with templates in `parsed`
  auto found = parsed.find({id_, key});
  if (found == parsed.end()) {
    if (engines.insert(id_).second && engines.size() > kEnginesKept) {
      const uint64_t oldest = *engines.begin() != id_ ? *engines.begin() : *std::next(engines.begin());
      engines.erase(oldest);
      parsed.erase(parsed.lower_bound({oldest, std::string()}), parsed.lower_bound({oldest + 1, std::string()}));
    }
    found = parsed.emplace(std::pair{id_, key}, text).first;
    found->second.set_custom_escape([](const std::string& value) { return base::html_escape(value); });
  }
  EmptyStringIsFalse context(&data, shared);
  StringSink sink;
  found->second.render(context, sink);
  return std::move(sink.out);
}

}  // namespace handboek::render
