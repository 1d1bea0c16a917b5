#include "load/page_details_loader.h"

#include <set>

#include "base/identifier.h"
#include "load/markdown_fields.h"

namespace handboek::load {

namespace {

// Reads an id field and checks its shape and uniqueness within `seen`.
std::string read_id(const YAML::Node& item, yaml::YamlReader& reader, std::set<std::string>& seen, const char* what) {
  const std::string id = reader.text(item, "id", true).value_or("");
  if (id.empty()) return id;
  if (!base::is_identifier(id)) {
    reader.error(item["id"], base::not_an_identifier(what, id));
  } else if (!seen.insert(id).second) {
    reader.error(item["id"], std::string(what) + "-id '" + id + "' komt twee keer voor in deze pagina");
  }
  return id;
}

InlineMarkdown inline_markdown(const YAML::Node& map, const char* key, yaml::YamlReader& reader,
                               bool required = false) {
  InlineMarkdown out;
  out.text = reader.text(map, key, required).value_or("");
  if (!out.text.empty()) out.outline = extract_outline(out.text, reader.position(map[key]).line);
  return out;
}

std::vector<Reference> references(const YAML::Node& map, const char* key, yaml::YamlReader& reader) {
  std::vector<Reference> out;
  const YAML::Node value = map[key];
  if (!value || value.IsNull()) return out;
  auto add = [&](const YAML::Node& node) {
    if (node.IsScalar()) {
      out.push_back({node.Scalar(), reader.position(node)});
    } else {
      reader.error(node, std::string("de items van '") + key + "' moeten id's zijn");
    }
  };
  if (value.IsSequence()) {
    for (const YAML::Node& item : value) add(item);
  } else {
    add(value);
  }
  return out;
}

ProcessStep load_step(const YAML::Node& item, yaml::YamlReader& reader, std::set<std::string>& ids) {
  ProcessStep step;
  step.pos = reader.position(item);
  reader.warn_unknown_keys(item, {"id", "title", "role", "organisation", "termijn", "description", "instruments",
                                  "form", "competencies", "outcome", "alternatives"});
  step.id = read_id(item, reader, ids, "stap");
  step.title = reader.text(item, "title", true).value_or(step.id);
  step.role = reader.text(item, "role").value_or("");
  step.organisation = reader.text(item, "organisation").value_or("");
  step.termijn = reader.text(item, "termijn").value_or("");
  step.description = inline_markdown(item, "description", reader);
  step.instruments = reader.text_list(item, "instruments");
  if (const auto form = reader.text(item, "form")) step.form = Reference{*form, reader.position(item["form"])};
  step.competencies = references(item, "competencies", reader);
  step.outcome = reader.text(item, "outcome").value_or("");
  if (const auto alternatives = reader.sequence(item, "alternatives")) {
    for (const YAML::Node& alternative : *alternatives) {
      if (!reader.expect_map(alternative, "een alternatief")) continue;
      reader.warn_unknown_keys(alternative, {"label", "description"});
      step.alternatives.push_back(
          {reader.text(alternative, "label", true).value_or(""), inline_markdown(alternative, "description", reader)});
    }
  }
  return step;
}

Process load_process(const YAML::Node& root, yaml::YamlReader& reader) {
  Process process;
  process.principles = reader.text_list(root, "principles");
  const auto steps = reader.sequence(root, "steps", true);
  if (!steps) return process;
  if (steps->size() == 0) reader.error(*steps, "een proces heeft minstens een stap nodig");
  std::set<std::string> ids;
  for (const YAML::Node& item : *steps) {
    if (reader.expect_map(item, "een stap")) process.steps.push_back(load_step(item, reader, ids));
  }
  return process;
}

CompetencyProfile load_profile(const YAML::Node& root, yaml::YamlReader& reader) {
  CompetencyProfile profile;
  profile.role = reader.text(root, "role").value_or("");
  profile.task_description = inline_markdown(root, "task_description", reader);
  const auto competencies = reader.sequence(root, "competencies", true);
  if (!competencies) return profile;
  std::set<std::string> ids;
  for (const YAML::Node& item : *competencies) {
    if (!reader.expect_map(item, "een competentie")) continue;
    reader.warn_unknown_keys(item, {"id", "name", "definition", "indicators"});
    Competency competency;
    competency.pos = reader.position(item);
    competency.id = read_id(item, reader, ids, "competentie");
    competency.name = reader.text(item, "name", true).value_or(competency.id);
    competency.definition = reader.text(item, "definition", true).value_or("");
    competency.indicators = reader.text_list(item, "indicators");
    profile.competencies.push_back(std::move(competency));
  }
  return profile;
}

GlossaryTerm load_term(const YAML::Node& root, yaml::YamlReader& reader) {
  GlossaryTerm term;
  term.aliases = reader.text_list(root, "aliases");
  term.definition = reader.text(root, "definition", true).value_or("");
  return term;
}

InterviewFormat load_interview(const YAML::Node& root, yaml::YamlReader& reader) {
  InterviewFormat format;
  format.purpose = inline_markdown(root, "purpose", reader);
  format.duration = reader.text(root, "duration").value_or("");
  format.attitude = inline_markdown(root, "attitude", reader);
  const auto themes = reader.sequence(root, "themes", true);
  if (!themes) return format;
  for (const YAML::Node& item : *themes) {
    if (!reader.expect_map(item, "een thema")) continue;
    reader.warn_unknown_keys(item, {"title", "questions"});
    InterviewTheme theme;
    theme.title = reader.text(item, "title", true).value_or("");
    theme.questions = reader.text_list(item, "questions");
    if (theme.questions.empty()) reader.error(item, "thema '" + theme.title + "' heeft geen vragen (questions)");
    format.themes.push_back(std::move(theme));
  }
  return format;
}

Casus load_casus(const YAML::Node& root, yaml::YamlReader& reader) {
  Casus casus;
  if (const auto process = reader.text(root, "process", true)) {
    casus.process = Reference{*process, reader.position(root["process"])};
  }
  casus.situation = inline_markdown(root, "situation", reader);
  casus.questions = reader.text_list(root, "questions");
  const auto steps = reader.sequence(root, "steps", true);
  if (!steps) return casus;
  if (steps->size() == 0) reader.error(*steps, "een casus heeft minstens een stap nodig");
  std::set<std::string> seen;
  for (const YAML::Node& item : *steps) {
    if (!reader.expect_map(item, "een stap van de casus")) continue;
    reader.warn_unknown_keys(item, {"step", "text"});
    CasusStep step;
    step.step.pos = reader.position(item["step"] ? item["step"] : item);
    step.step.id = reader.text(item, "step", true).value_or("");
    if (!step.step.id.empty() && !seen.insert(step.step.id).second) {
      reader.error(item["step"], "stap '" + step.step.id + "' komt twee keer voor in deze casus");
    }
    step.text = inline_markdown(item, "text", reader, true);
    casus.steps.push_back(std::move(step));
  }
  return casus;
}

TrainingMap load_training_map(const YAML::Node& root, yaml::YamlReader& reader) {
  TrainingMap map;
  map.pages = references(root, "pages", reader);
  if (map.pages.empty())
    reader.error(root["pages"] ? root["pages"] : root, "een trainingsmap heeft minstens een pagina nodig");
  map.forms = references(root, "forms", reader);
  map.audience = reader.text(root, "audience").value_or("");
  map.duration = reader.text(root, "duration").value_or("");
  return map;
}

}  // namespace

const std::vector<std::string_view>& type_specific_keys(PageType type) {
  static const std::vector<std::string_view> kProcess = {"principles", "steps"};
  static const std::vector<std::string_view> kInterview = {"purpose", "duration", "attitude", "themes"};
  static const std::vector<std::string_view> kProfile = {"role", "task_description", "competencies"};
  static const std::vector<std::string_view> kTerm = {"aliases", "definition"};
  static const std::vector<std::string_view> kCasus = {"process", "situation", "steps", "questions"};
  static const std::vector<std::string_view> kTrainingMap = {"pages", "forms", "audience", "duration"};
  static const std::vector<std::string_view> kNone = {};
  switch (type) {
    case PageType::kProcess: return kProcess;
    case PageType::kInterviewFormat: return kInterview;
    case PageType::kCompetencyProfile: return kProfile;
    case PageType::kTerm: return kTerm;
    case PageType::kCasus: return kCasus;
    case PageType::kTrainingMap: return kTrainingMap;
    case PageType::kPlain: return kNone;
  }
  return kNone;
}

PageDetails load_page_details(PageType type, const YAML::Node& root, yaml::YamlReader& reader, FrontMatterText text) {
  PageDetails details;
  switch (type) {
    case PageType::kProcess: details = load_process(root, reader); break;
    case PageType::kInterviewFormat: details = load_interview(root, reader); break;
    case PageType::kCompetencyProfile: details = load_profile(root, reader); break;
    case PageType::kTerm: details = load_term(root, reader); break;
    case PageType::kCasus: details = load_casus(root, reader); break;
    case PageType::kTrainingMap: details = load_training_map(root, reader); break;
    case PageType::kPlain: break;
  }
  for_each_markdown_field(
      details, [&](InlineMarkdown& markdown) { place_links_in_yaml(markdown.outline, text.yaml, text.first_line); });
  return details;
}

}  // namespace handboek::load
