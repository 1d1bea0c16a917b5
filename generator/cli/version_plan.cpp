#include "cli/version_plan.h"

#include <algorithm>

#include "history/history_walker.h"
#include "history/versions.h"
#include "history/work_tree_status.h"
#include "model/url_map.h"
#include "source/git_tree_source.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

namespace {

const base::SitePath kContent = *base::SitePath::parse("content");

std::unique_ptr<source::GitTreeSource> tree_source(const std::shared_ptr<source::GitRepository>& repository,
                                                   const history::Version& version) {
  return std::make_unique<source::GitTreeSource>(repository, version.commit_id, "tag " + version.tag);
}

bool has_content(const std::shared_ptr<source::GitRepository>& repository, const history::Version& version) {
  return !tree_source(repository, version)->list_dir(kContent).empty();
}

VersionBuild working_tree_build(const std::filesystem::path& site_dir, model::VersionInfo version) {
  VersionBuild build;
  build.source = std::make_unique<source::WorkingTreeSource>(site_dir);
  build.context.version = std::move(version);
  return build;
}

// History as seen from `commit_id`; attached to `build`.
void attach_history(VersionPlan& plan, VersionBuild& build, const std::string& commit_id,
                    const config::SiteConfig& config) {
  build.history = std::make_unique<history::VersionHistory>(*plan.history,
                                                            history::commits_reachable_from(*plan.history, commit_id));
  build.context.history = build.history.get();
  build.context.commit_url = config.commit_url;
}

// Which published builds get a change page (version_writer.cpp compares
// each release with the release before it, the concept with the current
// release): their pages link to it next to the version number.
void mark_change_pages(std::vector<VersionBuild>& builds) {
  size_t published = 0;
  while (published < builds.size() && builds[published].published) ++published;
  for (size_t i = 0; i < published; ++i) {
    model::VersionInfo& version = builds[i].context.version;
    if (version.name.empty()) continue;
    const size_t older = version.is_concept ? 0 : i + 1;
    version.has_changes_page = older < published && older != i && !builds[older].context.version.is_concept;
  }
}

}  // namespace

VersionPlan plan_versions(const std::filesystem::path& site_dir, const config::SiteConfig& config,
                          base::Diagnostics& diagnostics, int jobs) {
  VersionPlan plan;
  std::string why;
  plan.repository = source::GitRepository::discover(site_dir, why);
  if (!plan.repository) {
    diagnostics.warning(".", 0, 0, "geen git-repository (" + why + "); pagina's tonen geen geschiedenis");
    plan.builds.push_back(working_tree_build(site_dir, {}));
    return plan;
  }
  plan.history = std::make_unique<history::History>(
      history::read_history(*plan.repository, {config.version_tags, jobs}, diagnostics));
  const std::string head = history::head_commit(*plan.repository);
  const auto& versions = plan.history->versions;

  const bool releases = std::any_of(versions.begin(), versions.end(), [&](const history::Version& version) {
    return has_content(plan.repository, version);
  });
  if (!releases) {
    VersionBuild build = working_tree_build(site_dir, {});
    if (!head.empty()) attach_history(plan, build, head, config);
    plan.builds.push_back(std::move(build));
  }
  for (size_t i = 0; i < versions.size(); ++i) {
    const history::Version& version = versions[i];
    VersionBuild build;
    build.source = tree_source(plan.repository, version);
    build.commit_id = version.commit_id;
    if (build.source->list_dir(kContent).empty()) {
      // One clear error instead of every version's "no content/" (which
      // would not say which tag is wrong).
      // A warning: a tag cannot be changed, so it must never block a build.
      diagnostics.warning(".", 0, 0,
                          "tag '" + version.tag + "' heeft geen map " + plan.repository->site_prefix() +
                              "content/ en wordt overgeslagen; een release-tag moet wijzen naar een commit van "
                              "het handboek (of maak `versions: tags:` in site.yaml nauwer)");
      continue;
    }
    const bool is_root = plan.builds.empty();
    build.context.version = model::VersionInfo{version.name,
                                               is_root ? "/" : model::release_prefix(version.name),
                                               history::dutch_date(version.time, version.offset_minutes),
                                               version.message,
                                               is_root,
                                               false};
    attach_history(plan, build, version.commit_id, config);
    plan.builds.push_back(std::move(build));
  }
  if (config.build_concept && releases) {
    VersionBuild build =
        working_tree_build(site_dir, model::VersionInfo{"concept", model::kConceptPrefix, "", "", false, true});
    if (!head.empty()) attach_history(plan, build, head, config);
    build.context.uncommitted = history::uncommitted_paths(*plan.repository);
    plan.builds.push_back(std::move(build));
  } else if (releases) {
    VersionBuild build = working_tree_build(site_dir, {});
    build.published = false;
    plan.builds.push_back(std::move(build));
  }
  mark_change_pages(plan.builds);
  return plan;
}

VersionPlan plan_preview(const std::filesystem::path& site_dir, const config::SiteConfig& config,
                         base::Diagnostics& diagnostics) {
  VersionPlan plan;
  VersionBuild build = working_tree_build(site_dir, model::VersionInfo{"concept", "/", "", "", false, true});
  std::string why;
  plan.repository = source::GitRepository::discover(site_dir, why);
  if (plan.repository) {
    plan.history =
        std::make_unique<history::History>(history::read_history(*plan.repository, {config.version_tags}, diagnostics));
    const std::string head = history::head_commit(*plan.repository);
    if (!head.empty()) attach_history(plan, build, head, config);
    build.context.uncommitted = history::uncommitted_paths(*plan.repository);
  }
  plan.builds.push_back(std::move(build));
  return plan;
}

}  // namespace handboek::cli
