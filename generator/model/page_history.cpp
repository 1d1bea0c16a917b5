#include "model/page_history.h"

#include <map>

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
    PageChange page_change;
    page_change.commit_id = commit.id;
    page_change.commit_url = commit_url(context.commit_url, commit.id);
    page_change.author = commit.author;
    page_change.date = history::dutch_date(commit.time, commit.offset_minutes);
    page_change.iso_date = history::iso_date(commit.time, commit.offset_minutes);
    page_change.subject = commit.subject;
    page_change.renamed = change->kind == history::ChangeKind::kRenamed;
    page_change.boundary = change->kind == history::ChangeKind::kPresentAtBoundary;
    page_change.sequence = change->commit;
    changes.push_back(std::move(page_change));
  }
  return changes;
}

// The glossary page shows its terms, so its history is theirs too: its own
// changes and every term's, one entry per commit, newest first, each naming
// the terms it changed. A term's rename is not the page's.
void merge_term_histories(SiteModel& model) {
  const PageEntry* glossary = model.glossary_page();
  if (!glossary) return;
  PageEntry& page = model.pages[static_cast<size_t>(glossary - model.pages.data())];
  std::map<size_t, PageChange> by_commit;  // sequence → change: newest first
  for (PageChange& change : page.history) by_commit.emplace(change.sequence, std::move(change));
  for (const size_t term : model.glossary) {
    const PageEntry& entry = model.pages[term];
    page.uncommitted = page.uncommitted || entry.uncommitted;
    for (const PageChange& change : entry.history) {
      auto [merged, added] = by_commit.emplace(change.sequence, change);
      if (added) merged->second.renamed = false;
      merged->second.boundary = merged->second.boundary || change.boundary;
      merged->second.terms.push_back(term);
    }
  }
  page.history.clear();
  for (auto& [sequence, change] : by_commit) page.history.push_back(std::move(change));
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
  merge_term_histories(model);
}

}  // namespace handboek::model
