// Suggestions for misspelt names (pages, keys, forms, organisations), after
// ninja's EditDistance: the closest candidate within a small edit distance.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace handboek::base {

// Levenshtein distance between a and b (bytes), or limit + 1 as soon as it
// is known to be larger than `limit` (which ends early on strings far apart).
int edit_distance(std::string_view a, std::string_view b, int limit = std::numeric_limits<int>::max() - 1);

// Names longer than this get no suggestion.
inline constexpr size_t kMaxSuggestedLength = 256;

// The candidate closest to `wanted` if it is close enough to be a plausible
// typo (distance ≤ max(2, wanted.size() / 3)); ties go to the first one.
// None for a `wanted` longer than kMaxSuggestedLength.
std::optional<std::string> did_you_mean(std::string_view wanted, const std::vector<std::string>& candidates);

// For messages: "; bedoelde je 'x'?" or "" (the one wording of a
// suggestion, for diagnostics and the command line alike).
std::string suggestion_suffix(std::string_view wanted, const std::vector<std::string>& candidates);
// The same for a suggestion already chosen: "; bedoelde je 'best'?".
std::string suggestion_phrase(std::string_view best);

}  // namespace handboek::base
