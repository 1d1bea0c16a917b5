// VersionSlot: one version of the site as the engine carries it from the
// plan to the written files. Everything the engine knows of a version is in
// its slot, so no two lists are indexed by the same version number.
//
// The order of the slots (engine/version_plan.h makes it) is the rule every
// part of the engine relies on, written here once:
//   - slot 0 is the ROOT, published at "/": the newest release, or the
//     working tree when there is no release (or no git);
//   - then the older releases, newest first, each under /versies/<name>/;
//   - then the CONCEPT, the working tree under /concept/, when site.yaml
//     asks for it (`versions: {concept: true}`) and there are releases;
//   - last, when there are releases and no concept, the working tree as an
//     UNPUBLISHED slot: loaded and checked (an editor's mistakes are errors
//     at once) but never rendered. It is left out when the working tree is
//     exactly the root release (HEAD is its commit and nothing is changed:
//     history::work_tree_is_commit); the root then stands for it
//     (`is_working_tree_too`), its diagnostics and language checks are the
//     working tree's, and the tree is loaded once.
// Published slots therefore come first. A release is compared with the slot
// after it (the release before it in time); the concept is compared with
// the root (`compared_with`); the root's "sinds" pages compare it with every
// older release.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "history/version_history.h"
#include "model/model_builder.h"
#include "model/site_model.h"
#include "render/version_index.h"
#include "source/source.h"

namespace handboek::engine {

// What the build cache (engine/release_cache.h) knows of a release slot.
struct CachedRelease {
  std::string name;      // the entry's name; "" when the slot is not cached (not a release, or no cache)
  std::string key_text;  // the inputs its files depend on, one per line
  bool hit = false;      // its files come from the cache
  // Of a hit: what the entry remembers besides the files.
  std::optional<render::ChangeCounts> changes;
  std::vector<base::Diagnostic> diagnostics;
};

struct VersionSlot {
  // --- planned (engine/version_plan.cpp)
  std::unique_ptr<source::Source> source;            // the version's files
  std::unique_ptr<history::VersionHistory> history;  // null outside git
  model::BuildContext context;                       // context.history points at `history`
  std::string commit_id;                             // a release's commit; "" for the working tree
  bool published = true;                             // false: the unpublished working tree (see above)
  std::optional<size_t> compared_with;               // the slot its change page compares it with
  bool is_working_tree_too = false;                  // the root release, whose files the working tree has exactly

  // --- loaded (LoadedVersions::load)
  std::optional<model::SiteModel> model;  // nullopt until loaded, and again once dropped
  bool was_loaded = false;                // loaded at least once in this run
  std::vector<base::Diagnostic> found;    // its diagnostics after the release policy

  // --- cached (engine/release_cache.cpp)
  CachedRelease cache;

  // --- written (engine/version_writer.cpp)
  std::vector<std::string> release_notes;       // its notes against `compared_with`
  std::optional<render::ChangeCounts> changes;  // its row in /versies/

  const model::VersionInfo& version() const { return context.version; }
  bool is_release() const { return !commit_id.empty(); }
  bool is_working_tree() const { return commit_id.empty(); }
};

// Sets `compared_with` of every published slot by the rule above; a slot
// without a name (the working tree outside a versioned site) is compared
// with nothing.
void compare_slots(std::vector<VersionSlot>& slots);

}  // namespace handboek::engine
