#include "render/glossary_linker.h"

#include <algorithm>

#include <cmark-gfm.h>

#include "base/text.h"
#include "model/url_map.h"

namespace handboek::render {

namespace {

bool is_word_byte(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

// Terms are linked in prose only: not in headings, links or code.
bool in_excluded_context(cmark_node* node) {
  for (cmark_node* parent = cmark_node_parent(node); parent; parent = cmark_node_parent(parent)) {
    switch (cmark_node_get_type(parent)) {
      case CMARK_NODE_HEADING:
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
      case CMARK_NODE_CUSTOM_INLINE:
      case CMARK_NODE_CUSTOM_BLOCK:
        return true;
      default:
        break;
    }
  }
  return false;
}

}  // namespace

std::string fold_case(std::string text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      text[i] = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < text.size()) {
      // U+00C0–U+00DE (À–Þ, except × U+00D7) are C3 80–C3 9E; lowercase is +0x20.
      const unsigned char next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) text[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return text;
}

std::vector<TermForm> glossary_forms(const model::SiteModel& model) {
  std::vector<TermForm> forms;
  for (const size_t index : model.glossary) {
    const load::Page& page = model.pages[index].page;
    std::vector<std::string> names = std::get<load::GlossaryTerm>(page.details).aliases;
    // "Loonkostensubsidie (LKS)" is found in text as "Loonkostensubsidie".
    const std::string title = page.title.substr(0, page.title.find(" ("));
    names.push_back(title);
    for (const std::string& name : names) {
      if (base::collapse_whitespace(name).size() >= 2) forms.push_back({fold_case(base::collapse_whitespace(name)), index});
    }
  }
  std::stable_sort(forms.begin(), forms.end(), [](const TermForm& a, const TermForm& b) {
    return a.lowercase.size() != b.lowercase.size() ? a.lowercase.size() > b.lowercase.size() : a.lowercase < b.lowercase;
  });
  return forms;
}

bool GlossaryLinker::find(const std::string& text, size_t& offset, size_t& length, const TermForm*& form) const {
  const std::string lower = fold_case(text);
  bool found = false;
  for (const TermForm& candidate : forms_) {
    if (linked_.count(candidate.page)) continue;
    for (size_t at = lower.find(candidate.lowercase); at != std::string::npos;
         at = lower.find(candidate.lowercase, at + 1)) {
      const size_t end = at + candidate.lowercase.size();
      const bool starts_word = at == 0 || !is_word_byte(static_cast<unsigned char>(lower[at - 1]));
      const bool ends_word = end == lower.size() || !is_word_byte(static_cast<unsigned char>(lower[end]));
      if (!starts_word || !ends_word) continue;
      // The earliest match wins; at equal offsets the longer form (sorted first).
      if (!found || at < offset) {
        offset = at;
        length = candidate.lowercase.size();
        form = &candidate;
        found = true;
      }
      break;
    }
  }
  return found;
}

std::string GlossaryLinker::term_html(const std::string& text, const TermForm& form) {
  const model::PageEntry& term = model_.pages[form.page];
  const std::string tooltip = "begrip-uitleg-" + std::to_string(next_tooltip_++);
  const std::string& definition = std::get<load::GlossaryTerm>(term.page.details).definition;
  return "<span class=\"begrip\"><a class=\"begrip-link\" href=\"" +
         base::html_escape(model::relative_url(document_url_, term.url)) + "\" aria-describedby=\"" + tooltip + "\">" +
         base::html_escape(text) + "</a><span class=\"begrip-uitleg\" role=\"tooltip\" id=\"" + tooltip + "\" data-pagefind-ignore>" +
         base::html_escape(term.page.title) + ": " + base::html_escape(definition) + "</span></span>";
}

void GlossaryLinker::link(cmark_node* document, const std::function<void(cmark_node*)>& on_code_block) {
  // "Eén gezin, één plan" may reach us as several adjacent text nodes.
  cmark_consolidate_text_nodes(document);
  // Collected first, changed after: the tree must not change while iterating.
  std::vector<cmark_node*> nodes;
  cmark_iter* iter = cmark_iter_new(document);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER) continue;
    const cmark_node_type type = cmark_node_get_type(node);
    if ((type == CMARK_NODE_TEXT && !forms_.empty() && !in_excluded_context(node)) ||
        (type == CMARK_NODE_CODE_BLOCK && on_code_block)) {
      nodes.push_back(node);
    }
  }
  cmark_iter_free(iter);
  for (cmark_node* node : nodes) {
    if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK) {
      on_code_block(node);
      continue;
    }
    // A text node may hold several terms: split it until none is left.
    while (node) {
      const std::string text = cmark_node_get_literal(node);
      size_t offset = 0, length = 0;
      const TermForm* form = nullptr;
      if (!find(text, offset, length, form)) break;
      // Some parents cannot hold the term's node (a GFM table cell takes
      // only plain inlines): then the text stays as it is, unlinked.
      cmark_node* term = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
      if (!cmark_node_insert_after(node, term)) {
        cmark_node_free(term);
        break;
      }
      linked_.insert(form->page);
      cmark_node_set_on_enter(term, term_html(text.substr(offset, length), *form).c_str());
      cmark_node_set_on_exit(term, "");
      cmark_node* rest = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(rest, text.substr(offset + length).c_str());
      cmark_node_set_literal(node, text.substr(0, offset).c_str());
      cmark_node_insert_after(term, rest);
      node = rest;
    }
  }
}

}  // namespace handboek::render
