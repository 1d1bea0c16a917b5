#include "history/version_history.h"

namespace handboek::history {

VersionHistory::VersionHistory(const History& history, std::vector<bool> in_version)
    : history_(history), in_version_(std::move(in_version)) {
  for (size_t chain = 0; chain < history.files.size(); ++chain) {
    // The newest change in this version tells the file's name here.
    for (const FileChange& change : history.files[chain].changes) {
      if (!in_version_[change.commit]) continue;
      if (change.kind != ChangeKind::kDeleted) chain_by_path_.emplace(change.path, chain);
      break;
    }
  }
}

std::vector<const FileChange*> VersionHistory::changes_for(const std::string& path) const {
  std::vector<const FileChange*> changes;
  const auto found = chain_by_path_.find(path);
  if (found == chain_by_path_.end()) return changes;
  for (const FileChange& change : history_.files[found->second].changes) {
    if (in_version_[change.commit]) changes.push_back(&change);
  }
  return changes;
}

std::map<std::string, std::string> renames_between(const VersionHistory& older, const VersionHistory& newer) {
  std::map<size_t, std::string> newer_path_of_chain;
  for (const auto& [path, chain] : newer.paths()) newer_path_of_chain.emplace(chain, path);
  std::map<std::string, std::string> renames;
  for (const auto& [path, chain] : older.paths()) {
    const auto found = newer_path_of_chain.find(chain);
    if (found != newer_path_of_chain.end() && found->second != path) renames.emplace(path, found->second);
  }
  return renames;
}

std::vector<std::string> release_notes(const VersionHistory& older, const VersionHistory& newer) {
  std::vector<std::string> notes;
  for (size_t i = 0; i < newer.commit_count(); ++i) {
    if (newer.contains(i) && !older.contains(i) && newer.commit(i).changes_site)
      notes.push_back(newer.commit(i).subject);
  }
  return notes;
}

}  // namespace handboek::history
