// base/dutch_date: dates as a Dutch reader writes them.
#include "base/dutch_date.h"

#include <catch2/catch.hpp>

namespace handboek::base {
namespace {

TEST_CASE("a date is written as day, Dutch month name and year", "[base][date]") {
  CHECK(dutch_date(2019, 12, 3) == "3 december 2019");
  CHECK(dutch_date(2020, 1, 15) == "15 januari 2020");
}

TEST_CASE("every month has its Dutch name in lower case", "[base][date]") {
  const std::vector<std::string> expected = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                             "juli",    "augustus", "september", "oktober", "november", "december"};
  for (int month = 1; month <= 12; ++month) {
    CHECK(dutch_date(2021, month, 1) == "1 " + expected[month - 1] + " 2021");
  }
}

TEST_CASE("an ISO date becomes a Dutch date without a leading zero in the day", "[base][date]") {
  CHECK(dutch_date_from_iso("2019-12-03") == "3 december 2019");
  CHECK(dutch_date_from_iso("2024-02-29") == "29 februari 2024");
}

TEST_CASE("text that is not an ISO date is returned unchanged", "[base][date]") {
  CHECK(dutch_date_from_iso("") == "");
  CHECK(dutch_date_from_iso("3-12-2019") == "3-12-2019");
  CHECK(dutch_date_from_iso("2019-13-01") == "2019-13-01");
  CHECK(dutch_date_from_iso("2019-00-01") == "2019-00-01");
  CHECK(dutch_date_from_iso("2019-12-03T10:00:00") == "2019-12-03T10:00:00");
  CHECK(dutch_date_from_iso("binnenkort") == "binnenkort");
}

}  // namespace
}  // namespace handboek::base

TEST_CASE("a Dutch date is read back as YYYY-MM-DD, anything else as empty", "[base][date]") {
  CHECK(handboek::base::iso_from_dutch_date("14 februari 2020") == "2020-02-14");
  CHECK(handboek::base::iso_from_dutch_date("1 juli 2019") == "2019-07-01");
  CHECK(handboek::base::iso_from_dutch_date(handboek::base::dutch_date(2019, 12, 3)) == "2019-12-03");
  CHECK(handboek::base::iso_from_dutch_date("14 brumaire 2020").empty());
  CHECK(handboek::base::iso_from_dutch_date("").empty());
}

TEST_CASE("a Dutch date must have one or two day digits, a month name and four year digits", "[base][date]") {
  CHECK(handboek::base::iso_from_dutch_date("03 december 2019") == "2019-12-03");
  CHECK(handboek::base::iso_from_dutch_date("123 december 2019").empty());
  CHECK(handboek::base::iso_from_dutch_date("3 december 19").empty());
  CHECK(handboek::base::iso_from_dutch_date("3  december 2019").empty());
  CHECK(handboek::base::iso_from_dutch_date("x december 2019").empty());
  CHECK(handboek::base::iso_from_dutch_date("3 december").empty());
}

TEST_CASE("parse_iso_date reads the shape YYYY-MM-DD and nothing else", "[base][date]") {
  const auto date = handboek::base::parse_iso_date("2019-12-03");
  REQUIRE(date);
  CHECK(date->year == 2019);
  CHECK(date->month == 12);
  CHECK(date->day == 3);
  CHECK(handboek::base::parse_iso_date("2019-13-40"));  // the calendar is the caller's check
  CHECK_FALSE(handboek::base::parse_iso_date("2019-1-03"));
  CHECK_FALSE(handboek::base::parse_iso_date("2019-12-0x"));
  CHECK_FALSE(handboek::base::parse_iso_date("-019-12-03"));
  CHECK_FALSE(handboek::base::parse_iso_date("2019-12-031"));
}
