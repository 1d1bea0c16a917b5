// An SVG image is an XML document a browser runs: it can hold scripts,
// event handlers, embedded HTML (foreignObject) and references to other
// sites. Handbooks are full of harmless SVG diagrams and logos, so instead
// of refusing them the loader publishes them after this sanitizer: libxml2
// parses the file (no network, no entity expansion) and an allow-list of
// SVG elements and attributes is kept (docs/security.md "SVG images").
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace handboek::load {

struct SanitizedSvg {
  // The safe SVG (the bytes as they were when nothing had to go); nullopt
  // when the file cannot be made safe (not well-formed
  // XML, not an <svg> document, entity declarations).
  std::optional<std::string> bytes;
  std::set<std::string> removed;  // what was left out ("<script>", "onload attributes")
  std::string why;                // when bytes is nullopt: why
};

SanitizedSvg sanitize_svg(std::string_view bytes);

}  // namespace handboek::load
