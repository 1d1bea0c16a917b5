#include "cli/version_plan.h"

#include "history/history_walker.h"
#include "history/versions.h"
#include "history/work_tree_status.h"
#include "source/git_tree_source.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

namespace {

const base::SitePath kContent = *base::SitePath::parse("content");

VersionBuild working_tree_build(const std::filesystem::path& site_dir, model::VersionInfo version) {
  VersionBuild build;
  build.source = std::make_unique<source::WorkingTreeSource>(site_dir);
  build.context.version = std::move(version);
  return build;
}

// History as seen from `commit_id`; attached to `build`.
void attach_history(VersionPlan& plan, VersionBuild& build, const std::string& commit_id,
                    const config::SiteConfig& config) {
  build.history = std::make_unique<history::VersionHistory>(
      *plan.history, history::commits_reachable_from(*plan.repository, *plan.history, commit_id));
  build.context.history = build.history.get();
  build.context.commit_url = config.commit_url;
}

}  // namespace

VersionPlan plan_versions(const std::filesystem::path& site_dir, const config::SiteConfig& config,
                          base::Diagnostics& diagnostics) {
  VersionPlan plan;
  std::string why;
  plan.repository = source::GitRepository::discover(site_dir, why);
  if (!plan.repository) {
    diagnostics.warning(".", 0, 0, "not a git repository (" + why + "); pages show no history");
    plan.builds.push_back(working_tree_build(site_dir, {}));
    return plan;
  }
  plan.history = std::make_unique<history::History>(
      history::read_history(*plan.repository, {config.version_tags}, diagnostics));
  const std::string head = history::head_commit(*plan.repository);
  const auto& versions = plan.history->versions;

  if (versions.empty()) {
    VersionBuild build = working_tree_build(site_dir, {});
    if (!head.empty()) attach_history(plan, build, head, config);
    plan.builds.push_back(std::move(build));
  }
  for (size_t i = 0; i < versions.size(); ++i) {
    const history::Version& version = versions[i];
    VersionBuild build;
    git_oid id;
    git_oid_fromstr(&id, version.commit_id.c_str());
    build.source = std::make_unique<source::GitTreeSource>(plan.repository, id, "tag " + version.tag);
    if (build.source->list_dir(kContent).empty()) {
      // One clear error instead of every version's "no content/" (which
      // would not say which tag is wrong).
      diagnostics.error(".", 0, 0, "tag '" + version.tag + "' has no " + plan.repository->site_prefix() +
                                       "content/ folder; a release tag must point at a commit of the handbook "
                                       "(or narrow `versions: tags:` in site.yaml)");
      continue;
    }
    build.context.version = model::VersionInfo{version.name, i == 0 ? "/" : "/versies/" + version.name + "/",
                                               history::dutch_date(version.time, version.offset_minutes),
                                               version.subject, i == 0, false};
    attach_history(plan, build, version.commit_id, config);
    plan.builds.push_back(std::move(build));
  }
  if (config.build_concept && !versions.empty()) {
    VersionBuild build = working_tree_build(site_dir, model::VersionInfo{"concept", "/concept/", "", "", false, true});
    if (!head.empty()) attach_history(plan, build, head, config);
    build.context.uncommitted = history::uncommitted_paths(*plan.repository);
    plan.builds.push_back(std::move(build));
  }
  return plan;
}

}  // namespace handboek::cli
