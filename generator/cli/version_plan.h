// Decides which builds one `handboek build` makes, from git: the newest
// release at the site root, every older release under /versies/<name>/,
// and (when site.yaml asks) the working tree as "concept" under /concept/.
// Outside git, or without releases, it is the working tree at the root.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "base/diagnostics.h"
#include "config/site_config.h"
#include "history/history.h"
#include "history/version_history.h"
#include "model/model_builder.h"
#include "source/git_repository.h"
#include "source/source.h"

namespace handboek::cli {

struct VersionBuild {
  std::unique_ptr<source::Source> source;                  // the version's files
  std::unique_ptr<history::VersionHistory> history;        // null outside git
  model::BuildContext context;                             // its context.history points at `history`
};

struct VersionPlan {
  std::shared_ptr<source::GitRepository> repository;  // null outside git
  std::unique_ptr<history::History> history;          // shared by the builds' VersionHistory
  std::vector<VersionBuild> builds;                   // the root build first, then older releases, then concept
};

VersionPlan plan_versions(const std::filesystem::path& site_dir, const config::SiteConfig& config,
                          base::Diagnostics& diagnostics);

}  // namespace handboek::cli
