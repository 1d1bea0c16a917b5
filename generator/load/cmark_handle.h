// RAII for cmark-gfm: one unique_ptr alias per cmark object this project
// owns, each with cmark's own free. cmark types stay inside load/ and
// render/ (check_include_graph.cmake).
#pragma once

#include <cmark-gfm.h>

#include <memory>

#include "base/c_handle.h"

namespace handboek::load {

// A node with its children: a parsed document, or a node not (or no
// longer) in a tree. A node inside a tree belongs to its root.
using CmarkDocument = base::CHandle<cmark_node, cmark_node_free>;
using CmarkIterator = base::CHandle<cmark_iter, cmark_iter_free>;
using CmarkParser = base::CHandle<cmark_parser, cmark_parser_free>;

// What cmark_render_html / cmark_render_plaintext return: a buffer of the
// default allocator, which the caller frees.
struct CmarkTextDeleter {
  void operator()(char* text) const { cmark_get_default_mem_allocator()->free(text); }
};
using CmarkText = std::unique_ptr<char, CmarkTextDeleter>;

}  // namespace handboek::load
