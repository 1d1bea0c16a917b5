#include "render/page_renderer.h"

#include "model/url_map.h"
#include "render/form_renderer.h"
#include "render/offline_files.h"
#include "render/page_views.h"
#include "render/training_map.h"
#include "render/version_index.h"

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

// Headings of level 2 and 3 (and the route of a process) as the page's
// table of contents.
data table_of_contents(const model::PageEntry& page) {
  data toc{data::type::list};
  if (const auto* process = std::get_if<load::Process>(&page.page.details)) {
    data route;
    route.set("text", "Route in " + std::to_string(process->steps.size()) + " stappen");
    route.set("anchor", "route");
    route.set("level", "2");
    toc.push_back(route);
  }
  for (const load::Heading& heading : page.page.outline.headings) {
    if (heading.level < 2 || heading.level > 3) continue;
    data item;
    item.set("text", heading.text);
    item.set("anchor", heading.anchor);
    item.set("level", std::to_string(heading.level));
    toc.push_back(item);
  }
  return toc;
}

}  // namespace

TemplateData PageRenderer::layout_data(const std::string& url, const std::string& title,
                                       const model::PageEntry* page) const {
  data d;
  d.set("lang", model_.config.language);
  d.set("site_title", model_.config.title);
  d.set("site_subtitle", text(model_.config.subtitle));
  d.set("page_title", title);
  const std::string& prefix = model_.version.prefix;
  d.set("home_url", model::relative_url(url, prefix));
  d.set("css_url", model::relative_url(url, assets_.url("handboek.css")));
  d.set("js_url", model::relative_url(url, assets_.url("handboek.js")));
  // Search (docs/search.md): the theme's search box and this version's own
  // Pagefind bundle, written by the output stage.
  d.set("search_js_url", model::relative_url(url, assets_.url("zoeken.js")));
  d.set("search_bundle_url", model::relative_url(url, prefix + "pagefind/pagefind.js"));
  d.set("is_home", url == prefix);
  d.set("manifest_url", model::relative_url(url, kManifestUrl));
  if (offline_enabled(model_.config, templates_)) {
    d.set("offline_worker_url", model::relative_url(url, offline_worker_url(prefix)));
  }
  d.set("search_page_url", text(search_page_.empty() ? "" : model::relative_url(url, search_page_)));
  add_version_data(url, d);

  data menu{data::type::list};
  for (const size_t section_index : model_.menu) {
    const auto index_page = model_.sections[section_index].index_page;
    if (!index_page) continue;
    const model::PageEntry& section_page = model_.pages[*index_page];
    data item = link(url, section_page.page.title, section_page.url);
    item.set("current", url_within(url, section_page.url));
    menu.push_back(item);
  }
  if (!model_.forms.empty())
    menu.push_back([&] {
      data forms = link(url, "Formulieren", model::forms_index_url(prefix));
      forms.set("current", url_within(url, model::forms_index_url(prefix)));
      return forms;
    }());
  d.set("menu", menu);
  data organisations{data::type::list};
  for (const config::Organisation& organisation : model_.config.organisations) {
    data item;
    item.set("id", organisation.id);
    item.set("name", organisation.name);
    organisations.push_back(item);
  }
  d.set("has_organisations", !organisations.is_empty_list());
  d.set("organisations", organisations);
  // The footer: who owns the handbook, how to reach them, the statements.
  d.set("owner", handbook_owner(model_.config, site_statements_));
  d.set("contact_email", text(site_statements_.contact.email));
  data statements{data::type::list};
  for (const StatementPage& statement : statements_) {
    statements.push_back(link(url, statement.title, prefix + statement.slug + "/"));
  }
  d.set("has_statements", !statements.is_empty_list());
  d.set("statements", statements);

  if (!page) return d;
  data crumbs{data::type::list};
  for (const model::Crumb& crumb : page->breadcrumbs) crumbs.push_back(link(url, crumb.title, crumb.url));
  d.set("breadcrumbs", crumbs);
  d.set("has_breadcrumbs", !page->breadcrumbs.empty());
  const data toc = table_of_contents(*page);
  d.set("has_toc", !toc.is_empty_list() && toc.list_value().size() >= 2);
  d.set("toc", toc);
  if (page->previous) {
    const model::PageEntry& previous = model_.pages[*page->previous];
    d.set("previous", link(url, previous.page.title, previous.url));
  }
  if (page->next) {
    const model::PageEntry& next = model_.pages[*page->next];
    d.set("next", link(url, next.page.title, next.url));
  }
  d.set("page_type", load::page_type_name(page->page.type));
  add_history_data(url, *page, d);
  return d;
}

