// A page as a reader reads it, in paragraphs of plain text: title, summary,
// the typed front matter (steps, competencies, themes, definition) and the
// body without Markdown syntax. What the change pages compare.
#pragma once

#include <string>
#include <vector>

#include "load/page.h"

namespace handboek::render {

std::vector<std::string> page_paragraphs(const load::Page& page);

}  // namespace handboek::render
