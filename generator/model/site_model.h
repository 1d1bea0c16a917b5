// SiteModel: the whole handbook after everything that crosses files has been
// resolved — URLs, links, navigation, forms and competency references, the
// glossary. Immutable once model_builder returns it; no I/O. The renderer
// reads only this.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "load/content_loader.h"

namespace handboek::model {

struct Crumb {
  std::string title;
  std::string url;
};

struct PageEntry {
  load::Page page;
  // Site-absolute URL: "/processen/mens-in-beeld/"; a glossary term's is its
  // entry on the glossary page: "/begrippen/#rechtmatigheid".
  std::string url;
  // Where the page's HTML goes ("processen/mens-in-beeld/index.html"); empty
  // for glossary terms, which have no page of their own.
  std::string output_path;
  // Every anchor a link may point at on this page.
  std::set<std::string> anchors;
  // Each link target as written in this page → site-absolute URL (external
  // links map to themselves).
  std::map<std::string, std::string> link_targets;
  // Index into SiteModel::sections of the section this page is listed in
  // (for an _index.md: the section it is the page of).
  size_t section = 0;
  std::vector<Crumb> breadcrumbs;  // from the home page down to the parent
  std::optional<size_t> previous;  // neighbours within the section
  std::optional<size_t> next;
};

struct Section {
  base::SitePath folder;             // content/processen
  std::optional<size_t> index_page;  // its _index.md, when there is one
  std::vector<size_t> pages;         // pages in the section, in weight/title order
  std::vector<size_t> subsections;   // in weight/title order
  std::optional<size_t> parent;
};

struct StepRef {
  size_t page = 0;  // a proces page
  size_t step = 0;  // index into its steps
};

struct CompetencyRef {
  size_t page = 0;        // a competentieprofiel page
  size_t competency = 0;  // index into its competencies
};

struct SiteModel {
  config::SiteConfig config;
  std::vector<PageEntry> pages;                                 // in content path order
  std::vector<Section> sections;                                // [0] is the root (content/)
  std::vector<size_t> menu;                                     // top-level sections in menu order
  std::vector<size_t> glossary;                                 // begrip pages, A–Z by title
  std::map<std::string, CompetencyRef> competencies;            // competency id → definition
  std::map<std::string, std::vector<StepRef>> competency_uses;  // competency id → steps naming it
  std::vector<load::FormDefinition> forms;                      // sorted by id
  std::map<std::string, std::vector<StepRef>> form_uses;        // form id → steps naming it
  std::vector<load::StaticFile> static_files;

  const PageEntry* find_page(const base::SitePath& path) const;
  const load::FormDefinition* find_form(const std::string& id) const;
  std::string form_url(const std::string& id) const { return "/formulieren/" + id + "/"; }
  // The glossary page (the section page of the begrip pages), if any.
  const PageEntry* glossary_page() const;
};

}  // namespace handboek::model
