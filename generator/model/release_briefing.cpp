#include "model/release_briefing.h"

#include <algorithm>
#include <map>
#include <optional>

namespace handboek::model {

namespace {

void walk_section(const SiteModel& model, size_t section, std::vector<size_t>& order) {
  const Section& here = model.sections[section];
  if (here.index_page) order.push_back(*here.index_page);
  for (const size_t page : here.pages) {
    if (!here.index_page || page != *here.index_page) order.push_back(page);
  }
  for (const size_t sub : here.subsections) walk_section(model, sub, order);
}

// The top-level section a page is listed under: the menu item a reader
// finds it by. None for the home page and the root's own pages.
std::optional<size_t> top_level_section(const SiteModel& model, size_t page) {
  std::optional<size_t> section = model.pages[page].section;
  std::optional<size_t> top;
  while (section && *section != 0) {
    top = section;
    section = model.sections[*section].parent;
  }
  return top;
}

bool same_options(const std::vector<load::ChoiceOption>& a, const std::vector<load::ChoiceOption>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].value != b[i].value || a[i].label != b[i].label) return false;
  }
  return true;
}

bool same_columns(const std::vector<load::TableColumn>& a, const std::vector<load::TableColumn>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id || a[i].label != b[i].label || a[i].type != b[i].type ||
        !same_options(a[i].options, b[i].options)) {
      return false;
    }
  }
  return true;
}

BriefingForm briefing_form(const SiteModel& older, const SiteModel& newer, const PageRef* before, const PageRef& after,
                           bool diffed) {
  const load::FormDefinition& now = newer.forms[after.page];
  BriefingForm form;
  form.ref = after;
  form.diffed = diffed;
  form.new_version = now.version;
  form.field_count = now.answer_fields().size();
  if (!before) {
    form.added = true;
    return form;
  }
  const load::FormDefinition& was = older.forms[before->page];
  form.old_version = was.version;
  if (was.title != now.title) form.old_title = was.title;
  form.fields = compare_form_fields(was, now);
  return form;
}

}  // namespace

std::vector<size_t> reading_order(const SiteModel& model) {
  std::vector<size_t> order;
  if (!model.sections.empty()) walk_section(model, 0, order);
  return order;
}

std::vector<FieldChange> compare_form_fields(const load::FormDefinition& older, const load::FormDefinition& newer) {
  std::map<std::string, const load::FormField*> old_fields;
  for (const load::FormField* field : older.answer_fields()) old_fields.emplace(field->id, field);
  std::vector<FieldChange> changes;
  std::map<std::string, bool> seen;
  for (const load::FormField* field : newer.answer_fields()) {
    seen[field->id] = true;
    FieldChange change;
    change.label = field->label;
    change.required = field->required;
    const auto before = old_fields.find(field->id);
    if (before == old_fields.end()) {
      change.kind = FieldChange::Kind::kAdded;
      changes.push_back(std::move(change));
      continue;
    }
    const load::FormField& was = *before->second;
    if (was.label != field->label) change.old_label = was.label;
    change.type_changed = was.type != field->type;
    change.required_changed = was.required != field->required;
    change.options_changed = !same_options(was.options, field->options) || !same_columns(was.columns, field->columns);
    change.help_changed = was.help.text != field->help.text;
    if (!change.old_label.empty() || change.type_changed || change.required_changed || change.options_changed ||
        change.help_changed) {
      changes.push_back(std::move(change));
    }
  }
  for (const load::FormField* field : older.answer_fields()) {
    if (seen.count(field->id)) continue;
    FieldChange change;
    change.kind = FieldChange::Kind::kRemoved;
    change.label = field->label;
    changes.push_back(std::move(change));
  }
  return changes;
}

ReleaseBriefing brief_release(const SiteModel& older, const SiteModel& newer, const ReleaseChanges& changes) {
  ReleaseBriefing briefing;
  briefing.notes = changes.notes;
  // Every added, changed or renamed page of `newer` by its index, then
  // listed in reading order.
  std::map<size_t, BriefingPage> pages;
  const auto add_page = [&](const PageRef& ref, BriefingChange change, const PageRef* before, bool diffed) {
    BriefingPage page;
    page.ref = ref;
    page.change = change;
    page.diffed = diffed;
    if (before) {
      page.older_page = before->page;
      if (before->title != ref.title) page.old_title = before->title;
    }
    page.group = top_level_section(newer, ref.page);
    pages.emplace(ref.page, std::move(page));
  };
  for (const PageRef& ref : changes.added) {
    if (ref.form) {
      briefing.forms.push_back(briefing_form(older, newer, nullptr, ref, false));
    } else {
      add_page(ref, BriefingChange::kAdded, nullptr, false);
    }
  }
  for (const ChangedPage& page : changes.changed) {
    if (page.after.form) {
      briefing.forms.push_back(briefing_form(older, newer, &page.before, page.after, true));
    } else {
      add_page(page.after, BriefingChange::kChanged, &page.before, true);
    }
  }
  for (const RenamedPage& page : changes.renamed) {
    if (page.to.form) {
      briefing.forms.push_back(briefing_form(older, newer, &page.from, page.to, page.changed));
    } else {
      add_page(page.to, BriefingChange::kRenamed, &page.from, page.changed);
    }
  }
  for (const size_t index : reading_order(newer)) {
    const auto found = pages.find(index);
    if (found == pages.end()) continue;
    briefing.pages.push_back(std::move(found->second));
    pages.erase(found);
  }
  // A page the navigation does not list (none should be) still counts.
  for (auto& [index, page] : pages) briefing.pages.push_back(std::move(page));
  for (const PageRef& ref : changes.removed) {
    if (ref.form) {
      BriefingForm form;
      form.ref = ref;
      form.removed = true;
      briefing.forms.push_back(std::move(form));
      continue;
    }
    BriefingPage page;
    page.ref = ref;
    page.change = BriefingChange::kRemoved;
    page.older_page = ref.page;
    briefing.pages.push_back(std::move(page));
  }
  std::sort(briefing.forms.begin(), briefing.forms.end(),
            [&](const BriefingForm& a, const BriefingForm& b) { return a.ref.path < b.ref.path; });
  return briefing;
}

}  // namespace handboek::model
