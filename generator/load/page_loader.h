// Turns one Markdown file into a Page: splits and parses the front matter,
// validates it for the page's type, and extracts the body's outline. Checks
// only what one file and site.yaml can tell (organisation ids, raw HTML);
// links and references to other files are the model's job.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "base/site_path.h"
#include "config/site_config.h"
#include "load/page.h"

namespace handboek::load {

// The type a page gets when its front matter has no `type:`, from its
// top-level folder under content/ (processen/ → proces, ...).
PageType default_page_type(const base::SitePath& path);

// nullopt when the file cannot be used at all (no front matter, invalid
// YAML or UTF-8); every problem is reported into `diagnostics`.
std::optional<Page> load_page(const base::SitePath& path, const std::string& bytes, const config::SiteConfig& config,
                              base::Diagnostics& diagnostics);

}  // namespace handboek::load
