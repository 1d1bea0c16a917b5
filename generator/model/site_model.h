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
#include "model/local_agreements.h"

namespace handboek::model {

struct Crumb {
  std::string title;
  std::string url;
};

// One commit that changed a page, as the page's history shows it.
struct PageChange {
  std::string commit_id;
  std::string commit_url;  // from site.yaml's commit_url pattern, or ""
  std::string author;
  std::string date;      // Dutch: "3 december 2019"
  std::string iso_date;  // 2019-12-03
  std::string subject;
  bool renamed = false;   // the commit renamed the file
  bool boundary = false;  // oldest commit of a shallow clone: earlier changes unknown
  size_t sequence = 0;    // the commit's place in the history, newest first (merges histories)
  // On the glossary page, whose history holds its terms' too: the begrip
  // pages this commit changed, A–Z.
  std::vector<size_t> terms;
};

// Which build of the handbook this model is.
struct VersionInfo {
  std::string name;          // "2020.1", "concept", or "" when the site has no releases
  std::string prefix = "/";  // URL prefix of every page of this build
  std::string date;          // Dutch release date, or ""
  std::string message;       // an annotated tag's whole message (release notes), or ""
  bool is_current = true;    // built at the site root
  bool is_concept = false;   // the working tree, under /concept/
  // Compared with an older release on <prefix>wijzigingen/ (set by the
  // version plan, which knows the other releases).
  bool has_changes_page = false;
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
  // Links (as written) to a page this edition leaves out (SiteModel::
  // left_out_pages): shown as their text with a note, not as broken.
  std::set<std::string> left_out_links;
  // Index into SiteModel::sections of the section this page is listed in
  // (for an _index.md: the section it is the page of).
  size_t section = 0;
  std::vector<Crumb> breadcrumbs;  // from the home page down to the parent
  std::optional<size_t> previous;  // neighbours within the section
  std::optional<size_t> next;
  std::vector<PageChange> history;  // newest first; empty without git
  bool uncommitted = false;         // concept build: the file has changes not yet committed
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
  VersionInfo version;
  bool history_available = false;                               // false: not a git repository (pages say so)
  std::vector<PageEntry> pages;                                 // in content path order
  std::vector<Section> sections;                                // [0] is the root (content/)
  std::vector<size_t> menu;                                     // top-level sections in menu order
  std::vector<size_t> glossary;                                 // begrip pages, A–Z by title
  std::map<std::string, CompetencyRef> competencies;            // competency id → definition
  std::map<std::string, std::vector<StepRef>> competency_uses;  // competency id → steps naming it
  std::vector<load::FormDefinition> forms;                      // sorted by id
  std::map<std::string, std::vector<StepRef>> form_uses;        // form id → steps naming it
  std::map<std::string, PageChange> form_last_change;           // form id → its newest commit (with git) (the one
                                                                // source of "the steps a form belongs to")
  std::map<std::string, std::vector<size_t>> form_embeds;       // form id → pages with a ```form block of it
  // Form id → each link in the form's Markdown as written → site-absolute URL.
  std::map<std::string, std::map<std::string, std::string>> form_link_targets;
  std::vector<load::StaticFile> static_files;
  std::vector<base::SitePath> unusable_pages;  // exist but have errors that kept them out (sorted): not "missing"
  // Pages an organisation's edition leaves out: their front matter names
  // other organisations only (config::SiteConfig::includes_page). Sorted.
  std::vector<base::SitePath> left_out_pages;
  std::map<size_t, size_t> casus_process;                  // casus page → the process page it walks through
  std::map<size_t, std::vector<size_t>> process_casussen;  // process page → its casus pages, in path order
  std::map<size_t, std::vector<size_t>> training_pages;    // trainingsmap page → its pages, in the map's order
  bool training_pdfs = false;  // the build prints each training map as a PDF (weasyprint found): link it
  // The regional site's newest version: its local agreements, dated from
  // git, for the page /lokaal/ and its menu item (set by the engine:
  // engine/local_agreement_dates.h). nullopt: no such page in this version.
  std::optional<LocalAgreements> local_agreements;

  const PageEntry* find_page(const base::SitePath& path) const;
  const load::FormDefinition* find_form(const std::string& id) const;
  std::string form_url(const std::string& id) const;  // model::form_url under this version's prefix
  // The glossary page (the section page of the begrip pages), if any.
  const PageEntry* glossary_page() const;
};

}  // namespace handboek::model
