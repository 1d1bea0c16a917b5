#include "render/page_text.h"

#include <cstdlib>

#include "base/text.h"
#include "load/markdown_parser.h"

namespace handboek::render {

namespace {

// The body as plain text (cmark's own renderer), one paragraph per block.
void add_markdown(const std::string& markdown, std::vector<std::string>& out) {
  if (markdown.empty()) return;
  load::CmarkDocument document = load::parse_markdown(markdown);
  for (cmark_node* block = cmark_node_first_child(document.get()); block; block = cmark_node_next(block)) {
    char* text = cmark_render_plaintext(block, CMARK_OPT_DEFAULT, 0);
    std::string plain = base::collapse_whitespace(text);
    std::free(text);
    if (!plain.empty()) out.push_back(std::move(plain));
  }
}

void add(const std::string& label, const std::string& text, std::vector<std::string>& out) {
  if (!text.empty()) out.push_back(label.empty() ? text : label + ": " + text);
}

void add_process(const load::Process& process, const std::function<std::string(const std::string&)>& form_title,
                 std::vector<std::string>& out) {
  for (const std::string& principle : process.principles) add("Uitgangspunt", principle, out);
  for (size_t i = 0; i < process.steps.size(); ++i) {
    const load::ProcessStep& step = process.steps[i];
    add("", "Stap " + std::to_string(i + 1) + ": " + step.title, out);
    add("Wie", step.role + (step.organisation.empty() ? "" : " (" + step.organisation + ")"), out);
    add("Wanneer", step.termijn, out);
    add_markdown(step.description.text, out);
    if (step.form) add("Formulier", form_title ? form_title(step.form->id) : step.form->id, out);
    add("Resultaat", step.outcome, out);
    for (const load::StepAlternative& alternative : step.alternatives) {
      add("Vervolgroute", alternative.label, out);
      add_markdown(alternative.description.text, out);
    }
  }
}

void add_profile(const load::CompetencyProfile& profile, std::vector<std::string>& out) {
  add("Rol", profile.role, out);
  add_markdown(profile.task_description.text, out);
  for (const load::Competency& competency : profile.competencies) {
    add("Competentie", competency.name + ": " + competency.definition, out);
    for (const std::string& indicator : competency.indicators) add("Gedrag", indicator, out);
  }
}

void add_interview(const load::InterviewFormat& format, std::vector<std::string>& out) {
  add_markdown(format.purpose.text, out);
  add("Duur", format.duration, out);
  add_markdown(format.attitude.text, out);
  for (const load::InterviewTheme& theme : format.themes) {
    add("Thema", theme.title, out);
    for (const std::string& question : theme.questions) add("Vraag", question, out);
  }
}

}  // namespace

std::vector<std::string> page_paragraphs(const load::Page& page,
                                         const std::function<std::string(const std::string&)>& form_title) {
  std::vector<std::string> out;
  add("", page.title, out);
  add("", page.summary, out);
  if (const auto* process = std::get_if<load::Process>(&page.details)) add_process(*process, form_title, out);
  if (const auto* profile = std::get_if<load::CompetencyProfile>(&page.details)) add_profile(*profile, out);
  if (const auto* format = std::get_if<load::InterviewFormat>(&page.details)) add_interview(*format, out);
  if (const auto* term = std::get_if<load::GlossaryTerm>(&page.details)) add("Definitie", term->definition, out);
  add_markdown(page.body, out);
  return out;
}

}  // namespace handboek::render
