#include "render/process_diagram.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/text.h"

namespace handboek::render {

namespace {

// Geometry in SVG user units; the drawing scales to its container.
constexpr double kMargin = 8;
constexpr double kStepWidth = 320;
constexpr double kAltWidth = 200;
constexpr double kGap = 28;        // vertical space between boxes (room for an arrow)
constexpr double kSideGap = 36;    // between a step and its side branches
constexpr double kLine = 18;       // line height
constexpr double kPad = 10;        // inner padding
constexpr size_t kStepChars = 34;  // characters per line that fit kStepWidth
constexpr size_t kAltChars = 20;
// The narrow shape: a column that a phone shows at full width (about 1.2
// user units per CSS pixel on a 390 px screen, so 12.5 px details render
// at 14 px or more).
constexpr double kNarrowWidth = 284;
constexpr double kNarrowTrunk = 14;   // x of the route line, from the left
constexpr double kNarrowBranch = 30;  // x of a step's branch line
constexpr double kNarrowIndent = 46;  // where an alternative's box starts
constexpr size_t kNarrowStepChars = 29;
constexpr size_t kNarrowAltChars = 24;

size_t utf8_length(const std::string& text) {
  size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

double box_height(const DiagramBox& box) {
  return 2 * kPad + kLine * static_cast<double>(box.title_lines.size() + box.detail_lines.size());
}

DiagramBox make_box(DiagramBox::Kind kind, const std::string& title, const std::vector<std::string>& details,
                    size_t chars, double width) {
  DiagramBox box;
  box.kind = kind;
  box.width = width;
  box.title_lines = wrap_text(title, chars);
  for (const std::string& detail : details) {
    if (detail.empty()) continue;
    for (std::string& line : wrap_text(detail, chars + 4)) box.detail_lines.push_back(std::move(line));
  }
  box.height = box_height(box);
  return box;
}

std::string role_and_termijn(const load::ProcessStep& step) {
  std::string text = step.role;
  if (!step.termijn.empty()) text += (text.empty() ? "" : " · ") + step.termijn;
  return text;
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

}  // namespace

// The first `count` characters of a UTF-8 `text`, as bytes.
size_t utf8_prefix_bytes(const std::string& text, size_t count) {
  size_t bytes = 0;
  for (size_t seen = 0; bytes < text.size(); ++bytes) {
    if ((static_cast<unsigned char>(text[bytes]) & 0xC0) != 0x80 && seen++ == count) break;
  }
  return bytes;
}

std::vector<std::string> wrap_text(const std::string& text, size_t max_chars) {
  max_chars = std::max<size_t>(max_chars, 2);
  std::vector<std::string> lines;
  std::string line;
  size_t start = 0;
  const std::string clean = base::collapse_whitespace(text);
  while (start < clean.size()) {
    size_t end = clean.find(' ', start);
    if (end == std::string::npos) end = clean.size();
    std::string word = clean.substr(start, end - start);
    // A word longer than a line is broken with a hyphen, so no text runs
    // out of its box.
    while (utf8_length(word) > max_chars) {
      if (!line.empty()) lines.push_back(std::move(line));
      line.clear();
      const size_t cut = utf8_prefix_bytes(word, max_chars - 1);
      lines.push_back(word.substr(0, cut) + "-");
      word.erase(0, cut);
    }
    if (!line.empty() && utf8_length(line) + 1 + utf8_length(word) > max_chars) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    start = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

namespace {

// The text alternative: every step with its role, termijn and form, and the
// alternatives, in route order. Both shapes share it.
std::string describe_route(const load::Process& process, const ThemeStrings& strings, const std::string& process_title,
                           const std::vector<std::string>& form_titles) {
  std::string description = strings.format(
      Text::kRouteDescription, {{"process", process_title}, {"count", std::to_string(process.steps.size())}});
  for (size_t i = 0; i < process.steps.size(); ++i) {
    const load::ProcessStep& step = process.steps[i];
    const std::string form = i < form_titles.size() ? form_titles[i] : "";
    const std::string who_when = role_and_termijn(step);
    description += strings.format(
        Text::kRouteDescriptionStep,
        {{"number", std::to_string(i + 1)},
         {"title", step.title},
         {"who_when", who_when.empty() ? "" : strings.format(Text::kRouteDescriptionWhoWhen, {{"who_when", who_when}})},
         {"form", form.empty() ? "" : strings.format(Text::kRouteDescriptionForm, {{"form", form}})}});
    if (step.alternatives.empty()) continue;
    const bool last = i + 1 == process.steps.size();
    description += strings[last ? Text::kRouteDescriptionThen : Text::kRouteDescriptionOther];
    for (const load::StepAlternative& alternative : step.alternatives) description += " " + alternative.label + ";";
    description.back() = '.';
  }
  return description;
}

// Step i's box, before it is placed.
DiagramBox step_box(const load::ProcessStep& step, size_t i, const ThemeStrings& strings,
                    const std::vector<std::string>& form_titles, size_t chars, double width) {
  const std::string form = i < form_titles.size() ? form_titles[i] : "";
  DiagramBox box =
      make_box(DiagramBox::Kind::kStep, std::to_string(i + 1) + ". " + step.title,
               {role_and_termijn(step), form.empty() ? "" : strings.format(Text::kRouteBoxForm, {{"form", form}})},
               chars, width);
  box.anchor = "#" + load::step_anchor(step.id);
  return box;
}

// Wide: the route runs down the middle, side branches stand to the right of
// their step and the outcomes of the last step in a row under it.
DiagramLayout layout_wide(const load::Process& process, const ThemeStrings& strings,
                          const std::vector<std::string>& form_titles) {
  DiagramLayout layout;
  const bool any_side_branches = [&] {
    for (size_t i = 0; i + 1 < process.steps.size(); ++i) {
      if (!process.steps[i].alternatives.empty()) return true;
    }
    return false;
  }();
  double y = kMargin;
  double width = kMargin * 2 + kStepWidth + (any_side_branches ? kSideGap + kAltWidth : 0);
  for (size_t i = 0; i < process.steps.size(); ++i) {
    const load::ProcessStep& step = process.steps[i];
    DiagramBox box = step_box(step, i, strings, form_titles, kStepChars, kStepWidth);
    box.x = kMargin;
    box.y = y;
    const bool last = i + 1 == process.steps.size();
    double bottom = box.y + box.height;
    if (!step.alternatives.empty() && !last) {
      // Side branches: stacked to the right of the step, dashed arrows.
      // A fork: right from the step to a bar, then right to each branch.
      double side_y = box.y;
      const double fork_x = box.x + box.width + kSideGap / 2;
      const double step_middle = box.y + box.height / 2;
      double bar_top = step_middle, bar_bottom = step_middle;
      layout.arrows.push_back({box.x + box.width, step_middle, fork_x, step_middle, true, false});
      for (const load::StepAlternative& alternative : step.alternatives) {
        DiagramBox side = make_box(DiagramBox::Kind::kAlternative, alternative.label, {}, kAltChars, kAltWidth);
        side.x = kMargin + kStepWidth + kSideGap;
        side.y = side_y;
        side.anchor = box.anchor;
        const double side_middle = side.y + side.height / 2;
        bar_top = std::min(bar_top, side_middle);
        bar_bottom = std::max(bar_bottom, side_middle);
        layout.arrows.push_back({fork_x, side_middle, side.x, side_middle, true});
        side_y += side.height + kGap / 2;
        layout.boxes.push_back(std::move(side));
      }
      if (bar_bottom > bar_top) layout.arrows.push_back({fork_x, bar_top, fork_x, bar_bottom, true, false});
      bottom = std::max(bottom, side_y - kGap / 2);
    }
    layout.boxes.push_back(box);
    if (!step.alternatives.empty() && last) {
      // The route ends in one of the alternatives: a row under the last step.
      const size_t count = step.alternatives.size();
      const double row_width = static_cast<double>(count) * kAltWidth + static_cast<double>(count - 1) * kGap;
      width = std::max(width, kMargin * 2 + row_width);
      double x = kMargin;
      const double row_y = bottom + kGap * 1.5;
      double row_bottom = row_y;
      // A fork: down from the step to a bar over the row, then down to each.
      const double fork_y = bottom + kGap * 0.6;
      const double trunk_x = box.x + box.width / 2;
      const double first_x = kMargin + kAltWidth / 2;
      const double last_x = first_x + static_cast<double>(count - 1) * (kAltWidth + kGap);
      layout.arrows.push_back({trunk_x, bottom, trunk_x, fork_y, true, false});
      layout.arrows.push_back({std::min(first_x, trunk_x), fork_y, std::max(last_x, trunk_x), fork_y, true, false});
      for (const load::StepAlternative& alternative : step.alternatives) {
        DiagramBox branch = make_box(DiagramBox::Kind::kAlternative, alternative.label, {}, kAltChars, kAltWidth);
        branch.x = x;
        branch.y = row_y;
        branch.anchor = box.anchor;
        layout.arrows.push_back({branch.x + branch.width / 2, fork_y, branch.x + branch.width / 2, branch.y, true});
        row_bottom = std::max(row_bottom, branch.y + branch.height);
        x += kAltWidth + kGap;
        layout.boxes.push_back(std::move(branch));
      }
      bottom = row_bottom;
    }
    if (!last) {
      layout.arrows.push_back({box.x + box.width / 2, box.y + box.height, box.x + box.width / 2, bottom + kGap, false});
    }
    y = bottom + kGap;
  }
  layout.width = width;
  layout.height = process.steps.empty() ? 0 : y - kGap + kMargin;
  return layout;
}

// Narrow (a phone): one column as wide as the screen. The route runs down
// the left edge; a step's alternatives hang under it, indented, on a dashed
// branch line of their own, so nothing needs sideways scrolling.
DiagramLayout layout_narrow(const load::Process& process, const ThemeStrings& strings,
                            const std::vector<std::string>& form_titles) {
  DiagramLayout layout;
  const double trunk_x = kMargin + kNarrowTrunk;
  const double branch_x = kMargin + kNarrowBranch;
  const double alt_x = kMargin + kNarrowIndent;
  double y = kMargin;
  for (size_t i = 0; i < process.steps.size(); ++i) {
    const load::ProcessStep& step = process.steps[i];
    DiagramBox box = step_box(step, i, strings, form_titles, kNarrowStepChars, kNarrowWidth);
    box.x = kMargin;
    box.y = y;
    double bottom = box.y + box.height;
    if (!step.alternatives.empty()) {
      double alt_y = bottom + kGap / 2;
      double branch_end = bottom;
      for (const load::StepAlternative& alternative : step.alternatives) {
        DiagramBox side = make_box(DiagramBox::Kind::kAlternative, alternative.label, {}, kNarrowAltChars,
                                   kNarrowWidth - kNarrowIndent);
        side.x = alt_x;
        side.y = alt_y;
        side.anchor = box.anchor;
        branch_end = side.y + side.height / 2;
        layout.arrows.push_back({branch_x, branch_end, side.x, branch_end, true});
        alt_y += side.height + kGap / 2;
        layout.boxes.push_back(std::move(side));
      }
      layout.arrows.push_back({branch_x, bottom, branch_x, branch_end, true, false});
      bottom = alt_y - kGap / 2;
    }
    layout.boxes.push_back(box);
    if (i + 1 < process.steps.size()) {
      layout.arrows.push_back({trunk_x, box.y + box.height, trunk_x, bottom + kGap, false});
    }
    y = bottom + kGap;
  }
  layout.width = kMargin * 2 + kNarrowWidth;
  layout.height = process.steps.empty() ? 0 : y - kGap + kMargin;
  return layout;
}

}  // namespace

DiagramLayout layout_process(const load::Process& process, const ThemeStrings& strings,
                             const std::string& process_title, const std::vector<std::string>& form_titles,
                             DiagramShape shape) {
  DiagramLayout layout = shape == DiagramShape::kWide ? layout_wide(process, strings, form_titles)
                                                      : layout_narrow(process, strings, form_titles);
  layout.description = describe_route(process, strings, process_title, form_titles);
  return layout;
}

// The arrowhead at the end of `arrow` as a path: a triangle whose tip is
// the arrow's end. Drawn as a shape of its own, not an SVG marker:
// weasyprint 57 draws a marker as a square.
std::string arrowhead_path(const DiagramArrow& arrow) {
  const double dx = arrow.x2 - arrow.x1;
  const double dy = arrow.y2 - arrow.y1;
  const double length = std::sqrt(dx * dx + dy * dy);
  if (length <= 0) return "";
  const double ux = dx / length;
  const double uy = dy / length;
  constexpr double kLength = 9;
  constexpr double kHalfWidth = 4.5;
  const double base_x = arrow.x2 - ux * kLength;
  const double base_y = arrow.y2 - uy * kLength;
  return "M" + number(arrow.x2) + "," + number(arrow.y2) + " L" + number(base_x - uy * kHalfWidth) + "," +
         number(base_y + ux * kHalfWidth) + " L" + number(base_x + uy * kHalfWidth) + "," +
         number(base_y - ux * kHalfWidth) + " z";
}

TemplateData diagram_view(const DiagramLayout& layout, const std::string& id, DiagramShape shape) {
  using kainjow::mustache::data;
  data view;
  view.set("id", id);
  view.set("shape", shape == DiagramShape::kWide ? "breed" : "smal");
  view.set("title_id", id + "-titel");
  view.set("description_id", id + "-beschrijving");
  view.set("marker_id", id + "-pijl");
  view.set("width", number(layout.width));
  view.set("height", number(layout.height));
  view.set("description", layout.description);
  data arrows{data::type::list};
  for (const DiagramArrow& arrow : layout.arrows) {
    data item;
    item.set("x1", number(arrow.x1));
    item.set("y1", number(arrow.y1));
    item.set("x2", number(arrow.x2));
    item.set("y2", number(arrow.y2));
    item.set("dashed", arrow.dashed);
    item.set("head", arrow.head);
    item.set("head_path", arrow.head ? arrowhead_path(arrow) : "");
    arrows.push_back(item);
  }
  view.set("arrows", arrows);
  data boxes{data::type::list};
  for (const DiagramBox& box : layout.boxes) {
    data item;
    item.set("is_step", box.kind == DiagramBox::Kind::kStep);
    item.set("step_anchor", box.anchor.empty() ? "" : box.anchor.substr(1));
    item.set("x", number(box.x));
    item.set("y", number(box.y));
    item.set("width", number(box.width));
    item.set("height", number(box.height));
    // Each line's baseline; titles first, then details.
    data lines{data::type::list};
    double y = box.y + kPad + kLine * 0.75;
    for (const auto* group : {&box.title_lines, &box.detail_lines}) {
      for (const std::string& line : *group) {
        data text_line;
        text_line.set("is_title", group == &box.title_lines);
        text_line.set("x", number(box.x + kPad));
        text_line.set("y", number(y));
        text_line.set("text", line);
        lines.push_back(text_line);
        y += kLine;
      }
    }
    item.set("lines", lines);
    boxes.push_back(item);
  }
  view.set("boxes", boxes);
  return view;
}

std::string render_process_svg(const TemplateEngine& templates, const DiagramLayout& layout, const std::string& id,
                               DiagramShape shape) {
  if (layout.boxes.empty()) return "";  // no steps: no diagram
  return templates.render_partial("route_diagram", diagram_view(layout, id, shape));
}

}  // namespace handboek::render
