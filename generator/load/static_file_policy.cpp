#include "load/static_file_policy.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "base/text.h"
#include "load/html_sanitizer.h"
#include "load/svg_sanitizer.h"

namespace handboek::load {

namespace {

// The leading bytes each binary type starts with. A file whose bytes do not
// fit its extension is refused: a browser that sniffs could treat
// "foto.png" holding HTML as a page.
struct SafeType {
  const char* extension;
  std::vector<std::string_view> signatures;  // any of these at offset 0; empty: text
};

using namespace std::string_view_literals;

const std::vector<SafeType>& safe_types() {
  static const auto zip = "PK\x03\x04"sv;                        // docx, xlsx, pptx, odt, ods, odp
  static const auto ole = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv;  // doc, xls, ppt
  static const std::vector<SafeType> types = {
      {".png", {"\x89PNG\r\n\x1A\n"sv}},
      {".jpg", {"\xFF\xD8\xFF"sv}},
      {".jpeg", {"\xFF\xD8\xFF"sv}},
      {".gif", {"GIF87a"sv, "GIF89a"sv}},
      {".webp", {"RIFF"sv}},
      {".avif", {}},  // checked below (ISO box "ftyp" at offset 4)
      {".bmp", {"BM"sv}},
      {".ico", {"\0\0\1\0"sv}},
      {".pdf", {"%PDF-"sv}},
      {".docx", {zip}},
      {".xlsx", {zip}},
      {".pptx", {zip}},
      {".odt", {zip}},
      {".ods", {zip}},
      {".odp", {zip}},
      {".doc", {ole}},
      {".xls", {ole}},
      {".ppt", {ole}},
      {".rtf", {"{\\rtf"sv}},
      {".txt", {}},
      {".csv", {}},
  };
  return types;
}

// Types a browser runs, by opt-in name (one of config::kStaticFileOptIns).
struct ActiveType {
  const char* opt_in;
  std::array<const char*, 3> extensions;
};

constexpr std::array<ActiveType, 4> kActiveTypes = {{
    {"html", {".html", ".htm", ".xhtml"}},
    {"svg", {".svg", nullptr, nullptr}},
    {"js", {".js", ".mjs", nullptr}},
    {"css", {".css", nullptr, nullptr}},
}};

const ActiveType* active_type(const std::string& extension) {
  for (const ActiveType& type : kActiveTypes) {
    for (const char* candidate : type.extensions) {
      if (candidate && extension == candidate) return &type;
    }
  }
  return nullptr;
}

const SafeType* safe_type(const std::string& extension) {
  for (const SafeType& type : safe_types()) {
    if (extension == type.extension) return &type;
  }
  return nullptr;
}

bool bytes_fit(const SafeType& type, std::string_view bytes) {
  if (std::string_view(type.extension) == ".avif") return bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp";
  if (std::string_view(type.extension) == ".webp")
    return bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP";
  if (type.signatures.empty()) return bytes.find('\0') == std::string_view::npos;  // text
  return std::any_of(type.signatures.begin(), type.signatures.end(),
                     [&](std::string_view signature) { return bytes.starts_with(signature); });
}

std::string allowed_list() {
  std::string list;
  for (const SafeType& type : safe_types()) list += (list.empty() ? "" : " ") + std::string(type.extension);
  return list;
}

}  // namespace

bool is_safe_static_type(std::string_view extension) {
  return safe_type(base::ascii_lower(extension)) != nullptr;
}

StaticFileDecision check_static_file(const base::SitePath& path, std::string_view bytes,
                                     const std::vector<std::string>& opted_in) {
  const std::string extension = base::ascii_lower(path.extension());
  if (path.str() == "content/404.html") {
    return {StaticFileVerdict::kRefuse,
            "handboek maakt 404.html zelf (met het 404-sjabloon van het thema); verwijder content/404.html", 0, 0,
            std::nullopt};
  }
  if (extension == ".md") {
    // Only ".md" is a page; "A.MD" would otherwise go out as raw text.
    return {StaticFileVerdict::kRefuse,
            "Markdown-pagina's eindigen op .md in kleine letters (hernoem '" + path.filename() + "')", 0, 0,
            std::nullopt};
  }
  if (const SafeType* type = safe_type(extension)) {
    if (bytes_fit(*type, bytes)) return {};
    return {StaticFileVerdict::kUnsafe,
            "de inhoud van dit bestand is geen " + extension.substr(1) + "-bestand; niet gepubliceerd", 0, 0,
            std::nullopt};
  }
  if (extension == ".svg") {
    SanitizedSvg svg = sanitize_svg(bytes);
    if (!svg.bytes)
      return {StaticFileVerdict::kUnsafe, "SVG-afbeelding niet gepubliceerd: " + svg.why, 0, 0, std::nullopt};
    StaticFileDecision decision;
    decision.bytes = std::move(svg.bytes);
    if (!svg.removed.empty()) decision.message = "SVG-afbeelding: " + describe_removed(svg.removed) + " weggelaten";
    return decision;
  }
  if (const ActiveType* type = active_type(extension)) {
    const bool allowed = std::find(opted_in.begin(), opted_in.end(), type->opt_in) != opted_in.end();
    if (!allowed) {
      return {StaticFileVerdict::kUnsafe,
              "een " + extension.substr(1) +
                  "-bestand kan code uitvoeren in de browser van de lezer en wordt niet gepubliceerd; "
                  "schrijf de pagina in Markdown, of sta het toe in site.yaml met `static_files: allow: [" +
                  type->opt_in + "]`",
              0, 0, std::nullopt};
    }
    return {};
  }
  return {StaticFileVerdict::kSkip,
          "niet gepubliceerd: handboek publiceert uit content/ alleen Markdown-pagina's en " + allowed_list() +
              (extension.empty() ? "" : " (niet " + extension + ")"),
          0, 0, std::nullopt};
}

}  // namespace handboek::load
