// PageRenderer: one page of the model → a complete HTML document: the
// type's view inside the theme's layout (menu, breadcrumbs, table of
// contents, previous/next). Const and thread-safe, so pages render in
// parallel.
#pragma once

#include <string>

#include "config/site_statements.h"
#include "model/site_model.h"
#include "render/asset_hasher.h"
#include "render/glossary_linker.h"
#include "render/statement_pages.h"
#include "render/template_engine.h"

namespace handboek::render {

class PageRenderer {
 public:
  // `versioned`: the site is built from releases, so every page carries the
  // version bar. What the bar lists comes from /versies/versies.json in the
  // browser, never from the other versions at build time: a release's pages
  // depend only on its own tree (docs/performance.md).
  PageRenderer(const model::SiteModel& model, const TemplateEngine& templates, const AssetMap& assets, bool versioned,
               const config::SiteStatements& statements = {})
      : model_(model),
        templates_(templates),
        assets_(assets),
        versioned_(versioned),
        site_statements_(statements),
        glossary_forms_(glossary_forms(model)),
        statements_(statement_pages(model, templates)),
        search_page_(search_page_url(model, templates)) {}

  // REQUIRES: pages[index] has an output_path.
  std::string render_page(size_t index) const;

  // A document around already rendered `main_html` at `url` (for pages that
  // are not content pages: 404, forms). A non-empty `base_href` anchors
  // relative links (404.html is served at any URL). `with_form_assets` links
  // formulier.css/js (a page that holds a fillable form).
  std::string render_document(const std::string& url, const std::string& title, const std::string& main_html,
                              const model::PageEntry* page, const std::string& base_href = "",
                              bool with_form_assets = false) const;

  // A document bundling other pages (a section's print, docs/training.md):
  // laid out and printed like a training map, with form assets, and not
  // searched (its pages are, on their own).
  std::string render_print_bundle(const std::string& url, const std::string& title, const std::string& main_html) const;

 private:
  std::string finish_document(TemplateData& data, const std::string& url, const std::string& title,
                              const std::string& main_html, const std::string& base_href, bool with_form_assets,
                              bool searchable) const;
  TemplateData layout_data(const std::string& url, const std::string& title, const model::PageEntry* page) const;
  // The version bar: this version's name, the banner of old and concept
  // versions, and where the browser finds the list of versions.
  void add_version_data(const std::string& url, TemplateData& data) const;
  // "Laatst gewijzigd", "Aangemaakt" and the page's Geschiedenis (on the
  // glossary page with the terms each change touched, linked from `url`).
  void add_history_data(const std::string& url, const model::PageEntry& page, TemplateData& data) const;
  TemplateData form_assets(const std::string& url) const;

  const model::SiteModel& model_;
  const TemplateEngine& templates_;
  const AssetMap& assets_;
  const bool versioned_;
  const config::SiteStatements site_statements_;  // a copy: small, and a default argument would not outlive the call
  const GlossaryForms glossary_forms_;
  const std::vector<StatementPage> statements_;  // colofon, privacy, toegankelijkheid: in the footer
  const std::string search_page_;                // zoeken/, or "" without one
};

}  // namespace handboek::render
