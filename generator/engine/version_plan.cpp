#include "engine/version_plan.h"

#include <algorithm>

#include "history/history_walker.h"
#include "history/versions.h"
#include "history/work_tree_status.h"
#include "model/url_map.h"
#include "source/content_folder_source.h"
#include "source/git_tree_source.h"
#include "source/working_tree_source.h"

namespace handboek::engine {

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

VersionSlot working_tree_slot(const std::filesystem::path& site_dir, model::VersionInfo version,
                              const std::string& content_dir) {
  VersionSlot build;
  build.source = source::with_content_folder(std::make_unique<source::WorkingTreeSource>(site_dir), content_dir);
  build.context.version = std::move(version);
  return build;
}

// History as seen from `commit_id`; attached to `build`.
void attach_history(VersionPlan& plan, VersionSlot& build, const std::string& commit_id,
                    const config::SiteConfig& config) {
  build.history = std::make_unique<history::VersionHistory>(*plan.history,
                                                            history::commits_reachable_from(*plan.history, commit_id));
  build.context.history = build.history.get();
  build.context.commit_url = config.commit_url;
}

}  // namespace

void compare_slots(std::vector<VersionSlot>& slots) {
  size_t published = 0;
  while (published < slots.size() && slots[published].published) ++published;
  for (size_t i = 0; i < published; ++i) {
    VersionSlot& slot = slots[i];
    slot.compared_with.reset();
    if (slot.version().name.empty()) continue;
    const size_t older = slot.version().is_concept ? 0 : i + 1;
    if (older < published && older != i && !slots[older].version().is_concept) slot.compared_with = older;
    slot.context.version.has_changes_page = slot.compared_with.has_value();
  }
}

VersionPlan plan_versions(const std::filesystem::path& site_dir, const config::SiteConfig& config,
                          base::Diagnostics& diagnostics, int jobs, SharedHistory* shared) {
  VersionPlan plan;
  plan.content_dir = source::find_content_folder(source::WorkingTreeSource(site_dir), config.content_dir);
  if (shared && shared->history) {
    plan.repository = shared->repository;
    plan.history = shared->history;
    diagnostics.merge(shared->found);
  } else {
    auto repository = source::GitRepository::discover(site_dir);
    if (!repository.ok()) {
      diagnostics.warning(
          ".", 0, 0, "geen git-repository (" + repository.status().message() + "); pagina's tonen geen geschiedenis");
      plan.slots.push_back(working_tree_slot(site_dir, {}, plan.content_dir));
      return plan;
    }
    plan.repository = std::move(*repository);
    base::Diagnostics found;
    plan.history = std::make_shared<const history::History>(
        history::read_history(*plan.repository, {config.version_tags, jobs, plan.content_dir}, found));
    diagnostics.merge(found);
    if (shared) *shared = {plan.repository, plan.history, std::move(found)};
  }
  const std::string head = history::head_commit(*plan.repository);
  const auto& versions = plan.history->versions;

  const bool releases = std::any_of(versions.begin(), versions.end(), [&](const history::Version& version) {
    return has_content(plan.repository, version, config);
  });
  if (!releases) {
    VersionSlot build = working_tree_slot(site_dir, {}, plan.content_dir);
    if (!head.empty()) attach_history(plan, build, head, config);
    plan.slots.push_back(std::move(build));
  }
  for (size_t i = 0; i < versions.size(); ++i) {
    const history::Version& version = versions[i];
    VersionSlot build;
    build.source = tree_source(plan.repository, version, config);
    build.commit_id = version.commit_id;
    if (build.source->list_dir(kContent).empty()) {
      // One clear error instead of every version's "no content/" (which
      // would not say which tag is wrong).
      // A warning: a tag cannot be changed, so it must never block a build.
      diagnostics.warning(".", 0, 0,
                          "tag '" + version.tag + "' heeft geen map " + plan.repository->site_prefix() +
                              (config.content_dir.empty() ? "content" : config.content_dir) +
                              "/ en wordt overgeslagen; een release-tag moet wijzen naar een commit van "
                              "het handboek (of maak `versions: tags:` in site.yaml nauwer)");
      continue;
    }
    const bool is_root = plan.slots.empty();
    build.context.version = model::VersionInfo{version.name,
                                               is_root ? "/" : model::release_prefix(version.name),
                                               history::dutch_date(version.time, version.offset_minutes),
                                               version.message,
                                               is_root,
                                               false};
    attach_history(plan, build, version.commit_id, config);
    plan.slots.push_back(std::move(build));
  }
  if (config.build_concept && releases) {
    VersionSlot build = working_tree_slot(
        site_dir, model::VersionInfo{"concept", model::kConceptPrefix, "", "", false, true}, plan.content_dir);
    if (!head.empty()) attach_history(plan, build, head, config);
    build.context.uncommitted = history::uncommitted_paths(*plan.repository, plan.content_dir);
    plan.slots.push_back(std::move(build));
  } else if (releases &&
             history::work_tree_is_commit(*plan.repository, plan.slots.front().commit_id, plan.content_dir)) {
    plan.slots.front().is_working_tree_too = true;  // no unpublished slot: the root stands for it
  } else if (releases) {
    VersionSlot build = working_tree_slot(site_dir, {}, plan.content_dir);
    build.published = false;
    plan.slots.push_back(std::move(build));
  }
  compare_slots(plan.slots);
  return plan;
}

VersionPlan plan_preview(const std::filesystem::path& site_dir, const config::SiteConfig& config,
                         base::Diagnostics& diagnostics) {
  VersionPlan plan;
  plan.content_dir = source::find_content_folder(source::WorkingTreeSource(site_dir), config.content_dir);
  VersionSlot build =
      working_tree_slot(site_dir, model::VersionInfo{"concept", "/", "", "", false, true}, plan.content_dir);
  if (auto repository = source::GitRepository::discover(site_dir); repository.ok()) {
    plan.repository = std::move(*repository);
    plan.history = std::make_shared<const history::History>(
        history::read_history(*plan.repository, {config.version_tags, 0, plan.content_dir}, diagnostics));
    const std::string head = history::head_commit(*plan.repository);
    if (!head.empty()) attach_history(plan, build, head, config);
    build.context.uncommitted = history::uncommitted_paths(*plan.repository, plan.content_dir);
  }
  plan.slots.push_back(std::move(build));
  return plan;
}

}  // namespace handboek::engine
