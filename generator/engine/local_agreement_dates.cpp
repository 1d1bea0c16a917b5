#include "engine/local_agreement_dates.h"

#include <map>

#include "base/text.h"
#include "history/line_dates.h"
#include "history/versions.h"
#include "model/url_map.h"

namespace handboek::engine {

namespace {

// The file's path in the repository: the site folder's place, and the
// content folder by its own name ("docs" for a MkDocs handbook).
std::string repository_path(const LoadedVersions& site, const base::SitePath& path) {
  std::string relative = path.str();
  static constexpr std::string_view kContent = "content/";
  if (relative.compare(0, kContent.size(), kContent) == 0) {
    relative = site.plan.content_dir + "/" + relative.substr(kContent.size());
  }
  return site.plan.repository->site_prefix() + relative;
}

size_t line_count(const std::string& text) {
  size_t lines = 0;
  for (const char c : text) lines += c == '\n' ? 1 : 0;
  return lines + (!text.empty() && text.back() != '\n' ? 1 : 0);
}

// Where the change of commit `id` to the page at `page_url` is shown: the
// change page of the oldest published release that has the commit, when
// that release has one; else the page's history.
std::string change_url(const LoadedVersions& site, const std::map<std::string, size_t>& commit_index,
                       const std::string& id, const std::string& page_url) {
  const std::string history_url = page_url + "#" + model::kPageHistoryAnchor;
  const auto found = commit_index.find(id);
  if (found == commit_index.end()) return history_url;
  std::optional<size_t> oldest;
  for (size_t i = 0; i < site.size(); ++i) {
    const VersionSlot& slot = site.slot(i);
    if (!slot.is_release() || !slot.published || !slot.history) continue;
    if (slot.history->contains(found->second)) oldest = i;
  }
  if (!oldest || !site.slot(*oldest).compared_with) return history_url;
  return model::changes_url(site.version(*oldest).prefix) + "#" + model::page_change_anchor(base::slugify(page_url));
}

}  // namespace

model::LocalAgreements date_local_agreements(const LoadedVersions& site, size_t slot_index) {
  const VersionSlot& slot = site.slot(slot_index);
  const model::SiteModel& model = site.model(slot_index);
  const model::ReadPageText read = [&slot](const base::SitePath& path) { return slot.source->read_file(path); };
  model::DatePageLines date;
  const std::string commit =
      !site.plan.repository ? "" : (slot.is_release() ? slot.commit_id : history::head_commit(*site.plan.repository));
  if (site.plan.repository) {
    date = [&](const base::SitePath& path, const std::string& text) -> std::optional<std::vector<history::LineDate>> {
      const std::string* working_text = slot.is_working_tree() ? &text : nullptr;
      std::optional<std::vector<history::LineDate>> dates;
      if (!commit.empty())
        dates = history::blame_lines(*site.plan.repository, repository_path(site, path), commit, working_text);
      // A file of the working tree that HEAD does not have: every line is new.
      if (!dates && working_text) dates = std::vector<history::LineDate>(line_count(text));
      return dates;
    };
  }
  model::LocalAgreements agreements = model::find_local_agreements(model, read, date);
  if (!site.plan.history) return agreements;
  std::map<std::string, size_t> commit_index;
  for (size_t i = 0; i < site.plan.history->commits.size(); ++i)
    commit_index.emplace(site.plan.history->commits[i].id, i);
  for (model::PageAgreements& page : agreements.pages) {
    for (model::AgreementPlace& place : page.places) {
      for (model::LocalAgreement& agreement : place.agreements) {
        if (!agreement.stale || !agreement.shared_changed) continue;
        agreement.change_url =
            change_url(site, commit_index, agreement.shared_changed->commit_id, model.pages[page.page].url);
      }
    }
  }
  return agreements;
}

}  // namespace handboek::engine
