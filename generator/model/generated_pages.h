// Pages the generator makes where a handbook has none: a section page for
// every folder of content/ that holds pages but no _index.md, index.md or
// README.md, and the home page when content/ has none. A generated page has
// no file (its path is the folder's "_index.md", which does not exist) and
// no body: the section template lists the folder's pages and subfolders.
#pragma once

#include <map>

#include "load/content_loader.h"
#include "model/site_model.h"

namespace handboek::model {

// Adds the missing section pages to model.pages, keeping them sorted by
// path. REQUIRES: before assign_urls (they get URLs like any section page).
void add_generated_section_pages(SiteModel& model);

// Docusaurus' `_category_` settings on section pages: `position` orders a
// section as `weight` does (unless its page sets a weight), `label` titles a
// generated section page.
void apply_folder_settings(SiteModel& model,
                           const std::map<base::SitePath, load::LoadedContent::FolderSetting>& settings);

}  // namespace handboek::model
