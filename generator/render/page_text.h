// A page as a reader reads it, in paragraphs of plain text: title, summary,
// the typed front matter (steps, competencies, themes, definition) and the
// body without Markdown syntax. What the change pages compare.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "load/page.h"

namespace handboek::render {

// `form_title(id)` names a step's form as readers know it; without it the
// form's id is shown.
std::vector<std::string> page_paragraphs(const load::Page& page,
                                         const std::function<std::string(const std::string&)>& form_title = {});

}  // namespace handboek::render
