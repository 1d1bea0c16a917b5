#include "model/generated_pages.h"

#include <algorithm>
#include <set>

#include "base/text.h"

namespace handboek::model {

namespace {

const base::SitePath kContentRoot = *base::SitePath::parse("content");

load::Page generated_section_page(const base::SitePath& folder, const config::SiteConfig& config) {
  load::Page page;
  page.path = *folder.join("_index.md");
  page.is_section_index = true;
  page.is_generated = true;
  page.type = load::PageType::kPlain;
  // The home page is named after the site, a section after its folder.
  page.title = folder == kContentRoot ? config.title : base::readable_name(folder.filename());
  return page;
}

}  // namespace

void add_generated_section_pages(SiteModel& model) {
  std::set<base::SitePath> with_page;  // folders that have their own section page
  std::set<base::SitePath> needed;     // content/ and every folder that holds a page
  for (const PageEntry& entry : model.pages) {
    if (entry.page.is_section_index) with_page.insert(entry.page.path.parent());
    // A page "x.md" beside a folder "x/" without an index (as MkDocs and
    // GitHub handbooks have it) already is that folder's page at /x/.
    if (!entry.page.is_section_index && entry.page.path.extension() == ".md") {
      if (const auto folder = entry.page.path.parent().join(entry.page.path.stem())) with_page.insert(*folder);
    }
    for (base::SitePath folder = entry.page.path.parent(); folder.is_within(kContentRoot); folder = folder.parent()) {
      needed.insert(folder);
      if (folder == kContentRoot) break;
    }
  }
  needed.insert(kContentRoot);
  bool added = false;
  for (const base::SitePath& folder : needed) {
    if (with_page.count(folder)) continue;
    PageEntry entry;
    entry.page = generated_section_page(folder, model.config);
    model.pages.push_back(std::move(entry));
    added = true;
  }
  if (!added) return;
  // find_page searches by path with binary search.
  std::sort(model.pages.begin(), model.pages.end(),
            [](const PageEntry& a, const PageEntry& b) { return a.page.path < b.page.path; });
}

}  // namespace handboek::model

namespace handboek::model {

void apply_folder_settings(SiteModel& model,
                           const std::map<base::SitePath, load::LoadedContent::FolderSetting>& settings) {
  if (settings.empty()) return;
  for (PageEntry& entry : model.pages) {
    load::Page& page = entry.page;
    if (!page.is_section_index) continue;
    const auto found = settings.find(page.path.parent());
    if (found == settings.end()) continue;
    if (page.weight == 0) page.weight = found->second.position;
    if (page.is_generated && !found->second.label.empty()) page.title = found->second.label;
  }
}

}  // namespace handboek::model
