#include "base/did_you_mean.h"

#include <algorithm>
#include <numeric>

namespace handboek::base {

int edit_distance(std::string_view a, std::string_view b) {
  std::vector<int> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
    }
  }
  return row[b.size()];
}

std::optional<std::string> did_you_mean(std::string_view wanted, const std::vector<std::string>& candidates) {
  const int limit = std::max<int>(2, static_cast<int>(wanted.size()) / 3);
  std::optional<std::string> best;
  int best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    const int distance = edit_distance(wanted, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string suggestion_suffix(std::string_view wanted, const std::vector<std::string>& candidates) {
  const auto best = did_you_mean(wanted, candidates);
  return best ? "; did you mean '" + *best + "'?" : "";
}

}  // namespace handboek::base
