#include "render/glossary_linker.h"

#include <algorithm>
#include <functional>

#include "base/text.h"
#include "load/cmark_handle.h"
#include "model/url_map.h"

namespace handboek::render {

namespace {

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Terms are linked in prose only: not in headings, links or code.
bool is_excluded_context(cmark_node_type type) {
  switch (type) {
    case CMARK_NODE_HEADING:
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
    case CMARK_NODE_CUSTOM_INLINE:
    case CMARK_NODE_CUSTOM_BLOCK: return true;
    default: return false;
  }
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

GlossaryForms::GlossaryForms(std::vector<TermForm> forms) : forms_(std::move(forms)), nodes_(1) {
  for (size_t i = 0; i < forms_.size(); ++i) {
    if (forms_[i].lowercase.size() > kMaxFormBytes) continue;
    int node = 0;
    for (const char c : forms_[i].lowercase) {
      const auto byte = static_cast<unsigned char>(c);
      int next = child(node, byte);
      if (next < 0) {
        next = static_cast<int>(nodes_.size());
        auto& children = nodes_[static_cast<size_t>(node)].children;
        children.insert(std::lower_bound(children.begin(), children.end(), std::pair<unsigned char, int>{byte, 0}),
                        {byte, next});
        nodes_.emplace_back();
      }
      node = next;
    }
    nodes_[static_cast<size_t>(node)].forms.push_back(i);
  }
}

int GlossaryForms::child(int node, unsigned char byte) const {
  const auto& children = nodes_[static_cast<size_t>(node)].children;
  const auto it = std::lower_bound(children.begin(), children.end(), std::pair<unsigned char, int>{byte, 0});
  return it != children.end() && it->first == byte ? it->second : -1;
}

void GlossaryForms::visit_matches_at(const std::string& lower, size_t at,
                                     const std::function<bool(const TermForm&)>& visit) const {
  // The forms that end at a word boundary along the path, then longest first.
  std::vector<int> ends;
  int node = 0;
  for (size_t i = at; i < lower.size() && i - at < kMaxFormBytes; ++i) {
    node = child(node, static_cast<unsigned char>(lower[i]));
    if (node < 0) break;
    const bool ends_word = i + 1 == lower.size() || !is_word_byte(static_cast<unsigned char>(lower[i + 1]));
    if (ends_word && !nodes_[static_cast<size_t>(node)].forms.empty()) ends.push_back(node);
  }
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    for (const size_t form : nodes_[static_cast<size_t>(*it)].forms) {
      if (visit(forms_[form])) return;
    }
  }
}

GlossaryForms glossary_forms(const model::SiteModel& model) {
  std::vector<TermForm> forms;
  for (const size_t index : model.glossary) {
    const load::Page& page = model.pages[index].page;
    std::vector<std::string> names = std::get<load::GlossaryTerm>(page.details).aliases;
    // "Loonkostensubsidie (LKS)" is found in text as "Loonkostensubsidie".
    const std::string title = page.title.substr(0, page.title.find(" ("));
    names.push_back(title);
    for (const std::string& name : names) {
      if (base::collapse_whitespace(name).size() >= 2)
        forms.push_back({fold_case(base::collapse_whitespace(name)), index});
    }
  }
  std::stable_sort(forms.begin(), forms.end(), [](const TermForm& a, const TermForm& b) {
    return a.lowercase.size() != b.lowercase.size() ? a.lowercase.size() > b.lowercase.size()
                                                    : a.lowercase < b.lowercase;
  });
  return GlossaryForms(std::move(forms));
}

// The earliest match wins; at equal offsets the longer form. Only word
// starts are tried, each against the trie: linear in the text.
bool GlossaryLinker::find(const std::string& lower, size_t from, size_t& offset, size_t& length,
                          const TermForm*& form) const {
  for (size_t at = from; at < lower.size(); ++at) {
    if (at > 0 && is_word_byte(static_cast<unsigned char>(lower[at - 1]))) continue;
    bool found = false;
    forms_.visit_matches_at(lower, at, [&](const TermForm& candidate) {
      if (linked_.count(candidate.page)) return false;
      offset = at;
      length = candidate.lowercase.size();
      form = &candidate;
      found = true;
      return true;
    });
    if (found) return true;
  }
  return false;
}

std::string GlossaryLinker::term_html(const std::string& text, const TermForm& form) {
  const model::PageEntry& term = model_.pages[form.page];
  const std::string tooltip = model::term_tooltip_id(next_tooltip_++);
  const std::string& definition = std::get<load::GlossaryTerm>(term.page.details).definition;
  return term_markup_.fill({model::relative_url(document_url_, term.url), tooltip, text, term.page.title, definition});
}

std::string GlossaryLinker::state_key(const std::string& prefix) const {
  std::vector<std::string> urls;
  for (const size_t page : linked_) {
    const std::string& url = model_.pages[page].url;
    urls.push_back(url.compare(0, prefix.size(), prefix) == 0 ? url.substr(prefix.size()) : "\x01" + url);
  }
  std::sort(urls.begin(), urls.end());
  std::string key = std::to_string(next_tooltip_);
  for (const std::string& url : urls) key += '\n' + url;
  return key;
}

void GlossaryLinker::link(cmark_node* document, const std::function<void(cmark_node*)>& on_code_block) {
  // "Eén gezin, één plan" may reach us as several adjacent text nodes.
  cmark_consolidate_text_nodes(document);
  // Collected first, changed after: the tree must not change while iterating.
  // How many excluded containers (headings, links, …) enclose the current
  // node is counted on the way, not looked up per text node: deeply nested
  // emphasis made that quadratic.
  std::vector<cmark_node*> nodes;
  int excluded_depth = 0;
  const load::CmarkIterator iter(cmark_iter_new(document));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (is_excluded_context(type)) {
      excluded_depth += event == CMARK_EVENT_ENTER ? 1 : -1;  // containers: always ENTER and EXIT
    }
    if (event != CMARK_EVENT_ENTER) continue;
    if ((type == CMARK_NODE_TEXT && !forms_.empty() && excluded_depth == 0) ||
        (type == CMARK_NODE_CODE_BLOCK && on_code_block)) {
      nodes.push_back(node);
    }
  }
  for (cmark_node* node : nodes) {
    if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK) {
      on_code_block(node);
      continue;
    }
    // A text node may hold several terms: split it until none is left. The
    // text is folded once; the search goes on from the end of each link.
    const std::string text = cmark_node_get_literal(node);
    const std::string lower = fold_case(text);
    size_t done = 0;  // text before this offset is in earlier nodes
    size_t offset = 0, length = 0;
    const TermForm* form = nullptr;
    while (find(lower, done, offset, length, form)) {
      // Some parents cannot hold the term's node (a GFM table cell takes
      // only plain inlines): then the text stays as it is, unlinked.
      load::CmarkDocument new_term(cmark_node_new(CMARK_NODE_CUSTOM_INLINE));
      if (!cmark_node_insert_after(node, new_term.get())) break;
      cmark_node* term = new_term.release();  // the tree owns it now
      linked_.insert(form->page);
      cmark_node_set_on_enter(term, term_html(text.substr(offset, length), *form).c_str());
      cmark_node_set_on_exit(term, "");
      cmark_node* rest = cmark_node_new(CMARK_NODE_TEXT);  // its text is set when the next link (or none) is found
      cmark_node_set_literal(node, text.substr(done, offset - done).c_str());
      cmark_node_insert_after(term, rest);
      node = rest;
      done = offset + length;
    }
    if (done > 0) cmark_node_set_literal(node, text.substr(done).c_str());
  }
}

}  // namespace handboek::render
