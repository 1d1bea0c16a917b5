#include "render/page_views.h"

#include <algorithm>
#include <tuple>

#include "base/dutch_date.h"
#include "base/text.h"
#include "model/url_map.h"
#include "render/competency_matrix.h"
#include "render/process_diagram.h"
#include "render/training_map.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

data list_of(const std::vector<std::string>& items) {
  data list{data::type::list};
  for (const std::string& item : items) list.push_back(data{"text", item});
  return list;
}

std::string url_from(const MarkdownContext& context, const std::string& site_url) {
  return model::relative_url(context.document_url, site_url);
}

data step_view(const MarkdownContext& context, const load::ProcessStep& step, size_t number, size_t count) {
  const model::SiteModel& model = context.model;
  data view;
  view.set("number", std::to_string(number));
  view.set("anchor", load::step_anchor(step.id));
  view.set("title", step.title);
  view.set("role", text(step.role));
  view.set("organisation", text(step.organisation));
  view.set("termijn", text(step.termijn));
  view.set("description_html", text(render_fragment(step.description.text, context)));
  view.set("outcome", text(step.outcome));
  view.set("instruments", list_of(step.instruments));
  view.set("has_instruments", !step.instruments.empty());
  view.set("is_last", number == count);
  if (step.form) {
    if (const load::FormDefinition* form = model.find_form(step.form->id)) {
      data form_view;
      form_view.set("title", form->title);
      form_view.set("url", url_from(context, model.form_url(form->id)));
      view.set("form", form_view);
    }
  }
  data competencies{data::type::list};
  for (const load::Reference& reference : step.competencies) {
    const auto found = model.competencies.find(reference.id);
    if (found == model.competencies.end()) continue;
    const model::PageEntry& profile = model.pages[found->second.page];
    const auto& definition =
        std::get<load::CompetencyProfile>(profile.page.details).competencies[found->second.competency];
    data item;
    item.set("name", definition.name);
    item.set("profile", profile.page.title);
    item.set("url", url_from(context, model::competency_url(profile.url, definition.id)));
    competencies.push_back(item);
  }
  view.set("competencies", competencies);
  view.set("has_competencies", !step.competencies.empty());
  data alternatives{data::type::list};
  for (const load::StepAlternative& alternative : step.alternatives) {
    data item;
    item.set("label", alternative.label);
    item.set("description_html", text(render_fragment(alternative.description.text, context)));
    alternatives.push_back(item);
  }
  view.set("alternatives", alternatives);
  view.set("has_alternatives", !step.alternatives.empty());
  return view;
}

void add_process(const MarkdownContext& context, const load::Process& process, data& view) {
  view.set("principles", list_of(process.principles));
  view.set("has_principles", !process.principles.empty());
  data steps{data::type::list};
  for (size_t i = 0; i < process.steps.size(); ++i) {
    steps.push_back(step_view(context, process.steps[i], i + 1, process.steps.size()));
  }
  view.set("steps", steps);
  std::vector<std::string> form_titles;
  for (const load::ProcessStep& step : process.steps) {
    const load::FormDefinition* form = step.form ? context.model.find_form(step.form->id) : nullptr;
    form_titles.push_back(form ? form->title : "");
  }
  // Both shapes are drawn; the theme shows one per screen width.
  for (const auto& [key, id, shape] : {std::tuple{"diagram_svg", "route-schema", DiagramShape::kWide},
                                       std::tuple{"diagram_svg_narrow", "route-schema-smal", DiagramShape::kNarrow}}) {
    view.set(key, render_process_svg(
                      context.templates,
                      layout_process(process, context.templates.strings(), context.page.page.title, form_titles, shape),
                      id, shape));
  }
}

// The casussen that walk through this process.
data casussen_of(const MarkdownContext& context) {
  data list{data::type::list};
  const auto found =
      context.model.process_casussen.find(static_cast<size_t>(&context.page - context.model.pages.data()));
  if (found == context.model.process_casussen.end()) return list;
  for (const size_t index : found->second) {
    const model::PageEntry& casus = context.model.pages[index];
    data item;
    item.set("title", casus.page.title);
    item.set("url", url_from(context, casus.url));
    item.set("summary", text(casus.page.summary));
    list.push_back(item);
  }
  return list;
}

