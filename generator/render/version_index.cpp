#include "render/version_index.h"

#include <algorithm>

#include "base/parallel_for.h"
#include "base/text.h"
#include "model/url_map.h"
#include "render/json_text.h"
#include "render/page_renderer.h"
#include "render/page_text.h"
#include "render/release_briefing.h"
#include "render/release_notes.h"
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
std::vector<std::string> paragraphs_of(const model::SiteModel& model, const ThemeStrings& strings,
                                       const model::PageRef& ref) {
  if (ref.form) return form_paragraphs(model.forms[ref.page], strings);
  return page_paragraphs(model.pages[ref.page].page, strings, form_titles(model));
}

// The theme's marks of the words that went and came (partials diff_removed,
// diff_added).
DiffMarks diff_marks(const TemplateEngine& templates) {
  const TemplateEngine::Snippets& snippets = templates.snippets();
  return {snippets.diff_removed.before(), snippets.diff_removed.after(), snippets.diff_added.before(),
          snippets.diff_added.after()};
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

// A changed page or form: its link, its old title when that changed, and
// its paragraphs with the words that changed marked.
data changed_page(const model::SiteModel& older, const model::SiteModel& newer, const model::PageRef& before,
                  const model::PageRef& after, const std::string& from, const TemplateEngine& templates,
                  ParagraphCache* newer_paragraphs) {
  const ThemeStrings& strings = templates.strings();
  data item = page_ref(after, from);
  // Named after the address, as readers know the page: #wijziging-processen-intake.
  item.set("anchor", after.form ? model::form_change_anchor(newer.forms[after.page].id)
                                : model::page_change_anchor(base::slugify(address(after, newer.version))));
  if (before.title != after.title) item.set("old_title", before.title);
  data paragraphs{data::type::list};
  std::vector<std::string> made;
  const std::vector<std::string>& after_paragraphs =
      newer_paragraphs ? newer_paragraphs->of(newer, strings, after) : (made = paragraphs_of(newer, strings, after));
  // The counts in the line that opens the diff: how many paragraphs changed,
  // how many words went and came.
  size_t changed_paragraphs = 0;
  size_t removed_words = 0;
  size_t added_words = 0;
  for (const DiffParagraph& paragraph :
       diff_paragraphs(paragraphs_of(older, strings, before), after_paragraphs, diff_marks(templates))) {
    paragraphs.push_back(diff_paragraph(paragraph));
    changed_paragraphs += paragraph.changed ? 1 : 0;
    removed_words += paragraph.removed_words;
    added_words += paragraph.added_words;
  }
  item.set("has_paragraphs", !paragraphs.is_empty_list());
  item.set("paragraphs", paragraphs);
  const auto count = [&item](const std::string& name, size_t value) {
    item.set(name, std::to_string(value));
    item.set("has_" + name, value > 0);
    item.set("one_" + name, value == 1);
  };
  count("changed_paragraphs", changed_paragraphs);
  count("removed_words", removed_words);
  count("added_words", added_words);
  return item;
}

// A version's release notes for a template: "release_title" and, when
// the message has more than its first line, "release_body" (HTML) and
// "release_shortened".
void set_release_notes(data& view, const ReleaseNotes& notes) {
  view.set("release_title", text(notes.title));
  view.set("has_release_body", !notes.body_html.empty());
  view.set("release_body", text(notes.body_html));
  view.set("release_shortened", notes.shortened);
}

// Per release the page spans: its release notes (the tag message) and the
// subjects of its commits.
data note_groups(const std::vector<NoteGroup>& groups) {
  data list{data::type::list};
  for (const NoteGroup& group : groups) {
    const ReleaseNotes release = render_release_notes(group.version->message);
    if (group.notes->empty() && release.body_html.empty()) continue;
    data item;
    item.set("version", group.version->name);
    item.set("version_date", text(group.version->date));
    set_release_notes(item, release);
    data notes{data::type::list};
    for (const std::string& note : *group.notes) notes.push_back(data{"text", note});
    item.set("has_commit_notes", !group.notes->empty());
    item.set("notes", notes);
    list.push_back(item);
  }
  return list;
}

// Links to every page comparing the current version with an older release,
// relative to `from`; the one at `from` is marked current.
data compare_links(const std::vector<CompareTarget>& targets, const std::string& from) {
  data list{data::type::list};
  for (const CompareTarget& target : targets) {
    data item;
    item.set("name", target.older->name);
    item.set("date", text(target.older->date));
    item.set("url", model::relative_url(from, target.url));
    item.set("current", target.url == from);
    list.push_back(item);
  }
  return list;
}

std::string change_page(const model::SiteModel& older, const model::SiteModel& newer,
                        const model::ReleaseChanges& changes, const ChangePageFrame& frame,
                        const TemplateEngine& templates, int jobs, ParagraphCache* newer_paragraphs) {
  const std::string& from = frame.url;
  data d;
  const std::string older_name = older.version.name;
  d.set("title", templates.strings().format(Text::kChangesSinceTitle, {{"version", older_name}}));
  d.set("version", newer.version.name);
  d.set("version_date", text(newer.version.date));
  d.set("version_message", text(render_release_notes(newer.version.message).title));
  d.set("previous", older_name);
  d.set("previous_date", text(older.version.date));
  const data groups = note_groups(frame.notes);
  d.set("has_notes", !groups.is_empty_list());
  d.set("note_groups", groups);
  d.set("many_note_groups", frame.notes.size() > 1);
  d.set("added", list_of_refs(changes.added, from));
  d.set("has_added", !changes.added.empty());
  d.set("removed", list_of_refs(changes.removed, from));
  d.set("has_removed", !changes.removed.empty());
  // The word diffs are most of the work when releases differ much: each
  // changed page is diffed on its own thread, then listed in order.
  std::vector<std::pair<const model::PageRef*, const model::PageRef*>> diffed;
  data renamed{data::type::list};
  for (const model::RenamedPage& rename : changes.renamed) {
    data item = page_ref(rename.to, from);
    item.set("old_title", rename.from.title);
    item.set("old_url", model::relative_url(from, rename.from.url));
    item.set("old_address", address(rename.from, older.version));
    renamed.push_back(item);
    if (rename.changed) diffed.emplace_back(&rename.from, &rename.to);
  }
  for (const model::ChangedPage& page : changes.changed) diffed.emplace_back(&page.before, &page.after);
  std::vector<data> items(diffed.size());
  base::parallel_for(diffed.size(), jobs, [&](size_t i) {
    items[i] = changed_page(older, newer, *diffed[i].first, *diffed[i].second, from, templates, newer_paragraphs);
  });
  data changed{data::type::list};
  for (data& item : items) changed.push_back(std::move(item));
  d.set("renamed", renamed);
  d.set("has_renamed", !changes.renamed.empty());
  d.set("changed", changed);
  d.set("has_changed", !changed.is_empty_list());
  d.set("versions_url", model::relative_url(from, kIndexUrl));
  // An edition's own change page leads to its briefing (render/release_briefing.h).
  if (from == changes_url(newer.version) && has_release_briefing(newer.config, newer.version, templates)) {
    d.set("briefing_url", model::relative_url(from, model::briefing_url(newer.version.prefix)));
    d.set("organisation", edition_name(newer.config));
  }
  d.set("compare", compare_links(frame.compare, from));
  d.set("has_compare", !frame.compare.empty());
  return templates.render("wijzigingen", d);
}

data version_row(const VersionRow& row, const config::SiteConfig& config, const TemplateEngine& templates) {
  const model::VersionInfo& version = *row.version;
  data item;
  item.set("name", version.name);
  item.set("date", text(version.date));
  const ReleaseNotes release = render_release_notes(version.message);
  item.set("message", text(release.title));
  set_release_notes(item, release);
  item.set("url", model::relative_url(kIndexUrl, version.prefix));
  item.set("is_current", version.is_current);
  item.set("is_concept", version.is_concept);
  if (row.changes) {
    data counts;
    counts.set("added", std::to_string(row.changes->added));
    counts.set("changed", std::to_string(row.changes->changed));
    counts.set("removed", std::to_string(row.changes->removed));
    counts.set("changes_url", model::relative_url(kIndexUrl, changes_url(version)));
    if (has_release_briefing(config, version, templates)) {
      counts.set("briefing_url", model::relative_url(kIndexUrl, model::briefing_url(version.prefix)));
      counts.set("organisation", edition_name(config));
    }
    item.set("changes", counts);
  }
  return item;
}

}  // namespace

