// The Markdown written in YAML, in document order: the front-matter fields
// of a page (a step's description and its alternatives', a profile's task,
// an interview's purpose and attitude, a casus's situation and steps) and the texts of a form (purpose,
// section intros, field help and info, and the same in each translation). Placing their links in the file,
// checking them and resolving their links all walk the same list.
#pragma once

#include <variant>

#include "load/form_definition.h"
#include "load/page.h"

namespace handboek::load {

// Calls `visit(InlineMarkdown&)` (const or not, as `details`) for each
// Markdown field of a page's front matter.
template <typename Details, typename Visit>
void for_each_markdown_field(Details& details, Visit&& visit) {
  if (auto* process = std::get_if<Process>(&details)) {
    for (auto& step : process->steps) {
      visit(step.description);
      for (auto& alternative : step.alternatives) visit(alternative.description);
    }
  } else if (auto* profile = std::get_if<CompetencyProfile>(&details)) {
    visit(profile->task_description);
  } else if (auto* format = std::get_if<InterviewFormat>(&details)) {
    visit(format->purpose);
    visit(format->attitude);
  } else if (auto* casus = std::get_if<Casus>(&details)) {
    visit(casus->situation);
    for (auto& step : casus->steps) visit(step.text);
  }
}

// Calls `visit(const InlineMarkdown&)` for each Markdown text of a form.
template <typename Visit>
void for_each_markdown_text(const FormDefinition& form, Visit&& visit) {
  visit(form.purpose);
  for (const FormSection& section : form.sections) {
    visit(section.intro);
    for (const FormField& field : section.fields) {
      visit(field.help);
      visit(field.text);
    }
  }
  for (const FormTranslation& translation : form.translations) {
    visit(translation.purpose);
    for (const SectionTranslation& section : translation.sections) visit(section.intro);
    for (const auto& [id, field] : translation.fields) {
      visit(field.help);
      visit(field.text);
    }
  }
}

}  // namespace handboek::load
