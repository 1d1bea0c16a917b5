// What changed between two releases: pages and forms added, removed, renamed
// and changed (by content), and the release notes (commit subjects).
// Computed from two finished models; renames and notes come from git. A form
// counts as a page in every list (readers look forms up like pages).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/site_model.h"

namespace handboek::model {

struct PageRef {
  std::string path;  // content/processen/x.md or forms/x.yaml
  std::string title;
  std::string url;    // site-absolute, in the version it exists in
  size_t page = 0;    // index into that version's pages, or its forms when `form`
  bool form = false;  // a form (forms/ID.yaml), not a Markdown page
};

struct RenamedPage {
  PageRef from;          // in the older version
  PageRef to;            // in the newer version
  bool changed = false;  // the text changed too
};

struct ChangedPage {
  PageRef before;
  PageRef after;
};

struct ReleaseChanges {
  std::vector<PageRef> added;    // in newer: pages in path order, then forms by id
  std::vector<PageRef> removed;  // in older, likewise
  std::vector<RenamedPage> renamed;
  std::vector<ChangedPage> changed;
  std::vector<std::string> notes;  // newest first
  size_t changed_count() const { return changed.size(); }
};

// `renames` maps a path in `older` to its path in `newer` (content/ and forms/).
ReleaseChanges compare_releases(const SiteModel& older, const SiteModel& newer,
                                const std::map<std::string, std::string>& renames, std::vector<std::string> notes);

}  // namespace handboek::model
