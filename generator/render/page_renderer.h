// PageRenderer: one page of the model → a complete HTML document: the
// type's view inside the theme's layout (menu, breadcrumbs, table of
// contents, previous/next). Const and thread-safe, so pages render in
// parallel.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "config/site_statements.h"
#include "model/site_model.h"
#include "render/asset_hasher.h"
#include "render/body_cache.h"
#include "render/glossary_linker.h"
#include "render/markdown_renderer.h"
#include "render/statement_pages.h"
#include "render/template_engine.h"
#include "render/training_map.h"

namespace handboek::render {

class PageRenderer {
 public:
  // `versioned`: the site is built from releases, so every page carries the
  // version bar. What the bar lists comes from /versies/versies.json in the
  // browser, never from the other versions at build time: a release's pages
  // depend only on its own tree (docs/performance.md).
  // `bodies`: page bodies are looked up there and kept (reuse across the
  // versions of one build); null: every body is rendered.
  PageRenderer(const model::SiteModel& model, const TemplateEngine& templates, const AssetMap& assets, bool versioned,
               const config::SiteStatements& statements = {}, BodyCache* bodies = nullptr);

  // REQUIRES: pages[index] has an output_path.
  std::string render_page(size_t index) const;

  // A document around already rendered `main_html` at `url` (for pages that
  // are not content pages: 404, forms). A non-empty `base_href` anchors
  // relative links (404.html is served at any URL). `with_form_assets` links
  // formulier.css/js (a page that holds a fillable form).
  std::string render_document(const std::string& url, const std::string& title, const std::string& main_html,
                              const model::PageEntry* page, const std::string& base_href = "",
                              bool with_form_assets = false) const;

  // Where page bodies are reused (render_body), or null.
  const BodyReuse* body_reuse() const { return body_reuse_ ? &*body_reuse_ : nullptr; }

  // A document bundling other pages (a section's print, docs/training.md):
  // laid out and printed like a training map, with form assets, and not
  // searched (its pages are, on their own).
  std::string render_print_bundle(const std::string& url, const std::string& title, const std::string& main_html,
                                  const std::vector<BundleContentsEntry>& contents) const;

 private:
  std::string finish_document(TemplateData& data, const std::string& url, const std::string& title,
                              const std::string& main_html, const std::string& base_href, bool with_form_assets,
                              bool searchable) const;
  struct MenuItem {
    std::string title;
    std::string url;  // site-absolute
  };
  static std::vector<MenuItem> menu_items(const model::SiteModel& model, const ThemeStrings& strings);

  // The theme's layout with `main_html` (the page's own HTML) inside.
  std::string render_layout(TemplateData& data, const TemplateData& chrome, const std::string& main_html) const;
  // The layout keys that depend on the document's URL alone (menu, footer,
  // version bar, the URLs of assets and search), shared by the documents
  // that see the same relative URLs.
  const TemplateData& chrome(const std::string& url) const;
  // Every URL the chrome links to, in ChromeTarget order.
  std::vector<std::string> chrome_targets() const;
  // `relative`: chrome_targets_ relative to the document; `current`: per
  // menu item, the document lies in its section.
  TemplateData build_chrome(const std::vector<std::string>& relative, const std::vector<bool>& current,
                            bool is_home) const;
  // The layout keys of one document: its title, and on a content page its
  // breadcrumbs, table of contents, neighbours and history.
  TemplateData layout_data(const std::string& url, const std::string& title, const model::PageEntry* page) const;
  // The version bar: this version's name, the banner of old and concept
  // versions, and where the browser finds the list of versions.
  void add_version_data(const std::vector<std::string>& relative, TemplateData& data) const;
  // "Laatst gewijzigd", "Aangemaakt" and the page's Geschiedenis (on the
  // glossary page with the terms each change touched, linked from `url`).
  void add_history_data(const std::string& url, const model::PageEntry& page, TemplateData& data) const;
  // feedback_url and edit_url (site.yaml `feedback`, `edit_url`) for the page at `url`.
  void add_respond_links(const std::string& url, const model::PageEntry& page, TemplateData& data) const;
  TemplateData form_assets(const std::string& url) const;

  const model::SiteModel& model_;
  const TemplateEngine& templates_;
  const AssetMap& assets_;
  const bool versioned_;
  const config::SiteStatements site_statements_;  // a copy: small, and a default argument would not outlive the call
  const GlossaryForms glossary_forms_;
  const std::vector<StatementPage> statements_;  // colofon, privacy, toegankelijkheid: in the footer
  const std::string search_page_;                // zoeken/, or "" without one
  const bool offline_;                           // the version has a service worker
  const std::vector<MenuItem> menu_;             // the top-level sections, then Formulieren
  const std::vector<std::string> chrome_targets_;
  const std::optional<BodyReuse> body_reuse_;
  mutable std::mutex chrome_mutex_;
  // Built on first use, by relative URLs; never moved, so references stay.
  mutable std::unordered_map<std::string, std::unique_ptr<const TemplateData>> chromes_;
};

}  // namespace handboek::render
