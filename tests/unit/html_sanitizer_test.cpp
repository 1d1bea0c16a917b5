// load/html_sanitizer and load/svg_sanitizer: what a handbook's raw HTML
// and SVG images keep, and what never reaches a reader's browser.
#include "load/html_sanitizer.h"

#include <catch2/catch.hpp>

#include "load/svg_sanitizer.h"

using handboek::load::describe_removed;
using handboek::load::html_urls;
using handboek::load::HtmlPolicy;
using handboek::load::sanitize_html;
using handboek::load::sanitize_svg;

namespace {

HtmlPolicy with_links() {
  HtmlPolicy policy;
  policy.embed_link = [](const std::string& url, bool video, const std::string&) {
    return std::string(video ? "[video " : "[page ") + url + "]";
  };
  return policy;
}

}  // namespace

TEST_CASE("harmless raw HTML is kept as written", "[load][html]") {
  const std::string html =
      "<table><thead><tr><th colspan=\"2\">Kop</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>"
      "<details open=\"\"><summary>Meer</summary><ul><li>een</li></ul></details>"
      "<p>H<sub>2</sub>O, x<sup>2</sup>, <kbd>Ctrl</kbd>, <abbr title=\"Uitkering\">WW</abbr><br>"
      "<span class=\"x\">tekst</span></p><img src=\"foto.png\" alt=\"Foto\">"
      "<a href=\"https://example.org/\">web</a> <a href=\"mailto:a@b.nl\">mail</a> <a href=\"../x.md\">pagina</a>";
  const auto result = sanitize_html(html, with_links());
  CHECK(result.removed.empty());
  CHECK(result.html ==
        "<table><thead><tr><th colspan=\"2\">Kop</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>"
        "<details open=\"\"><summary>Meer</summary><ul><li>een</li></ul></details>"
        "<p>H<sub>2</sub>O, x<sup>2</sup>, <kbd>Ctrl</kbd>, <abbr title=\"Uitkering\">WW</abbr><br>"
        "<span class=\"x\">tekst</span></p><img src=\"foto.png\" alt=\"Foto\">"
        "<a href=\"https://example.org/\">web</a> <a href=\"mailto:a@b.nl\">mail</a> <a href=\"../x.md\">pagina</a>");
}

TEST_CASE("script, styles, event handlers, script URLs and forms are left out and named", "[load][html]") {
  const std::string html =
      "<script>alert(1)</script><div style=\"color:red\" onclick=\"x()\">tekst</div>"
      "<a href=\" JaVaScRiPt:alert(1)\">klik</a><img src=\"data:text/html,x\" alt=\"a\"><IMG SRC=x ONERROR=y>"
      "<form action=\"https://evil.example/\"><input name=\"q\"><button>Go</button></form>"
      "<object data=\"x.swf\"></object><svg><script>x()</script></svg><style>p{}</style><!-- note -->";
  const auto result = sanitize_html(html, with_links());
  CHECK(result.html == "<div>tekst</div>klik<img src=\"x\">");
  CHECK(describe_removed(result.removed) ==
        "<button>, <form> (de tekst blijft), <input>, <object>, <script>, <style>, <svg>, URL's met data:, URL's met "
        "javascript:, onclick-attributen, onerror-attributen en style-attributen");
  for (const char* active : {"script", "onclick", "onerror", "javascript", "style", "<form", "<svg", "<object"}) {
    CHECK(result.html.find(active) == std::string::npos);
  }
}

TEST_CASE("an embedded video becomes a link and makes no request", "[load][html]") {
  const auto result = sanitize_html(
      "<iframe width=\"560\" src=\"https://www.youtube.com/embed/abc123?rel=0\" allowfullscreen></iframe>"
      "<iframe src=\"https://docs.google.com/document/d/x/preview\"></iframe>"
      "<video controls><source src=\"https://cdn.example.org/a.mp4\"></video><iframe src=\"javascript:x\"></iframe>",
      with_links());
  CHECK(result.html ==
        "[video https://www.youtube.com/watch?v=abc123][page https://docs.google.com/document/d/x/preview]"
        "[video https://cdn.example.org/a.mp4]");
  CHECK(result.removed ==
        std::set<std::string>{"<iframe>", "<iframe> (getoond als link)", "<video> (getoond als link)"});
}