std::string changes_url(const model::VersionInfo& version) {
  return model::changes_url(version.prefix);
}

std::string changes_since_url(const model::VersionInfo& version, const model::VersionInfo& older) {
  return model::changes_since_url(version.prefix, older.name);
}

ChangeCounts count_changes(const model::ReleaseChanges& changes) {
  return {changes.added.size(), changes.changed.size() + changes.renamed.size(), changes.removed.size()};
}

std::vector<CompareTarget> compare_targets(std::span<const model::VersionInfo> versions) {
  std::vector<CompareTarget> targets;
  for (size_t older = 1; older < versions.size(); ++older) {
    if (versions[older].is_concept) continue;
    targets.push_back({&versions[older], older == 1 ? changes_url(versions.front())
                                                    : changes_since_url(versions.front(), versions[older])});
  }
  return targets;
}

std::string render_change_page(const model::SiteModel& older, const model::SiteModel& newer,
                               const model::ReleaseChanges& changes, const ChangePageFrame& frame,
                               const TemplateEngine& templates, const AssetMap& assets,
                               const config::SiteStatements& statements, int jobs, ParagraphCache* newer_paragraphs) {
  const PageRenderer renderer(newer, templates, assets, true, statements);
  const std::string title = templates.strings().format(Text::kChangesSinceTitle, {{"version", older.version.name}});
  return renderer.render_document(
      frame.url, title, change_page(older, newer, changes, frame, templates, jobs, newer_paragraphs), nullptr);
}

