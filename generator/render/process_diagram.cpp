#include "render/process_diagram.h"

#include <algorithm>
#include <cstdio>

#include "base/text.h"

namespace handboek::render {

namespace {

// Geometry in SVG user units; the drawing scales to its container.
constexpr double kMargin = 8;
constexpr double kStepWidth = 320;
constexpr double kAltWidth = 200;
constexpr double kGap = 28;       // vertical space between boxes (room for an arrow)
constexpr double kSideGap = 36;   // between a step and its side branches
constexpr double kLine = 18;      // line height
constexpr double kPad = 10;       // inner padding
constexpr size_t kStepChars = 34; // characters per line that fit kStepWidth
constexpr size_t kAltChars = 20;

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

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

}  // namespace

std::vector<std::string> wrap_text(const std::string& text, size_t max_chars) {
  std::vector<std::string> lines;
  std::string line;
  size_t start = 0;
  const std::string clean = base::collapse_whitespace(text);
  while (start < clean.size()) {
    size_t end = clean.find(' ', start);
    if (end == std::string::npos) end = clean.size();
    const std::string word = clean.substr(start, end - start);
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

DiagramLayout layout_process(const load::Process& process, const std::string& process_title,
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
  std::string description = process_title + ": route in " + std::to_string(process.steps.size()) + " stappen.";
  for (size_t i = 0; i < process.steps.size(); ++i) {
    const load::ProcessStep& step = process.steps[i];
    const std::string form = i < form_titles.size() ? form_titles[i] : "";
    std::string who_when = step.role;
    if (!step.termijn.empty()) who_when += (who_when.empty() ? "" : " · ") + step.termijn;
    DiagramBox box = make_box(DiagramBox::Kind::kStep, std::to_string(i + 1) + ". " + step.title,
                              {who_when, form.empty() ? "" : "Formulier: " + form}, kStepChars, kStepWidth);
    box.x = kMargin;
    box.y = y;
    box.anchor = "#stap-" + step.id;
    description += " Stap " + std::to_string(i + 1) + ": " + step.title + (who_when.empty() ? "" : " (" + who_when + ")") +
                   (form.empty() ? "" : ", formulier " + form) + ".";
    const bool last = i + 1 == process.steps.size();
    double bottom = box.y + box.height;
    if (!step.alternatives.empty() && !last) {
      // Side branches: stacked to the right of the step, dashed arrows.
      double side_y = box.y;
      for (const load::StepAlternative& alternative : step.alternatives) {
        DiagramBox side = make_box(DiagramBox::Kind::kAlternative, alternative.label, {}, kAltChars, kAltWidth);
        side.x = kMargin + kStepWidth + kSideGap;
        side.y = side_y;
        layout.arrows.push_back({box.x + box.width, box.y + box.height / 2, side.x, side.y + side.height / 2, true});
        side_y += side.height + kGap / 2;
        layout.boxes.push_back(std::move(side));
      }
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
      description += " Daarna een van deze vervolgroutes:";
      for (const load::StepAlternative& alternative : step.alternatives) {
        DiagramBox branch = make_box(DiagramBox::Kind::kAlternative, alternative.label, {}, kAltChars, kAltWidth);
        branch.x = x;
        branch.y = row_y;
        layout.arrows.push_back({box.x + box.width / 2, bottom, branch.x + branch.width / 2, branch.y, true});
        row_bottom = std::max(row_bottom, branch.y + branch.height);
        x += kAltWidth + kGap;
        description += " " + alternative.label + ";";
        layout.boxes.push_back(std::move(branch));
      }
      if (description.back() == ';') description.back() = '.';
      bottom = row_bottom;
    } else if (!step.alternatives.empty()) {
      description += " Mogelijke andere routes:";
      for (const load::StepAlternative& alternative : step.alternatives) description += " " + alternative.label + ";";
      description.back() = '.';
    }
    if (!last) {
      layout.arrows.push_back({box.x + box.width / 2, box.y + box.height, box.x + box.width / 2, bottom + kGap, false});
    }
    y = bottom + kGap;
  }
  layout.width = width;
  layout.height = y - kGap + kMargin;
  layout.description = description;
  return layout;
}

std::string render_process_svg(const DiagramLayout& layout, const std::string& id) {
  const std::string title_id = id + "-titel";
  const std::string desc_id = id + "-beschrijving";
  std::string svg = "<svg class=\"route-diagram\" id=\"" + id + "\" viewBox=\"0 0 " + number(layout.width) + " " +
                    number(layout.height) + "\" width=\"" + number(layout.width) + "\" role=\"img\" aria-labelledby=\"" +
                    title_id + " " + desc_id + "\" xmlns=\"http://www.w3.org/2000/svg\">\n";
  svg += "<title id=\"" + title_id + "\">Schema van de route</title>\n";
  svg += "<desc id=\"" + desc_id + "\">" + base::html_escape(layout.description) + "</desc>\n";
  svg += "<defs><marker id=\"" + id + "-pijl\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
         "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"route-arrowhead\"/>"
         "</marker></defs>\n";
  for (const DiagramArrow& arrow : layout.arrows) {
    svg += "<line class=\"route-arrow" + std::string(arrow.dashed ? " route-arrow-branch" : "") + "\" x1=\"" +
           number(arrow.x1) + "\" y1=\"" + number(arrow.y1) + "\" x2=\"" + number(arrow.x2) + "\" y2=\"" +
           number(arrow.y2) + "\" marker-end=\"url(#" + id + "-pijl)\"/>\n";
  }
  for (const DiagramBox& box : layout.boxes) {
    const bool step = box.kind == DiagramBox::Kind::kStep;
    std::string group = "<g class=\"" + std::string(step ? "route-step" : "route-alternative") + "\">";
    group += "<rect x=\"" + number(box.x) + "\" y=\"" + number(box.y) + "\" width=\"" + number(box.width) +
             "\" height=\"" + number(box.height) + "\" rx=\"6\"/>";
    double y = box.y + kPad + kLine * 0.75;
    for (const std::string& line : box.title_lines) {
      group += "<text class=\"route-title\" x=\"" + number(box.x + kPad) + "\" y=\"" + number(y) + "\">" +
               base::html_escape(line) + "</text>";
      y += kLine;
    }
    for (const std::string& line : box.detail_lines) {
      group += "<text class=\"route-detail\" x=\"" + number(box.x + kPad) + "\" y=\"" + number(y) + "\">" +
               base::html_escape(line) + "</text>";
      y += kLine;
    }
    group += "</g>";
    // A step box links to the step's description below the diagram.
    svg += box.anchor.empty() ? group + "\n" : "<a href=\"" + box.anchor + "\">" + group + "</a>\n";
  }
  return svg + "</svg>\n";
}

}  // namespace handboek::render
