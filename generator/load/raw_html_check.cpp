#include "load/raw_html_check.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace handboek::load {

bool is_active_html(std::string_view html) {
  std::string lower(html);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  static const std::regex kEventAttribute("\\son[a-z]+\\s*=");
  return lower.find("<script") != std::string::npos || lower.find("<iframe") != std::string::npos ||
         lower.find("javascript:") != std::string::npos || std::regex_search(lower, kEventAttribute);
}

void report_raw_html(const std::string& path, const std::vector<RawHtml>& raw_html, base::Diagnostics& diagnostics) {
  for (const RawHtml& raw : raw_html) {
    if (is_active_html(raw.html)) {
      diagnostics.error(path, raw.line, raw.column, "raw HTML with script is not allowed; write Markdown");
    } else {
      diagnostics.warning(path, raw.line, raw.column, "raw HTML is not rendered; write Markdown instead");
    }
  }
}

}  // namespace handboek::load
