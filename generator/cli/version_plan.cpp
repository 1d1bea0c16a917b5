#include "cli/version_plan.h"

#include <algorithm>

#include "history/history_walker.h"
#include "history/versions.h"
#include "history/work_tree_status.h"
#include "model/url_map.h"
#include "source/content_folder_source.h"
#include "source/git_tree_source.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

namespace {

const base::SitePath kContent = *base::SitePath::parse("content");

// A release's files, its content folder found as the working tree's is.
std::unique_ptr<source::Source> tree_source(const std::shared_ptr<source::GitRepository>& repository,
                                            const history::Version& version, const config::SiteConfig& config) {
  auto tree = std::make_unique<source::GitTreeSource>(repository, version.commit_id, "tag " + version.tag);
  const std::string folder = source::find_content_folder(*tree, config.content_dir);
  return source::with_content_folder(std::move(tree), folder);
}

bool has_content(const std::shared_ptr<source::GitRepository>& repository, const history::Version& version,
                 const config::SiteConfig& config) {
  return !tree_source(repository, version, config)->list_dir(kContent).empty();
}

VersionBuild working_tree_build(const std::filesystem::path& site_dir, model::VersionInfo version,
                                const std::string& content_dir) {
  VersionBuild build;
  build.source = source::with_content_folder(std::make_unique<source::WorkingTreeSource>(site_dir), content_dir);
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
  plan.content_dir = source::find_content_folder(source::WorkingTreeSource(site_dir), config.content_dir);
  std::string why;
  plan.repository = source::GitRepository::discover(site_dir, why);
  if (!plan.repository) {
    diagnostics.warning(".", 0, 0, "not a git repository (" + why + "); pages show no history");
    plan.builds.push_back(working_tree_build(site_dir, {}, plan.content_dir));
    return plan;
  }
  plan.history = std::make_unique<history::History>(
      history::read_history(*plan.repository, {config.version_tags, jobs, plan.content_dir}, diagnostics));
  const std::string head = history::head_commit(*plan.repository);
  const auto& versions = plan.history->versions;

  const bool releases = std::any_of(versions.begin(), versions.end(), [&](const history::Version& version) {
    return has_content(plan.repository, version, config);
  });
  if (!releases) {
    VersionBuild build = working_tree_build(site_dir, {}, plan.content_dir);
    if (!head.empty()) attach_history(plan, build, head, config);
    plan.builds.push_back(std::move(build));
  }
  for (size_t i = 0; i < versions.size(); ++i) {
    const history::Version& version = versions[i];
    VersionBuild build;
    build.source = tree_source(plan.repository, version, config);
    build.commit_id = version.commit_id;
    if (build.source->list_dir(kContent).empty()) {
      // One clear error instead of every version's "no content/" (which
      // would not say which tag is wrong).
      // A warning: a tag cannot be changed, so it must never block a build.
      diagnostics.warning(".", 0, 0,
                          "tag '" + version.tag + "' has no " + plan.repository->site_prefix() +
                              (config.content_dir.empty() ? "content" : config.content_dir) +
                              "/ folder and is skipped; a release tag must point at a commit of "
                              "the handbook (or narrow `versions: tags:` in site.yaml)");
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
    VersionBuild build = working_tree_build(
        site_dir, model::VersionInfo{"concept", model::kConceptPrefix, "", "", false, true}, plan.content_dir);
    if (!head.empty()) attach_history(plan, build, head, config);
    build.context.uncommitted = history::uncommitted_paths(*plan.repository, plan.content_dir);
    plan.builds.push_back(std::move(build));
  } else if (releases) {
    VersionBuild build = working_tree_build(site_dir, {}, plan.content_dir);
    build.published = false;
    plan.builds.push_back(std::move(build));
  }
  mark_change_pages(plan.builds);
  return plan;
}

VersionPlan plan_preview(const std::filesystem::path& site_dir, const config::SiteConfig& config,
                         base::Diagnostics& diagnostics) {
  VersionPlan plan;
  plan.content_dir = source::find_content_folder(source::WorkingTreeSource(site_dir), config.content_dir);
  VersionBuild build =
      working_tree_build(site_dir, model::VersionInfo{"concept", "/", "", "", false, true}, plan.content_dir);
  std::string why;
  plan.repository = source::GitRepository::discover(site_dir, why);
  if (plan.repository) {
    plan.history = std::make_unique<history::History>(
        history::read_history(*plan.repository, {config.version_tags, 0, plan.content_dir}, diagnostics));
    const std::string head = history::head_commit(*plan.repository);
    if (!head.empty()) attach_history(plan, build, head, config);
    build.context.uncommitted = history::uncommitted_paths(*plan.repository, plan.content_dir);
  }
  plan.builds.push_back(std::move(build));
  return plan;
}

}  // namespace handboek::cli
