#include "render/page_renderer.h"

#include "model/url_map.h"
#include "render/competency_matrix.h"
#include "render/form_renderer.h"
#include "render/offline_files.h"
#include "render/page_views.h"
#include "render/release_briefing.h"
#include "render/respond_links.h"
#include "render/training_map.h"
#include "render/version_index.h"
#include "source/content_folder_source.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

data link(const std::string& from, const std::string& title, const std::string& url) {
  data item;
  item.set("title", title);
  item.set("url", model::relative_url(from, url));
  return item;
}

bool url_within(const std::string& url, const std::string& section_url) {
  return section_url != "/" && url.compare(0, section_url.size(), section_url) == 0;
}

// Headings of level 2 and 3 (and the route of a process, and the
// competency matrix of the profiles' section page) as the page's table of
// contents.
data table_of_contents(const model::SiteModel& model, const ThemeStrings& strings, const model::PageEntry& page) {
  data toc{data::type::list};
  if (const auto* process = std::get_if<load::Process>(&page.page.details)) {
    data route;
    route.set("text", strings.format(Text::kTocRoute, {{"count", std::to_string(process->steps.size())}}));
    route.set("anchor", "route");
    route.set("level", "2");
    append(toc, std::move(route));
    // Each step too: on a phone "Op deze pagina" is the quick way to a step
    // further down a long route.
    size_t number = 0;
    for (const load::ProcessStep& step : process->steps) {
      data item;
      item.set("text", std::to_string(++number) + ". " + step.title);
      item.set("anchor", load::step_anchor(step.id));
      item.set("level", "3");
      append(toc, std::move(item));
    }
  }
  for (const load::Heading& heading : page.page.outline.headings) {
    if (heading.level < 2 || heading.level > 3) continue;
    data item;
    item.set("text", heading.text);
    item.set("anchor", heading.anchor);
    item.set("level", std::to_string(heading.level));
    append(toc, std::move(item));
  }
  // The matrix follows the body; its heading is the theme's
  // (partials/competency_matrix), its anchor the one the theme gives it.
  if (page.page.is_section_index && page.section != 0 && model.glossary_page() != &page &&
      is_competency_section(model, model.sections[page.section]) && competency_matrix_view(model, page.url)) {
    data matrix;
    matrix.set("text", strings[Text::kTocCompetencyMatrix]);
    matrix.set("anchor", "competentiematrix-titel");
    matrix.set("level", "2");
    append(toc, std::move(matrix));
  }
  return toc;
}

// A printed bundle's "Op deze pagina": every chapter and form.
data bundle_toc(const std::vector<BundleContentsEntry>& contents) {
  data toc{data::type::list};
  for (const BundleContentsEntry& entry : contents) {
    data item;
    item.set("text", entry.text);
    item.set("anchor", entry.anchor);
    item.set("level", std::to_string(entry.level));
    append(toc, std::move(item));
  }
  return toc;
}

void set_contents(data& d, data toc) {
  d.set("has_toc", !toc.is_empty_list() && toc.list_value().size() >= 2);
  put(d, "toc", std::move(toc));
}

}  // namespace

PageRenderer::PageRenderer(const model::SiteModel& model, const TemplateEngine& templates, const AssetMap& assets,
                           bool versioned, const config::SiteStatements& statements, BodyCache* bodies)
    : model_(model),
      templates_(templates),
      assets_(assets),
      versioned_(versioned),
      site_statements_(statements),
      glossary_forms_(glossary_forms(model)),
      statements_(statement_pages(model, templates)),
      search_page_(search_page_url(model, templates)),
      offline_(offline_enabled(model.config, templates)),
      menu_(menu_items(model, templates.strings())),
      chrome_targets_(chrome_targets()),
      body_reuse_([&]() -> std::optional<BodyReuse> {
        if (!bodies) return std::nullopt;
        std::optional<std::string> key = body_version_key(model, glossary_forms_, templates);
        if (!key) return std::nullopt;
        return BodyReuse{*bodies, std::move(*key)};
      }()) {}

// The chrome's links, in the order chrome_targets() lists them.
enum ChromeTarget : size_t {
  kHome,
  kCss,
  kTokensCss,
  kJs,
  kSearchJs,
  kSearchBundle,
  kManifest,
  kOfflineWorker,
  kSearchPage,
  kVersionsIndex,
  kVersionsJson,
  kCurrentHome,
  kChanges,
  kBriefing,  // an edition's "Wat verandert er voor ons" of this release, or ""
  kMenu,      // then one per menu item, then one per statement
};

