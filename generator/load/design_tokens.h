// Design tokens: the one rule for a tokens CSS file from the repository
// (site.yaml `tokens`, `organisations[].tokens`; docs/content.md). It is
// content, so untrusted (docs/security.md): of all it says, only custom
// property declarations (`--name: value;`) inside plain rules are kept,
// and only values made of colours, lengths, numbers, names, quoted font
// names and a few CSS functions that cannot load anything (rgb(), calc(),
// var(), …). Everything else — @import, @font-face, url(), image-set(),
// escapes, ordinary properties, selectors — is dropped with a warning.
// The kept declarations are published as one `:root { … }` rule, so a
// token file written for a theme class (`.voorbeeld-theme { … }`) applies
// without the class.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostics.h"

namespace handboek::load {

// The published stylesheet of the tokens file `path` (for diagnostics)
// holding `css`; "" when nothing is kept.
std::string design_tokens_css(std::string_view css, const std::string& path, base::Diagnostics& diagnostics);

}  // namespace handboek::load