// A casus: each step it walks through, in the casus's order, linked to the
// step of the process, with the step's form; the questions for intervisie.
void add_casus(const MarkdownContext& context, const load::Casus& casus, data& view) {
  const model::SiteModel& model = context.model;
  view.set("situation_html", text(render_fragment(casus.situation.text, context)));
  const auto process_index = model.casus_process.find(static_cast<size_t>(&context.page - model.pages.data()));
  const model::PageEntry* process_page =
      process_index == model.casus_process.end() ? nullptr : &model.pages[process_index->second];
  const load::Process* process = process_page ? std::get_if<load::Process>(&process_page->page.details) : nullptr;
  if (process_page) {
    data link;
    link.set("title", process_page->page.title);
    link.set("url", url_from(context, process_page->url));
    view.set("process", link);
  }
  data steps{data::type::list};
  data touched_forms{data::type::list};
  std::vector<std::string> form_ids;
  for (const load::CasusStep& casus_step : casus.steps) {
    data item;
    item.set("anchor", load::step_anchor(casus_step.step.id));
    item.set("text_html", text(render_fragment(casus_step.text.text, context)));
    item.set("title", casus_step.step.id);
    for (size_t s = 0; process && s < process->steps.size(); ++s) {
      const load::ProcessStep& step = process->steps[s];
      if (step.id != casus_step.step.id) continue;
      item.set("title", step.title);
      item.set("number", std::to_string(s + 1));
      item.set("url", url_from(context, model::step_url(process_page->url, step.id)));
      const load::FormDefinition* form = step.form ? model.find_form(step.form->id) : nullptr;
      if (!form) continue;
      data form_view;
      form_view.set("title", form->title);
      form_view.set("url", url_from(context, model.form_url(form->id)));
      item.set("form", form_view);
      if (std::find(form_ids.begin(), form_ids.end(), form->id) == form_ids.end()) {
        form_ids.push_back(form->id);
        touched_forms.push_back(form_view);
      }
    }
    steps.push_back(item);
  }
  view.set("steps", steps);
  view.set("forms", touched_forms);
  view.set("has_forms", !touched_forms.is_empty_list());
  view.set("questions", list_of(casus.questions));
  view.set("has_questions", !casus.questions.empty());
}

// "Nodig bij": each step, in any process, that names the competency.
data uses_of(const MarkdownContext& context, const std::string& competency_id) {
  data uses{data::type::list};
  const auto found = context.model.competency_uses.find(competency_id);
  if (found == context.model.competency_uses.end()) return uses;
  for (const model::StepRef& ref : found->second) {
    const model::PageEntry& process_page = context.model.pages[ref.page];
    const auto& step = std::get<load::Process>(process_page.page.details).steps[ref.step];
    data use;
    use.set("process", process_page.page.title);
    use.set("step", step.title);
    use.set("number", std::to_string(ref.step + 1));
    use.set("url", url_from(context, model::step_url(process_page.url, step.id)));
    uses.push_back(use);
  }
  return uses;
}

void add_profile(const MarkdownContext& context, const load::CompetencyProfile& profile, data& view) {
  view.set("role", text(profile.role));
  view.set("task_html", text(render_fragment(profile.task_description.text, context)));
  data competencies{data::type::list};
  for (const load::Competency& competency : profile.competencies) {
    data item;
    item.set("anchor", load::competency_anchor(competency.id));
    item.set("name", competency.name);
    item.set("definition", text(competency.definition));
    item.set("indicators", list_of(competency.indicators));
    const data uses = uses_of(context, competency.id);
    item.set("has_uses", !uses.is_empty_list());
    item.set("uses", uses);
    competencies.push_back(item);
  }
  view.set("competencies", competencies);
}

void add_interview(const MarkdownContext& context, const load::InterviewFormat& format, data& view) {
  view.set("purpose_html", text(render_fragment(format.purpose.text, context)));
  view.set("duration", text(format.duration));
  view.set("attitude_html", text(render_fragment(format.attitude.text, context)));
  data themes{data::type::list};
  size_t number = 0;
  for (const load::InterviewTheme& theme : format.themes) {
    data item;
    item.set("title", theme.title);
    item.set("anchor", model::interview_theme_anchor(theme.title));
    data questions{data::type::list};
    for (const std::string& question : theme.questions) {
      data q;
      q.set("number", std::to_string(++number));
      q.set("text", question);
      questions.push_back(q);
    }
    item.set("questions", questions);
    themes.push_back(item);
  }
  view.set("themes", themes);
}

