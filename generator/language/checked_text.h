// CheckedText: the texts of one page or form file that the language checks
// read, gathered from the model — the body block by block, and the texts of
// front matter and form YAML with the line to search them from.
#pragma once

#include <string>
#include <vector>

#include "load/form_definition.h"
#include "load/markdown_prose.h"
#include "load/page.h"

namespace handboek::language {

struct TextBlock {
  load::ProseBlock prose;
  // true: prose.line/column are where the text starts (Markdown body);
  // false: the text comes from YAML and is somewhere from prose.line on.
  bool exact = false;
  bool readability = false;  // a paragraph for clients: held to B1
};

struct CheckedText {
  std::string path;  // content/x.md or forms/x.yaml
  std::vector<TextBlock> blocks;
};

CheckedText page_texts(const load::Page& page);
CheckedText form_texts(const load::FormDefinition& form);

}  // namespace handboek::language
