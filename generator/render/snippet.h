// Snippet: a partial of the theme that the generator writes many times per
// page (a glossary term's tooltip, the mark of a broken link, a table's
// frame), rendered through Mustache once per build with a marker for each
// key and kept as literal text and slots: writing one is concatenation,
// not a Mustache render. A slot the partial writes as {{key}} escapes its
// value, one written {{{key}}} inserts it as is, as Mustache would. A
// snippet's keys are always set, so a section on them ({{#key}}) always
// shows: themes/default/README.md says so for each snippet partial.
#pragma once

#include <functional>
#include <initializer_list>
#include <kainjow/mustache.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace handboek::render {

class Snippet {
 public:
  Snippet() = default;
  // `render(data)` renders the partial; `keys` are the keys it reads, in
  // the order their values are later given.
  static Snippet make(const std::function<std::string(const kainjow::mustache::data&)>& render,
                      std::initializer_list<const char*> keys);

  // Appends the partial with `values` (one per key, in the order of make).
  void append_to(std::string& out, std::initializer_list<std::string_view> values) const;
  std::string fill(std::initializer_list<std::string_view> values) const;

  // A snippet around content (its one key is the content, HTML): the text
  // before the content and after it, for cmark's enter/exit of a node.
  const std::string& before() const { return before_; }
  const std::string& after() const { return after_; }

 private:
  struct Piece {
    std::string literal;  // written first
    int slot = -1;        // then this key's value, when >= 0
    bool escaped = false;
  };
  std::vector<Piece> pieces_;
  std::string before_, after_;
};

}  // namespace handboek::render
