#include "load/markdown_outline.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "base/text.h"
#include "load/html_sanitizer.h"

namespace handboek::load {

namespace {

void collect(cmark_node* root, int line_offset, MarkdownOutline& outline, bool top_level,
             std::vector<std::string>& heading_texts) {
  const CmarkIterator iter(cmark_iter_new(root));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    const int line = cmark_node_get_start_line(node) + line_offset;
    const int column = cmark_node_get_start_column(node);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING:
        if (top_level) {
          outline.headings.push_back({cmark_node_get_heading_level(node), plain_text(node), "", line});
          heading_texts.push_back(outline.headings.back().text);
        }
        break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        outline.links.push_back({cmark_node_get_url(node) ? cmark_node_get_url(node) : "", line, column,
                                 cmark_node_get_type(node) == CMARK_NODE_IMAGE});
        break;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE: {
        const char* html = cmark_node_get_literal(node);
        outline.raw_html.push_back({html ? html : "", line, column});
        // Its links and images are checked like the Markdown ones (each
        // piece holds whole tags: cmark never splits a tag).
        if (html && std::string_view(html).find('=') != std::string_view::npos) {
          for (HtmlUrl& url : html_urls(html)) outline.links.push_back({std::move(url.url), line, column, url.image});
        }
        break;
      }
      case CMARK_NODE_CODE_BLOCK: {
        const FenceInfo info = split_fence_info(cmark_node_get_fence_info(node));
        if (info.kind == kLocalBlockKind || info.kind == kFormBlockKind) {
          outline.blocks.push_back({std::string(info.kind), std::string(info.argument), line, column});
        }
        if (info.kind == kLocalBlockKind) {
          // The block's text is Markdown that starts on the line after the fence.
          const char* literal = cmark_node_get_literal(node);
          CmarkDocument inner = parse_markdown(literal ? literal : "");
          std::vector<std::string> ignored;
          collect(inner.get(), line, outline, false, ignored);
        }
        break;
      }
      default: break;
    }
  }
}

// Index of the '[' (or an image's '!') that opens the inline link whose
// target starts at `target` in `line`, or `target` when it is not there.
size_t link_start(std::string_view line, size_t target) {
  size_t close = target;
  if (close > 0 && line[close - 1] == '<') --close;  // [text](<target>)
  if (close < 2 || line[close - 1] != '(' || line[close - 2] != ']') return target;
  int depth = 0;
  for (size_t i = close - 1; i-- > 0;) {  // from the ']' down
    if (line[i] == ']') {
      ++depth;
    } else if (line[i] == '[' && --depth == 0) {
      return i > 0 && line[i - 1] == '!' ? i - 1 : i;  // an image starts at its '!'
    }
  }
  return target;
}

}  // namespace

void place_links_in_yaml(MarkdownOutline& outline, std::string_view yaml, int first_line) {
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos < yaml.size();) {
    const size_t end = std::min(yaml.find('\n', pos), yaml.size());
    lines.push_back(yaml.substr(pos, end - pos));
    pos = end + 1;
  }
  // Raw HTML (reported where it is written) is placed the same way: the
  // first line of the tag, searched from its approximate line on.
  size_t html_line = 0;
  size_t html_column = 0;
  for (RawHtml& raw : outline.raw_html) {
    const std::string_view tag = std::string_view(raw.html).substr(0, raw.html.find('\n'));
    if (tag.empty()) continue;
    const size_t approximate = static_cast<size_t>(std::max(0, raw.line - first_line));
    if (approximate > html_line) {
      html_line = approximate;
      html_column = 0;
    }
    for (size_t i = html_line; i < lines.size(); ++i) {
      const size_t found = lines[i].find(tag, i == html_line ? html_column : 0);
      if (found == std::string_view::npos) continue;
      raw.line = first_line + static_cast<int>(i);
      raw.column = static_cast<int>(found) + 1;
      html_line = i;
      html_column = found + tag.size();
      break;
    }
  }
  size_t cursor_line = 0;  // links come in text order: search on from the last one
  size_t cursor_column = 0;
  for (LinkRef& link : outline.links) {
    if (link.href.empty()) continue;
    const size_t approximate = static_cast<size_t>(std::max(0, link.line - first_line));
    if (approximate > cursor_line) {
      cursor_line = approximate;
      cursor_column = 0;
    }
    for (size_t i = cursor_line; i < lines.size(); ++i) {
      const size_t found = lines[i].find(link.href, i == cursor_line ? cursor_column : 0);
      if (found == std::string_view::npos) continue;
      link.line = first_line + static_cast<int>(i);
      link.column = static_cast<int>(link_start(lines[i], found)) + 1;
      cursor_line = i;
      cursor_column = found + link.href.size();
      break;
    }
  }
}

std::string plain_text(cmark_node* node) {
  std::string out;
  const CmarkIterator iter(cmark_iter_new(node));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* child = cmark_iter_get_node(iter.get());
    if (event != CMARK_EVENT_ENTER) continue;
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE: out += cmark_node_get_literal(child); break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK: out += ' '; break;
      default: break;
    }
  }
  return base::collapse_whitespace(out);
}

std::vector<std::string> assign_heading_anchors(const std::vector<std::string>& heading_texts,
                                                const std::vector<std::string>& reserved) {
  std::unordered_set<std::string> taken(reserved.begin(), reserved.end());
  // Per slug the next suffix to try, so 20,000 equal headings cost 20,000
  // steps, not 200 million (each used to count up from 2 again).
  std::unordered_map<std::string, int> next_suffix;
  std::vector<std::string> anchors;
  for (const std::string& text : heading_texts) {
    const std::string base = base::slugify(text);
    std::string anchor = base;
    if (taken.count(anchor)) {
      int& n = next_suffix.try_emplace(base, 2).first->second;
      do {
        anchor = base + "-" + std::to_string(n++);
      } while (taken.count(anchor));
    }
    taken.insert(anchor);
    anchors.push_back(anchor);
  }
  return anchors;
}

MarkdownOutline extract_outline(std::string_view markdown, int first_line) {
  MarkdownOutline outline;
  CmarkDocument document = parse_markdown(markdown);
  std::vector<std::string> heading_texts;
  collect(document.get(), first_line - 1, outline, true, heading_texts);
  const std::vector<std::string> anchors = assign_heading_anchors(heading_texts);
  for (size_t i = 0; i < anchors.size(); ++i) outline.headings[i].anchor = anchors[i];
  return outline;
}

}  // namespace handboek::load
