#include "render/page_renderer.h"

#include "model/url_map.h"
#include "render/page_views.h"

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
  d.set("site_subtitle", model_.config.subtitle);
  d.set("page_title", title);
  d.set("home_url", model::relative_url(url, "/"));
  d.set("css_url", model::relative_url(url, assets_.url("handboek.css")));
  d.set("js_url", model::relative_url(url, assets_.url("handboek.js")));
  d.set("is_home", url == "/");

  data menu{data::type::list};
  for (const size_t section_index : model_.menu) {
    const auto index_page = model_.sections[section_index].index_page;
    if (!index_page) continue;
    const model::PageEntry& section_page = model_.pages[*index_page];
    data item = link(url, section_page.page.title, section_page.url);
    item.set("current", url_within(url, section_page.url));
    menu.push_back(item);
  }
  menu.push_back([&] {
    data forms = link(url, "Formulieren", "/formulieren/");
    forms.set("current", url_within(url, "/formulieren/"));
    return forms;
  }());
  d.set("menu", menu);

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
  return d;
}

std::string PageRenderer::render_document(const std::string& url, const std::string& title,
                                          const std::string& main_html, const model::PageEntry* page,
                                          const std::string& base_href) const {
  data d = layout_data(url, title, page);
  d.set("base_href", base_href);
  d.set("main_html", main_html);
  d.set("document_title", url == "/" ? model_.config.title : title + " — " + model_.config.title);
  return templates_.render("layout", d);
}

std::string PageRenderer::render_page(size_t index) const {
  const model::PageEntry& entry = model_.pages[index];
  const MarkdownContext context{model_, entry, entry.url, nullptr};
  const PageView view = build_page_view(context);
  return render_document(entry.url, entry.page.title, templates_.render(view.template_name, view.data), &entry);
}

}  // namespace handboek::render