data page_link(const MarkdownContext& context, const model::PageEntry& entry) {
  data item;
  item.set("title", entry.page.title);
  item.set("url", url_from(context, entry.url));
  item.set("summary", text(entry.page.summary));
  item.set("type", page_type_label(context.templates.strings(), entry.page.type));
  return item;
}

void add_section(const MarkdownContext& context, const model::Section& section, data& view) {
  data children{data::type::list};
  for (const size_t index : section.subsections) {
    if (const auto page = context.model.sections[index].index_page) {
      children.push_back(page_link(context, context.model.pages[*page]));
    }
  }
  for (const size_t index : section.pages) children.push_back(page_link(context, context.model.pages[index]));
  view.set("children", children);
  view.set("has_children", !children.is_empty_list());
}

// The home page leads with what professionals come for: the processes (the
// first section that holds a process), the forms and search.
void add_home_tasks(const MarkdownContext& context, data& view) {
  const model::SiteModel& model = context.model;
  const ThemeStrings& strings = context.templates.strings();
  data tasks{data::type::list};
  auto add = [&](const std::string& title, const std::string& summary, const std::string& url) {
    data task;
    task.set("title", title);
    task.set("summary", summary);
    task.set("url", url_from(context, url));
    tasks.push_back(task);
  };
  for (const model::Section& section : model.sections) {
    const bool has_process = std::any_of(section.pages.begin(), section.pages.end(), [&](size_t index) {
      return model.pages[index].page.type == load::PageType::kProcess;
    });
    if (has_process && section.index_page) {
      const model::PageEntry& index = model.pages[*section.index_page];
      add(index.page.title, strings[Text::kHomeTaskProcesses], index.url);
      break;
    }
  }
  if (!model.forms.empty()) {
    add(strings[Text::kFormsTitle], strings[Text::kHomeTaskForms], model::forms_index_url(model.version.prefix));
  }
  if (model.local_agreements) {
    add(strings[Text::kLocalOverviewTitle], strings[Text::kHomeTaskLocalOverview],
        model::local_overview_url(model.version.prefix));
  }
  view.set("tasks", tasks);
  view.set("has_tasks", !tasks.is_empty_list());
  view.set("search_page_url", url_from(context, model::search_url(model.version.prefix)));
}

}  // namespace

TemplateData last_change_data(const model::PageChange& change) {
  data changed;
  changed.set("date", change.date);
  changed.set("iso_date", change.iso_date);
  changed.set("author", text(change.author));
  return changed;
}

namespace {

// The glossary: terms A–Z grouped by first letter, with a letter index.
void add_glossary(const MarkdownContext& context, data& view) {
  data letters{data::type::list};
  data current;
  data terms{data::type::list};
  std::string letter;
  auto flush = [&] {
    if (letter.empty()) return;
    current.set("letter", letter);
    current.set("terms", terms);
    letters.push_back(current);
    current = data{};
    terms = data{data::type::list};
  };
  for (const size_t index : context.model.glossary) {
    const model::PageEntry& entry = context.model.pages[index];
    const char initial = base::slugify(entry.page.title)[0];
    const std::string first =
        initial >= 'a' && initial <= 'z' ? std::string(1, static_cast<char>(initial - 'a' + 'A')) : "#";
    if (first != letter) {
      flush();
      letter = first;
    }
    const auto& term = std::get<load::GlossaryTerm>(entry.page.details);
    data item;
    item.set("anchor", model::term_anchor(entry));
    item.set("title", entry.page.title);
    item.set("aliases", list_of(term.aliases));
    item.set("has_aliases", !term.aliases.empty());
    item.set("definition", text(term.definition));
    MarkdownContext term_context{context.model, context.templates, entry, context.document_url,
                                 context.render_form_block};
    item.set("body_html", text(render_fragment(entry.page.body, term_context)));
    // Who changed this term last, and when.
    if (!entry.history.empty()) item.set("term_changed", last_change_data(entry.history.front()));
    terms.push_back(item);
  }
  flush();
  view.set("letters", letters);
}

}  // namespace

