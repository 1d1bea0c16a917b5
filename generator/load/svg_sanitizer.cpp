#include "load/svg_sanitizer.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <mutex>
#include <vector>

#include "base/text.h"

namespace handboek::load {

namespace {

using namespace std::string_view_literals;

constexpr std::string_view kSvgNamespace = "http://www.w3.org/2000/svg";
constexpr std::string_view kXlinkNamespace = "http://www.w3.org/1999/xlink";

// What a picture needs: shapes, text, paint servers, filters, structure.
// Not: script, foreignObject (HTML inside), animation (it can set an href
// to a script), iframe/handler/listener.
constexpr std::array kAllowedElements = {"svg"sv,
                                         "g"sv,
                                         "defs"sv,
                                         "symbol"sv,
                                         "use"sv,
                                         "title"sv,
                                         "desc"sv,
                                         "path"sv,
                                         "rect"sv,
                                         "circle"sv,
                                         "ellipse"sv,
                                         "line"sv,
                                         "polyline"sv,
                                         "polygon"sv,
                                         "text"sv,
                                         "tspan"sv,
                                         "textPath"sv,
                                         "linearGradient"sv,
                                         "radialGradient"sv,
                                         "stop"sv,
                                         "clipPath"sv,
                                         "mask"sv,
                                         "pattern"sv,
                                         "marker"sv,
                                         "image"sv,
                                         "filter"sv,
                                         "style"sv,
                                         "a"sv,
                                         "switch"sv,
                                         "view"sv,
                                         "feBlend"sv,
                                         "feColorMatrix"sv,
                                         "feComponentTransfer"sv,
                                         "feComposite"sv,
                                         "feConvolveMatrix"sv,
                                         "feDiffuseLighting"sv,
                                         "feDisplacementMap"sv,
                                         "feDistantLight"sv,
                                         "feDropShadow"sv,
                                         "feFlood"sv,
                                         "feFuncA"sv,
                                         "feFuncB"sv,
                                         "feFuncG"sv,
                                         "feFuncR"sv,
                                         "feGaussianBlur"sv,
                                         "feMerge"sv,
                                         "feMergeNode"sv,
                                         "feMorphology"sv,
                                         "feOffset"sv,
                                         "fePointLight"sv,
                                         "feSpecularLighting"sv,
                                         "feSpotLight"sv,
                                         "feTile"sv,
                                         "feTurbulence"sv};

template <size_t N>
bool is_in(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

std::string_view text_of(const xmlChar* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

// A reference inside the file ("#id") or an image carried in it.
bool is_local_reference(std::string_view value) {
  const std::string url = base::compact_lower(value);
  return url.empty() || url.front() == '#' || url.rfind("data:image/png", 0) == 0 ||
         url.rfind("data:image/jpeg", 0) == 0 || url.rfind("data:image/gif", 0) == 0 ||
         url.rfind("data:image/webp", 0) == 0;
}

// CSS (a style attribute or element, or a url() in a presentation
// attribute) that would load or run something outside the file.
bool has_outside_reference(std::string_view css) {
  const std::string text = base::compact_lower(css);
  if (text.find("@import") != std::string::npos || text.find("expression(") != std::string::npos ||
      text.find("javascript:") != std::string::npos || text.find("behavior:") != std::string::npos ||
      text.find("-moz-binding") != std::string::npos) {
    return true;
  }
  for (size_t at = text.find("url("); at != std::string::npos; at = text.find("url(", at + 4)) {
    size_t start = at + 4;
    if (start < text.size() && (text[start] == '"' || text[start] == '\'')) ++start;
    const size_t end = text.find(')', start);
    const std::string_view target = std::string_view(text).substr(start, end == std::string::npos ? 0 : end - start);
    if (!is_local_reference(target)) return true;
  }
  return false;
}

class SvgCleaner {
 public:
  std::set<std::string> removed;
  bool changed = false;  // anything left out, reported or not

  void element(xmlNodePtr node) {
    // Attributes first: the node is kept.
    for (xmlAttrPtr attr = node->properties; attr;) {
      xmlAttrPtr next = attr->next;
      if (!keep_attribute(node, attr)) {
        xmlRemoveProp(attr);
        changed = true;
      }
      attr = next;
    }
    for (xmlNodePtr child = node->children; child;) {
      xmlNodePtr next = child->next;
      if (!keep_child(node, child)) {
        changed = true;
        xmlUnlinkNode(child);
        xmlFreeNode(child);
      } else if (child->type == XML_ELEMENT_NODE) {
        element(child);
      }
      child = next;
    }
  }

 private:
  bool keep_child(xmlNodePtr parent, xmlNodePtr child) {
    switch (child->type) {
      case XML_TEXT_NODE: return true;
      case XML_CDATA_SECTION_NODE: return text_of(parent->name) == "style";
      case XML_ELEMENT_NODE: break;
      default: return false;  // comments, processing instructions, entity references
    }
    const std::string_view name = text_of(child->name);
    const bool svg = child->ns && text_of(child->ns->href) == kSvgNamespace;
    if (!svg) {  // editor metadata (inkscape:, sodipodi:, RDF) goes silently; HTML does not
      if (child->ns && text_of(child->ns->href) == "http://www.w3.org/1999/xhtml") {
        removed.insert("HTML-elementen");
      }
      return false;
    }
    if (!is_in(kAllowedElements, name)) {
      removed.insert("<" + std::string(name) + ">");
      return false;
    }
    if (name == "style") {
      xmlChar* css = xmlNodeGetContent(child);
      const bool outside = has_outside_reference(text_of(css));
      xmlFree(css);
      if (outside) {
        removed.insert("<style> met verwijzingen naar buiten");
        return false;
      }
    }
    return true;
  }

  bool keep_attribute(xmlNodePtr node, xmlAttrPtr attr) {
    const std::string_view name = text_of(attr->name);
    const std::string_view ns = attr->ns ? text_of(attr->ns->href) : std::string_view();
    xmlChar* raw = xmlNodeListGetString(node->doc, attr->children, 1);
    const std::string value(text_of(raw));
    xmlFree(raw);
    if (base::compact_lower(name).rfind("on", 0) == 0) {
      removed.insert(std::string(name) + "-attributen");
      return false;
    }
    if (!ns.empty() && ns != kXlinkNamespace && ns != "http://www.w3.org/XML/1998/namespace") return false;
    if (name == "href") {
      const std::string url = base::compact_lower(value);
      const bool web_link =
          text_of(node->name) == "a" && (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0);
      if (!is_local_reference(value) && !web_link) {
        removed.insert("verwijzingen naar buiten (href)");
        return false;
      }
      return true;
    }
    if (!ns.empty()) return true;  // xml:space, xml:lang, other xlink: attributes
    if (has_outside_reference(value)) {
      removed.insert(std::string(name) + " met verwijzingen naar buiten");
      return false;
    }
    return true;
  }
};

void init_libxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

SanitizedSvg sanitize_svg(std::string_view bytes) {
  SanitizedSvg out;
  if (bytes.find("<!ENTITY") != std::string_view::npos) {
    out.why = "het declareert XML-entiteiten";
    return out;
  }
  init_libxml();
  xmlDocPtr doc = xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "image.svg", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    out.why = "het is geen geldige XML";
    return out;
  }
  xmlNodePtr root = xmlDocGetRootElement(doc);
  if (!root || text_of(root->name) != "svg" || !root->ns || text_of(root->ns->href) != kSvgNamespace) {
    out.why = "het is geen SVG-document";
    xmlFreeDoc(doc);
    return out;
  }
  // The DTD, processing instructions and comments outside the root go.
  SvgCleaner cleaner;
  for (xmlNodePtr node = doc->children; node;) {
    xmlNodePtr next = node->next;
    if (node != root) {
      cleaner.changed = true;
      xmlUnlinkNode(node);
      xmlFreeNode(node);
    }
    node = next;
  }
  doc->intSubset = nullptr;
  cleaner.element(root);
  if (!cleaner.changed) {  // nothing to take out: the file as its author wrote it
    xmlFreeDoc(doc);
    out.bytes = std::string(bytes);
    return out;
  }
  xmlChar* text = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc, &text, &size, "UTF-8");
  out.bytes = std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(size));
  xmlFree(text);
  xmlFreeDoc(doc);
  out.removed = std::move(cleaner.removed);
  return out;
}

}  // namespace handboek::load