const std::vector<std::string>& ParagraphCache::of(const model::SiteModel& model, const ThemeStrings& strings,
                                                   const model::PageRef& ref) {
  const std::pair<bool, size_t> key{ref.form, ref.page};
  {
    const std::lock_guard<std::mutex> guard(mutex_);
    if (const auto found = paragraphs_.find(key); found != paragraphs_.end()) return found->second;
  }
  std::vector<std::string> made =
      paragraphs_of(model, strings, ref);  // outside the lock: pages diff on several threads
  const std::lock_guard<std::mutex> guard(mutex_);
  return paragraphs_.emplace(key, std::move(made)).first->second;
}

void render_versions_index(const model::SiteModel& current, std::span<const VersionRow> rows,
                           const std::vector<CompareTarget>& compare, const TemplateEngine& templates,
                           const AssetMap& assets, base::OutputTree& tree, const config::SiteStatements& statements) {
  data list{data::type::list};
  for (const VersionRow& row : rows) list.push_back(version_row(row, current.config, templates));
  data index;
  index.set("versions", list);
  index.set("current", current.version.name);
  index.set("compare", compare_links(compare, kIndexUrl));
  index.set("has_compare", !compare.empty());
  const PageRenderer renderer(current, templates, assets, true, statements);
  tree.add(std::string(kIndexUrl).substr(1) + "index.html",
           renderer.render_document(kIndexUrl, templates.strings()[Text::kVersionsTitle],
                                    templates.render("versies", index), nullptr));
  tree.add(std::string(model::kVersionsJsonUrl).substr(1), render_versions_json(rows, templates.strings()));
}

std::string render_versions_json(std::span<const VersionRow> rows, const ThemeStrings& strings) {
  Json list = Json::array();
  for (const VersionRow& row : rows) {
    const model::VersionInfo& version = *row.version;
    list.push_back(
        {{"name", version.name},
         {"label", version.is_current   ? strings.format(Text::kVersionLabelCurrent, {{"version", version.name}})
                   : version.is_concept ? strings[Text::kVersionLabelConcept]
                                        : version.name},
         {"url", model::relative_url(kIndexUrl, version.prefix)},
         {"date", version.date},
         {"current", version.is_current},
         {"concept", version.is_concept}});
  }
  return json_text(Json{{"versions", std::move(list)}}) + "\n";
}

}  // namespace handboek::render
