#include "render/respond_links.h"

namespace handboek::render {

namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

}  // namespace

std::string percent_encode(const std::string& text, bool keep_slash) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                            (keep_slash && c == '/');
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

std::string feedback_link(const std::string& feedback, const PageDetailsForResponse& page) {
  if (feedback.empty()) return "";
  if (feedback.rfind("mailto:", 0) == 0) {
    const std::string subject = page.title + (page.version.empty() ? "" : " (" + page.version + ")");
    std::string body = page.url + "\n";
    if (!page.section.empty()) body += page.section + "\n";
    return feedback + "?subject=" + percent_encode(subject) + "&body=" + percent_encode(body + "\n");
  }
  std::string link = feedback;
  replace_all(link, "{url}", percent_encode(page.url));
  replace_all(link, "{titel}", percent_encode(page.title));
  replace_all(link, "{versie}", percent_encode(page.version));
  replace_all(link, "{sectie}", percent_encode(page.section));
  return link;
}

std::string edit_link(const std::string& edit_url, const PageDetailsForResponse& page) {
  if (edit_url.empty() || page.file.empty()) return "";
  std::string link = edit_url;
  replace_all(link, "{pad}", percent_encode(page.file, true));
  return link;
}

}  // namespace handboek::render
