#include "load/markdown_prose.h"

#include <cstring>

#include "load/markdown_outline.h"
#include "load/markdown_parser.h"

namespace handboek::load {

namespace {

void append_inlines(cmark_node* parent, ProseBlock& block, bool marked) {
  for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
    const size_t start = block.text.size();
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT: block.text += cmark_node_get_literal(node); break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK: block.text += ' '; break;
      case CMARK_NODE_CODE:
        block.text += cmark_node_get_literal(node);
        block.marked.emplace_back(start, block.text.size());
        break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        append_inlines(node, block, true);
        if (!marked) block.marked.emplace_back(start, block.text.size());
        break;
      case CMARK_NODE_HTML_INLINE: break;
      default: append_inlines(node, block, marked); break;
    }
  }
}

class ProseCollector {
 public:
  explicit ProseCollector(int first_line) : first_line_(first_line) {}

  void visit(cmark_node* parent) {
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
      const cmark_node_type type = cmark_node_get_type(node);
      if (type == CMARK_NODE_PARAGRAPH) {
        add(node, ProseKind::kParagraph);
      } else if (type == CMARK_NODE_HEADING) {
        add(node, ProseKind::kHeading);
      } else if (std::strcmp(cmark_node_get_type_string(node), "table_cell") == 0) {
        add(node, ProseKind::kTableCell);
      } else if (type == CMARK_NODE_CODE_BLOCK) {
        visit_fenced(node);
      } else if (type != CMARK_NODE_HTML_BLOCK && type != CMARK_NODE_THEMATIC_BREAK) {
        visit(node);  // document, quotes, lists, items, tables and rows
      }
    }
  }

  std::vector<ProseBlock> blocks;

 private:
  void add(cmark_node* node, ProseKind kind) {
    ProseBlock block;
    block.kind = kind;
    block.line = first_line_ + cmark_node_get_start_line(node) - 1;
    block.column = cmark_node_get_start_column(node);
    append_inlines(node, block, false);
    if (block.text.find_first_not_of(" \t") != std::string::npos) blocks.push_back(std::move(block));
  }

  // A ```lokaal block holds Markdown that readers read; its text starts on
  // the line after the fence.
  void visit_fenced(cmark_node* node) {
    if (split_fence_info(cmark_node_get_fence_info(node)).kind != kLocalBlockKind) return;
    ProseCollector inner(first_line_ + cmark_node_get_start_line(node));
    const CmarkDocument document = parse_markdown(cmark_node_get_literal(node));
    inner.visit(document.get());
    for (ProseBlock& block : inner.blocks) blocks.push_back(std::move(block));
  }

  int first_line_;
};

}  // namespace

std::vector<ProseBlock> extract_prose(std::string_view markdown, int first_line) {
  const CmarkDocument document = parse_markdown(markdown);
  ProseCollector collector(first_line);
  collector.visit(document.get());
  return std::move(collector.blocks);
}

}  // namespace handboek::load
