#include "base/did_you_mean.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace handboek::base {

int edit_distance(std::string_view a, std::string_view b, int limit) {
  // A distance is at least the difference in length.
  if (std::abs(static_cast<long>(a.size()) - static_cast<long>(b.size())) > limit) return limit + 1;
  std::vector<int> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    int smallest = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
      smallest = std::min(smallest, row[j]);
    }
    // Every later row is at least this row's smallest value.
    if (smallest > limit) return limit + 1;
  }
  return std::min(row[b.size()], limit + 1);
}

std::optional<std::string> did_you_mean(std::string_view wanted, const std::vector<std::string>& candidates) {
  // A name this long is no typo, and comparing it with every candidate
  // would cost its length squared each (a hostile link target of 500 KB).
  if (wanted.size() > kMaxSuggestedLength) return std::nullopt;
  const int limit = std::max<int>(2, static_cast<int>(wanted.size()) / 3);
  std::optional<std::string> best;
  int best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    // Only a candidate closer than the best so far can replace it.
    const int distance = edit_distance(wanted, candidate, best_distance - 1);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string suggestion_suffix(std::string_view wanted, const std::vector<std::string>& candidates) {
  const auto best = did_you_mean(wanted, candidates);
  return best ? suggestion_phrase(*best) : "";
}

std::string suggestion_phrase(std::string_view best) {
  return "; bedoelde je '" + std::string(best) + "'?";
}

}  // namespace handboek::base
