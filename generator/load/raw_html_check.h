// Raw HTML in Markdown (a page body or a form's texts) is rendered through
// the allow-list of load/html_sanitizer.h. What it leaves out is reported
// once per text, as a warning at the first raw HTML: a security finding
// never blocks a build, and the unsafe part is never published (the one
// rule for pages and forms; `security: strict` in site.yaml makes it an
// error).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/markdown_outline.h"

namespace handboek::load {

// One warning (an error when `strict`) naming what the sanitizer leaves out
// of `raw_html`, in file `path`; nothing when all of it is kept.
void report_raw_html(const std::string& path, const std::vector<RawHtml>& raw_html, base::Diagnostics& diagnostics,
                     bool strict = false);

}  // namespace handboek::load
