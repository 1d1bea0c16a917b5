// The route of a proces page as an inline SVG, drawn at build time: one box
// per step in order (title, role, termijn, form), arrows between them, and
// the step's alternatives as branch boxes beside it (or below it, for the
// last step, where the route ends in one of them). Real <text>, so it is
// searchable, prints crisply and needs no JavaScript; <title>/<desc> give
// the text alternative. The layout (coordinates, wrapped lines, the text
// alternative) is computed here and tested (no box overlaps another); the
// theme's `route_diagram` partial draws it.
#pragma once

#include <string>
#include <vector>

#include "load/page.h"
#include "render/template_engine.h"

namespace handboek::render {

struct DiagramBox {
  enum class Kind { kStep, kAlternative };
  Kind kind = Kind::kStep;
  double x = 0, y = 0, width = 0, height = 0;
  std::vector<std::string> title_lines;   // wrapped
  std::vector<std::string> detail_lines;  // role · termijn, form
  std::string anchor;                     // "#" + load::step_anchor of the step the box stands for or branches from
};

struct DiagramArrow {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  bool dashed = false;  // to an alternative
  bool head = true;     // ends in an arrowhead (false: a connector without one)
};

struct DiagramLayout {
  double width = 0, height = 0;
  std::vector<DiagramBox> boxes;
  std::vector<DiagramArrow> arrows;
  std::string description;  // the text alternative
};

// kWide for a desktop column and print; kNarrow for a phone: one column,
// alternatives hanging under their step, so it fits a 320 px screen
// without sideways scrolling.
enum class DiagramShape { kWide, kNarrow };

// `form_titles[i]` names step i's form ("" when it has none). The text
// alternative and a box's form line are written with the theme's strings.
DiagramLayout layout_process(const load::Process& process, const ThemeStrings& strings,
                             const std::string& process_title, const std::vector<std::string>& form_titles,
                             DiagramShape shape = DiagramShape::kWide);

// The partial's view of `layout`; `id` makes the SVG's element ids unique
// on the page, `shape` names it for the theme ("breed" or "smal").
// The arrowhead at the end of `arrow` as the `d` of an SVG path: a
// triangle with its tip at (x2, y2); "" for an arrow of no length.
std::string arrowhead_path(const DiagramArrow& arrow);

TemplateData diagram_view(const DiagramLayout& layout, const std::string& id, DiagramShape shape = DiagramShape::kWide);

// The drawing through the theme's `route_diagram` partial; "" without steps.
std::string render_process_svg(const TemplateEngine& templates, const DiagramLayout& layout, const std::string& id,
                               DiagramShape shape = DiagramShape::kWide);

// Splits `text` into lines of at most `max_chars` characters (UTF-8 aware,
// at spaces where possible).
std::vector<std::string> wrap_text(const std::string& text, size_t max_chars);

}  // namespace handboek::render
