#include "load/static_file_policy.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace handboek::load {

namespace {

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

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
    return bytes.size() >= 12 && starts_with(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP";
  if (type.signatures.empty()) return bytes.find('\0') == std::string_view::npos;  // text
  return std::any_of(type.signatures.begin(), type.signatures.end(),
                     [&](std::string_view signature) { return starts_with(bytes, signature); });
}

// 1-based line and column (in bytes) of `offset`.
std::pair<int, int> position_of(std::string_view bytes, size_t offset) {
  const std::string_view before = bytes.substr(0, offset);
  const size_t line_start = before.rfind('\n');
  const int column = static_cast<int>(line_start == std::string_view::npos ? offset + 1 : offset - line_start);
  return {1 + static_cast<int>(std::count(before.begin(), before.end(), '\n')), column};
}

// An attribute value as a browser would read it as a URL: numeric character
// references decoded, ASCII whitespace and controls dropped, lowercase.
std::string url_as_read(std::string_view value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == '&' && i + 2 < value.size() && value[i + 1] == '#') {
      const bool hex = value[i + 2] == 'x' || value[i + 2] == 'X';
      size_t j = i + (hex ? 3 : 2);
      unsigned long code = 0;
      while (j < value.size() && std::isxdigit(static_cast<unsigned char>(value[j])) &&
             (hex || std::isdigit(static_cast<unsigned char>(value[j]))) && code < 0x110000) {
        code = code * (hex ? 16 : 10) + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(value[j]))
                                                                       ? value[j] - '0'
                                                                       : std::tolower(value[j]) - 'a' + 10);
        ++j;
      }
      if (j < value.size() && value[j] == ';') ++j;
      c = code < 0x80 ? static_cast<char>(code) : '?';
      i = j - 1;
    }
    if (static_cast<unsigned char>(c) <= ' ') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// Active content in an SVG: scripts, event handlers, embedded documents,
// entity declarations (expansion bombs) and script URLs. Returns the
// offset of the first one and what it is; npos when there is none.
std::pair<size_t, std::string> find_active_svg_content(std::string_view bytes) {
  const std::string lower = lowercase(bytes);
  size_t first = std::string::npos;
  std::string what;
  auto consider = [&](size_t at, std::string description) {
    if (at < first) {
      first = at;
      what = std::move(description);
    }
  };
  for (const char* element : {"<script", "<foreignobject", "<iframe", "<embed", "<object", "<handler", "<!entity"}) {
    if (const size_t at = lower.find(element); at != std::string::npos) consider(at, std::string(element) + ">");
  }
  for (size_t i = 0; i + 3 < lower.size(); ++i) {
    // An event handler attribute: whitespace (or a quote or '/'), "on", letters, '='.
    const char before = lower[i];
    if (!(std::isspace(static_cast<unsigned char>(before)) || before == '"' || before == '\'' || before == '/'))
      continue;
    if (lower.compare(i + 1, 2, "on") != 0) continue;
    size_t j = i + 3;
    while (j < lower.size() && std::isalpha(static_cast<unsigned char>(lower[j]))) ++j;
    if (j == i + 3) continue;
    size_t k = j;
    while (k < lower.size() && std::isspace(static_cast<unsigned char>(lower[k]))) ++k;
    if (k < lower.size() && lower[k] == '=') consider(i + 1, "event handler " + lower.substr(i + 1, j - i - 1) + "=");
  }
  // Quoted attribute values that a browser would follow as a script URL.
  for (size_t eq = lower.find('='); eq != std::string::npos; eq = lower.find('=', eq + 1)) {
    size_t open = eq + 1;
    while (open < lower.size() && std::isspace(static_cast<unsigned char>(lower[open]))) ++open;
    if (open >= lower.size() || (lower[open] != '"' && lower[open] != '\'')) continue;
    const size_t close = lower.find(lower[open], open + 1);
    if (close == std::string::npos) break;
    const std::string url = url_as_read(std::string_view(bytes).substr(open + 1, close - open - 1));
    const bool image_data = starts_with(url, "data:image/png") || starts_with(url, "data:image/jpeg") ||
                            starts_with(url, "data:image/gif") || starts_with(url, "data:image/webp");
    if (starts_with(url, "javascript:") || starts_with(url, "vbscript:") ||
        (starts_with(url, "data:") && !image_data)) {
      consider(open + 1, "a script URL (" + url.substr(0, url.find(':') + 1) + ")");
    }
  }
  return {first, what};
}

std::string allowed_list() {
  std::string list;
  for (const SafeType& type : safe_types()) list += (list.empty() ? "" : " ") + std::string(type.extension);
  return list;
}

}  // namespace

bool is_safe_static_type(std::string_view extension) {
  return safe_type(lowercase(extension)) != nullptr;
}

StaticFileDecision check_static_file(const base::SitePath& path, std::string_view bytes,
                                     const std::vector<std::string>& opted_in) {
  const std::string extension = lowercase(path.extension());
  if (path.str() == "content/404.html") {
    return {StaticFileVerdict::kRefuse,
            "handboek makes 404.html itself (from the theme's 404 template); remove content/404.html", 0};
  }
  if (extension == ".md") {
    // Only ".md" is a page; "A.MD" would otherwise go out as raw text.
    return {StaticFileVerdict::kRefuse, "Markdown pages must end in lowercase .md (rename '" + path.filename() + "')",
            0};
  }
  if (const SafeType* type = safe_type(extension)) {
    if (bytes_fit(*type, bytes)) return {};
    return {StaticFileVerdict::kRefuse,
            "the bytes of this file are not a " + extension.substr(1) + " file; refusing to publish it", 0};
  }
  if (const ActiveType* type = active_type(extension)) {
    const bool allowed = std::find(opted_in.begin(), opted_in.end(), type->opt_in) != opted_in.end();
    if (!allowed) {
      return {StaticFileVerdict::kRefuse,
              "a " + extension.substr(1) +
                  " file can run code in the reader's browser and is not published; "
                  "write the page in Markdown, or let site.yaml opt in with `static_files: allow: [" +
                  type->opt_in + "]`",
              0};
    }
    if (extension == ".svg") {
      const auto [at, what] = find_active_svg_content(bytes);
      if (at != std::string::npos) {
        const auto [line, column] = position_of(bytes, at);
        return {StaticFileVerdict::kRefuse, "SVG with active content (" + what + ") is not published", line, column};
      }
    }
    return {};
  }
  return {StaticFileVerdict::kSkip,
          "not published: handboek publishes from content/ only Markdown pages and " + allowed_list() +
              (extension.empty() ? "" : " (not " + extension + ")"),
          0};
}

}  // namespace handboek::load
