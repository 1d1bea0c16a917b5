// Which files of content/ besides the Markdown pages are published, and on
// what terms: the one allow-list of safe types (docs/security.md). A site's
// authors are not trusted to run code in readers' browsers, so a file that
// a browser would run (HTML, JavaScript, CSS) is published only when
// site.yaml opts in (`static_files: allow: [css]`); an SVG is published
// after load/svg_sanitizer.h made it safe (or left out when it cannot be). Every other published type is checked
// against its leading bytes, so a "foto.png" that is really HTML is caught.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/site_path.h"

namespace handboek::load {

enum class StaticFileVerdict {
  kPublish,  // on the allow-list (or opted in) and its bytes fit its type
  kSkip,     // not a type handboek publishes: left out with a warning
  kUnsafe,   // a type a browser would run, or bytes that do not fit: left out
             // with a warning (a security finding never blocks a build; an
             // error with `security_findings: error`)
  kRefuse,   // a file handboek cannot use as it is (content/404.html, X.MD): an error
};

struct StaticFileDecision {
  StaticFileVerdict verdict = StaticFileVerdict::kPublish;
  std::string message;  // why, for the diagnostic (empty for kPublish
                        // unless parts were left out of a sanitized SVG)
  int line = 0;         // where in the file, when the problem has a place
  int column = 0;
  // kPublish of an SVG: the sanitized bytes to publish instead of the file's.
  std::optional<std::string> bytes;
};

// The verdict for the file at `path` (inside content/) with `bytes`;
// `opted_in` are the names from `static_files: allow:`
// (config::kStaticFileOptIns: html, svg, js, css).
StaticFileDecision check_static_file(const base::SitePath& path, std::string_view bytes,
                                     const std::vector<std::string>& opted_in);

// True when a file with this extension (".png", any case) may be published
// from content/ without an opt-in: images, PDF, office documents and plain
// text. byo (assets beside pages) asks this too.
bool is_safe_static_type(std::string_view extension);

}  // namespace handboek::load
