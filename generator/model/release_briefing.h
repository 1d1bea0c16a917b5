// "Wat verandert er voor ons" (issue 30): what one release changed for the
// organisation whose edition is built, short enough for a team meeting.
// Made from the release's change list (model/release_changes.h) of two
// edition models, which hold only the pages that apply to the organisation:
// the pages that changed in the order a reader meets them in the site's
// navigation, and the forms that are new or changed with their fields
// compared one by one. The organisation's own local blocks are Markdown
// inside the pages; the renderer compares them (render/release_briefing.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/release_changes.h"
#include "model/site_model.h"

namespace handboek::model {

enum class BriefingChange { kAdded, kChanged, kRenamed, kRemoved };

struct BriefingPage {
  PageRef ref;  // in the newer version; in the older one when removed
  BriefingChange change = BriefingChange::kChanged;
  std::string old_title;             // renamed or retitled: its title in the older version, else ""
  std::optional<size_t> older_page;  // the page in the older version (changed, renamed, removed)
  std::optional<size_t> group;       // the top-level section it is listed under (newer), none for the home page
  bool diffed = false;  // its text changed: the change page shows its diff (not a move alone, not a new page)
};

// One field of a form, compared by its id.
struct FieldChange {
  enum class Kind { kAdded, kRemoved, kChanged };
  Kind kind = Kind::kChanged;
  std::string label;      // in the newer form; in the older one when removed
  std::string old_label;  // changed: the label it had, when that changed
  bool type_changed = false;
  bool required_changed = false;
  bool required = false;  // the field is required (newer)
  bool options_changed = false;
  bool help_changed = false;
};

struct BriefingForm {
  PageRef ref;  // in the newer version
  bool added = false;
  bool removed = false;   // gone in the newer version (ref is the older one's)
  std::string old_title;  // when the title changed
  bool diffed = false;    // its text changed: the change page shows its diff
  int old_version = 0;    // the form's own `version:` before and now (0: new)
  int new_version = 0;
  size_t field_count = 0;           // fields with an answer (a new form is summed up, not listed)
  std::vector<FieldChange> fields;  // in the newer form's order, removed ones last
};

struct ReleaseBriefing {
  std::vector<BriefingPage> pages;  // added, changed and renamed in reading order, then removed ones
  std::vector<BriefingForm> forms;  // added, changed and removed forms, by path
  std::vector<std::string> notes;   // the release's notes (commit subjects), newest first
};

// The pages of `model` in the order the navigation shows them: the home
// page and its pages, then each section's page, its pages and its
// subsections, depth first, in menu order.
std::vector<size_t> reading_order(const SiteModel& model);

// The fields (with an id) of `older` and `newer` compared by id.
std::vector<FieldChange> compare_form_fields(const load::FormDefinition& older, const load::FormDefinition& newer);

// The briefing of `newer` against `older` from their `changes`.
ReleaseBriefing brief_release(const SiteModel& older, const SiteModel& newer, const ReleaseChanges& changes);

}  // namespace handboek::model
