#include "model/release_changes.h"

namespace handboek::model {

namespace {

// The pages and forms of one model by path, with what a change list needs
// of each: a reference and a fingerprint of its content. "content/…" sorts
// before "forms/…", so every list has the pages first, then the forms.
struct Item {
  PageRef ref;
  std::string hash;
};

std::map<std::string, Item> items_by_path(const SiteModel& model) {
  std::map<std::string, Item> items;
  for (size_t i = 0; i < model.pages.size(); ++i) {
    const load::Page& page = model.pages[i].page;
    items.emplace(page.path.str(),
                  Item{{page.path.str(), page.title, model.pages[i].url, i, false}, page.content_hash});
  }
  for (size_t i = 0; i < model.forms.size(); ++i) {
    const load::FormDefinition& form = model.forms[i];
    items.emplace(form.path.str(),
                  Item{{form.path.str(), form.title, model.form_url(form.id), i, true}, form.content_hash});
  }
  return items;
}

}  // namespace

ReleaseChanges compare_releases(const SiteModel& older, const SiteModel& newer,
                                const std::map<std::string, std::string>& renames, std::vector<std::string> notes) {
  ReleaseChanges changes;
  changes.notes = std::move(notes);
  const std::map<std::string, Item> old_items = items_by_path(older);
  const std::map<std::string, Item> new_items = items_by_path(newer);
  std::map<std::string, std::string> renamed_to;  // new path → old path
  for (const auto& [from, to] : renames) {
    if (old_items.count(from) && new_items.count(to) && !new_items.count(from)) renamed_to.emplace(to, from);
  }
  for (const auto& [path, item] : new_items) {
    if (const auto rename = renamed_to.find(path); rename != renamed_to.end()) {
      const Item& before = old_items.at(rename->second);
      changes.renamed.push_back({before.ref, item.ref, before.hash != item.hash});
      continue;
    }
    const auto before = old_items.find(path);
    if (before == old_items.end()) {
      changes.added.push_back(item.ref);
    } else if (before->second.hash != item.hash) {
      changes.changed.push_back({before->second.ref, item.ref});
    }
  }
  for (const auto& [path, item] : old_items) {
    const bool renamed_away = renames.count(path) && renamed_to.count(renames.at(path));
    // Another page was renamed onto this path: this page itself is gone.
    const bool replaced = renamed_to.count(path) > 0;
    if ((!new_items.count(path) || replaced) && !renamed_away) changes.removed.push_back(item.ref);
  }
  return changes;
}

}  // namespace handboek::model
