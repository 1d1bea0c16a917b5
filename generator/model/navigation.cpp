#include "model/navigation.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace handboek::model {

namespace {

const base::SitePath kContentRoot = *base::SitePath::parse("content");

// The nearest folder at or above `folder` that is a section.
size_t owning_section(const std::map<base::SitePath, size_t>& by_folder, base::SitePath folder) {
  while (true) {
    if (const auto it = by_folder.find(folder); it != by_folder.end()) return it->second;
    if (folder == kContentRoot || folder.is_root()) return 0;
    folder = folder.parent();
  }
}

// Each page's place in mkdocs.yml's `nav` (config.nav_order): a listed page
// its position, a section the first position of anything in its folder,
// the rest after them. All 0 when there is no nav, so weight and title decide.
std::vector<size_t> nav_ranks(const SiteModel& model) {
  const std::vector<std::string>& nav = model.config.nav_order;
  std::vector<size_t> ranks(model.pages.size(), 0);
  if (nav.empty()) return ranks;
  std::map<base::SitePath, size_t> listed;
  for (size_t i = 0; i < nav.size(); ++i) {
    if (const auto path = kContentRoot.join(nav[i])) listed.emplace(*path, i);
  }
  std::map<base::SitePath, size_t> folder_rank;  // the first listed page in or below each folder
  for (const auto& [path, rank] : listed) {
    for (base::SitePath folder = path.parent(); folder.is_within(kContentRoot); folder = folder.parent()) {
      auto [it, added] = folder_rank.emplace(folder, rank);
      if (!added) it->second = std::min(it->second, rank);
      if (folder == kContentRoot) break;
    }
  }
  for (size_t i = 0; i < model.pages.size(); ++i) {
    const load::Page& page = model.pages[i].page;
    size_t rank = nav.size();
    if (const auto it = listed.find(page.path); it != listed.end()) rank = it->second;
    if (page.is_section_index) {
      if (const auto it = folder_rank.find(page.path.parent()); it != folder_rank.end())
        rank = std::min(rank, it->second);
    } else if (const auto folder = page.path.parent().join(page.path.stem())) {
      // "x.md" beside "x/": the folder's page (generated_pages.cpp).
      if (const auto it = folder_rank.find(*folder); it != folder_rank.end()) rank = std::min(rank, it->second);
    }
    ranks[i] = rank;
  }
  return ranks;
}

}  // namespace

void build_navigation(SiteModel& model) {
  // Sections: the content root, and every folder with a section page (its
  // own or a generated one, see generated_pages.h).
  std::map<base::SitePath, size_t> by_folder;
  model.sections.push_back(Section{kContentRoot, std::nullopt, {}, {}, std::nullopt});
  by_folder[kContentRoot] = 0;
  for (size_t i = 0; i < model.pages.size(); ++i) {
    const load::Page& page = model.pages[i].page;
    if (!page.is_section_index) continue;
    const base::SitePath folder = page.path.parent();
    if (folder == kContentRoot) {
      model.sections[0].index_page = i;
      continue;
    }
    by_folder[folder] = model.sections.size();
    model.sections.push_back(Section{folder, i, {}, {}, std::nullopt});
  }

  for (size_t s = 1; s < model.sections.size(); ++s) {
    const size_t parent = owning_section(by_folder, model.sections[s].folder.parent());
    model.sections[s].parent = parent;
    model.sections[parent].subsections.push_back(s);
  }
  for (size_t i = 0; i < model.pages.size(); ++i) {
    PageEntry& entry = model.pages[i];
    if (entry.page.is_section_index) {
      entry.section = entry.page.path.parent() == kContentRoot ? 0 : by_folder.at(entry.page.path.parent());
      continue;
    }
    entry.section = owning_section(by_folder, entry.page.path.parent());
    model.sections[entry.section].pages.push_back(i);
  }

  // Order: mkdocs.yml's nav, weight, then title, then path (titles may repeat).
  const std::vector<size_t> ranks = nav_ranks(model);
  auto page_order = [&](size_t a, size_t b) {
    const load::Page& x = model.pages[a].page;
    const load::Page& y = model.pages[b].page;
    return std::tie(ranks[a], x.weight, x.title, x.path) < std::tie(ranks[b], y.weight, y.title, y.path);
  };
  auto section_order = [&](size_t a, size_t b) {
    return page_order(*model.sections[a].index_page, *model.sections[b].index_page);
  };
  for (Section& section : model.sections) {
    std::sort(section.pages.begin(), section.pages.end(), page_order);
    std::sort(section.subsections.begin(), section.subsections.end(), section_order);
    for (size_t k = 0; k < section.pages.size(); ++k) {
      PageEntry& entry = model.pages[section.pages[k]];
      if (k > 0) entry.previous = section.pages[k - 1];
      if (k + 1 < section.pages.size()) entry.next = section.pages[k + 1];
    }
  }
  model.menu = model.sections[0].subsections;

  // Breadcrumbs: home, then each enclosing section's page, outermost first.
  for (PageEntry& entry : model.pages) {
    std::vector<Crumb> crumbs;
    std::optional<size_t> section = entry.section;
    if (entry.page.is_section_index) section = model.sections[entry.section].parent;
    for (; section; section = model.sections[*section].parent) {
      if (const auto index = model.sections[*section].index_page) {
        crumbs.push_back({model.pages[*index].page.title, model.pages[*index].url});
      }
    }
    std::reverse(crumbs.begin(), crumbs.end());
    entry.breadcrumbs = std::move(crumbs);
  }
}

}  // namespace handboek::model
