// load/design_tokens: of a tokens CSS file from the repository only custom
// property declarations with harmless values are published, as one :root
// rule; everything else is dropped with a located warning.
#include "load/design_tokens.h"

#include <catch2/catch.hpp>

using handboek::base::Diagnostics;
using handboek::load::design_tokens_css;

namespace {

std::vector<std::string> warnings_of(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const auto& diagnostic : diagnostics.sorted()) lines.push_back(diagnostic.format());
  return lines;
}

}  // namespace

TEST_CASE("custom properties of any plain rule are published under :root", "[design_tokens]") {
  Diagnostics diagnostics;
  const std::string css = design_tokens_css(
      "/* huisstijl */\n"
      ".voorbeeld-theme {\n"
      "  --utrecht-link-color: #00665c;\n"
      "  --utrecht-document-font-family: \"Fira Sans\", sans-serif;\n"
      "}\n"
      ":root { --utrecht-space-md: calc(1rem + 2px); --nl-button-color: rgb(0 0 0 / 80%) }\n",
      "tokens/a.css", diagnostics);
  CHECK(css ==
        ":root {\n"
        "  --utrecht-link-color: #00665c;\n"
        "  --utrecht-document-font-family: \"Fira Sans\", sans-serif;\n"
        "  --utrecht-space-md: calc(1rem + 2px);\n"
        "  --nl-button-color: rgb(0 0 0 / 80%);\n"
        "}\n");
  CHECK(diagnostics.sorted().empty());
}

TEST_CASE("anything that could load or run something is dropped with its line", "[design_tokens]") {
  Diagnostics diagnostics;
  const std::string css = design_tokens_css(
      "@import url(https://evil.example/x.css);\n"
      ":root {\n"
      "  --logo: url(https://evil.example/track.png);\n"
      "  --x: image-set(\"a.png\" 1x);\n"
      "  --y: expression(alert(1));\n"
      "  --z: \"\\75 rl(x)\";\n"
      "  color: red;\n"
      "  --ok: #fff;\n"
      "}\n"
      "@font-face { font-family: x; src: url(x.woff); }\n"
      "@media print { :root { --p: red; } }\n"
      "body { background: url(x.png); --q: 1px; }\n",
      "tokens/b.css", diagnostics);
  CHECK(css == ":root {\n  --ok: #fff;\n  --q: 1px;\n}\n");
  const std::vector<std::string> warnings = warnings_of(diagnostics);
  REQUIRE(warnings.size() == 9);
  CHECK(warnings[0] == "tokens/b.css:1: warning: uit het tokens-bestand weggelaten: een @-regel");
  CHECK(warnings[1].rfind("tokens/b.css:3: warning: uit het tokens-bestand weggelaten: de waarde van --logo", 0) == 0);
  CHECK(warnings[5] ==
        "tokens/b.css:7: warning: uit het tokens-bestand weggelaten: 'color' is geen custom property "
        "(--naam)");
  CHECK(warnings[6] == "tokens/b.css:10: warning: uit het tokens-bestand weggelaten: een @-regel");
  CHECK(warnings[7] == "tokens/b.css:11: warning: uit het tokens-bestand weggelaten: een @-regel");
  CHECK(warnings[8] ==
        "tokens/b.css:12: warning: uit het tokens-bestand weggelaten: 'background' is geen custom "
        "property (--naam)");
}

TEST_CASE("a file with nothing to keep publishes nothing, and broken CSS does not crash", "[design_tokens]") {
  Diagnostics diagnostics;
  CHECK(design_tokens_css("", "t.css", diagnostics).empty());
  CHECK(design_tokens_css("body { color: red }", "t.css", diagnostics).empty());
  CHECK(design_tokens_css(":root { --a: #fff", "t.css", diagnostics).empty());  // never closed: not kept
  CHECK(design_tokens_css("/* never closed", "t.css", diagnostics).empty());
  CHECK(design_tokens_css("a { b { --c: 1 } }", "t.css", diagnostics).empty());
  CHECK(design_tokens_css(":root { --a: ) ( }", "t.css", diagnostics).empty());
  CHECK(design_tokens_css(":root { --a: \"</style>\" }", "t.css", diagnostics).empty());
}
