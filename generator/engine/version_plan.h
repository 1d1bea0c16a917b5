// Decides which builds one `handboek build` makes, from git: the newest
// release at the site root, every older release under /versies/<name>/,
// and (when site.yaml asks) the working tree as "concept" under /concept/.
// Outside git, or without releases, it is the working tree at the root.
// The working tree is always one of the builds (published or not), so
// `check` and `build` validate what the editor is changing.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "base/diagnostics.h"
#include "config/site_config.h"
#include "engine/version_slot.h"
#include "history/history.h"
#include "history/version_history.h"
#include "model/model_builder.h"
#include "source/git_repository.h"
#include "source/source.h"

namespace handboek::engine {

struct VersionPlan {
  std::shared_ptr<source::GitRepository> repository;  // null outside git
  std::shared_ptr<const history::History> history;    // shared by the builds' VersionHistory
  // In the order engine/version_slot.h describes.
  std::vector<VersionSlot> slots;
  // The working tree's content folder ("content", "docs"; source/content_folder_source.h).
  std::string content_dir = "content";
};

// What the builds of one run take from git once (`build --alle-edities`:
// the regional site and every edition are one repository, one history).
struct SharedHistory {
  std::shared_ptr<source::GitRepository> repository;
  std::shared_ptr<const history::History> history;
  base::Diagnostics found;  // what reading it reported, for every build to report
};

// `shared`, when given: the repository and history a build before this one
// read are used (the first build reads and keeps them there).
VersionPlan plan_versions(const std::filesystem::path& site_dir, const config::SiteConfig& config,
                          base::Diagnostics& diagnostics, int jobs = 0, SharedHistory* shared = nullptr);

// The preview's one build (`handboek serve`): the working tree as
// "concept" at the root, with the history of HEAD and the uncommitted files
// marked when there is a repository.
VersionPlan plan_preview(const std::filesystem::path& site_dir, const config::SiteConfig& config,
                         base::Diagnostics& diagnostics);

}  // namespace handboek::engine
