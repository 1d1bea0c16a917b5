// Links glossary terms in running text: the first occurrence on a page of a
// term's title or alias becomes a link to its entry with the one-line
// definition as an accessible tooltip (aria-describedby, shown on hover and
// keyboard focus). Never inside headings, links or code. One linker per
// rendered page: it remembers which terms that page already linked.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <cmark-gfm.h>

#include "model/site_model.h"

namespace handboek::render {

// The words by which a term is found in text, longest first.
struct TermForm {
  std::string lowercase;  // ASCII-lowercased surface form
  size_t page = 0;        // the begrip page
};
std::vector<TermForm> glossary_forms(const model::SiteModel& model);

class GlossaryLinker {
 public:
  // REQUIRES: `forms` and `model` outlive the linker.
  GlossaryLinker(const model::SiteModel& model, const std::vector<TermForm>& forms, std::string document_url)
      : model_(model), forms_(forms), document_url_(std::move(document_url)) {}

  // Links the eligible text of a parsed document in place (cmark nodes).
  void link(cmark_node* document);

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
