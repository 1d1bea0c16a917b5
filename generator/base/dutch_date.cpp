#include "base/dutch_date.h"

#include "base/text.h"

namespace handboek::base {

namespace {

const char* const kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                               "juli",    "augustus", "september", "oktober", "november", "december"};

// Digits as a number; REQUIRES: is_digits(text), at most 9 digits.
int number(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

// "07" for 7; REQUIRES: 0 ≤ n ≤ 99.
std::string two_digits(int n) {
  return {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
}

}  // namespace

std::optional<CalendarDate> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const std::string_view year = text.substr(0, 4), month = text.substr(5, 2), day = text.substr(8, 2);
  if (!is_digits(year) || !is_digits(month) || !is_digits(day)) return std::nullopt;
  return CalendarDate{number(year), number(month), number(day)};
}

std::string iso_from_dutch_date(const std::string& dutch) {
  // "D maand YYYY" or "DD maand YYYY".
  const size_t first_space = dutch.find(' ');
  const size_t last_space = dutch.rfind(' ');
  if (first_space == std::string::npos || first_space == last_space) return "";
  const std::string_view text = dutch;
  const std::string_view day = text.substr(0, first_space);
  const std::string_view month_name = text.substr(first_space + 1, last_space - first_space - 1);
  const std::string_view year = text.substr(last_space + 1);
  if (day.size() > 2 || !is_digits(day) || year.size() != 4 || !is_digits(year)) return "";
  for (int month = 1; month <= 12; ++month) {
    if (month_name != kMonths[month - 1]) continue;
    return std::string(year) + "-" + two_digits(month) + "-" + two_digits(number(day));
  }
  return "";
}

std::string dutch_date(int year, int month, int day) {
  return std::to_string(day) + " " + kMonths[month - 1] + " " + std::to_string(year);
}

std::string dutch_date_from_iso(const std::string& iso_date) {
  const std::optional<CalendarDate> date = parse_iso_date(iso_date);
  if (!date || date->month < 1 || date->month > 12) return iso_date;
  return dutch_date(date->year, date->month, date->day);
}

}  // namespace handboek::base