const std::string& page_type_label(const ThemeStrings& strings, load::PageType type) {
  switch (type) {
    case load::PageType::kProcess: return strings[Text::kTypeProcess];
    case load::PageType::kInterviewFormat: return strings[Text::kTypeInterviewFormat];
    case load::PageType::kCompetencyProfile: return strings[Text::kTypeCompetencyProfile];
    case load::PageType::kTerm: return strings[Text::kTypeTerm];
    case load::PageType::kCasus: return strings[Text::kTypeCasus];
    case load::PageType::kTrainingMap: return strings[Text::kTypeTrainingMap];
    case load::PageType::kPlain: return strings[Text::kTypePlain];
  }
  return strings[Text::kTypePlain];
}

PageView build_page_view(const MarkdownContext& context) {
  const model::PageEntry& entry = context.page;
  const load::Page& page = entry.page;
  PageView view;
  data& d = view.data;
  d.set("title", page.title);
  d.set("summary", text(page.summary));
  d.set("type_label", page_type_label(context.templates.strings(), page.type));
  d.set("owner", text(page.owner));
  d.set("review", text(page.review.empty() ? "" : base::dutch_date_from_iso(page.review)));
  // Deterministic: compared with the release's own date, never the clock.
  const std::string released = base::iso_from_dutch_date(context.model.version.date);
  d.set("review_overdue", !page.review.empty() && !released.empty() && page.review < released);

  if (const auto* process = std::get_if<load::Process>(&page.details)) {
    view.template_name = "proces";
    add_process(context, *process, d);
    const data casussen = casussen_of(context);
    d.set("has_casussen", !casussen.is_empty_list());
    d.set("casussen", casussen);
  } else if (const auto* profile = std::get_if<load::CompetencyProfile>(&page.details)) {
    view.template_name = "competentieprofiel";
    add_profile(context, *profile, d);
  } else if (const auto* format = std::get_if<load::InterviewFormat>(&page.details)) {
    view.template_name = "gespreksformat";
    add_interview(context, *format, d);
  } else if (const auto* casus = std::get_if<load::Casus>(&page.details)) {
    view.template_name = "casus";
    add_casus(context, *casus, d);
  } else if (page.is_section_index) {
    const model::Section& section = context.model.sections[entry.section];
    const bool is_home = entry.section == 0;
    const bool is_glossary = context.model.glossary_page() == &entry;
    view.template_name = is_home ? "home" : is_glossary ? "begrippen" : "sectie";
    add_section(context, section, d);
    if (is_home) add_home_tasks(context, d);
    if (is_glossary) add_glossary(context, d);
    // "Print deze sectie": the section's pages as one document (training_map).
    const std::string print_url =
        section_print_url(context.model, static_cast<size_t>(&entry - context.model.pages.data()));
    if (!print_url.empty()) {
      d.set("print_url", url_from(context, print_url));
      d.set("has_print_pdf", section_print_has_pdf(context.model));
    }
    if (!is_home && is_competency_section(context.model, section)) {
      auto matrix = competency_matrix_view(context.model, context.document_url);
      if (matrix) d.set("competency_matrix", *matrix);
    }
  } else {
    view.template_name = "pagina";
  }
  // Which organisations have local agreements on this page, in site order.
  // An edition that hides the others' blocks lists only its own.
  data local{data::type::list};
  const config::Organisation* edition = context.model.config.edition_organisation();
  for (const config::Organisation& organisation : context.model.config.organisations) {
    if (edition && !edition->show_others && edition != &organisation) continue;
    for (const load::SpecialBlock& block : page.outline.blocks) {
      if (block.kind != load::kLocalBlockKind || block.argument != organisation.id) continue;
      data item;
      item.set("id", organisation.id);
      item.set("name", organisation.name);
      item.set("anchor", model::local_block_anchor(organisation.id));  // id of its first block in the body
      local.push_back(item);
      break;
    }
  }
  d.set("has_local_organisations", !local.is_empty_list());
  d.set("local_organisations", local);
  // The body comes after the typed parts on the page, so it is rendered
  // after them: the glossary links a term where it first appears.
  d.set("body_html", text(render_body(context)));
  return view;
}

}  // namespace handboek::render