TEST_CASE("links and images are resolved by the caller, unknown ones dropped", "[load][html]") {
  HtmlPolicy policy;
  policy.resolve_url = [](const std::string& url) -> std::optional<std::string> {
    if (url == "a.md") return "../a/";
    if (url == "javascript:x") return url;  // a resolver is never trusted with a scheme
    return std::nullopt;
  };
  const auto result =
      sanitize_html("<a href=\"a.md\">A</a> <a href=\"b.md\">B</a> <img src=\"c.png\" alt=\"c\">", policy);
  CHECK(result.html == "<a href=\"../a/\">A</a> B ");
  CHECK(html_urls("<a href=\"a.md\">A</a><img src=\"https://x.org/i.png\"><a href=\"javascript:x\">j</a>").size() == 2);
}

TEST_CASE("escaped text stays text and nesting is bounded", "[load][html]") {
  CHECK(sanitize_html("&lt;script&gt;x&lt;/script&gt; &amp; \"", {}).html ==
        "&lt;script&gt;x&lt;/script&gt; &amp; &quot;");
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  const auto result = sanitize_html(deep + "x", {});
  CHECK(result.removed.count("HTML dat dieper genest is dan 200 elementen") == 1);
}

TEST_CASE("an SVG keeps its picture and loses script, handlers and outside references", "[load][svg]") {
  const std::string svg =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
      "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" onload=\"x()\" "
      "viewBox=\"0 0 10 10\"><script>alert(1)</script><defs><linearGradient id=\"g\"><stop offset=\"0\"/>"
      "</linearGradient></defs><rect width=\"10\" height=\"10\" fill=\"url(#g)\" style=\"stroke:red\"/>"
      "<image href=\"https://tracker.example/p.png\"/><use xlink:href=\"#g\"/>"
      "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>"
      "<a xlink:href=\"javascript:alert(1)\"><text>t</text></a>"
      "<set attributeName=\"href\" to=\"javascript:x\"/></svg>";
  const auto result = sanitize_svg(svg);
  REQUIRE(result.bytes);
  const std::string& out = *result.bytes;
  for (const char* active : {"script", "onload", "tracker.example", "foreignObject", "javascript", "<set", "DOCTYPE"}) {
    CHECK(out.find(active) == std::string::npos);
  }
  for (const char* kept : {"<rect", "url(#g)", "stroke:red", "xlink:href=\"#g\"", "<text>t</text>", "viewBox"}) {
    CHECK(out.find(kept) != std::string::npos);
  }
  CHECK(result.removed.count("<script>") == 1);
  CHECK(result.removed.count("onload-attributen") == 1);
}

TEST_CASE("an SVG that cannot be made safe is not published", "[load][svg]") {
  CHECK_FALSE(sanitize_svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>").bytes);
  CHECK_FALSE(sanitize_svg("<html><body>x</body></html>").bytes);
  CHECK_FALSE(
      sanitize_svg("<!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>").bytes);
}

TEST_CASE("a clean SVG is published byte for byte; a stylesheet instruction or HTML inside is not", "[load][svg]") {
  const std::string clean = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\"><rect width=\"10\"/></svg>\n";
  CHECK(sanitize_svg(clean).bytes == clean);
  const auto styled = sanitize_svg("<?xml-stylesheet href=\"https://evil.example/x.css\"?>" + clean);
  REQUIRE(styled.bytes);
  CHECK(styled.bytes->find("evil.example") == std::string::npos);
  const auto html = sanitize_svg(
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><h:script "
      "xmlns:h=\"http://www.w3.org/1999/xhtml\">x()</h:script></svg>");
  REQUIRE(html.bytes);
  CHECK(html.bytes->find("script") == std::string::npos);
  CHECK(html.removed.count("HTML-elementen") == 1);
}
