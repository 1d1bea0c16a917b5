#include "load/form_read_state.h"

#include <algorithm>

#include "base/identifier.h"

namespace handboek::load {

namespace {

// Finds texts in the file from a line on, in order, and gives their file position.
class FilePlacer {
 public:
  FilePlacer(const std::string& text, int first_line) : text_(text) {
    for (int line = 1; line < first_line && from_ != std::string::npos; ++line) {
      from_ = text_.find('\n', from_);
      if (from_ != std::string::npos) ++from_;
    }
  }

  // Moves line/column to where `needle` is next found; when `back_to` is
  // set, to that character before it on the same line ('[' of a link).
  void place(const std::string& needle, char back_to, int& line, int& column) {
    if (from_ == std::string::npos || needle.empty()) return;
    const size_t found = text_.find(needle, from_);
    if (found == std::string::npos) return;
    from_ = found + 1;
    const size_t line_start = found == 0 ? 0 : text_.rfind('\n', found - 1) + 1;
    size_t at = found;
    if (back_to) {
      const size_t open = text_.rfind(back_to, found);
      if (open != std::string::npos && open >= line_start) at = open;
    }
    line = 1 + static_cast<int>(std::count(text_.begin(), text_.begin() + static_cast<long>(at), '\n'));
    column = 1 + static_cast<int>(at - line_start);
  }

 private:
  const std::string& text_;
  size_t from_ = 0;
};

}  // namespace

bool is_form_id(const std::string& id) {
  return base::is_identifier(id);
}

InlineMarkdown form_markdown(const YAML::Node& map, const char* key, FormReadState& state, bool required) {
  InlineMarkdown out;
  out.text = state.reader.text(map, key, required).value_or("");
  if (out.text.empty()) return out;
  const int first_line = state.reader.position(map[key]).line;
  out.outline = extract_outline(out.text, first_line);
  // A YAML scalar (plain, quoted or folded) does not keep the file's lines
  // and columns; find each link and raw HTML in the file text instead.
  FilePlacer placer(state.text, first_line);
  for (LinkRef& link : out.outline.links) placer.place("](" + link.href, '[', link.line, link.column);
  for (RawHtml& raw : out.outline.raw_html) {
    placer.place(raw.html.substr(0, raw.html.find('\n')), '\0', raw.line, raw.column);
  }
  return out;
}

bool form_boolean(const YAML::Node& map, const char* key, yaml::YamlReader& reader, bool fallback) {
  return reader.boolean(map, key).value_or(fallback);
}

}  // namespace handboek::load
