#include "render/version_index.h"

#include <algorithm>

#include "base/parallel_for.h"
#include "base/text.h"
#include "model/url_map.h"
#include "render/json_text.h"
#include "render/page_renderer.h"
#include "render/page_text.h"
#include "render/text_diff.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

constexpr const char* kIndexUrl = model::kVersionsIndexUrl;

// The address a reader knows a page by, without the version's prefix:
// "/werkwijze/oud/" (never the source file's path).
std::string address(const model::PageRef& ref, const model::VersionInfo& version) {
  return "/" + ref.url.substr(std::min(version.prefix.size(), ref.url.size()));
}

data page_ref(const model::PageRef& ref, const std::string& from) {
  data item;
  item.set("title", ref.title);
  item.set("url", model::relative_url(from, ref.url));
  item.set("is_form", ref.form);
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

// A page or a form as the paragraphs a reader reads.
std::vector<std::string> paragraphs_of(const model::SiteModel& model, const model::PageRef& ref) {
  if (ref.form) return form_paragraphs(model.forms[ref.page]);
  return page_paragraphs(model.pages[ref.page].page, form_titles(model));
}

data diff_paragraph(const DiffParagraph& paragraph) {
  data p;
  p.set("html", paragraph.html);
  p.set("changed", paragraph.changed);
  p.set("rewritten", paragraph.rewritten);
  p.set("old_html", paragraph.old_html);
  p.set("new_html", paragraph.new_html);
  return p;
}

data changed_page(const model::SiteModel& older, const model::SiteModel& newer, const model::PageRef& before,
                  const model::PageRef& after, const std::string& from) {
  data item = page_ref(after, from);
  // Named after the address, as readers know the page: #wijziging-processen-intake.
  item.set("anchor", after.form ? model::form_change_anchor(newer.forms[after.page].id)
                                : model::page_change_anchor(base::slugify(address(after, newer.version))));
  if (before.title != after.title) item.set("old_title", before.title);
  data paragraphs{data::type::list};
  for (const DiffParagraph& paragraph : diff_paragraphs(paragraphs_of(older, before), paragraphs_of(newer, after))) {
    paragraphs.push_back(diff_paragraph(paragraph));
  }
  item.set("has_paragraphs", !paragraphs.is_empty_list());
  item.set("paragraphs", paragraphs);
  return item;
}

// The release notes of one release: its commit subjects.
struct NoteGroup {
  const model::VersionInfo* version;
  const std::vector<std::string>* notes;
};

data note_groups(const std::vector<NoteGroup>& groups) {
  data list{data::type::list};
  for (const NoteGroup& group : groups) {
    if (group.notes->empty()) continue;
    data item;
    item.set("version", group.version->name);
    item.set("version_date", text(group.version->date));
    data notes{data::type::list};
    for (const std::string& note : *group.notes) notes.push_back(data{"text", note});
    item.set("notes", notes);
    list.push_back(item);
  }
  return list;
}

// Everything one change page shows besides the comparison itself.
struct ChangePageContext {
  std::string url;                 // where the page goes
  std::vector<NoteGroup> notes;    // newest release first
  data compare{data::type::list};  // links to the pages comparing with other releases
};

std::string change_page(const model::SiteModel& older, const model::SiteModel& newer,
                        const model::ReleaseChanges& changes, const ChangePageContext& context,
                        const TemplateEngine& templates) {
  const std::string& from = context.url;
  data d;
  const std::string older_name = older.version.name;
  d.set("title", "Wat is er veranderd sinds " + older_name);
  d.set("version", newer.version.name);
  d.set("version_date", text(newer.version.date));
  d.set("version_message", text(newer.version.message));
  d.set("previous", older_name);
  d.set("previous_date", text(older.version.date));
  const data groups = note_groups(context.notes);
  d.set("has_notes", !groups.is_empty_list());
  d.set("note_groups", groups);
  d.set("many_note_groups", context.notes.size() > 1);
  d.set("added", list_of_refs(changes.added, from));
  d.set("has_added", !changes.added.empty());
  d.set("removed", list_of_refs(changes.removed, from));
  d.set("has_removed", !changes.removed.empty());
  data renamed{data::type::list};
  data changed{data::type::list};
  for (const model::RenamedPage& rename : changes.renamed) {
    data item = page_ref(rename.to, from);
    item.set("old_title", rename.from.title);
    item.set("old_url", model::relative_url(from, rename.from.url));
    item.set("old_address", address(rename.from, older.version));
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
  d.set("compare", context.compare);
  d.set("has_compare", !context.compare.is_empty_list());
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

// The older release each page of the current version is compared with, and
// the page's URL: the one before it at /wijzigingen/, the others after.
struct CompareTarget {
  size_t older = 0;
  std::string url;
};

std::vector<CompareTarget> compare_targets(std::span<const model::SiteModel> models,
                                           const std::optional<VersionComparison>& previous,
                                           const std::vector<VersionComparison>& since_current) {
  std::vector<CompareTarget> targets;
  if (previous) targets.push_back({previous->older, changes_url(models.front().version)});
  for (const VersionComparison& since : since_current) {
    targets.push_back({since.older, changes_since_url(models.front().version, models[since.older].version)});
  }
  return targets;
}

// Links to every page comparing the current version with an older release,
// relative to `from`; the one at `from` is marked current.
data compare_links(std::span<const model::SiteModel> models, const std::vector<CompareTarget>& targets,
                   const std::string& from) {
  data list{data::type::list};
  for (const CompareTarget& target : targets) {
    const model::VersionInfo& older = models[target.older].version;
    data item;
    item.set("name", older.name);
    item.set("date", text(older.date));
    item.set("url", model::relative_url(from, target.url));
    item.set("current", target.url == from);
    list.push_back(item);
  }
  return list;
}

}  // namespace

std::string changes_url(const model::VersionInfo& version) {
  return model::changes_url(version.prefix);
}

std::string changes_since_url(const model::VersionInfo& version, const model::VersionInfo& older) {
  return model::changes_since_url(version.prefix, older.name);
}

void render_version_pages(std::span<const model::SiteModel> models,
                          const std::vector<std::optional<VersionComparison>>& comparisons,
                          const std::vector<VersionComparison>& since_current, const TemplateEngine& templates,
                          const AssetMap& assets, base::OutputTree& tree, const config::SiteStatements& statements,
                          const std::vector<bool>& cached, int jobs) {
  const auto is_cached = [&](size_t version) { return version < cached.size() && cached[version]; };
  const std::vector<CompareTarget> targets = compare_targets(models, comparisons.front(), since_current);
  // The change pages are collected first and rendered on `jobs` threads:
  // their word diffs are most of the work when releases differ much.
  struct ChangePageTask {
    size_t newer;
    size_t older;
    const model::ReleaseChanges* changes;
    ChangePageContext context;
  };
  std::vector<ChangePageTask> tasks;
  const auto render_change_page = [&](size_t newer, size_t older, const model::ReleaseChanges& changes,
                                      ChangePageContext context) {
    tasks.push_back({newer, older, &changes, std::move(context)});
  };
  data rows{data::type::list};
  for (size_t i = 0; i < models.size(); ++i) {
    const auto& comparison = comparisons[i];
    rows.push_back(version_row(models[i], comparison ? &comparison->changes : nullptr));
    if (!comparison || is_cached(i)) continue;
    ChangePageContext context;
    context.url = changes_url(models[i].version);
    context.notes.push_back({&models[i].version, &comparison->changes.notes});
    if (i == 0) context.compare = compare_links(models, targets, context.url);
    render_change_page(i, comparison->older, comparison->changes, std::move(context));
  }
  for (const VersionComparison& since : since_current) {
    if (is_cached(0)) break;
    ChangePageContext context;
    context.url = changes_since_url(models.front().version, models[since.older].version);
    // The notes of every release after the older one, newest first.
    for (size_t j = 0; j < since.older; ++j) {
      if (comparisons[j]) context.notes.push_back({&models[j].version, &comparisons[j]->changes.notes});
    }
    context.compare = compare_links(models, targets, context.url);
    render_change_page(0, since.older, since.changes, std::move(context));
  }
  std::vector<std::string> pages(tasks.size());
  base::parallel_for(tasks.size(), jobs, [&](size_t i) {
    const ChangePageTask& task = tasks[i];
    const PageRenderer renderer(models[task.newer], templates, assets, true, statements);
    const std::string title = "Wat is er veranderd sinds " + models[task.older].version.name;
    const std::string main =
        change_page(models[task.older], models[task.newer], *task.changes, task.context, templates);
    pages[i] = renderer.render_document(task.context.url, title, main, nullptr);
  });
  for (size_t i = 0; i < tasks.size(); ++i)
    tree.add(tasks[i].context.url.substr(1) + "index.html", std::move(pages[i]));
  data index;
  index.set("versions", rows);
  index.set("current", models.front().version.name);
  index.set("compare", compare_links(models, targets, kIndexUrl));
  index.set("has_compare", !targets.empty());
  const PageRenderer renderer(models.front(), templates, assets, true, statements);
  tree.add(std::string(kIndexUrl).substr(1) + "index.html",
           renderer.render_document(kIndexUrl, "Versies", templates.render("versies", index), nullptr));
  tree.add(std::string(model::kVersionsJsonUrl).substr(1), render_versions_json(models));
}

std::string render_versions_json(std::span<const model::SiteModel> models) {
  Json list = Json::array();
  for (const model::SiteModel& model : models) {
    const model::VersionInfo& version = model.version;
    list.push_back({{"name", version.name},
                    {"label", version.is_current   ? version.name + " (actueel)"
                              : version.is_concept ? std::string("concept (nog niet vastgesteld)")
                                                   : version.name},
                    {"url", model::relative_url(kIndexUrl, version.prefix)},
                    {"date", version.date},
                    {"current", version.is_current},
                    {"concept", version.is_concept}});
  }
  return json_text(Json{{"versions", std::move(list)}}) + "\n";
}

}  // namespace handboek::render
