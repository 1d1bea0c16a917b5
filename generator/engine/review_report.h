// Review dates of the working tree: `check` and `build` warn at each page
// whose `review:` date has passed (naming its owner), and `check --report
// review` prints per owner the pages due within 90 days. "Today" is the
// clock, or HANDBOEK_TODAY=YYYY-MM-DD (tests, or planning ahead). Only
// diagnostics and the report use the clock; the site never does (its
// "herziening verlopen" notice compares with the release date).
#pragma once

#include <ostream>
#include <string>

#include "base/diagnostics.h"
#include "model/site_model.h"
#include "source/source.h"

namespace handboek::engine {

inline constexpr int kReviewReportDays = 90;

// YYYY-MM-DD of today (see above).
std::string today_iso();

// A warning at the `review:` value of every page whose date lies before
// `today`. `source` holds the model's files (to point at the line).
void warn_past_reviews(const model::SiteModel& model, const source::Source& source, const std::string& today,
                       base::Diagnostics& diagnostics);

// The table of pages due within kReviewReportDays of `today` (overdue ones
// included), grouped per owner, owners A–Z, pages by date.
void print_review_report(const model::SiteModel& model, const std::string& today, std::ostream& out);
// The same pages for --format json: one JSON object per page and line
// ({"report":"review","owner":…,"path":…,"title":…,"review":…,"overdue":…,
// "today":…,"horizon":…}), nothing else.
void print_review_report_json(const model::SiteModel& model, const std::string& today, std::ostream& out);

}  // namespace handboek::engine
