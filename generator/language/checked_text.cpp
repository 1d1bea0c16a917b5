#include "language/checked_text.h"

#include "load/audience.h"

namespace handboek::language {

namespace {

// Collects the blocks of one file; `client` texts are held to B1.
class BlockList {
 public:
  explicit BlockList(bool client) : client_(client) {}

  // A line of text from YAML: a title, a label, an option (no Markdown).
  void plain(const std::string& text, int from_line, load::ProseKind kind = load::ProseKind::kParagraph) {
    if (text.empty()) return;
    load::ProseBlock prose{kind, text, std::max(1, from_line), 1, {}};
    add(std::move(prose), false);
  }

  // Markdown from YAML (help, description): its blocks, searched from
  // `from_line`. `for_client` false: read by professionals even in a client
  // form (a form's purpose).
  void markdown(const std::string& text, int from_line, bool for_client = true) {
    for (load::ProseBlock& prose : load::extract_prose(text, std::max(1, from_line))) {
      add(std::move(prose), false, for_client);
    }
  }

  // The Markdown body: exact positions.
  void body(const std::string& text, int first_line) {
    for (load::ProseBlock& prose : load::extract_prose(text, first_line)) add(std::move(prose), true);
  }

  std::vector<TextBlock> blocks;

 private:
  void add(load::ProseBlock prose, bool exact, bool for_client = true) {
    const bool readability = client_ && for_client && prose.kind == load::ProseKind::kParagraph;
    blocks.push_back({std::move(prose), exact, readability});
  }

  bool client_;
};

void add_details(const load::PageDetails& details, BlockList& list) {
  if (const auto* process = std::get_if<load::Process>(&details)) {
    for (const std::string& principle : process->principles) list.plain(principle, 1);
    for (const load::ProcessStep& step : process->steps) {
      list.plain(step.title, step.pos.line, load::ProseKind::kHeading);
      list.markdown(step.description.text, step.pos.line);
      list.plain(step.outcome, step.pos.line);
      for (const load::StepAlternative& alternative : step.alternatives) {
        list.plain(alternative.label, step.pos.line, load::ProseKind::kHeading);
        list.markdown(alternative.description.text, step.pos.line);
      }
    }
  } else if (const auto* term = std::get_if<load::GlossaryTerm>(&details)) {
    list.plain(term->definition, 1);
  } else if (const auto* format = std::get_if<load::InterviewFormat>(&details)) {
    list.markdown(format->purpose.text, 1);
    list.markdown(format->attitude.text, 1);
    for (const load::InterviewTheme& theme : format->themes) {
      list.plain(theme.title, 1, load::ProseKind::kHeading);
      for (const std::string& question : theme.questions) list.plain(question, 1);
    }
  } else if (const auto* profile = std::get_if<load::CompetencyProfile>(&details)) {
    list.markdown(profile->task_description.text, 1);
    for (const load::Competency& competency : profile->competencies) {
      list.plain(competency.name, competency.pos.line, load::ProseKind::kHeading);
      list.plain(competency.definition, competency.pos.line);
      for (const std::string& indicator : competency.indicators) list.plain(indicator, competency.pos.line);
    }
  }
}

void add_options(const std::vector<load::ChoiceOption>& options, int line, BlockList& list) {
  for (const load::ChoiceOption& option : options) list.plain(option.label, line);
}

}  // namespace

CheckedText page_texts(const load::Page& page) {
  BlockList list(page.audience == load::kClientAudience);
  list.plain(page.title, 1, load::ProseKind::kHeading);
  list.plain(page.summary, 1);
  add_details(page.details, list);
  list.body(page.body, page.body_line);
  return {page.path.str(), std::move(list.blocks)};
}

CheckedText form_texts(const load::FormDefinition& form) {
  BlockList list(form.audience == load::kClientAudience);
  list.plain(form.title, 1, load::ProseKind::kHeading);
  list.markdown(form.purpose.text, 1, false);  // for the professional who uses the form
  for (const load::FormSection& section : form.sections) {
    list.plain(section.title, section.pos.line, load::ProseKind::kHeading);
    list.markdown(section.intro.text, section.pos.line);
    for (const load::FormField& field : section.fields) {
      const int line = field.pos.line;
      list.plain(field.label, line);
      list.markdown(field.help.text, line);
      list.markdown(field.text.text, line);
      list.plain(field.role, line);
      add_options(field.options, line, list);
      for (const load::TableColumn& column : field.columns) {
        list.plain(column.label, column.pos.line);
        add_options(column.options, column.pos.line, list);
      }
    }
  }
  return {form.path.str(), std::move(list.blocks)};
}

}  // namespace handboek::language
