#include "base/identifier.h"

namespace handboek::base {

bool is_identifier(std::string_view id) {
  // No regex: this runs for every id of every page, and the rule is simple.
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  char previous = '\0';
  for (const char c : id) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && (c != '-' || previous == '-')) return false;
    previous = c;
  }
  return true;
}

std::string not_an_identifier(std::string_view kind, std::string_view id) {
  return std::string(kind) + "-id '" + std::string(id) + "' mag alleen kleine letters, cijfers en '-' bevatten";
}

}  // namespace handboek::base