std::vector<PageRenderer::MenuItem> PageRenderer::menu_items(const model::SiteModel& model,
                                                             const ThemeStrings& strings) {
  std::vector<MenuItem> items;
  for (const size_t section_index : model.menu) {
    const auto index_page = model.sections[section_index].index_page;
    if (!index_page) continue;
    const model::PageEntry& section_page = model.pages[*index_page];
    items.push_back({section_page.page.title, section_page.url});
  }
  if (!model.forms.empty()) items.push_back({strings[Text::kFormsTitle], model::forms_index_url(model.version.prefix)});
  return items;
}

std::vector<std::string> PageRenderer::chrome_targets() const {
  const std::string& prefix = model_.version.prefix;
  // An edition's briefing of this release (render/release_briefing.h).
  const std::string briefing =
      has_release_briefing(model_.config, model_.version, templates_) ? model::briefing_url(prefix) : "";
  std::vector<std::string> targets{prefix,
                                   assets_.url("handboek.css"),
                                   assets_.url(kDesignTokensAsset),  // "" without tokens
                                   assets_.url("handboek.js"),
                                   assets_.url("zoeken.js"),
                                   prefix + "pagefind/pagefind.js",
                                   kManifestUrl,
                                   offline_ ? offline_worker_url(prefix) : "",
                                   search_page_,
                                   model::kVersionsIndexUrl,
                                   model::kVersionsJsonUrl,
                                   "/",
                                   model::changes_url(prefix),
                                   briefing};
  for (const MenuItem& item : menu_) targets.push_back(item.url);
  for (const StatementPage& statement : statements_) targets.push_back(prefix + statement.slug + "/");
  // Last: an edition's logo (the model checked that content/ publishes it).
  if (const config::Organisation* edition = model_.config.edition_organisation(); edition && !edition->logo.empty()) {
    if (const auto logo = base::SitePath::parse(edition->logo)) {
      targets.push_back(prefix + model::static_file_url(*logo).substr(1));
    }
  }
  return targets;
}

const TemplateData& PageRenderer::chrome(const std::string& url) const {
  // The chrome depends on the document's URL only through these relative
  // URLs, which menu item is current and whether it is the home page, so
  // they are its key: a site has as many chromes as folder depths × menu
  // items, not one per document.
  std::vector<std::string> relative;
  relative.reserve(chrome_targets_.size());
  std::string key;
  for (const std::string& target : chrome_targets_) {
    relative.push_back(model::relative_url(url, target));
    key += relative.back();
    key += '\n';
  }
  std::vector<bool> current;
  for (const MenuItem& item : menu_) {
    current.push_back(url_within(url, item.url));
    key += current.back() ? '1' : '0';
  }
  const bool is_home = url == model_.version.prefix;
  key += is_home ? '1' : '0';
  const std::lock_guard lock(chrome_mutex_);
  auto& chrome = chromes_[key];
  if (!chrome) chrome = std::make_unique<const TemplateData>(build_chrome(relative, current, is_home));
  return *chrome;
}

TemplateData PageRenderer::build_chrome(const std::vector<std::string>& relative, const std::vector<bool>& current,
                                        bool is_home) const {
  data d;
  d.set("lang", model_.config.language);
  d.set("site_title", model_.config.title);
  d.set("site_subtitle", text(model_.config.subtitle));
  d.set("home_url", relative[kHome]);
  d.set("css_url", relative[kCss]);
  d.set("tokens_css_url", text(relative[kTokensCss]));
  d.set("js_url", relative[kJs]);
  // Search (docs/search.md): the theme's search box and this version's own
  // Pagefind bundle, written by the output stage.
  d.set("search_js_url", relative[kSearchJs]);
  d.set("search_bundle_url", relative[kSearchBundle]);
  d.set("is_home", is_home);
  d.set("manifest_url", relative[kManifest]);
  if (offline_) d.set("offline_worker_url", relative[kOfflineWorker]);
  d.set("search_page_url", text(relative[kSearchPage]));
  add_version_data(relative, d);

  data menu = list_of_size(menu_.size());
  for (size_t i = 0; i < menu_.size(); ++i) {
    data item;
    item.set("title", menu_[i].title);
    item.set("url", relative[kMenu + i]);
    item.set("current", current[i]);
    append(menu, std::move(item));
  }
  put(d, "menu", std::move(menu));
  // An edition is its organisation's: its name and logo in the header, and
  // no "Mijn organisatie" choice (its own blocks come first already).
  const config::Organisation* edition = model_.config.edition_organisation();
  d.set("edition_name", text(edition ? edition->name : ""));
  const size_t logo = kMenu + menu_.size() + statements_.size();
  d.set("edition_logo_url", text(logo < relative.size() ? relative[logo] : ""));
  data organisations = list_of_size(edition ? 0 : model_.config.organisations.size());
  for (const config::Organisation& organisation : model_.config.organisations) {
    if (edition) break;
    data item;
    item.set("id", organisation.id);
    item.set("name", organisation.name);
    append(organisations, std::move(item));
  }
  d.set("has_organisations", !organisations.is_empty_list());
  put(d, "organisations", std::move(organisations));
  // The footer: who owns the handbook, how to reach them, the statements.
  d.set("owner", handbook_owner(model_.config, site_statements_, templates_.strings()));
  d.set("contact_email", text(site_statements_.contact.email));
  data statements = list_of_size(statements_.size());
  for (size_t i = 0; i < statements_.size(); ++i) {
    data item;
    item.set("title", statements_[i].title);
    item.set("url", relative[kMenu + menu_.size() + i]);
    append(statements, std::move(item));
  }
  d.set("has_statements", !statements.is_empty_list());
  put(d, "statements", std::move(statements));
  // The running head of every printed page: which version.
  d.set("handbook_version", handbook_version(model_));
  return d;
}