void PageRenderer::add_version_data(const std::string& url, TemplateData& d) const {
  const model::VersionInfo& version = model_.version;
  d.set("version_name", text(version.name));
  d.set("version_date", text(version.date));
  d.set("is_old_version", !version.is_current && !version.is_concept);
  d.set("is_concept", version.is_concept);
  if (!versioned_) return;
  d.set("has_versions", true);
  d.set("versions_url", model::relative_url(url, model::kVersionsIndexUrl));
  d.set("versions_json_url", model::relative_url(url, model::kVersionsJsonUrl));
  // The current release is always built at the site root.
  d.set("current_home_url", model::relative_url(url, "/"));
}

void PageRenderer::add_history_data(const std::string& url, const model::PageEntry& page, TemplateData& d) const {
  d.set("history_unavailable", !model_.history_available);
  d.set("uncommitted", page.uncommitted);
  if (page.history.empty()) return;
  d.set("last_changed", last_change_data(page.history.front()));
  const model::PageChange& first = page.history.back();
  data created;
  created.set("date", first.date);
  created.set("iso_date", first.iso_date);
  created.set("known_since", first.boundary);
  d.set("created", created);
  data changes{data::type::list};
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
      terms.push_back(link_to_term);
    }
    item.set("has_terms", !change.terms.empty());
    item.set("terms", terms);
    changes.push_back(item);
  }
  d.set("history", changes);
  d.set("has_history", true);
}

TemplateData PageRenderer::form_assets(const std::string& url) const {
  data assets;
  assets.set("form_css_url", model::relative_url(url, assets_.url("formulier.css")));
  assets.set("form_js_url", model::relative_url(url, assets_.url("formulier.js")));
  return assets;
}

std::string PageRenderer::render_print_bundle(const std::string& url, const std::string& title,
                                              const std::string& main_html) const {
  data d = layout_data(url, title, nullptr);
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
  // The running head and foot of every printed page: which version, and
  // where the page lives (the 404 lives at no address of its own).
  d.set("handbook_version", handbook_version(model_));
  d.set("page_address", text(base_href.empty() ? model::public_url(model_.config.base_url, url) : ""));
  d.set("search_indexed", searchable);
  if (with_form_assets) d.set("form_assets", form_assets(url));
  d.set("main_html", main_html);
  d.set("document_title", url == "/" ? model_.config.title : title + " — " + model_.config.title);
  return templates_.render("layout", d);
}

std::string PageRenderer::render_page(size_t index) const {
  const model::PageEntry& entry = model_.pages[index];
  // ```form ID blocks become the fillable form itself.
  bool embeds_form = false;
  GlossaryLinker glossary(model_, glossary_forms_, entry.url);
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
                                model_.glossary_page() == &entry ? nullptr : &glossary};
  if (std::holds_alternative<load::TrainingMap>(entry.page.details)) {  // the whole map as one document
    return render_document(entry.url, entry.page.title, render_training_map(model_, templates_, index), &entry, "",
                           true);
  }
  const PageView view = build_page_view(context);
  return render_document(entry.url, entry.page.title, templates_.render(view.template_name, view.data), &entry, "",
                         embeds_form);
}

}  // namespace handboek::render
