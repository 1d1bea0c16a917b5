// Page: one Markdown file of content/ as the loader understood it on its
// own: front matter in typed fields, the raw body, and the body's outline
// (headings, links, blocks) with file positions. Knows nothing of other
// pages; the model resolves what crosses files.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/site_path.h"
#include "load/markdown_outline.h"
#include "yaml/yaml_reader.h"

namespace handboek::load {

using yaml::SourcePos;

enum class PageType { kProcess, kInterviewFormat, kCompetencyProfile, kTerm, kCasus, kTrainingMap, kPlain };

// "proces", "gespreksformat", ... as written in front matter.
const char* page_type_name(PageType type);

// A reference by id to something defined elsewhere (a form, a competency),
// kept with its position so the model can report it when it is unknown.
struct Reference {
  std::string id;
  SourcePos pos;
};

// A Markdown text that lives in front matter; its outline is extracted like
// the body's so its links are checked and rewritten too.
struct InlineMarkdown {
  std::string text;
  MarkdownOutline outline;
};

struct StepAlternative {
  std::string label;
  InlineMarkdown description;
};

// The anchors the renderer gives a step and a competency. Part of the URL
// scheme of model/url_map.h, spelled here because the loader reserves them
// before headings take theirs.
inline std::string step_anchor(const std::string& step_id) {
  return "stap-" + step_id;
}
inline std::string competency_anchor(const std::string& competency_id) {
  return "competentie-" + competency_id;
}

struct ProcessStep {
  std::string id;  // unique in the page; anchor step_anchor(id)
  SourcePos pos;
  std::string title;
  std::string role;
  std::string organisation;
  std::string termijn;
  InlineMarkdown description;
  std::vector<std::string> instruments;
  std::optional<Reference> form;
  std::vector<Reference> competencies;
  std::string outcome;
  std::vector<StepAlternative> alternatives;
};

struct Process {
  std::vector<std::string> principles;
  std::vector<ProcessStep> steps;
};

struct Competency {
  std::string id;  // unique in the site; anchor competency_anchor(id)
  SourcePos pos;
  std::string name;
  std::string definition;
  std::vector<std::string> indicators;
};

struct CompetencyProfile {
  std::string role;
  InlineMarkdown task_description;
  std::vector<Competency> competencies;
};

struct GlossaryTerm {
  std::vector<std::string> aliases;
  std::string definition;
};

struct InterviewTheme {
  std::string title;
  std::vector<std::string> questions;
};

struct InterviewFormat {
  InlineMarkdown purpose;
  std::string duration;
  InlineMarkdown attitude;
  std::vector<InterviewTheme> themes;
};

// One step of a process as a casus walks through it: what happens to the
// client there, with each organisation's handling in ```lokaal blocks.
struct CasusStep {
  Reference step;  // a step id of the casus's process
  InlineMarkdown text;
};

// A worked case (docs/training.md): one client situation walked through
// one process. The process is a relative link to its .md file, kept as
// written with its position; the model resolves it.
struct Casus {
  std::optional<Reference> process;
  InlineMarkdown situation;
  std::vector<CasusStep> steps;
  std::vector<std::string> questions;  // for intervisie or moreel beraad
};

// A training map (docs/training.md): the pages and forms of one training,
// in order, printed as one document. Pages are relative links to .md files
// as written, with their positions; the model resolves them.
struct TrainingMap {
  std::vector<Reference> pages;
  std::vector<Reference> forms;
  std::string audience;
  std::string duration;
};

// The type-specific part of a page; monostate for `pagina`.
using PageDetails =
    std::variant<std::monostate, Process, InterviewFormat, CompetencyProfile, GlossaryTerm, Casus, TrainingMap>;

struct Page {
  base::SitePath path;  // e.g. content/processen/mens-in-beeld.md
  PageType type = PageType::kPlain;
  bool is_section_index = false;  // its folder's page (_index.md, index.md or README.md)
  bool is_generated = false;      // a section or home page made for a folder without one (no file)

  std::string title;
  std::string summary;
  std::string owner;
  std::string review;  // YYYY-MM-DD or ""
  std::vector<std::string> organisations;
  std::vector<std::string> tags;
  int weight = 0;
  // `doelgroep:` who reads the page: "klant" pages are held to B1
  // (generator/language); "" when not given (professionals).
  std::string audience;

  std::string content_hash;  // of the file's bytes: equal hashes, equal pages
  std::string body;          // Markdown after the front matter
  int body_line = 1;         // file line of the body's first line
  MarkdownOutline outline;
  // The heading of outline.headings that became the title (no title in
  // the front matter); the renderer leaves it out of the body.
  std::optional<size_t> title_heading;
  PageDetails details;
};

}  // namespace handboek::load
