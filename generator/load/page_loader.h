// Turns one Markdown file into a Page: splits and parses the front matter,
// validates it for the page's type, and extracts the body's outline. Checks
// only what one file and site.yaml can tell (organisation ids, raw HTML);
// links and references to other files are the model's job.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "base/site_path.h"
#include "config/site_config.h"
#include "load/page.h"

namespace handboek::load {

// "proces" → PageType::kProcess, ...; nullopt for an unknown name.
std::optional<PageType> parse_page_type(const std::string& name);

// The type a page gets when its front matter has no `type:`, from its
// top-level folder under content/ (processen/ → proces, ...).
PageType default_page_type(const base::SitePath& path);

// The file names that make a page its folder's section page, in order of
// precedence: the first one present in a folder is its page, the others
// are ordinary pages.
inline constexpr std::string_view kSectionIndexNames[] = {"_index.md", "index.md", "README.md"};
bool is_index_file_name(const std::string& name);

// nullopt when the file cannot be used at all (invalid YAML or UTF-8, front
// matter not closed); every problem is reported into `diagnostics`. Front
// matter is optional. `is_section_index`: whether the file is its folder's
// page (the content loader knows the siblings); by default any of
// kSectionIndexNames is.
std::optional<Page> load_page(const base::SitePath& path, const std::string& bytes, const config::SiteConfig& config,
                              base::Diagnostics& diagnostics, std::optional<bool> is_section_index = std::nullopt);

}  // namespace handboek::load
