// Walks a Source and loads every file of content/ and forms/ on its own:
// pages, forms, and the other files of content/ (images, PDFs) that are
// copied as they are. Files are parsed in parallel; results are in path
// order, so the outcome does not depend on scheduling.
#pragma once

#include <vector>

#include "base/diagnostics.h"
#include "config/site_config.h"
#include "load/form_definition.h"
#include "load/page.h"
#include "source/source.h"

namespace handboek::load {

struct StaticFile {
  base::SitePath path;  // content/processen/route.png
  std::string bytes;
};

struct LoadedContent {
  std::vector<Page> pages;               // sorted by path
  std::vector<FormDefinition> forms;     // sorted by id
  std::vector<StaticFile> static_files;  // sorted by path
};

LoadedContent load_content(const source::Source& source, const config::SiteConfig& config,
                           base::Diagnostics& diagnostics, int jobs);

}  // namespace handboek::load
