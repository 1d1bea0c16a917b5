// The URL scheme: content path → pretty URL and output file, the URL of
// every generated page, and the conversion of site-absolute URLs into links
// relative to the page that holds them (so a version built under
// /versies/2019.2/ links within itself). Every URL prefix, and every
// anchor the generator makes, is spelled here and only here; the anchors of
// steps and competencies in load/page.h (the loader reserves them).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/site_model.h"

namespace handboek::model {

// "content/processen/x.md" → "/processen/x/"; "content/processen/_index.md"
// → "/processen/"; "content/_index.md" → "/". A folder's page written as
// index.md or README.md (`is_section_index`) gets the folder's URL too.
std::string page_url(const base::SitePath& content_path, bool is_section_index = false);

// "content/img/a.png" → "/img/a.png".
std::string static_file_url(const base::SitePath& content_path);

// A version's URL prefix: the current release at "/", an older one at
// "/versies/<name>/", the working tree's concept at "/concept/".
std::string release_prefix(const std::string& name);
inline constexpr const char* kConceptPrefix = "/concept/";
// The page listing every version (one for the whole site).
inline constexpr const char* kVersionsIndexUrl = "/versies/";
// The versions as JSON: the version bar of every page reads it in the
// browser, so no page of a release names the other releases
// (docs/performance.md).
inline constexpr const char* kVersionsJsonUrl = "/versies/versies.json";
// The top-level folders of the version at `prefix` that hold other versions
// and the list of versions (the root's versies/ and concept/): its search
// index and its build cache entry leave them out.
std::vector<std::string> folders_of_other_versions(const std::string& prefix);

// The generated pages of the version at `prefix` ("/", "/versies/2019.2/").
std::string forms_index_url(const std::string& prefix);
std::string form_url(const std::string& prefix, const std::string& form_id);
std::string form_schema_url(const std::string& prefix, const std::string& form_id);
std::string search_url(const std::string& prefix);
std::string changes_url(const std::string& prefix);
std::string changes_since_url(const std::string& prefix, const std::string& older_version);
// "Waar de praktijk verschilt": the local agreements side by side (only in
// the regional site's newest version, model/local_agreements.h).
std::string local_overview_url(const std::string& prefix);
// "Wat verandert er voor ons", an edition's briefing of the release at
// `prefix` (model/release_briefing.h): "<prefix>wijzigingen/voor-ons/", and
// the name of its PDF beside it: "wat-verandert-er-<organisation>-<version>.pdf".
std::string briefing_url(const std::string& prefix);
std::string briefing_pdf_name(const std::string& organisation_id, const std::string& version_name);
// A section's print document: "/processen/" → "/processen/afdrukken/".
std::string section_print_url(const std::string& section_url);
// A step or competency on its page: page URL + "#" + its anchor.
std::string step_url(const std::string& page_url, const std::string& step_id);
std::string competency_url(const std::string& page_url, const std::string& competency_id);

// Ids the renderer writes into a document, that links point at: spelled
// here so the link targets and the elements agree.
// An organisation's first local block on a page: "lokaal-<organisation>".
std::string local_block_anchor(const std::string& organisation_id);
// The history at the foot of a page (the theme's page_history partial).
inline constexpr const char* kPageHistoryAnchor = "paginageschiedenis";
// A theme of an interview format: "thema-<slug of its title>".
std::string interview_theme_anchor(const std::string& title);
// The n-th chapter (from 1) of a training map or section print: "hoofdstuk-<n>".
std::string chapter_anchor(size_t number);
// A form placed in a document: "formulier-<key>"; its parts "f-<key>-<part>"
// (a field's control: part = the field id); its n-th section (from 1)
// "f-<key>-sectie-<n>". The key is the form's id, made unique when a
// document holds the form more than once (render/form_renderer.h).
std::string form_anchor(const std::string& form_key);
std::string form_part_id(const std::string& form_key, const std::string& part);
std::string form_section_id(const std::string& form_key, size_t number);
// A changed page on a changes page, named as readers know it:
// "wijziging-<slug of its address>", "wijziging-formulier-<id>" for a form,
// "wijziging-startpagina" for the home page (empty address).
std::string page_change_anchor(const std::string& address_slug);
std::string form_change_anchor(const std::string& form_id);
// The n-th glossary tooltip of a rendered text: "begrip-uitleg-<n>".
std::string term_tooltip_id(int number);

// Fills url and output_path of every page (glossary terms point into their
// section page) and reports two sources claiming the same URL. Every id on
// a glossary page is unique: a term's anchor is its file name, with "-2",
// "-3"… when the page already has that id (another term of the same name in
// a subfolder, or one of kGlossaryPageIds), and the page's own headings
// give way to the terms.
void assign_urls(SiteModel& model, base::Diagnostics& diagnostics);

// Ids the default theme writes on a glossary page besides the terms and the
// page's headings: the layout's, the page header's and the letter index's
// (themes/default: layout, page_header, begrippen); "letter-X" is reserved
// for every X.
inline constexpr const char* kGlossaryPageIds[] = {"site-menu",        "zoekveld",         "zoek-uitleg",
                                                   "zoek-paneel",      "mijn-organisatie", "inhoud",
                                                   "lokaal-overzicht", "letters",          "paginageschiedenis"};

// The anchor of a glossary term on its page ("pip" of "/begrippen/#pip").
// REQUIRES: assign_urls has run and `term` is a begrip.
std::string term_anchor(const PageEntry& term);

// The page at site-absolute URL `url` at the site's public address:
// base_url ("https://handboek.example.nl/") + the URL without its leading
// '/', spaces as %20 (file names may hold them). The sitemap and the
// address printed on every page.
std::string public_url(const std::string& base_url, const std::string& url);

// True for a URL with a scheme ("https:", "mailto:"): left as written.
bool is_external_url(const std::string& url);

// `to` (site-absolute, may carry "#anchor") as seen from the page at
// site-absolute folder URL `from` ("/processen/x/"). External URLs are
// returned unchanged. relative_url("/a/b/", "/c/") == "../../c/".
std::string relative_url(const std::string& from, const std::string& to);

}  // namespace handboek::model
