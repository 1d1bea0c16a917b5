#include "model/page_history.h"

namespace handboek::model {

std::string commit_url(const std::string& pattern, const std::string& commit_id) {
  if (pattern.empty()) return "";
  static constexpr std::string_view kPlaceholder = "{commit}";
  std::string url = pattern;
  for (size_t at = url.find(kPlaceholder); at != std::string::npos; at = url.find(kPlaceholder, at)) {
    url.replace(at, kPlaceholder.size(), commit_id);
    at += commit_id.size();
  }
  return url;
}

namespace {

// The changes of one file in this version, newest first.
std::vector<PageChange> file_history(const std::string& path, const BuildContext& context) {
  std::vector<PageChange> changes;
  if (!context.history) return changes;
  for (const history::FileChange* change : context.history->changes_for(path)) {
    const history::Commit& commit = context.history->commit(change->commit);
    changes.push_back(PageChange{commit.id, commit_url(context.commit_url, commit.id), commit.author,
                                 history::dutch_date(commit.time, commit.offset_minutes),
                                 history::iso_date(commit.time, commit.offset_minutes), commit.subject,
                                 change->kind == history::ChangeKind::kRenamed,
                                 change->kind == history::ChangeKind::kPresentAtBoundary});
  }
  return changes;
}

}  // namespace

void attach_history(SiteModel& model, const BuildContext& context) {
  model.history_available = context.history != nullptr;
  for (PageEntry& entry : model.pages) {
    const std::string& path = entry.page.path.str();
    entry.uncommitted = context.uncommitted.count(path) > 0;
    entry.history = file_history(path, context);
  }
  for (const load::FormDefinition& form : model.forms) {
    std::vector<PageChange> changes = file_history(form.path.str(), context);
    if (!changes.empty()) model.form_last_change.emplace(form.id, std::move(changes.front()));
  }
}

}  // namespace handboek::model
