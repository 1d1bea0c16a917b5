// Text from git metadata (commit subjects, author names, tag messages) made
// safe to show as it is read: anyone who can push writes it, and it appears
// on many pages. Cut to a length a line can hold (a 10 MB commit message once
// made 301 MB of output), and without the bidirectional controls that would
// reverse the rest of a history line (U+202A–U+202E, U+2066–U+2069, U+200E,
// U+200F, U+061C) or other control characters.
#pragma once

#include <string>
#include <string_view>

namespace handboek::history {

inline constexpr size_t kSubjectLimit = 200;  // characters of a commit subject or tag message line
inline constexpr size_t kNameLimit = 64;      // characters of an author's name

// `text` without control and bidi characters, at most `limit` characters
// (code points; invalid UTF-8 becomes U+FFFD); a cut text ends with "…".
std::string clean_git_text(std::string_view text, size_t limit);

}  // namespace handboek::history
