// Dates as a Dutch reader writes them: "3 december 2019".
#pragma once

#include <string>

namespace handboek::base {

// REQUIRES: 1 ≤ month ≤ 12.
std::string dutch_date(int year, int month, int day);

// "2019-12-03" → "3 december 2019"; anything that is not YYYY-MM-DD is
// returned unchanged.
std::string dutch_date_from_iso(const std::string& iso_date);

// "3 december 2019" → "2019-12-03"; "" for anything else. The inverse of
// dutch_date, for dates that are kept only in their Dutch form.
std::string iso_from_dutch_date(const std::string& dutch);

}  // namespace handboek::base
