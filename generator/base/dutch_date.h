// Dates as a Dutch reader writes them: "3 december 2019".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace handboek::base {

struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

// "2019-12-03" → {2019, 12, 3}: exactly four digits, '-', two, '-', two.
// Only the shape is checked, not the calendar (month 13 passes).
std::optional<CalendarDate> parse_iso_date(std::string_view text);

// REQUIRES: 1 ≤ month ≤ 12.
std::string dutch_date(int year, int month, int day);

// "2019-12-03" → "3 december 2019"; anything that is not YYYY-MM-DD is
// returned unchanged.
std::string dutch_date_from_iso(const std::string& iso_date);

// "3 december 2019" → "2019-12-03"; "" for anything else. The inverse of
// dutch_date, for dates that are kept only in their Dutch form.
std::string iso_from_dutch_date(const std::string& dutch);

}  // namespace handboek::base
