#include "history/history.h"

#include <ctime>

#include "base/dutch_date.h"

namespace handboek::history {

namespace {

std::tm local_tm(int64_t time, int offset_minutes) {
  const std::time_t shifted = static_cast<std::time_t>(time + int64_t{offset_minutes} * 60);
  std::tm parts{};
  gmtime_r(&shifted, &parts);
  return parts;
}

}  // namespace

std::string dutch_date(int64_t time, int offset_minutes) {
  const std::tm parts = local_tm(time, offset_minutes);
  return base::dutch_date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
}

std::string iso_date(int64_t time, int offset_minutes) {
  const std::tm parts = local_tm(time, offset_minutes);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
  return text;
}

}  // namespace handboek::history