TemplateData PageRenderer::layout_data(const std::string& url, const std::string& title,
                                       const model::PageEntry* page) const {
  data d;
  d.set("page_title", title);
  if (!page) return d;
  data crumbs = list_of_size(page->breadcrumbs.size());
  for (const model::Crumb& crumb : page->breadcrumbs) append(crumbs, link(url, crumb.title, crumb.url));
  put(d, "breadcrumbs", std::move(crumbs));
  d.set("has_breadcrumbs", !page->breadcrumbs.empty());
  set_contents(d, std::holds_alternative<load::TrainingMap>(page->page.details)
                      ? bundle_toc(training_map_contents(model_, templates_.strings(),
                                                         static_cast<size_t>(page - model_.pages.data())))
                      : table_of_contents(model_, templates_.strings(), *page));
  if (page->previous) {
    const model::PageEntry& previous = model_.pages[*page->previous];
    put(d, "previous", link(url, previous.page.title, previous.url));
  }
  if (page->next) {
    const model::PageEntry& next = model_.pages[*page->next];
    put(d, "next", link(url, next.page.title, next.url));
  }
  d.set("page_type", load::page_type_name(page->page.type));
  add_history_data(url, *page, d);
  add_respond_links(url, *page, d);
  return d;
}

void PageRenderer::add_respond_links(const std::string& url, const model::PageEntry& page, TemplateData& d) const {
  const config::SiteConfig& config = model_.config;
  if (config.feedback.empty() && config.edit_url.empty()) return;
  PageDetailsForResponse details;
  details.url = config.base_url + (url.empty() ? "" : url.substr(1));
  details.title = page.page.title;
  details.version = handbook_version(model_);
  details.section = page.breadcrumbs.size() >= 2 ? page.breadcrumbs[1].title : "";
  // The file as it is in the repository (docs/… for a MkDocs handbook).
  details.file = page.page.is_generated ? "" : source::real_content_path(page.page.path.str(), config.content_dir);
  const std::string feedback = feedback_link(config.feedback, details);
  const std::string edit = edit_link(config.edit_url, details);
  if (!feedback.empty()) d.set("feedback_url", feedback);
  if (!edit.empty()) d.set("edit_url", edit);
  d.set("has_respond_links", !feedback.empty() || !edit.empty());
}

void PageRenderer::add_version_data(const std::vector<std::string>& relative, TemplateData& d) const {
  const model::VersionInfo& version = model_.version;
  d.set("version_name", text(version.name));
  d.set("version_date", text(version.date));
  d.set("is_old_version", !version.is_current && !version.is_concept);
  d.set("is_concept", version.is_concept);
  if (!versioned_) return;
  d.set("has_versions", true);
  d.set("versions_url", relative[kVersionsIndex]);
  d.set("versions_json_url", relative[kVersionsJson]);
  d.set("has_changes_page", version.has_changes_page);
  d.set("changes_url", relative[kChanges]);
  d.set("has_briefing", has_release_briefing(model_.config, model_.version, templates_));
  d.set("briefing_url", relative[kBriefing]);
  // The current release is always built at the site root.
  d.set("current_home_url", relative[kCurrentHome]);
}

void PageRenderer::add_history_data(const std::string& url, const model::PageEntry& page, TemplateData& d) const {
  d.set("history_anchor", model::kPageHistoryAnchor);
  d.set("history_unavailable", !model_.history_available);
  d.set("uncommitted", page.uncommitted);
  if (page.history.empty()) return;
  put(d, "last_changed", last_change_data(page.history.front()));
  const model::PageChange& first = page.history.back();
  data created;
  created.set("date", first.date);
  created.set("iso_date", first.iso_date);
  created.set("known_since", first.boundary);
  put(d, "created", std::move(created));
  data changes = list_of_size(page.history.size());
  for (const model::PageChange& change : page.history) {
    data item;
    item.set("date", change.date);
    item.set("iso_date", change.iso_date);
    item.set("author", text(change.author));
    item.set("subject", text(change.subject));
    item.set("commit", change.commit_id.substr(0, 10));
    item.set("commit_url", text(change.commit_url));
    item.set("renamed", change.renamed);
    item.set("boundary", change.boundary);
    data terms{data::type::list};
    for (const size_t term : change.terms) {
      data link_to_term = link(url, model_.pages[term].page.title, model_.pages[term].url);
      link_to_term.set("first", terms.is_empty_list());
      append(terms, std::move(link_to_term));
    }
    item.set("has_terms", !change.terms.empty());
    put(item, "terms", std::move(terms));
    append(changes, std::move(item));
  }
  put(d, "history", std::move(changes));
  d.set("has_history", true);
}

