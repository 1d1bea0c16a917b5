// Links glossary terms in running text: the first occurrence on a page of a
// term's title or alias becomes a link to its entry with the one-line
// definition as an accessible tooltip (aria-describedby, shown on hover and
// keyboard focus). Never inside headings, links or code. One linker per
// rendered page: it remembers which terms that page already linked.
#pragma once

#include <cmark-gfm.h>

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "model/site_model.h"
#include "render/snippet.h"

namespace handboek::render {

// The words by which a term is found in text, longest first.
struct TermForm {
  std::string lowercase;  // lowercased surface form (ASCII and Latin-1 letters: "één")
  size_t page = 0;        // the begrip page
};

// The forms of a site's glossary with a trie over them, so finding terms in
// a text costs at most kMaxFormBytes steps per word of the text, however
// many terms there are (a 2,000-term glossary once took 28 s on one page).
class GlossaryForms {
 public:
  // Longer forms are not looked for: a term is a few words.
  static constexpr size_t kMaxFormBytes = 120;

  explicit GlossaryForms(std::vector<TermForm> forms);
  const std::vector<TermForm>& forms() const { return forms_; }
  bool empty() const { return forms_.empty(); }

  // Calls `visit(form)` for each form that starts at `lower[at]` and ends at
  // a word boundary, longest first. Stops when `visit` returns true.
  void visit_matches_at(const std::string& lower, size_t at, const std::function<bool(const TermForm&)>& visit) const;

 private:
  struct Node {
    std::vector<std::pair<unsigned char, int>> children;  // sorted by byte
    std::vector<size_t> forms;                            // indexes of forms ending here
  };
  int child(int node, unsigned char byte) const;

  std::vector<TermForm> forms_;
  std::vector<Node> nodes_;
};

GlossaryForms glossary_forms(const model::SiteModel& model);

// Lowercase for matching: ASCII letters and the Latin-1 capitals in UTF-8
// (É → é); every other byte is kept, so offsets stay the same.
std::string fold_case(std::string text);

class GlossaryLinker {
 public:
  // `term_markup` is the theme's glossary_term partial (url, tooltip_id,
  // text, title, definition). REQUIRES: `forms`, `model` and `term_markup`
  // outlive the linker.
  GlossaryLinker(const model::SiteModel& model, const GlossaryForms& forms, const Snippet& term_markup,
                 std::string document_url)
      : model_(model), forms_(forms), term_markup_(term_markup), document_url_(std::move(document_url)) {}

  // Links the eligible text of a parsed document in place (cmark nodes).
  // `on_code_block` is called for each code block in reading order, between
  // the texts around it (the renderer renders a local block's text there, so
  // a term's first occurrence in reading order is the one linked).
  void link(cmark_node* document, const std::function<void(cmark_node*)>& on_code_block = {});

  // What the linker brings to the next text it links: the terms linked
  // already (their URLs below `prefix`, sorted) and the next tooltip's
  // number. Part of a body's key in the BodyCache.
  std::string state_key(const std::string& prefix) const;

 private:
  // First match in `text` at or after `from` of a term not linked yet:
  // {offset, length, form}.
  bool find(const std::string& lower, size_t from, size_t& offset, size_t& length, const TermForm*& form) const;
  std::string term_html(const std::string& text, const TermForm& form);

  const model::SiteModel& model_;
  const GlossaryForms& forms_;
  const Snippet& term_markup_;
  std::string document_url_;
  std::set<size_t> linked_;  // term pages already linked on this page
  int next_tooltip_ = 1;
};

}  // namespace handboek::render
