// TemplateEngine: the theme's Mustache templates (kainjow/mustache, from
// Debian's libkainjow-mustache-dev). themes/<theme>/templates/NAME.mustache
// are the page templates; templates/partials/NAME.mustache are available to
// all of them as {{> NAME}}, expanded once at load. Rendering is const and
// thread-safe.
#pragma once

#include <kainjow/mustache.hpp>
#include <map>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "source/source.h"

namespace handboek::render {

using TemplateData = kainjow::mustache::data;

// Text for a template: an empty string becomes `false`, so {{#key}}…{{/key}}
// hides the block (kainjow treats every string, even "", as true) while
// {{key}} still renders nothing.
inline TemplateData text(const std::string& value) { return value.empty() ? TemplateData(false) : TemplateData(value); }

class TemplateEngine {
 public:
  // Loads and checks all templates; nullopt (with diagnostics) if any is
  // invalid or a required one is missing.
  static std::optional<TemplateEngine> load(const source::Source& source, const std::string& theme,
                                            base::Diagnostics& diagnostics);

  // Renders template `name` with `data`. REQUIRES: `name` exists (checked
  // at load for the required set).
  std::string render(const std::string& name, const TemplateData& data) const;

  bool has(const std::string& name) const { return templates_.count(name) > 0; }

 private:
  uint64_t id_ = 0;                               // tells engines apart in the per-thread cache
  std::map<std::string, std::string> templates_;  // name → template text, partials expanded
};

// The templates the renderer needs from every theme.
extern const char* const kRequiredTemplates[];

}  // namespace handboek::render
