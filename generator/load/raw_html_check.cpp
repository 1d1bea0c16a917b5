#include "load/raw_html_check.h"

#include "load/html_sanitizer.h"

namespace handboek::load {

void report_raw_html(const std::string& path, const std::vector<RawHtml>& raw_html, base::Diagnostics& diagnostics,
                     bool strict) {
  if (raw_html.empty()) return;
  // The pieces in order make the HTML as the renderer sees it (an inline
  // <span> and its </span> are two pieces).
  std::string all;
  for (const RawHtml& raw : raw_html) all += raw.html;
  HtmlPolicy policy;
  policy.embed_link = [](const std::string&, bool, const std::string&) { return std::string(); };
  const SanitizedHtml sanitized = sanitize_html(all, policy);
  if (sanitized.removed.empty()) return;
  diagnostics.add({path, raw_html.front().line, raw_html.front().column,
                   strict ? base::Severity::kError : base::Severity::kWarning,
                   "HTML in de tekst: " + describe_removed(sanitized.removed) + " weggelaten; de rest wordt getoond"});
}

}  // namespace handboek::load
