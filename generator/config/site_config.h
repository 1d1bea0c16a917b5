// SiteConfig: everything site.yaml says, with the default of every field
// written in-class. This header is the reference for site.yaml; docs/content.md
// shows an example. Filled only by config_loader; read-only afterwards.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace handboek::config {

// The names `static_files: allow:` accepts.
inline constexpr std::array<std::string_view, 4> kStaticFileOptIns = {"html", "svg", "js", "css"};

struct Organisation {
  std::string id;           // lowercase [a-z0-9-]; named by ```lokaal ID blocks
  std::string name;         // short name shown on labels ("Halte Werk")
  std::string description;  // one line, optional
  // Its own edition (`handboek build --organisatie ID`, docs/content.md
  // "Edities"): the address it is published at ("" : the site's base_url),
  // its logo (a path in content/, an image published with the pages; "":
  // none), and whether its edition shows the other organisations' local
  // blocks, collapsed (`show_others: false` hides them).
  std::string base_url{};
  std::string logo{};
  bool show_others = true;
  // Its house style: a tokens CSS file in the repository (see
  // SiteConfig::tokens); "": the site's.
  std::string tokens{};
};

struct SiteConfig {
  // Shown in the header and the <title> of every page. Required.
  std::string title;
  // Optional line under the title.
  std::string subtitle;
  // Absolute URL of the site root, used for sitemap.xml. Always ends in '/'.
  std::string base_url = "/";
  // The html lang attribute; the handbook's language.
  std::string language = "nl";
  // Folder under themes/ that holds templates/ and assets/.
  std::string theme = "default";
  // The handbook version printed on forms and named in saved answers and form
  // schemas. "concept" until releases are made from git tags, which set it.
  std::string version = "concept";
  // Versions (site.yaml: `versions: {tags: "v*", concept: true}`). Git tags
  // matching `version_tags` are releases, named without a leading 'v'.
  std::string version_tags = "v*";
  // Also build the working tree as "concept" under /concept/ (editors).
  bool build_concept = false;
  // Link to a commit from a page's history; "{commit}" becomes the id.
  // Empty: commits are not linked.
  std::string commit_url;
  // Readers respond (docs/content.md "Reageren"): `feedback` is a mailto:
  // address or an https:// URL template with {url}, {titel}, {versie} and
  // {sectie}; every page then links to it. `edit_url` is a URL template with
  // {pad} (the page's file, content/…) for a forge's edit page. Empty: none.
  std::string feedback;
  std::string edit_url;
  // Types of content/ files a browser would run that are published anyway
  // (site.yaml: `static_files: allow: [svg]`), from kStaticFileOptIns. Only
  // for a site whose every author is trusted; see docs/security.md. An SVG
  // with scripts or event handlers is refused even then.
  std::vector<std::string> static_file_opt_ins;
  // Language warnings (B1 readability, spelling; generator/language) count
  // as errors and fail the build.
  bool strict_language = false;
  // `broken_links: warning`: a link, image or anchor that leads nowhere is a
  // located warning and is rendered as marked text, so a handbook brought
  // from elsewhere builds while its links are fixed. Default: an error.
  bool broken_links_are_warnings = false;
  // Readers' browsers keep each version they visit for reading offline (a
  // service worker, docs/offline.md). `offline: false` in site.yaml: no worker.
  bool offline = true;
  // `section_pdfs: true`: "Print deze sectie" also offers each section of
  // the current version as a PDF (weasyprint, a few seconds per section per
  // build; docs/training.md). Default: the print page only.
  bool section_pdfs = false;
  // `external_images: true`: images from other web sites (Markdown
  // `![](https://…)`, raw HTML `<img src="https://…">`) are shown. Default:
  // left out with a warning, because every reader's browser would tell
  // that site which page of the handbook is being read (docs/content.md).
  bool external_images = false;
  // `security_findings: error`: raw HTML the sanitizer had to cut and files
  // that are not published because they could run code fail the build (a
  // CI that wants that). Default: a warning; the unsafe part is never
  // published either way (docs/security.md).
  bool strict_security = false;
  // The folder the pages are in (site.yaml `content_dir`, else mkdocs.yml's
  // `docs_dir`); "" when neither names one: then content/, or docs/ when
  // there is no content/ (source::find_content_folder). Every stage after
  // the Source sees it as content/ (source/content_folder_source.h).
  std::string content_dir;
  // The menu order of a handbook written for MkDocs: the pages mkdocs.yml's
  // `nav` names, relative to the content folder. A page's own `weight`
  // comes first; pages not named follow (model/navigation.cpp).
  std::vector<std::string> nav_order;
  // The site was written for MkDocs or Docusaurus (it has mkdocs.yml or
  // docusaurus.config.*): its pages' front matter belongs to that tool, so
  // keys handboek does not know are ignored without a warning, and front
  // matter handboek cannot read is a warning and the page is built without
  // it (load/page_loader.cpp). The other tool accepted it.
  bool front_matter_of_other_tool = false;
  // `tokens: PATH`: a CSS file in the repository with NL Design System
  // design tokens (custom properties) that restyle the default theme; only
  // its custom property declarations are published (load/design_tokens.h).
  // In an edition, the organisation's own `tokens` if it has them. "": none.
  std::string tokens;
  // The partner organisations, in the order they are shown.
  std::vector<Organisation> organisations;
  // The organisation whose edition is built (an id of `organisations`);
  // "": the regional site. Not a site.yaml key: set by apply_edition from
  // `handboek build --organisatie ID`.
  std::string edition;

  const Organisation* find_organisation(const std::string& id) const;
  std::vector<std::string> organisation_ids() const;
  // The organisation of the edition; null for the regional site.
  const Organisation* edition_organisation() const { return edition.empty() ? nullptr : find_organisation(edition); }
  // Whether a page whose front matter names `page_organisations` is in
  // this build: the regional site has every page, an edition the pages
  // that name no organisation or name its own.
  bool includes_page(const std::vector<std::string>& page_organisations) const;
};

}  // namespace handboek::config