TemplateData PageRenderer::form_assets(const std::string& url) const {
  data assets;
  assets.set("form_css_url", model::relative_url(url, assets_.url("formulier.css")));
  assets.set("form_js_url", model::relative_url(url, assets_.url("formulier.js")));
  return assets;
}

std::string PageRenderer::render_print_bundle(const std::string& url, const std::string& title,
                                              const std::string& main_html,
                                              const std::vector<BundleContentsEntry>& contents) const {
  data d = layout_data(url, title, nullptr);
  set_contents(d, bundle_toc(contents));
  d.set("page_type", load::page_type_name(load::PageType::kTrainingMap));  // prints like a map
  return finish_document(d, url, title, main_html, "", true, false);
}

std::string PageRenderer::render_document(const std::string& url, const std::string& title,
                                          const std::string& main_html, const model::PageEntry* page,
                                          const std::string& base_href, bool with_form_assets) const {
  data d = layout_data(url, title, page);
  // Content pages and forms are searchable.
  return finish_document(d, url, title, main_html, base_href, with_form_assets, page != nullptr || with_form_assets);
}

std::string PageRenderer::finish_document(TemplateData& d, const std::string& url, const std::string& title,
                                          const std::string& main_html, const std::string& base_href,
                                          bool with_form_assets, bool searchable) const {
  d.set("base_href", text(base_href));
  // The foot of every printed page: where the page lives (the 404 lives at
  // no address of its own).
  d.set("page_address", text(base_href.empty() ? model::public_url(model_.config.base_url, url) : ""));
  d.set("search_indexed", searchable);
  if (with_form_assets) put(d, "form_assets", form_assets(url));
  d.set("document_title", url == "/" ? model_.config.title
                                     : templates_.strings().format(Text::kDocumentTitle,
                                                                   {{"page", title}, {"site", model_.config.title}}));
  return render_layout(d, chrome(url), main_html);
}

std::string PageRenderer::render_layout(TemplateData& d, const TemplateData& chrome,
                                        const std::string& main_html) const {
  // The layout is rendered around a placeholder that the page's HTML then
  // replaces: through kainjow the HTML (a whole section, in a print) was
  // copied four times. The same bytes come out when the placeholder is
  // written once, unescaped (its `<` would be escaped otherwise), and the
  // HTML, like the placeholder, is not blank: kainjow drops a line with a
  // section tag that holds only spaces and tabs. Otherwise: the plain way.
  static const std::string kPlaceholder = "\x01<handboek main_html 5c1e0b7a>\x01";
  if (main_html.find_first_not_of(" \t") != std::string::npos) {
    d.set("main_html", kPlaceholder);
    std::string document = templates_.render("layout", d, chrome);
    const size_t at = document.find(kPlaceholder);
    if (at != std::string::npos && document.find(kPlaceholder, at + 1) == std::string::npos) {
      document.replace(at, kPlaceholder.size(), main_html);
      return document;
    }
  }
  d.set("main_html", main_html);
  return templates_.render("layout", d, chrome);
}

std::string PageRenderer::render_page(size_t index) const {
  const model::PageEntry& entry = model_.pages[index];
  // ```form ID blocks become the fillable form itself.
  bool embeds_form = false;
  GlossaryLinker glossary(model_, glossary_forms_, templates_.snippets().glossary_term, entry.url);
  FormKeys forms;
  const MarkdownContext context{model_,
                                templates_,
                                entry,
                                entry.url,
                                [&](const std::string& form_id) {
                                  const load::FormDefinition* form = model_.find_form(form_id);
                                  if (!form) return std::string();
                                  embeds_form = true;
                                  return render_embedded_form(model_, templates_, *form, entry.url, forms);
                                },
                                model_.glossary_page() == &entry ? nullptr : &glossary,
                                body_reuse_ ? &*body_reuse_ : nullptr};
  if (std::holds_alternative<load::TrainingMap>(entry.page.details)) {  // the whole map as one document
    return render_document(entry.url, entry.page.title, render_training_map(model_, templates_, index, body_reuse()),
                           &entry, "", true);
  }
  const PageView view = build_page_view(context);
  return render_document(entry.url, entry.page.title, templates_.render(view.template_name, view.data), &entry, "",
                         embeds_form);
}

}  // namespace handboek::render
