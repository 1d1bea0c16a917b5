// A page as a reader reads it, in paragraphs of plain text: title, summary,
// the typed front matter (steps, competencies, themes, definition) and the
// body without Markdown syntax; a form likewise, one paragraph per field.
// What the change pages compare.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "load/form_definition.h"
#include "load/page.h"
#include "render/theme_strings.h"

namespace handboek::render {

// `form_title(id)` names a step's form as readers know it; without it the
// form's id is shown.
// The labels ("Wie", "Stap 2: …") are the theme's strings.
std::vector<std::string> page_paragraphs(const load::Page& page, const ThemeStrings& strings,
                                         const std::function<std::string(const std::string&)>& form_title = {});

// A form as paragraphs: title, purpose, its version, each section's title
// and intro, and one paragraph per field (label, kind, required, help,
// choices, columns), so a change list shows which fields changed.
std::vector<std::string> form_paragraphs(const load::FormDefinition& form, const ThemeStrings& strings);

}  // namespace handboek::render
