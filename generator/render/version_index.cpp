#include "render/version_index.h"

#include "base/text.h"
#include "model/url_map.h"
#include "render/page_renderer.h"
#include "render/page_text.h"
#include "render/text_diff.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

constexpr const char* kIndexUrl = "/versies/";

data page_ref(const model::PageRef& ref, const std::string& from) {
  data item;
  item.set("title", ref.title);
  item.set("url", model::relative_url(from, ref.url));
  return item;
}

data list_of_refs(const std::vector<model::PageRef>& refs, const std::string& from) {
  data list{data::type::list};
  for (const model::PageRef& ref : refs) list.push_back(page_ref(ref, from));
  return list;
}

std::function<std::string(const std::string&)> form_titles(const model::SiteModel& model) {
  return [&model](const std::string& id) {
    const load::FormDefinition* form = model.find_form(id);
    return form ? form->title : id;
  };
}

data changed_page(const model::SiteModel& older, const model::SiteModel& newer, const model::PageRef& before,
                  const model::PageRef& after, const std::string& from) {
  data item = page_ref(after, from);
  item.set("anchor", "wijziging-" + base::slugify(after.path));
  if (before.path != after.path) item.set("old_title", before.title);
  data paragraphs{data::type::list};
  for (const DiffParagraph& paragraph :
       diff_paragraphs(page_paragraphs(older.pages[before.page].page, form_titles(older)),
                       page_paragraphs(newer.pages[after.page].page, form_titles(newer)))) {
    data p;
    p.set("html", paragraph.html);
    p.set("changed", paragraph.changed);
    paragraphs.push_back(p);
  }
  item.set("paragraphs", paragraphs);
  return item;
}

std::string change_page(const model::SiteModel& older, const model::SiteModel& newer,
                        const model::ReleaseChanges& changes, const TemplateEngine& templates) {
  const std::string from = changes_url(newer.version);
  data d;
  const std::string older_name = older.version.name;
  d.set("title", "Wat is er veranderd sinds " + older_name);
  d.set("version", newer.version.name);
  d.set("version_date", text(newer.version.date));
  d.set("version_message", text(newer.version.message));
  d.set("previous", older_name);
  d.set("previous_date", text(older.version.date));
  data notes{data::type::list};
  for (const std::string& note : changes.notes) notes.push_back(data{"text", note});
  d.set("notes", notes);
  d.set("has_notes", !changes.notes.empty());
  d.set("added", list_of_refs(changes.added, from));
  d.set("has_added", !changes.added.empty());
  d.set("removed", list_of_refs(changes.removed, from));
  d.set("has_removed", !changes.removed.empty());
  data renamed{data::type::list};
  data changed{data::type::list};
  for (const model::RenamedPage& rename : changes.renamed) {
    data item = page_ref(rename.to, from);
    item.set("old_title", rename.from.title);
    item.set("old_path", rename.from.path);
    item.set("new_path", rename.to.path);
    renamed.push_back(item);
    if (rename.changed) changed.push_back(changed_page(older, newer, rename.from, rename.to, from));
  }
  for (const model::ChangedPage& page : changes.changed) {
    changed.push_back(changed_page(older, newer, page.before, page.after, from));
  }
  d.set("renamed", renamed);
  d.set("has_renamed", !changes.renamed.empty());
  d.set("changed", changed);
  d.set("has_changed", !changed.is_empty_list());
  d.set("versions_url", model::relative_url(from, kIndexUrl));
  return templates.render("wijzigingen", d);
}

data version_row(const model::SiteModel& model, const model::ReleaseChanges* changes) {
  const model::VersionInfo& version = model.version;
  data item;
  item.set("name", version.name);
  item.set("date", text(version.date));
  item.set("message", text(version.message));
  item.set("url", model::relative_url(kIndexUrl, version.prefix));
  item.set("is_current", version.is_current);
  item.set("is_concept", version.is_concept);
  if (changes) {
    data counts;
    counts.set("added", std::to_string(changes->added.size()));
    counts.set("changed", std::to_string(changes->changed.size() + changes->renamed.size()));
    counts.set("removed", std::to_string(changes->removed.size()));
    counts.set("changes_url", model::relative_url(kIndexUrl, changes_url(version)));
    item.set("changes", counts);
  }
  return item;
}

}  // namespace

std::string changes_url(const model::VersionInfo& version) {
  return version.prefix + "wijzigingen/";
}

std::string page_diff_url(const model::VersionInfo& version, const std::string& page_path) {
  return changes_url(version) + "#wijziging-" + base::slugify(page_path);
}

void render_version_pages(std::span<const model::SiteModel> models,
                          const std::vector<std::optional<VersionComparison>>& comparisons,
                          const TemplateEngine& templates, const AssetMap& assets, const VersionSwitcher& versions,
                          output::OutputTree& tree, const config::SiteStatements& statements) {
  data rows{data::type::list};
  for (size_t i = 0; i < models.size(); ++i) {
    const auto& comparison = comparisons[i];
    rows.push_back(version_row(models[i], comparison ? &comparison->changes : nullptr));
    if (!comparison) continue;
    const model::SiteModel& older = models[comparison->older];
    const PageRenderer renderer(models[i], templates, assets, versions, statements);
    const std::string url = changes_url(models[i].version);
    tree.add(url.substr(1) + "index.html",
             renderer.render_document(url, "Wat is er veranderd sinds " + older.version.name,
                                      change_page(older, models[i], comparison->changes, templates), nullptr));
  }
  data index;
  index.set("versions", rows);
  const PageRenderer renderer(models.front(), templates, assets, versions, statements);
  tree.add(std::string(kIndexUrl).substr(1) + "index.html",
           renderer.render_document(kIndexUrl, "Versies", templates.render("versies", index), nullptr));
}

}  // namespace handboek::render
