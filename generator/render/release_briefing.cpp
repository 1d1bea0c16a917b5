#include "render/release_briefing.h"

#include "base/text.h"
#include "load/markdown_fields.h"
#include "load/markdown_parser.h"
#include "model/release_briefing.h"
#include "model/url_map.h"
#include "render/page_renderer.h"
#include "render/page_views.h"
#include "render/release_notes.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

bool names_organisation(const load::MarkdownOutline& outline, const std::string& organisation_id) {
  for (const load::SpecialBlock& block : outline.blocks) {
    if (block.kind == load::kLocalBlockKind && block.argument == organisation_id) return true;
  }
  return false;
}

void collect_local_blocks(const std::string& markdown, const std::string& organisation_id,
                          std::vector<std::string>& out) {
  load::CmarkDocument document = load::parse_markdown(markdown);
  const load::CmarkIterator iter(cmark_iter_new(document.get()));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK) continue;
    const load::FenceInfo info = load::split_fence_info(cmark_node_get_fence_info(node));
    if (info.kind != load::kLocalBlockKind || info.argument != organisation_id) continue;
    const char* literal = cmark_node_get_literal(node);
    out.emplace_back(literal ? literal : "");
  }
}

// The address a reader knows a page by, without the version's prefix.
std::string address(const model::PageRef& ref, const model::VersionInfo& version) {
  return "/" + ref.url.substr(std::min(version.prefix.size(), ref.url.size()));
}

data html_list(const std::vector<std::string>& blocks) {
  data list{data::type::list};
  for (const std::string& block : blocks) list.push_back(data{"html", render_unlinked_markdown(block)});
  return list;
}

// The organisation's own local blocks of a page in the briefing: the
// page, and its blocks before and now, when they differ.
std::optional<data> local_change(const model::SiteModel& older, const model::SiteModel& newer,
                                 const model::BriefingPage& page, const std::string& organisation,
                                 const std::string& from) {
  std::vector<std::string> before;
  std::vector<std::string> after;
  if (page.older_page) before = local_block_texts(older.pages[*page.older_page].page, organisation);
  if (page.change != model::BriefingChange::kRemoved)
    after = local_block_texts(newer.pages[page.ref.page].page, organisation);
  if (before == after) return std::nullopt;
  data item;
  item.set("title", page.ref.title);
  if (page.change != model::BriefingChange::kRemoved) {
    // Its first block in the body has the anchor; one in a step has none.
    const bool in_body = names_organisation(newer.pages[page.ref.page].page.outline, organisation);
    const std::string anchor = in_body ? "#" + model::local_block_anchor(organisation) : "";
    item.set("url", model::relative_url(from, page.ref.url + anchor));
  }
  item.set("added", before.empty());
  item.set("removed", after.empty());
  item.set("changed", !before.empty() && !after.empty());
  item.set("before", html_list(before));
  item.set("after", html_list(after));
  return item;
}

data field_change(const model::FieldChange& change) {
  data item;
  item.set("label", change.label);
  item.set("added", change.kind == model::FieldChange::Kind::kAdded);
  item.set("removed", change.kind == model::FieldChange::Kind::kRemoved);
  item.set("changed", change.kind == model::FieldChange::Kind::kChanged);
  item.set("old_label", text(change.old_label));
  item.set("type_changed", change.type_changed);
  item.set("required_changed", change.required_changed);
  item.set("required", change.required);
  item.set("options_changed", change.options_changed);
  item.set("help_changed", change.help_changed);
  return item;
}

data form_item(const model::SiteModel& newer, const model::BriefingForm& form, const std::string& from,
               const std::string& changes_page) {
  data item;
  item.set("title", form.ref.title);
  if (!form.removed) item.set("url", model::relative_url(from, form.ref.url));
  item.set("added", form.added);
  item.set("removed", form.removed);
  item.set("changed", !form.added && !form.removed);
  item.set("old_title", text(form.old_title));
  item.set("field_count", std::to_string(form.field_count));
  item.set("version_changed", !form.added && !form.removed && form.old_version != form.new_version);
  item.set("old_version", std::to_string(form.old_version));
  item.set("new_version", std::to_string(form.new_version));
  if (form.diffed) {
    const std::string anchor = model::form_change_anchor(newer.forms[form.ref.page].id);
    item.set("diff_url", model::relative_url(from, changes_page + "#" + anchor));
  }
  data fields{data::type::list};
  for (const model::FieldChange& change : form.fields) fields.push_back(field_change(change));
  item.set("has_fields", !fields.is_empty_list());
  item.set("fields", fields);
  return item;
}

