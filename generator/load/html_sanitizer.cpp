#include "load/html_sanitizer.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "base/text.h"

namespace handboek::load {

namespace {

using namespace std::string_view_literals;

// Elements written back as they are (with their allowed attributes).
constexpr std::array kAllowedElements = {
    "a"sv,      "abbr"sv,    "b"sv,      "bdi"sv,      "bdo"sv,        "blockquote"sv, "br"sv,      "caption"sv,
    "cite"sv,   "code"sv,    "col"sv,    "colgroup"sv, "dd"sv,         "del"sv,        "details"sv, "dfn"sv,
    "div"sv,    "dl"sv,      "dt"sv,     "em"sv,       "figcaption"sv, "figure"sv,     "h1"sv,      "h2"sv,
    "h3"sv,     "h4"sv,      "h5"sv,     "h6"sv,       "hr"sv,         "i"sv,          "img"sv,     "ins"sv,
    "kbd"sv,    "li"sv,      "mark"sv,   "ol"sv,       "p"sv,          "pre"sv,        "q"sv,       "rp"sv,
    "rt"sv,     "ruby"sv,    "s"sv,      "samp"sv,     "section"sv,    "small"sv,      "span"sv,    "strong"sv,
    "sub"sv,    "summary"sv, "sup"sv,    "table"sv,    "tbody"sv,      "td"sv,         "tfoot"sv,   "th"sv,
    "thead"sv,  "time"sv,    "tr"sv,     "u"sv,        "ul"sv,         "var"sv,        "wbr"sv,     "article"sv,
    "aside"sv,  "header"sv,  "footer"sv, "nav"sv,      "main"sv,       "center"sv,     "big"sv,     "tt"sv,
    "strike"sv, "address"sv, "input"sv};

// Elements left out with everything inside them: they run code, load
// another document, or make no sense outside the page that wrote them.
constexpr std::array kDroppedElements = {
    "script"sv, "style"sv,  "noscript"sv, "template"sv, "iframe"sv, "frame"sv,  "frameset"sv, "object"sv, "embed"sv,
    "applet"sv, "param"sv,  "textarea"sv, "select"sv,   "option"sv, "button"sv, "svg"sv,      "math"sv,   "canvas"sv,
    "audio"sv,  "video"sv,  "source"sv,   "track"sv,    "link"sv,   "meta"sv,   "base"sv,     "title"sv,  "head"sv,
    "portal"sv, "dialog"sv, "datalist"sv, "output"sv,   "map"sv,    "area"sv};

constexpr std::array kVoidElements = {"br"sv, "col"sv, "hr"sv, "img"sv, "input"sv, "wbr"sv};

// Attributes any allowed element keeps.
constexpr std::array kGlobalAttributes = {"id"sv,
                                          "class"sv,
                                          "title"sv,
                                          "lang"sv,
                                          "dir"sv,
                                          "role"sv,
                                          "aria-label"sv,
                                          "aria-hidden"sv,
                                          "aria-describedby"sv,
                                          "aria-labelledby"sv};

struct ElementAttributes {
  std::string_view element;
  std::array<std::string_view, 5> names;
};
constexpr std::array kElementAttributes = {
    ElementAttributes{"a", {"href", "name"}},
    ElementAttributes{"img", {"src", "alt", "width", "height"}},
    ElementAttributes{"td", {"colspan", "rowspan", "align", "valign", "headers"}},
    ElementAttributes{"th", {"colspan", "rowspan", "align", "valign", "scope"}},
    ElementAttributes{"col", {"span", "width", "align"}},
    ElementAttributes{"colgroup", {"span", "width", "align"}},
    ElementAttributes{"table", {"width", "align"}},
    ElementAttributes{"tr", {"align", "valign"}},
    ElementAttributes{"p", {"align"}},
    ElementAttributes{"div", {"align"}},
    ElementAttributes{"h1", {"align"}},
    ElementAttributes{"h2", {"align"}},
    ElementAttributes{"h3", {"align"}},
    ElementAttributes{"ol", {"start", "type", "reversed"}},
    ElementAttributes{"ul", {"type"}},
    ElementAttributes{"li", {"value"}},
    ElementAttributes{"details", {"open"}},
    ElementAttributes{"time", {"datetime"}},
    ElementAttributes{"input", {"type", "checked", "disabled"}},
};

// Hosts whose embedded frames are videos.
constexpr std::array kVideoHosts = {
    "youtube.com"sv, "youtube-nocookie.com"sv, "youtu.be"sv,    "vimeo.com"sv, "loom.com"sv, "wistia.com"sv,
    "wistia.net"sv,  "dailymotion.com"sv,      "vidyard.com"sv, "twitch.tv"sv, "ted.com"sv};

// Serialising deeper than this is not done: no real page nests 200
// elements, and recursion must stay bounded on hostile input.
constexpr int kMaxDepth = 200;

template <size_t N>
bool is_in(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

std::string tag_name(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece piece = element.original_tag;
  if (piece.length == 0) return "";
  gumbo_tag_from_original_text(&piece);
  return base::ascii_lower(std::string_view(piece.data, piece.length));
}

const char* attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* found = gumbo_get_attribute(&element.attributes, name);
  return found ? found->value : nullptr;
}

// The scheme of a URL as a browser reads it (control characters and spaces
// ignored), lowercase; "" for a relative URL.
std::string url_scheme(std::string_view url) {
  const std::string compact = base::compact_lower(url);
  const size_t colon = compact.find(':');
  if (colon == std::string::npos || compact.find_first_of("/?#") < colon) return "";
  return compact.substr(0, colon);
}

bool is_allowed_scheme(const std::string& scheme) {
  return scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

bool is_web_url(std::string_view url) {
  const std::string scheme = url_scheme(url);
  return scheme == "http" || scheme == "https";
}

std::string host_of(std::string_view url) {
  const size_t start = url.find("//");
  if (start == std::string_view::npos) return "";
  const size_t end = url.find_first_of("/?#:", start + 2);
  return base::ascii_lower(
      url.substr(start + 2, end == std::string_view::npos ? std::string_view::npos : end - start - 2));
}

bool is_video_host(std::string_view url) {
  const std::string host = host_of(url);
  return std::any_of(kVideoHosts.begin(), kVideoHosts.end(), [&](std::string_view video) {
    return host == video ||
           (host.size() > video.size() && host.ends_with(video) && host[host.size() - video.size() - 1] == '.');
  });
}

class Sanitizer {
 public:
  Sanitizer(const HtmlPolicy& policy, std::vector<HtmlUrl>* urls) : policy_(policy), urls_(urls) {}

  void children(const GumboVector& nodes, int depth) {
    for (unsigned i = 0; i < nodes.length; ++i) node(*static_cast<const GumboNode*>(nodes.data[i]), depth);
  }

  SanitizedHtml result;

 private:
  void node(const GumboNode& node, int depth) {
    switch (node.type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE: result.html += base::html_escape(node.v.text.text); break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: element(node.v.element, depth); break;
      default: break;  // comments, CDATA
    }
  }

  void element(const GumboElement& element, int depth) {
    const std::string name = tag_name(element);
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML) {
      result.removed.insert("<" + name + ">");
      return;
    }
    if (depth > kMaxDepth) {
      result.removed.insert("HTML dat dieper genest is dan " + std::to_string(kMaxDepth) + " elementen");
      return;
    }
    if (name == "iframe" || name == "video" || name == "embed" || name == "object") {
      embed(element, name);
      return;
    }
    if (name == "input" &&
        base::ascii_lower(attribute(element, "type") ? attribute(element, "type") : "") != "checkbox") {
      result.removed.insert("<input>");
      return;
    }
    if (is_in(kDroppedElements, name)) {
      result.removed.insert("<" + name + ">");
      return;
    }
    if (!is_in(kAllowedElements, name)) {  // the tag goes, its text stays
      if (!name.empty() && name != "html" && name != "body") result.removed.insert("<" + name + "> (de tekst blijft)");
      children(element.children, depth + 1);
      return;
    }
    std::string attributes;
    bool keep = true;
    bool unwrap = false;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
      const auto& attr = *static_cast<const GumboAttribute*>(element.attributes.data[i]);
      const std::string attr_name = base::ascii_lower(attr.name);
      std::string value = attr.value;
      if (attr_name.rfind("on", 0) == 0) {
        result.removed.insert(attr_name + "-attributen");
        continue;
      }
      if (attr_name == "style") {
        result.removed.insert("style-attributen");
        continue;
      }
      const bool is_url = (name == "a" && attr_name == "href") || (name == "img" && attr_name == "src");
      if (is_url) {
        const std::string scheme = url_scheme(value);
        if (!is_allowed_scheme(scheme)) {
          result.removed.insert("URL's met " + scheme + ":");
          // An image goes, a link becomes its text.
          if (name == "img") {
            keep = false;
          } else {
            unwrap = true;
          }
          continue;
        }
        if (urls_) urls_->push_back({value, name == "img"});
        if (policy_.resolve_url) {
          const std::optional<std::string> resolved = policy_.resolve_url(value);
          if (!resolved) {
            if (name == "img") {
              keep = false;
            } else {
              unwrap = true;
            }
            continue;
          }
          value = *resolved;
        }
      } else if (!is_in(kGlobalAttributes, attr_name) && attr_name.rfind("data-footnote", 0) != 0) {
        const auto own = std::find_if(kElementAttributes.begin(), kElementAttributes.end(),
                                      [&](const ElementAttributes& e) { return e.element == name; });
        if (own == kElementAttributes.end() || !is_in(own->names, attr_name)) continue;  // harmless, not kept
      }
      attributes += " " + attr_name + "=\"" + base::html_escape(value) + "\"";
    }
    if (name == "input") attributes += " disabled=\"\"";  // a task list's box, never a field
    if (!keep) return;
    if (unwrap || (name == "img" && !attribute(element, "src"))) {
      if (name != "img") children(element.children, depth + 1);
      return;
    }
    result.html += "<" + name + attributes + ">";
    if (is_in(kVoidElements, name)) return;
    children(element.children, depth + 1);
    result.html += "</" + name + ">";
  }

