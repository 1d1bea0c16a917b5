#include "engine/review_report.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>
#include <vector>

namespace handboek::engine {

namespace {

std::string format_date(std::chrono::year_month_day date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return text;
}

bool is_iso_date(const std::string& text) {
  return text.size() == 10 && text[4] == '-' && text[7] == '-';
}

// `iso` + `days`; REQUIRES: iso is YYYY-MM-DD.
std::string add_days(const std::string& iso, int days) {
  const std::chrono::year_month_day date{std::chrono::year(std::stoi(iso.substr(0, 4))),
                                         std::chrono::month(static_cast<unsigned>(std::stoi(iso.substr(5, 2)))),
                                         std::chrono::day(static_cast<unsigned>(std::stoi(iso.substr(8, 2))))};
  return format_date(std::chrono::year_month_day(std::chrono::sys_days(date) + std::chrono::days(days)));
}

// Line and column of the value of the top-level `review:` key in a page's
// front matter; {0, 0} when it is not written there literally.
std::pair<int, int> review_value_position(std::string_view file) {
  int line = 1;
  for (size_t start = 0; start < file.size(); ++line) {
    size_t end = file.find('\n', start);
    if (end == std::string_view::npos) end = file.size();
    const std::string_view text = file.substr(start, end - start);
    if (line > 1 && text.substr(0, 3) == "---") break;  // end of the front matter
    if (text.substr(0, 7) == "review:") {
      const size_t value = text.find_first_not_of(" \t", 7);
      return {line, static_cast<int>(value == std::string_view::npos ? 7 : value) + 1};
    }
    start = end + 1;
  }
  return {0, 0};
}

std::string owner_of(const load::Page& page) {
  return page.owner.empty() ? "(geen eigenaar)" : page.owner;
}

}  // namespace

std::string today_iso() {
  if (const char* fixed = std::getenv("HANDBOEK_TODAY"); fixed && is_iso_date(fixed)) return fixed;
  return format_date(
      std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())));
}

void warn_past_reviews(const model::SiteModel& model, const source::Source& source, const std::string& today,
                       base::Diagnostics& diagnostics) {
  for (const model::PageEntry& entry : model.pages) {
    const load::Page& page = entry.page;
    if (page.review.empty() || page.review >= today) continue;
    const auto bytes = source.read_file(page.path);
    const auto [line, column] = review_value_position(bytes ? *bytes : "");
    diagnostics.warning(page.path.str(), line, column,
                        "de herzieningsdatum " + page.review + " is voorbij (eigenaar: " + owner_of(page) + ")");
  }
}

namespace {

// Per owner (A–Z) the pages due by `horizon`, by date.
std::map<std::string, std::vector<const load::Page*>> due_per_owner(const model::SiteModel& model,
                                                                    const std::string& horizon) {
  std::map<std::string, std::vector<const load::Page*>> per_owner;
  for (const model::PageEntry& entry : model.pages) {
    const load::Page& page = entry.page;
    if (!page.review.empty() && page.review <= horizon) per_owner[owner_of(page)].push_back(&page);
  }
  for (auto& [owner, pages] : per_owner) {
    std::stable_sort(pages.begin(), pages.end(), [](const load::Page* a, const load::Page* b) {
      return a->review != b->review ? a->review < b->review : a->path < b->path;
    });
  }
  return per_owner;
}

}  // namespace

void print_review_report_json(const model::SiteModel& model, const std::string& today, std::ostream& out) {
  const std::string horizon = add_days(today, kReviewReportDays);
  for (const auto& [owner, pages] : due_per_owner(model, horizon)) {
    for (const load::Page* page : pages) {
      const nlohmann::ordered_json line = {{"report", "review"},       {"owner", owner},
                                           {"path", page->path.str()}, {"title", page->title},
                                           {"review", page->review},   {"overdue", page->review < today},
                                           {"today", today},           {"horizon", horizon}};
      out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
  }
}

void print_review_report(const model::SiteModel& model, const std::string& today, std::ostream& out) {
  const std::string horizon = add_days(today, kReviewReportDays);
  const auto per_owner = due_per_owner(model, horizon);
  out << "Herziening binnen " << kReviewReportDays << " dagen (tot en met " << horizon << ", peildatum " << today
      << ")\n";
  if (per_owner.empty()) {
    out << "\nGeen pagina's.\n";
    return;
  }
  for (const auto& [owner, pages] : per_owner) {
    out << '\n' << owner << " (" << pages.size() << ")\n";
    for (const load::Page* page : pages) {
      out << "  " << page->review << (page->review < today ? "  verlopen " : "           ") << page->path.str() << "  "
          << page->title << '\n';
    }
  }
}

}  // namespace handboek::engine