std::string briefing_main(const model::SiteModel& older, const model::SiteModel& newer,
                          const model::ReleaseChanges& changes, const TemplateEngine& templates,
                          const std::string& from, const std::string& pdf_name) {
  const std::string& organisation = newer.config.edition;
  const std::string& name = edition_name(newer.config);
  const model::ReleaseBriefing briefing = model::brief_release(older, newer, changes);
  const std::string changes_page = model::changes_url(newer.version.prefix);
  data d;
  d.set("title", templates.strings().format(Text::kBriefingTitle, {{"organisation", name}}));
  d.set("organisation", name);
  d.set("site_title", newer.config.title);
  d.set("version", newer.version.name);
  d.set("version_date", text(newer.version.date));
  d.set("previous", older.version.name);
  d.set("previous_date", text(older.version.date));
  d.set("changes_url", model::relative_url(from, changes_page));
  d.set("versions_url", model::relative_url(from, model::kVersionsIndexUrl));
  if (newer.training_pdfs) d.set("pdf_url", pdf_name);

  // The release notes: the tag's message and the commit subjects.
  const ReleaseNotes release = render_release_notes(newer.version.message);
  d.set("release_title", text(release.title));
  d.set("has_release_body", !release.body_html.empty());
  d.set("release_body", text(release.body_html));
  d.set("release_shortened", release.shortened);
  data notes{data::type::list};
  for (const std::string& note : briefing.notes) notes.push_back(data{"text", note});
  d.set("has_commit_notes", !briefing.notes.empty());
  d.set("notes", notes);
  d.set("has_notes", !release.title.empty() || !briefing.notes.empty());

  // The organisation's own local blocks that changed, and the pages, per
  // top-level section in reading order.
  data local{data::type::list};
  data groups{data::type::list};
  data removed{data::type::list};
  data group_pages{data::type::list};
  std::optional<size_t> open_group;
  bool has_group = false;
  const auto close_group = [&] {
    if (!has_group) return;
    data group;
    group.set("title",
              open_group ? newer.pages[*newer.sections[*open_group].index_page].page.title : newer.config.title);
    group.set("pages", group_pages);
    groups.push_back(group);
    group_pages = data{data::type::list};
    has_group = false;
  };
  size_t page_count = 0;
  for (const model::BriefingPage& page : briefing.pages) {
    const std::optional<data> own = local_change(older, newer, page, organisation, from);
    if (own) local.push_back(*own);
    ++page_count;
    if (page.change == model::BriefingChange::kRemoved) {
      data item;
      item.set("title", page.ref.title);
      item.set("type_label", page_type_label(templates.strings(), older.pages[page.ref.page].page.type));
      removed.push_back(item);
      continue;
    }
    if (!has_group || open_group != page.group) {
      close_group();
      open_group = page.group;
      has_group = true;
    }
    const load::Page& now = newer.pages[page.ref.page].page;
    data item;
    item.set("title", page.ref.title);
    item.set("url", model::relative_url(from, page.ref.url));
    item.set("type_label", page_type_label(templates.strings(), now.type));
    item.set("added", page.change == model::BriefingChange::kAdded);
    item.set("changed", page.change == model::BriefingChange::kChanged);
    item.set("renamed", page.change == model::BriefingChange::kRenamed);
    item.set("old_title", text(page.old_title));
    item.set("summary", text(page.change == model::BriefingChange::kAdded ? now.summary : ""));
    item.set("own_local_changed", own.has_value());
    if (page.diffed) {
      const std::string anchor = model::page_change_anchor(base::slugify(address(page.ref, newer.version)));
      item.set("diff_url", model::relative_url(from, changes_page + "#" + anchor));
    }
    group_pages.push_back(item);
  }
  close_group();
  d.set("has_local", !local.is_empty_list());
  d.set("local", local);
  d.set("has_pages", page_count > 0);
  d.set("page_count", std::to_string(page_count));
  d.set("groups", groups);
  d.set("has_removed", !removed.is_empty_list());
  d.set("removed", removed);

  data forms{data::type::list};
  for (const model::BriefingForm& form : briefing.forms) forms.push_back(form_item(newer, form, from, changes_page));
  d.set("has_forms", !briefing.forms.empty());
  d.set("form_count", std::to_string(briefing.forms.size()));
  d.set("forms", forms);
  d.set("nothing_changed", page_count == 0 && briefing.forms.empty());
  return templates.render(kBriefingTemplate, d);
}

}  // namespace

bool has_release_briefing(const config::SiteConfig& config, const model::VersionInfo& version,
                          const TemplateEngine& templates) {
  return !config.edition.empty() && version.has_changes_page && !version.is_concept && !version.name.empty() &&
         templates.has(kBriefingTemplate);
}

const std::string& edition_name(const config::SiteConfig& config) {
  const config::Organisation* organisation = config.edition_organisation();
  return organisation ? organisation->name : config.edition;
}

std::vector<std::string> local_block_texts(const load::Page& page, const std::string& organisation_id) {
  std::vector<std::string> texts;
  if (names_organisation(page.outline, organisation_id)) collect_local_blocks(page.body, organisation_id, texts);
  load::for_each_markdown_field(page.details, [&](const load::InlineMarkdown& field) {
    if (names_organisation(field.outline, organisation_id)) collect_local_blocks(field.text, organisation_id, texts);
  });
  return texts;
}

BriefingDocument render_release_briefing(const model::SiteModel& older, const model::SiteModel& newer,
                                         const model::ReleaseChanges& changes, const TemplateEngine& templates,
                                         const AssetMap& assets, const config::SiteStatements& statements) {
  const std::string url = model::briefing_url(newer.version.prefix);
  const std::string pdf_name = model::briefing_pdf_name(newer.config.edition, newer.version.name);
  const std::string title =
      templates.strings().format(Text::kBriefingTitle, {{"organisation", edition_name(newer.config)}});
  const PageRenderer renderer(newer, templates, assets, true, statements);
  BriefingDocument document;
  document.html_path = url.substr(1) + "index.html";
  document.pdf_path = url.substr(1) + pdf_name;
  document.html =
      renderer.render_document(url, title, briefing_main(older, newer, changes, templates, url, pdf_name), nullptr);
  return document;
}

}  // namespace handboek::render
