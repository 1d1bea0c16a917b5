#include "render/page_text.h"

#include "base/text.h"
#include "load/markdown_parser.h"

namespace handboek::render {

namespace {

// The body as plain text (cmark's own renderer), one paragraph per block.
void add_markdown(const std::string& markdown, std::vector<std::string>& out) {
  if (markdown.empty()) return;
  load::CmarkDocument document = load::parse_markdown(markdown);
  for (cmark_node* block = cmark_node_first_child(document.get()); block; block = cmark_node_next(block)) {
    const load::CmarkText text(cmark_render_plaintext(block, CMARK_OPT_DEFAULT, 0));
    std::string plain = base::collapse_whitespace(text.get());
    if (!plain.empty()) out.push_back(std::move(plain));
  }
}

// Markdown written in YAML as one line of plain text.
std::string plain(const std::string& markdown) {
  std::vector<std::string> blocks;
  add_markdown(markdown, blocks);
  std::string text;
  for (const std::string& block : blocks) text += (text.empty() ? "" : " ") + block;
  return text;
}

void add(const std::string& label, const std::string& text, std::vector<std::string>& out) {
  if (!text.empty()) out.push_back(label.empty() ? text : label + ": " + text);
}

void add_process(const load::Process& process, const ThemeStrings& strings,
                 const std::function<std::string(const std::string&)>& form_title, std::vector<std::string>& out) {
  for (const std::string& principle : process.principles) add(strings[Text::kDiffPrinciple], principle, out);
  for (size_t i = 0; i < process.steps.size(); ++i) {
    const load::ProcessStep& step = process.steps[i];
    add("", strings.format(Text::kDiffStep, {{"number", std::to_string(i + 1)}, {"title", step.title}}), out);
    add(strings[Text::kDiffWho], step.role + (step.organisation.empty() ? "" : " (" + step.organisation + ")"), out);
    add(strings[Text::kDiffWhen], step.termijn, out);
    add_markdown(step.description.text, out);
    if (step.form) add(strings[Text::kDiffForm], form_title ? form_title(step.form->id) : step.form->id, out);
    add(strings[Text::kDiffOutcome], step.outcome, out);
    for (const load::StepAlternative& alternative : step.alternatives) {
      add(strings[Text::kDiffAlternative], alternative.label, out);
      add_markdown(alternative.description.text, out);
    }
  }
}

void add_profile(const load::CompetencyProfile& profile, const ThemeStrings& strings, std::vector<std::string>& out) {
  add(strings[Text::kDiffRole], profile.role, out);
  add_markdown(profile.task_description.text, out);
  for (const load::Competency& competency : profile.competencies) {
    add(strings[Text::kDiffCompetency], competency.name + ": " + competency.definition, out);
    for (const std::string& indicator : competency.indicators) add(strings[Text::kDiffIndicator], indicator, out);
  }
}

void add_interview(const load::InterviewFormat& format, const ThemeStrings& strings, std::vector<std::string>& out) {
  add_markdown(format.purpose.text, out);
  add(strings[Text::kDiffDuration], format.duration, out);
  add_markdown(format.attitude.text, out);
  for (const load::InterviewTheme& theme : format.themes) {
    add(strings[Text::kDiffTheme], theme.title, out);
    for (const std::string& question : theme.questions) add(strings[Text::kDiffQuestion], question, out);
  }
}

// How a reader of the form sees each kind of field.
Text field_kind(load::FieldType type) {
  switch (type) {
    case load::FieldType::kShortText: return Text::kFieldShortText;
    case load::FieldType::kLongText: return Text::kFieldLongText;
    case load::FieldType::kDate: return Text::kFieldDate;
    case load::FieldType::kNumber: return Text::kFieldNumber;
    case load::FieldType::kSingleChoice: return Text::kFieldSingleChoice;
    case load::FieldType::kMultipleChoice: return Text::kFieldMultipleChoice;
    case load::FieldType::kSelect: return Text::kFieldSelect;
    case load::FieldType::kScale: return Text::kFieldScale;
    case load::FieldType::kYesNo: return Text::kFieldYesNo;
    case load::FieldType::kTable: return Text::kFieldTable;
    case load::FieldType::kSignature: return Text::kFieldSignature;
    case load::FieldType::kInfo: return Text::kFieldInfo;
  }
  return Text::kFieldInfo;
}

std::string joined_labels(const std::vector<load::ChoiceOption>& options) {
  std::string text;
  for (const load::ChoiceOption& option : options) text += (text.empty() ? "" : "; ") + option.label;
  return text;
}

// One field in one paragraph: "Veld Naam (kort antwoord, verplicht). Help."
std::string field_paragraph(const load::FormField& field, const ThemeStrings& strings) {
  if (field.type == load::FieldType::kInfo) return strings.format(Text::kDiffInfo, {{"text", plain(field.text.text)}});
  std::string text =
      strings.format(Text::kDiffField, {{"label", field.label},
                                        {"kind", strings[field_kind(field.type)]},
                                        {"required", field.required ? strings[Text::kDiffFieldRequired] : ""},
                                        {"special", field.special_category ? strings[Text::kDiffFieldSpecial] : ""}});
  if (!field.help.text.empty()) text += " " + plain(field.help.text);
  if (!field.options.empty())
    text += strings.format(Text::kDiffFieldOptions, {{"options", joined_labels(field.options)}});
  if (!field.columns.empty()) {
    std::string columns;
    for (const load::TableColumn& column : field.columns) columns += (columns.empty() ? "" : "; ") + column.label;
    text += strings.format(Text::kDiffFieldColumns, {{"columns", columns}});
  }
  if (!field.role.empty()) text += strings.format(Text::kDiffFieldSignedBy, {{"role", field.role}});
  return text;
}

}  // namespace

std::vector<std::string> form_paragraphs(const load::FormDefinition& form, const ThemeStrings& strings) {
  std::vector<std::string> out;
  add("", form.title, out);
  add_markdown(form.purpose.text, out);
  add(strings[Text::kDiffFormVersion], std::to_string(form.version), out);
  for (const load::FormSection& section : form.sections) {
    add(strings[Text::kDiffFormSection], section.title, out);
    add_markdown(section.intro.text, out);
    for (const load::FormField& field : section.fields) out.push_back(field_paragraph(field, strings));
  }
  return out;
}

std::vector<std::string> page_paragraphs(const load::Page& page, const ThemeStrings& strings,
                                         const std::function<std::string(const std::string&)>& form_title) {
  std::vector<std::string> out;
  add("", page.title, out);
  add("", page.summary, out);
  if (const auto* process = std::get_if<load::Process>(&page.details)) add_process(*process, strings, form_title, out);
  if (const auto* profile = std::get_if<load::CompetencyProfile>(&page.details)) add_profile(*profile, strings, out);
  if (const auto* format = std::get_if<load::InterviewFormat>(&page.details)) add_interview(*format, strings, out);
  if (const auto* term = std::get_if<load::GlossaryTerm>(&page.details))
    add(strings[Text::kDiffDefinition], term->definition, out);
  add_markdown(page.body, out);
  return out;
}

}  // namespace handboek::render
