#include "load/markdown_parser.h"

#include <cmark-gfm-core-extensions.h>

#include <algorithm>

namespace handboek::load {

namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

// The parser wants extensions attached per parser; the renderer wants the
// same list. Registration is global in cmark-gfm and must happen once.
struct ExtensionList {
  cmark_llist* list = nullptr;
  explicit ExtensionList(bool tagfilter) {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_mem* mem = cmark_get_default_mem_allocator();
    for (const char* name : kExtensions) {
      if (!tagfilter && std::string_view(name) == "tagfilter") continue;
      if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
        list = cmark_llist_append(mem, list, extension);
      }
    }
  }
};

const ExtensionList& extensions() {
  static const ExtensionList instance(true);
  return instance;
}

}  // namespace

cmark_llist* markdown_extensions() {
  return extensions().list;
}

cmark_llist* markdown_extensions_for_raw_html() {
  static const ExtensionList instance(false);
  return instance.list;
}

CmarkDocument parse_markdown(std::string_view markdown) {
  const CmarkParser parser(cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES));
  for (cmark_llist* item = markdown_extensions(); item; item = item->next) {
    cmark_parser_attach_syntax_extension(parser.get(), static_cast<cmark_syntax_extension*>(item->data));
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return CmarkDocument(cmark_parser_finish(parser.get()));
}

int excess_image_opener_line(std::string_view text) {
  size_t count = 0;
  for (size_t at = text.find("!["); at != std::string_view::npos; at = text.find("![", at + 2)) {
    if (++count > kMaxImageOpeners) return 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  }
  return 0;
}

std::string too_many_images_message() {
  return "meer dan " + std::to_string(kMaxImageOpeners) +
         " afbeeldingen ('![') in een bestand; verdeel het over meer bestanden (het lezen zou minuten duren)";
}

FenceInfo split_fence_info(const char* info) {
  std::string_view text = info ? info : "";
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  const size_t space = text.find(' ');
  if (space == std::string_view::npos) return {text, {}};
  std::string_view argument = text.substr(space + 1);
  while (!argument.empty() && argument.front() == ' ') argument.remove_prefix(1);
  return {text.substr(0, space), argument};
}

}  // namespace handboek::load