  // An <iframe>, <video>, <embed> or <object>: a link to what it would
  // have loaded when that is on the web, else nothing.
  void embed(const GumboElement& element, const std::string& name) {
    const char* src = attribute(element, name == "object" ? "data" : "src");
    if (!src && name == "video") {  // <video><source src=…></video>
      for (unsigned i = 0; i < element.children.length && !src; ++i) {
        const auto& child = *static_cast<const GumboNode*>(element.children.data[i]);
        if (child.type == GUMBO_NODE_ELEMENT && child.v.element.tag == GUMBO_TAG_SOURCE) {
          src = attribute(child.v.element, "src");
        }
      }
    }
    if (src && is_web_url(src) && policy_.embed_link) {
      const std::string url(src);
      const char* title = attribute(element, "title");
      result.html += policy_.embed_link(video_page_url(url), name == "video" || is_video_host(url), title ? title : "");
      result.removed.insert("<" + name + "> (getoond als link)");
    } else {
      result.removed.insert("<" + name + ">");
    }
  }

  const HtmlPolicy& policy_;
  std::vector<HtmlUrl>* urls_;
};

struct GumboParse {
  GumboOptions options = kGumboDefaultOptions;
  GumboOutput* output = nullptr;
  explicit GumboParse(std::string_view html) {
    options.fragment_context = GUMBO_TAG_DIV;
    output = gumbo_parse_with_options(&options, html.data(), html.size());
  }
  ~GumboParse() { gumbo_destroy_output(&options, output); }
  GumboParse(const GumboParse&) = delete;
  GumboParse& operator=(const GumboParse&) = delete;
};

SanitizedHtml run(std::string_view html, const HtmlPolicy& policy, std::vector<HtmlUrl>* urls) {
  const GumboParse parse(html);
  Sanitizer sanitizer(policy, urls);
  const GumboNode* root = parse.output->root;
  if (root && root->type == GUMBO_NODE_ELEMENT) sanitizer.children(root->v.element.children, 0);
  return std::move(sanitizer.result);
}

}  // namespace

