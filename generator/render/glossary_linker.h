// Links glossary terms in running text: the first occurrence on a page of a
// term's title or alias becomes a link to its entry with the one-line
// definition as an accessible tooltip (aria-describedby, shown on hover and
// keyboard focus). Never inside headings, links or code. One linker per
// rendered page: it remembers which terms that page already linked.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include <cmark-gfm.h>

#include "model/site_model.h"

namespace handboek::render {

// The words by which a term is found in text, longest first.
struct TermForm {
  std::string lowercase;  // lowercased surface form (ASCII and Latin-1 letters: "één")
  size_t page = 0;        // the begrip page
};
std::vector<TermForm> glossary_forms(const model::SiteModel& model);

// Lowercase for matching: ASCII letters and the Latin-1 capitals in UTF-8
// (É → é); every other byte is kept, so offsets stay the same.
std::string fold_case(std::string text);

class GlossaryLinker {
 public:
  // REQUIRES: `forms` and `model` outlive the linker.
  GlossaryLinker(const model::SiteModel& model, const std::vector<TermForm>& forms, std::string document_url)
      : model_(model), forms_(forms), document_url_(std::move(document_url)) {}

  // Links the eligible text of a parsed document in place (cmark nodes).
  // `on_code_block` is called for each code block in reading order, between
  // the texts around it (the renderer renders a local block's text there, so
  // a term's first occurrence in reading order is the one linked).
  void link(cmark_node* document, const std::function<void(cmark_node*)>& on_code_block = {});

 private:
  // First match in `text` of a term not linked yet: {offset, length, form}.
  bool find(const std::string& text, size_t& offset, size_t& length, const TermForm*& form) const;
  std::string term_html(const std::string& text, const TermForm& form);

  const model::SiteModel& model_;
  const std::vector<TermForm>& forms_;
  std::string document_url_;
  std::set<size_t> linked_;  // term pages already linked on this page
  int next_tooltip_ = 1;
};

}  // namespace handboek::render
