// Raw HTML in Markdown (a page body or a form's texts) is never rendered.
// HTML that would run script (<script>, <iframe>, javascript:, on…=
// attributes) is an error, any other raw HTML a warning: the one rule for
// pages and forms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "load/markdown_outline.h"

namespace handboek::load {

// True when `html` would run script in a browser.
bool is_active_html(std::string_view html);

// An error or a warning at each of `raw_html`, in file `path`.
void report_raw_html(const std::string& path, const std::vector<RawHtml>& raw_html, base::Diagnostics& diagnostics);

}  // namespace handboek::load
