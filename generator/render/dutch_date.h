// Dates as a Dutch reader writes them: "2019-12-03" → "3 december 2019".
#pragma once

#include <string>

namespace handboek::render {

// REQUIRES: `iso_date` is YYYY-MM-DD (as validated by the loader); anything
// else is returned unchanged.
std::string dutch_date(const std::string& iso_date);

}  // namespace handboek::render
