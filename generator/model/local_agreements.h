// Where practice differs: every ```lokaal block of the site placed at the
// step or section it belongs to, with when it and the shared text around it
// last changed in git. A local agreement is "controleren" (stale) when the
// shared text of its place changed after the block last did. The regional
// site shows them on /lokaal/ (render/local_overview.h), and `check --report
// lokaal` lists the stale ones (engine/local_agreement_report.h).
//
// The place of a block and its shared text, by file lines:
//   - a block in a step of a process (or of a casus) belongs to that step;
//     the shared text is the step's own lines in the front matter;
//   - a block in the body belongs to the section of the heading above it
//     (up to the next heading of the same or a higher level); the shared
//     text is that section's lines. When the section holds nothing but
//     local blocks (a section "Lokale afspraken"), or the block stands
//     before the first heading or elsewhere in the front matter, the shared
//     text is the whole page: its body and its steps.
// Lines of any ```lokaal block and blank lines never count as shared text.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/site_path.h"
#include "history/line_dates.h"

namespace handboek::model {

struct SiteModel;

struct LocalAgreement {
  std::string organisation;  // an organisation id of site.yaml
  std::string markdown;      // the block's text, its indentation removed
  int line = 0;              // file line of its opening fence
  // The organisation's first block in the page body: the one that has the
  // id model::local_block_anchor on the page.
  bool first_in_body = false;
  // Newest change of the block's lines and of its place's shared text;
  // nullopt without git (or for a place without shared text).
  std::optional<history::LineDate> changed;
  std::optional<history::LineDate> shared_changed;
  bool stale = false;  // shared_changed is newer than changed
  // Site-absolute URL where the shared change is shown: the change page of
  // the release that brought it, else the page's history. Set by the engine
  // (engine/local_agreement_dates.h); "" when not known.
  std::string change_url;
};

enum class PlaceKind { kStep, kSection, kPage };

struct AgreementPlace {
  PlaceKind kind = PlaceKind::kPage;
  std::string title;                       // the step's or the heading's; "" for the page as a whole
  std::string anchor;                      // the step's or the heading's id on the page; "" for the page
  size_t step_number = 0;                  // from 1, of a step
  std::vector<LocalAgreement> agreements;  // in file order
};

struct PageAgreements {
  size_t page = 0;                     // index into SiteModel::pages
  std::vector<AgreementPlace> places;  // in file order (steps first: the front matter comes first)
};

struct LocalAgreements {
  bool dated = false;  // git dated the blocks
  // Processes first, then casussen, then the other pages; each group in
  // path order.
  std::vector<PageAgreements> pages;
  size_t stale_count() const;
};

// The file's text (nullopt: not readable), and the date of each of its
// lines from git (nullopt: git knows nothing of it: no dates).
using ReadPageText = std::function<std::optional<std::string>(const base::SitePath& path)>;
using DatePageLines =
    std::function<std::optional<std::vector<history::LineDate>>(const base::SitePath& path, const std::string& text)>;

// Every page's local agreements. `date` is asked only for files that have
// a ```lokaal block; null: no dates.
LocalAgreements find_local_agreements(const SiteModel& model, const ReadPageText& read, const DatePageLines& date);

}  // namespace handboek::model
