// render/process_diagram: the route of a proces page as an inline SVG. The
// layout has one box per step in order and one per alternative, no two boxes
// overlap, everything lies inside the drawing, and the text alternative
// names every step; the SVG is real text with a title and description.
#include "render/process_diagram.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "model_fixture.h"

using Catch::Matchers::Contains;
using handboek::load::Process;
using handboek::load::ProcessStep;
using handboek::load::StepAlternative;
using handboek::render::DiagramBox;
using handboek::render::DiagramLayout;
using handboek::render::DiagramShape;
using handboek::render::layout_process;
using handboek::render::render_process_svg;
using handboek::render::wrap_text;
using handboek::testing::default_templates;

namespace {

ProcessStep step(const std::string& id, const std::string& title, const std::string& role = "",
                 const std::string& termijn = "", std::vector<std::string> alternatives = {}) {
  ProcessStep out;
  out.id = id;
  out.title = title;
  out.role = role;
  out.termijn = termijn;
  for (const std::string& label : alternatives) {
    StepAlternative alternative;
    alternative.label = label;
    out.alternatives.push_back(alternative);
  }
  return out;
}

// Mens in beeld as in the sample handbook: side branches on two steps and
// three outcomes after the last.
Process mens_in_beeld() {
  Process process;
  process.steps = {
      step("poort", "Melding aan de poort", "Klantmanager inkomen", "Na de melding",
           {"Aanmelding uit het zittend bestand"}),
      step("kennismaking", "Kennismaking", "Professional Mens in beeld (klantmanager of consulent re-integratie)",
           "Binnen 5 werkdagen na de aanmelding; gesprek van ongeveer een uur"),
      step("klant-in-beeld", "Klant in beeld", "Professional Mens in beeld",
           "Twee tot drie gesprekken van ongeveer een uur", {"Inzet arts of psycholoog", "Eerst hulp nodig"}),
      step("team", "Bespreking in het team", "Team Mens in beeld", "In het wekelijkse casuïstiekoverleg"),
      step("plan", "Plan van aanpak", "Professional Mens in beeld, samen met de klant", "Ongeveer 2 uur",
           {"Route dagbesteding of vrijwilligerswerk", "Route banenafspraak of regulier werk", "Route zorg"}),
  };
  return process;
}

const std::vector<std::string> kForms = {"", "", "Integrale vraagverheldering", "", "Plan van Aanpak"};

bool overlap(const DiagramBox& a, const DiagramBox& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

size_t count(const std::string& text, std::string_view what) {
  size_t found = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++found;
  return found;
}

void check_no_overlaps_and_inside(const DiagramLayout& layout) {
  for (size_t i = 0; i < layout.boxes.size(); ++i) {
    const DiagramBox& box = layout.boxes[i];
    CHECK(box.x >= 0);
    CHECK(box.y >= 0);
    CHECK(box.x + box.width <= layout.width);
    CHECK(box.y + box.height <= layout.height);
    for (size_t j = i + 1; j < layout.boxes.size(); ++j) {
      INFO("box " << i << " (" << box.title_lines.front() << ") and box " << j << " ("
                  << layout.boxes[j].title_lines.front() << ")");
      CHECK_FALSE(overlap(box, layout.boxes[j]));
    }
  }
  for (const auto& arrow : layout.arrows) {
    for (const double x : {arrow.x1, arrow.x2}) CHECK((x >= 0 && x <= layout.width));
    for (const double y : {arrow.y1, arrow.y2}) CHECK((y >= 0 && y <= layout.height));
  }
}

}  // namespace

TEST_CASE("the diagram has one box per step, in order, and one per alternative", "[render][diagram]") {
  const DiagramLayout layout = layout_process(mens_in_beeld(), default_templates().strings(), "Mens in beeld", kForms);
  std::vector<const DiagramBox*> steps, alternatives;
  for (const DiagramBox& box : layout.boxes) {
    (box.kind == DiagramBox::Kind::kStep ? steps : alternatives).push_back(&box);
  }
  REQUIRE(steps.size() == 5);
  CHECK(alternatives.size() == 6);
  const std::vector<std::string> anchors = {"#stap-poort", "#stap-kennismaking", "#stap-klant-in-beeld", "#stap-team",
                                            "#stap-plan"};
  for (size_t i = 0; i < steps.size(); ++i) {
    CHECK(steps[i]->anchor == anchors[i]);
    CHECK(steps[i]->title_lines.front().rfind(std::to_string(i + 1) + ". ", 0) == 0);
    if (i > 0) CHECK(steps[i]->y > steps[i - 1]->y);  // top to bottom in route order
  }
  // Role and termijn on each step, the form where there is one.
  CHECK_THAT(steps[2]->detail_lines.back(), Contains("Formulier: Integrale vraagverheldering"));
  CHECK_THAT(steps[0]->detail_lines.front(), Contains("Klantmanager inkomen · Na de melding"));
  // The three outcomes of the last step lie side by side under it.
  const DiagramBox& last = *steps.back();
  size_t below = 0;
  for (const DiagramBox* alternative : alternatives) {
    if (alternative->y >= last.y + last.height) ++below;
  }
  CHECK(below == 3);
}

TEST_CASE("no two boxes of the diagram overlap and all lie inside it", "[render][diagram]") {
  SECTION("Mens in beeld") {
    check_no_overlaps_and_inside(
        layout_process(mens_in_beeld(), default_templates().strings(), "Mens in beeld", kForms));
  }
  SECTION("a step with many branches next to short steps") {
    Process process;
    process.steps = {step("a", "A", "", "", {"Een", "Twee", "Drie", "Vier met een heel lange naam die wraps"}),
                     step("b", "B"), step("c", "C", "", "", {"Vijf"}), step("d", "D")};
    check_no_overlaps_and_inside(layout_process(process, default_templates().strings(), "Test", {}));
  }
  SECTION("long titles and details wrap into taller boxes") {
    Process process;
    const std::string long_text(200, 'x');
    process.steps = {step("a", "Een zeer lange titel " + long_text, long_text, long_text), step("b", "B")};
    const DiagramLayout layout = layout_process(process, default_templates().strings(), "Test", {});
    check_no_overlaps_and_inside(layout);
    CHECK(layout.boxes[0].height > layout.boxes[1].height);
  }
  SECTION("many outcomes after the last step") {
    Process process;
    process.steps = {step("a", "A"), step("b", "B", "", "", {"1", "2", "3", "4", "5"})};
    check_no_overlaps_and_inside(layout_process(process, default_templates().strings(), "Test", {}));
  }
}

TEST_CASE("the narrow shape is one column: alternatives hang under their step", "[render][diagram]") {
  const DiagramLayout wide = layout_process(mens_in_beeld(), default_templates().strings(), "Mens in beeld", kForms);
  const DiagramLayout narrow =
      layout_process(mens_in_beeld(), default_templates().strings(), "Mens in beeld", kForms, DiagramShape::kNarrow);
  check_no_overlaps_and_inside(narrow);
  // Narrow enough that a 320 px phone shows it at nearly its own size.
  CHECK(narrow.width == 300);
  CHECK(narrow.width < wide.width);
  CHECK(narrow.description == wide.description);
  std::vector<const DiagramBox*> steps;
  for (const DiagramBox& box : narrow.boxes) {
    if (box.kind == DiagramBox::Kind::kStep) steps.push_back(&box);
  }
  REQUIRE(steps.size() == 5);
  for (const DiagramBox& box : narrow.boxes) {
    INFO(box.title_lines.front());
    if (box.kind == DiagramBox::Kind::kStep) {
      CHECK(box.x + box.width == 292);  // the full width
      continue;
    }
    // An alternative: indented under the step it links to, above the next step.
    const auto step =
        std::find_if(steps.begin(), steps.end(), [&](const DiagramBox* s) { return s->anchor == box.anchor; });
    REQUIRE(step != steps.end());
    CHECK(box.x > (*step)->x);
    CHECK(box.y >= (*step)->y + (*step)->height);
    if (step + 1 != steps.end()) CHECK(box.y + box.height <= (*(step + 1))->y);
  }
  SECTION("many and long branches next to short steps") {
    Process process;
    process.steps = {step("a", "A", "", "", {"Een", "Twee", "Drie", "Vier met een heel lange naam die wraps"}),
                     step("b", "B"), step("c", "C", "", "", {"Vijf"}),
                     step("d", "D", "", "", {"1", "2", "3", "4", "5"})};
    check_no_overlaps_and_inside(
        layout_process(process, default_templates().strings(), "Test", {}, DiagramShape::kNarrow));
  }
}

TEST_CASE("both shapes are drawn through the same partial, told apart by their class", "[render][diagram]") {
  const auto draw = [](DiagramShape shape, const char* id) {
    return render_process_svg(
        default_templates(),
        layout_process(mens_in_beeld(), default_templates().strings(), "Mens in beeld", kForms, shape), id, shape);
  };
  const std::string wide = draw(DiagramShape::kWide, "route-schema");
  const std::string narrow = draw(DiagramShape::kNarrow, "route-schema-smal");
  CHECK_THAT(wide, Contains(R"(<svg class="route-diagram route-diagram-breed" id="route-schema")"));
  CHECK_THAT(narrow, Contains(R"(<svg class="route-diagram route-diagram-smal" id="route-schema-smal")"));
  CHECK_THAT(narrow, Contains(R"(<title id="route-schema-smal-titel">)"));
  // Every box, alternatives too, names the step a click goes to.
  CHECK(count(narrow, "data-stap=") == 11);
  CHECK(count(narrow, R"(<g class="route-alternative" data-stap="stap-plan")") == 3);
}

TEST_CASE("the text alternative names every step, role, termijn, form and branch", "[render][diagram]") {
  const DiagramLayout layout = layout_process(mens_in_beeld(), default_templates().strings(), "Mens in beeld", kForms);
  CHECK_THAT(layout.description, Contains("Mens in beeld: route in 5 stappen."));
  for (const char* text :
       {"Stap 1: Melding aan de poort", "Stap 2: Kennismaking", "Stap 3: Klant in beeld",
        "Stap 4: Bespreking in het team", "Stap 5: Plan van aanpak", "Klantmanager inkomen · Na de melding",
        "formulier Plan van Aanpak", "Aanmelding uit het zittend bestand", "Inzet arts of psycholoog", "Route zorg"}) {
    CHECK_THAT(layout.description, Contains(text));
  }
}

TEST_CASE("the SVG is a named group with a description and real text", "[render][diagram]") {
  const std::string svg = render_process_svg(
      default_templates(), layout_process(mens_in_beeld(), default_templates().strings(), "Mens in beeld", kForms),
      "route-schema");
  // named by its title, described by its desc (read once, not twice: its
  // boxes are links for a tap or a click only, hidden from screen readers,
  // which have the list of steps; a group, as an image may hold no links)
  CHECK_THAT(
      svg,
      Contains(R"(role="group" aria-labelledby="route-schema-titel" aria-describedby="route-schema-beschrijving")"));
  CHECK_THAT(svg, Contains(R"(<title id="route-schema-titel">)"));
  CHECK_THAT(svg, Contains(R"(<desc id="route-schema-beschrijving">Mens in beeld: route in 5 stappen.)"));
  CHECK(count(svg, "<g class=\"route-step\"") == 5);
  CHECK(count(svg, "<g class=\"route-alternative\"") == 6);
  CHECK_THAT(svg, Contains(R"(data-stap="stap-plan")"));
  CHECK_THAT(svg, Contains(R"(<text class="route-title")"));
  CHECK_THAT(svg, Contains(">casuïstiekoverleg</text>"));
  // every box a link to its step for a tap or a click, out of the tab order
  // and hidden from screen readers (the list of steps is their way)
  CHECK(count(svg, R"(<a href="#stap-)") == 11);
  CHECK(count(svg, R"(tabindex="-1" aria-hidden="true">)") == 11);
  CHECK_THAT(
      svg,
      Contains(
          R"(<a href="#stap-plan" tabindex="-1" aria-hidden="true"><g class="route-step" data-stap="stap-plan">)"));
  CHECK_THAT(svg, !Contains("<script"));
}

TEST_CASE("the SVG carries its colours on its elements: weasyprint draws it without the page's CSS",
          "[render][diagram]") {
  const std::string svg = render_process_svg(
      default_templates(), layout_process(mens_in_beeld(), default_templates().strings(), "Mens in beeld", kForms),
      "route-schema");
  // light boxes with dark text, as on screen; never the black of an unset fill
  CHECK(count(svg, R"(fill="#e9f0f8" stroke="#1c4f8c")") == 5);
  CHECK(count(svg, R"(fill="#edf6f0" stroke="#23703f" stroke-dasharray="6 4")") == 6);
  CHECK(count(svg, R"(<text class="route-title" )") == count(svg, R"(font-size="14" font-weight="700")"));
  CHECK_THAT(svg, Contains(R"(font-size="12.5" fill="#3b4856")"));
  CHECK_THAT(svg, Contains(R"(stroke="#3b4856" stroke-width="1.5")"));
  // arrowheads are triangles of their own (weasyprint draws a marker as a square)
  CHECK_THAT(svg, !Contains("<marker"));
  CHECK(count(svg, R"(<path class="route-arrowhead" d="M)") > 0);
  CHECK_THAT(svg, Contains(R"(font-family=")"));
}

TEST_CASE("an arrowhead is a triangle with its tip at the arrow's end", "[render][diagram]") {
  using handboek::render::arrowhead_path;
  using handboek::render::DiagramArrow;
  CHECK(arrowhead_path(DiagramArrow{10, 0, 10, 50, false, true}) == "M10.0,50.0 L5.5,41.0 L14.5,41.0 z");  // down
  CHECK(arrowhead_path(DiagramArrow{0, 20, 40, 20, true, true}) == "M40.0,20.0 L31.0,24.5 L31.0,15.5 z");  // right
  CHECK(arrowhead_path(DiagramArrow{5, 5, 5, 5, false, true}).empty());
}

TEST_CASE("text in the SVG is escaped", "[render][diagram]") {
  Process process;
  process.steps = {step("a", "Kiezen <en> delen & \"meer\"")};
  const std::string svg =
      render_process_svg(default_templates(), layout_process(process, default_templates().strings(), "A & B", {}), "x");
  CHECK_THAT(svg, Contains("Kiezen &lt;en&gt; delen &amp; &quot;meer&quot;"));
  CHECK_THAT(svg, !Contains("<en>"));
}

TEST_CASE("a process without steps has no diagram", "[render][diagram]") {
  CHECK(
      render_process_svg(default_templates(), layout_process(Process{}, default_templates().strings(), "Leeg", {}), "x")
          .empty());
}

TEST_CASE("wrap_text breaks at spaces and counts characters, not bytes", "[render][diagram]") {
  CHECK(wrap_text("één twee drie vier", 9) == std::vector<std::string>{"één twee", "drie vier"});
  CHECK(wrap_text("  veel   ruimte  ", 40) == std::vector<std::string>{"veel ruimte"});
  CHECK(wrap_text("", 10).empty());
  // a word longer than a line is broken with a hyphen
  CHECK(wrap_text("naar werkgeversservicepunt", 10) ==
        std::vector<std::string>{"naar", "werkgever-", "sservicep-", "unt"});
  CHECK(wrap_text("ééééé", 4) == std::vector<std::string>{"ééé-", "éé"});
}
