// Raw HTML written in Markdown is untrusted (a handbook may come from a pull
// request), yet handbooks brought from elsewhere are full of harmless
// tables, lists, <details> and <img>. The sanitizer parses HTML with a real
// HTML5 parser (gumbo) and writes back only an allow-list of elements and
// attributes (docs/security.md "Raw HTML"): no script, no style, no event
// handler, no javascript:/data: URL, no frame, object or form. An external
// <iframe> or <video> becomes a link (`video_link`), so the page makes no
// third-party request. The one rule for raw HTML: the loader asks it what a
// page loses (one warning per page), the renderer asks it for the HTML.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace handboek::load {

struct HtmlPolicy {
  // The URL to write for an `<a href>` or `<img src>` as written (entities
  // decoded); nullopt: the link becomes its text, the image is left out.
  // Unset: URLs are kept as written. Called only for URLs whose scheme is
  // allowed (none, http, https, mailto, tel).
  std::function<std::optional<std::string>(const std::string& url)> resolve_url;
  // The HTML that stands for an embedded external frame or video at `url`
  // (http or https); `video` when it is a known video host or a <video>,
  // `title` the frame's title attribute. Unset: the embed is left out.
  std::function<std::string(const std::string& url, bool video, const std::string& title)> embed_link;
};

struct SanitizedHtml {
  std::string html;
  // What was left out, for the one warning of a page ("<script>",
  // "style attributes", "event handlers (onclick)", "<iframe> (shown as a
  // link)"); sorted.
  std::set<std::string> removed;
};

// The allowed part of `html`, an HTML fragment as found inside <body>.
// Comments are dropped silently. Never fails.
SanitizedHtml sanitize_html(std::string_view html, const HtmlPolicy& policy);

// The links (`<a href>`) and images (`<img src>`) the sanitizer would keep
// from `html`, as written: the model resolves and checks them like the
// Markdown ones.
struct HtmlUrl {
  std::string url;
  bool image = false;
};
std::vector<HtmlUrl> html_urls(std::string_view html);

// "<script>, style attributes and event handlers (onclick)".
std::string describe_removed(const std::set<std::string>& removed);

// An embedded player's URL made the URL of its page where the host is
// known (YouTube's /embed/ID → /watch?v=ID); else `url` itself.
std::string video_page_url(const std::string& url);

}  // namespace handboek::load
