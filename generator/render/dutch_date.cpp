#include "render/dutch_date.h"

#include <regex>

namespace handboek::render {

std::string dutch_date(const std::string& iso_date) {
  static const char* const kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                        "juli",    "augustus", "september", "oktober", "november", "december"};
  static const std::regex kIso("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  std::smatch match;
  if (!std::regex_match(iso_date, match, kIso)) return iso_date;
  const int month = std::stoi(match[2]);
  if (month < 1 || month > 12) return iso_date;
  return std::to_string(std::stoi(match[3])) + " " + kMonths[month - 1] + " " + match[1].str();
}

}  // namespace handboek::render
