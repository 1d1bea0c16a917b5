// The links by which a reader responds to a page (site.yaml `feedback` and
// `edit_url`, docs/content.md "Reageren"): plain links with the page's
// details filled in, so they work offline and without script. Only the
// addresses are made here; the theme writes the words and the tags
// (partials/page_respond.mustache).
#pragma once

#include <string>

namespace handboek::render {

struct PageDetailsForResponse {
  std::string url;      // the page's address as a reader shares it (base_url + path)
  std::string title;    // the page's title
  std::string version;  // the handbook version the page belongs to
  std::string section;  // the section the page is in ("" for the home page)
  std::string file;     // its source file, content/…; "" for a generated page
};

// `feedback` filled in: a mailto: address gets a subject (title and
// version) and a body (address and section); a URL template gets {url},
// {titel}, {versie} and {sectie} percent-encoded. "" when `feedback` is.
std::string feedback_link(const std::string& feedback, const PageDetailsForResponse& page);

// `edit_url` with {pad} replaced by the page's file (its '/' kept); "" when
// either is empty.
std::string edit_link(const std::string& edit_url, const PageDetailsForResponse& page);

// RFC 3986 percent-encoding of everything but the unreserved characters
// (and '/' when `keep_slash`).
std::string percent_encode(const std::string& text, bool keep_slash = false);

}  // namespace handboek::render
