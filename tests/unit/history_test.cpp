// history/history: git times as dates, in the time zone of whoever made the
// commit (never the build machine's).
#include "history/history.h"

#include <catch2/catch.hpp>

namespace handboek::history {
namespace {

// 2019-12-03T10:00:00+01:00
constexpr int64_t kMorning = 1575363600;

TEST_CASE("a git time is shown as the author's own date", "[history][date]") {
  CHECK(dutch_date(kMorning, 60) == "3 december 2019");
  CHECK(iso_date(kMorning, 60) == "2019-12-03");
}

TEST_CASE("a commit late in the evening west of UTC keeps its own day", "[history][date]") {
  // 2019-12-31T23:30:00-05:00 is already 1 January in UTC.
  const int64_t evening = 1577853000;
  CHECK(dutch_date(evening, -300) == "31 december 2019");
  CHECK(iso_date(evening, -300) == "2019-12-31");
  CHECK(dutch_date(evening, 0) == "1 januari 2020");
}

TEST_CASE("a commit just after midnight east of UTC keeps its own day", "[history][date]") {
  // 2020-03-01T00:15:00+09:00 is still 29 February in UTC.
  const int64_t night = 1582989300;
  CHECK(dutch_date(night, 540) == "1 maart 2020");
  CHECK(iso_date(night, 0) == "2020-02-29");
}

}  // namespace
}  // namespace handboek::history
