// TemplateEngine: the theme's Mustache templates (kainjow/mustache, from
// Debian's libkainjow-mustache-dev) and its strings. themes/<theme>/templates/NAME.mustache
// are the page templates; templates/partials/NAME.mustache are available to
// all of them as {{> NAME}}, expanded once at load. Some partials are also
// rendered on their own with a view model the generator builds (forms, form
// fields, local blocks, the route diagram), and some, written many times a
// page, are kept as snippets (render/snippet.h): the theme writes that HTML,
// the generator only computes the data. The words the generator places
// itself come from the theme's strings.yaml (render/theme_strings.h). Every
// template escapes with base::html_escape, the one escape rule of the
// generator. Rendering is const and thread-safe.
#pragma once

#include <kainjow/mustache.hpp>
#include <map>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "render/snippet.h"
#include "render/theme_strings.h"
#include "source/source.h"

namespace handboek::render {

using TemplateData = kainjow::mustache::data;

// Text for a template: an empty string becomes `false`, so {{#key}}…{{/key}}
// hides the block (kainjow treats every string, even "", as true) while
// {{key}} still renders nothing.
inline TemplateData text(const std::string& value) {
  return value.empty() ? TemplateData(false) : TemplateData(value);
}

// kainjow's set() and push_back() copy their argument, and a copy of a map
// or a list is deep: a page's layout data copied its menu, history and
// table of contents two or three times. These move instead.
// REQUIRES: `object` is an object; `list` is a list.
inline void put(TemplateData& object, const std::string& key, TemplateData&& value) {
  object[key] = std::move(value);
}
// A list with room for `size` items: kainjow's data has no noexcept move,
// so a vector of it that grows copies every item it holds.
inline TemplateData list_of_size(size_t size) {
  TemplateData list{TemplateData::type::list};
  const_cast<kainjow::mustache::list&>(list.list_value()).reserve(size);
  return list;
}
inline void append(TemplateData& list, TemplateData&& item) {
  // The vector behind list_value() is no const object (kainjow owns it
  // through a unique_ptr), so adding to it in place is well defined.
  const_cast<kainjow::mustache::list&>(list.list_value()).push_back(std::move(item));
}

class TemplateEngine {
 public:
  // Loads and checks all templates; nullopt (with diagnostics) if any is
  // invalid or a required one is missing.
  static std::optional<TemplateEngine> load(const source::Source& source, const std::string& theme,
                                            base::Diagnostics& diagnostics);

  // Renders template `name` with `data`. REQUIRES: `name` exists (checked
  // at load for the required set).
  std::string render(const std::string& name, const TemplateData& data) const;

  // The same, where a key missing from `data` is looked up in `shared`: as
  // if `shared`'s keys were set in `data` first. Data that many documents
  // have in common (a layout's menu) is built once and not copied.
  std::string render(const std::string& name, const TemplateData& data, const TemplateData& shared) const;

  // Renders partial `name` (templates/partials/NAME.mustache) with `data`
  // alone: it sees no keys of a surrounding template. REQUIRES: `name` is
  // one of kRequiredPartials (checked at load), or has_partial(name).
  std::string render_partial(const std::string& name, const TemplateData& data) const;

  bool has(const std::string& name) const { return templates_.count(name) > 0; }
  // Whether the theme has the optional partial `name` (partials/NAME.mustache).
  bool has_partial(const std::string& name) const { return partials_.count(name) > 0; }

  // A hash of every template, partial and string: what the theme writes.
  const std::string& fingerprint() const { return fingerprint_; }

  // The theme's strings (strings.yaml), looked up by index.
  const ThemeStrings& strings() const { return strings_; }

  // The partials the generator writes many times a page, made once at load
  // (themes/default/README.md, "Snippets").
  struct Snippets {
    Snippet glossary_term;   // url, tooltip_id, text, title, definition
    Snippet broken_link;     // around text_html
    Snippet left_out_link;   // around text_html: a link to a page an edition leaves out
    Snippet broken_image;    // around text_html
    Snippet table_frame;     // around table_html
    Snippet heading_target;  // anchor
    Snippet diff_removed;    // around words_html
    Snippet diff_added;      // around words_html
  };
  const Snippets& snippets() const { return snippets_; }

 private:
  void make_snippets();

  std::string render_text(const std::string& key, const std::string& text, const TemplateData& data,
                          const TemplateData* shared = nullptr) const;

  uint64_t id_ = 0;                               // tells engines apart in the per-thread cache
  std::map<std::string, std::string> templates_;  // name → template text, partials expanded
  std::map<std::string, std::string> partials_;   // name → partial text, partials expanded
  std::string fingerprint_;
  ThemeStrings strings_;
  Snippets snippets_;
};

// The templates the renderer needs from every theme.
extern const char* const kRequiredTemplates[];
// The partials the generator renders on its own (themes/default/README.md
// documents the keys each one receives).
extern const char* const kRequiredPartials[];
// The partials the generator renders on its own that a theme may leave
// out: then the default theme's, installed with handboek, is used.
extern const char* const kDefaultedPartials[];

}  // namespace handboek::render
