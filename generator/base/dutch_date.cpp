#include "base/dutch_date.h"

#include <cstdio>
#include <regex>

namespace handboek::base {

namespace {

const char* const kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                               "juli",    "augustus", "september", "oktober", "november", "december"};

}  // namespace

std::string iso_from_dutch_date(const std::string& dutch) {
  static const std::regex kDutch("([0-9]{1,2}) ([a-z]+) ([0-9]{4})");
  std::smatch match;
  if (!std::regex_match(dutch, match, kDutch)) return "";
  for (int month = 1; month <= 12; ++month) {
    if (match[2] != kMonths[month - 1]) continue;
    char text[16];
    std::snprintf(text, sizeof text, "%s-%02d-%02d", match[3].str().c_str(), month, std::stoi(match[1]));
    return text;
  }
  return "";
}

std::string dutch_date(int year, int month, int day) {
  return std::to_string(day) + " " + kMonths[month - 1] + " " + std::to_string(year);
}

std::string dutch_date_from_iso(const std::string& iso_date) {
  static const std::regex kIso("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  std::smatch match;
  if (!std::regex_match(iso_date, match, kIso)) return iso_date;
  const int month = std::stoi(match[2]);
  if (month < 1 || month > 12) return iso_date;
  return dutch_date(std::stoi(match[1]), month, std::stoi(match[3]));
}

}  // namespace handboek::base
