// Finds a quoted scalar that is never closed (`title: "Werkwijze`). yaml-cpp
// 0.7 accepts one: the value runs on to the end of the text and swallows
// every key after it (a page's summary, site.yaml's organisations). This
// scan runs before yaml-cpp and knows just enough YAML to be sure: a quote
// opens a scalar only where a value or key can start (after indentation,
// `- `, `: `, `? `, `[`, `{` or `,`), comments and block scalars (`|`, `>`)
// are skipped, and `\"` and `''` are escapes.
#pragma once

#include <optional>
#include <string_view>

namespace handboek::yaml {

struct OpenQuote {
  int line = 0;    // 0-based line of the opening quote in the text
  int column = 0;  // 0-based column
  char quote = '"';
};

// The first quote that opens a scalar and is not closed before the end of
// `text`; nullopt when every quoted scalar is closed.
std::optional<OpenQuote> find_unterminated_quote(std::string_view text);

}  // namespace handboek::yaml