SanitizedHtml sanitize_html(std::string_view html, const HtmlPolicy& policy) {
  return run(html, policy, nullptr);
}

std::vector<HtmlUrl> html_urls(std::string_view html) {
  std::vector<HtmlUrl> urls;
  run(html, HtmlPolicy{}, &urls);
  return urls;
}

std::string describe_removed(const std::set<std::string>& removed) {
  std::string text;
  size_t i = 0;
  for (const std::string& item : removed) {
    if (i > 0) text += i + 1 == removed.size() ? " en " : ", ";
    text += item;
    ++i;
  }
  return text;
}

std::string video_page_url(const std::string& url) {
  const std::string host = host_of(url);
  if (host == "www.youtube.com" || host == "youtube.com" || host == "www.youtube-nocookie.com" ||
      host == "youtube-nocookie.com") {
    const size_t embed = url.find("/embed/");
    if (embed != std::string::npos) {
      const size_t id_start = embed + 7;
      const size_t id_end = url.find_first_of("?&#/", id_start);
      const std::string id = url.substr(id_start, id_end == std::string::npos ? std::string::npos : id_end - id_start);
      if (!id.empty()) return "https://www.youtube.com/watch?v=" + id;
    }
  }
  if (host == "player.vimeo.com") {
    const size_t video = url.find("/video/");
    if (video != std::string::npos) {
      const size_t id_end = url.find_first_of("?&#/", video + 7);
      const std::string id =
          url.substr(video + 7, id_end == std::string::npos ? std::string::npos : id_end - video - 7);
      if (!id.empty()) return "https://vimeo.com/" + id;
    }
  }
  return url;
}

}  // namespace handboek::load
