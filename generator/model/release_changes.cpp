#include "model/release_changes.h"

namespace handboek::model {

namespace {

PageRef reference(const SiteModel& model, size_t index) {
  const PageEntry& entry = model.pages[index];
  return PageRef{entry.page.path.str(), entry.page.title, entry.url, index};
}

std::map<std::string, size_t> index_by_path(const SiteModel& model) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < model.pages.size(); ++i) index.emplace(model.pages[i].page.path.str(), i);
  return index;
}

}  // namespace

ReleaseChanges compare_releases(const SiteModel& older, const SiteModel& newer,
                                const std::map<std::string, std::string>& renames, std::vector<std::string> notes) {
  ReleaseChanges changes;
  changes.notes = std::move(notes);
  const std::map<std::string, size_t> old_index = index_by_path(older);
  const std::map<std::string, size_t> new_index = index_by_path(newer);
  std::map<std::string, std::string> renamed_to;  // new path → old path
  for (const auto& [from, to] : renames) {
    if (old_index.count(from) && new_index.count(to) && !new_index.count(from)) renamed_to.emplace(to, from);
  }
  for (const auto& [path, i] : new_index) {
    if (const auto rename = renamed_to.find(path); rename != renamed_to.end()) {
      const size_t before = old_index.at(rename->second);
      changes.renamed.push_back({reference(older, before), reference(newer, i),
                                 older.pages[before].page.content_hash != newer.pages[i].page.content_hash});
      continue;
    }
    const auto before = old_index.find(path);
    if (before == old_index.end()) {
      changes.added.push_back(reference(newer, i));
    } else if (older.pages[before->second].page.content_hash != newer.pages[i].page.content_hash) {
      changes.changed.push_back({reference(older, before->second), reference(newer, i)});
    }
  }
  for (const auto& [path, i] : old_index) {
    const bool renamed_away = renames.count(path) && renamed_to.count(renames.at(path));
    // Another page was renamed onto this path: this page itself is gone.
    const bool replaced = renamed_to.count(path) > 0;
    if ((!new_index.count(path) || replaced) && !renamed_away) changes.removed.push_back(reference(older, i));
  }
  return changes;
}

}  // namespace handboek::model
