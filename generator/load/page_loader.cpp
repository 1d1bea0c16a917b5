#include "load/page_loader.h"

#include <algorithm>

#include "base/content_hash.h"
#include "base/did_you_mean.h"
#include "base/text.h"
#include "load/audience.h"
#include "load/front_matter.h"
#include "load/markdown_fields.h"
#include "load/markdown_parser.h"
#include "load/page_details_loader.h"
#include "load/raw_html_check.h"

namespace handboek::load {

namespace {

const std::vector<std::string_view> kCommonKeys = {"title",         "type", "summary", "owner",     "review",
                                                   "organisations", "tags", "weight",  "doelgroep", "sidebar_position"};

std::string unknown_organisation(const std::string& id, const config::SiteConfig& config,
                                 const std::string& where = "") {
  return "onbekende organisatie '" + id + "'" + where + base::suggestion_suffix(id, config.organisation_ids());
}

void check_organisations(const YAML::Node& root, const std::vector<std::string>& ids, const config::SiteConfig& config,
                         yaml::YamlReader& reader) {
  for (size_t i = 0; i < ids.size(); ++i) {
    if (config.find_organisation(ids[i])) continue;
    const YAML::Node list = root["organisations"];
    reader.error(list.IsSequence() ? list[i] : list, unknown_organisation(ids[i], config));
  }
}

// Blocks and raw HTML are checked where they are written: both need only
// the file itself and site.yaml.
void check_local_blocks(const std::string& path, const MarkdownOutline& outline, const config::SiteConfig& config,
                        base::Diagnostics& diagnostics) {
  for (const SpecialBlock& block : outline.blocks) {
    if (block.kind != kLocalBlockKind) continue;
    if (block.argument.empty()) {
      diagnostics.error(path, block.line, block.column, "een lokaal-blok heeft een organisatie-id nodig: ```lokaal ID");
    } else if (!config.find_organisation(block.argument)) {
      diagnostics.error(path, block.line, block.column,
                        unknown_organisation(block.argument, config, " in een lokaal-blok"));
    }
  }
}

// A casus step shows each organisation's handling in ```lokaal blocks; a
// form belongs to the process step (its `form:`), not to the casus text.
void check_casus_steps(const std::string& path, const Casus& casus, const config::SiteConfig& config,
                       base::Diagnostics& diagnostics) {
  for (const CasusStep& step : casus.steps) {
    check_local_blocks(path, step.text.outline, config, diagnostics);
    for (const SpecialBlock& block : step.text.outline.blocks) {
      if (block.kind != kFormBlockKind) continue;
      diagnostics.error(path, block.line, block.column,
                        "een formulierblok kan niet in een stap van een casus staan; het formulier van de stap is al "
                        "gekoppeld, of zet het formulier in de tekst eronder");
    }
  }
}

void check_body(const Page& page, const config::SiteConfig& config, base::Diagnostics& diagnostics) {
  const std::string& path = page.path.str();
  check_local_blocks(path, page.outline, config, diagnostics);
  if (const auto* casus = std::get_if<Casus>(&page.details)) check_casus_steps(path, *casus, config, diagnostics);
  report_raw_html(path, page.outline.raw_html, diagnostics, config.strict_security);
  // The Markdown written in front matter (a step's description, a profile's
  // task, ...) follows the same rule as the body.
  for_each_markdown_field(page.details, [&](const InlineMarkdown& text) {
    report_raw_html(path, text.outline.raw_html, diagnostics, config.strict_security);
  });
}

// Step and competency anchors are generated; headings must not take them.
std::vector<std::string> generated_anchors(const PageDetails& details) {
  std::vector<std::string> anchors;
  if (const auto* process = std::get_if<Process>(&details)) {
    for (const ProcessStep& step : process->steps) anchors.push_back(step_anchor(step.id));
  } else if (const auto* profile = std::get_if<CompetencyProfile>(&details)) {
    for (const Competency& competency : profile->competencies) anchors.push_back(competency_anchor(competency.id));
  } else if (const auto* casus = std::get_if<Casus>(&details)) {
    for (const CasusStep& step : casus->steps) anchors.push_back(step_anchor(step.step.id));
  }
  return anchors;
}

// The title: front matter's `title:`, else the first level-1 heading (then
// hidden in the body so it is not shown twice), else the file name made
// readable (the folder's for a section page, the site's for the home page).
void set_title(Page& page, const std::optional<std::string>& front_matter_title, const config::SiteConfig& config) {
  if (front_matter_title) {
    page.title = *front_matter_title;
    return;
  }
  const auto& headings = page.outline.headings;
  const auto h1 = std::find_if(headings.begin(), headings.end(), [](const Heading& h) { return h.level == 1; });
  if (h1 != headings.end() && !h1->text.empty()) {
    page.title = h1->text;
    page.title_heading = static_cast<size_t>(h1 - headings.begin());
    return;
  }
  if (!page.is_section_index) {
    page.title = base::readable_name(page.path.stem());
  } else if (page.path.parent().parent().is_root()) {  // content/index.md: the home page
    page.title = config.title;
  } else {
    page.title = base::readable_name(page.path.parent().filename());
  }
}

}  // namespace

std::optional<PageType> parse_page_type(const std::string& name) {
  for (PageType type : {PageType::kProcess, PageType::kInterviewFormat, PageType::kCompetencyProfile, PageType::kTerm,
                        PageType::kCasus, PageType::kTrainingMap, PageType::kPlain}) {
    if (name == page_type_name(type)) return type;
  }
  return std::nullopt;
}

const char* page_type_name(PageType type) {
  switch (type) {
    case PageType::kProcess: return "proces";
    case PageType::kInterviewFormat: return "gespreksformat";
    case PageType::kCompetencyProfile: return "competentieprofiel";
    case PageType::kTerm: return "begrip";
    case PageType::kCasus: return "casus";
    case PageType::kTrainingMap: return "trainingsmap";
    case PageType::kPlain: return "pagina";
  }
  return "pagina";
}

PageType default_page_type(const base::SitePath& path) {
  const std::string& text = path.str();  // content/<folder>/...
  const size_t first = text.find('/');
  const size_t second = first == std::string::npos ? std::string::npos : text.find('/', first + 1);
  if (second == std::string::npos) return PageType::kPlain;
  const std::string folder = text.substr(first + 1, second - first - 1);
  if (folder == "processen") return PageType::kProcess;
  if (folder == "gespreksformats") return PageType::kInterviewFormat;
  if (folder == "competenties") return PageType::kCompetencyProfile;
  if (folder == "begrippen") return PageType::kTerm;
  if (folder == "casussen") return PageType::kCasus;
  if (folder == "trainingen") return PageType::kTrainingMap;
  return PageType::kPlain;
}

// Larger pages are refused (docs/security.md); the biggest page of the
// sample is about 20 KB.
constexpr size_t kMaxPageBytes = 512 << 10;
bool is_index_file_name(const std::string& name) {
  for (const std::string_view index : kSectionIndexNames) {
    if (name == index) return true;
  }
  return false;
}

// The front matter of a page written for MkDocs or Docusaurus (SiteConfig::
// front_matter_of_other_tool): what handboek cannot read is a warning, and
// the page is built without it.
namespace {

YAML::Node front_matter_of_other_tool(const base::SitePath& path, const SplitFile& split,
                                      base::Diagnostics& diagnostics) {
  base::Diagnostics problems;
  yaml::YamlReader reader(path.str(), split.front_matter_line, problems);
  const auto root = reader.parse(split.front_matter);
  if (root && (root->IsMap() || root->IsNull())) return *root;
  for (const base::Diagnostic& problem : problems.sorted()) {
    diagnostics.warning(problem.path, problem.line, problem.column,
                        "front matter niet gelezen (" + problem.message + "); de pagina wordt zonder gebouwd");
  }
  if (problems.empty()) {
    diagnostics.warning(path.str(), split.front_matter_line, 1,
                        "front matter niet gelezen (geen lijst van sleutels met waarden); de pagina wordt zonder "
                        "gebouwd");
  }
  return YAML::Node(YAML::NodeType::Map);
}

}  // namespace

std::optional<Page> load_page(const base::SitePath& path, const std::string& bytes, const config::SiteConfig& config,
                              base::Diagnostics& diagnostics, std::optional<bool> is_section_index) {
  if (const size_t bad = base::first_invalid_utf8(bytes); bad != std::string::npos) {
    const int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + bad, '\n'));
    diagnostics.error(path.str(), line, 0, base::kNotUtf8);
    return std::nullopt;
  }
  if (const size_t nul = bytes.find('\0'); nul != std::string::npos) {
    // cmark turns it into U+FFFD, YAML cuts text at it: neither is what the
    // author wrote, so it is refused rather than published.
    const int line =
        1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(nul), '\n'));
    diagnostics.error(path.str(), line, 0, "het bestand bevat een NUL-byte; sla het op als gewone tekst");
    return std::nullopt;
  }
  if (bytes.size() > kMaxPageBytes) {
    // In front of cmark-gfm's known super-linear paths (nested brackets,
    // very wide tables; "![[]()" repeated is bounded below); docs/security.md.
    diagnostics.error(
        path.str(), 0, 0,
        "de pagina is groter dan " + std::to_string(kMaxPageBytes >> 10) + " KB; verdeel haar over meer pagina's");
    return std::nullopt;
  }
  if (const int line = excess_image_opener_line(bytes); line > 0) {
    diagnostics.error(path.str(), line, 0, too_many_images_message());
    return std::nullopt;
  }
  SplitError split_error;
  auto split = split_front_matter(bytes, &split_error);
  if (!split && split_error.kind == SplitError::Kind::kNoFrontMatter) {
    split = without_front_matter(bytes);  // plain Markdown from another generator
  } else if (!split) {
    diagnostics.error(path.str(), split_error.line, 1, split_error.message);
    return std::nullopt;
  }
  yaml::YamlReader reader(path.str(), split->front_matter_line, diagnostics);
  auto root = config.front_matter_of_other_tool ? front_matter_of_other_tool(path, *split, diagnostics)
                                                : reader.parse(split->front_matter);
  if (!root) return std::nullopt;
  if (root->IsNull()) root = YAML::Node(YAML::NodeType::Map);  // "---\n---": no keys
  if (!reader.expect_map(*root, "de front matter")) return std::nullopt;

  Page page;
  page.path = path;
  page.content_hash = base::content_hash(bytes);
  page.is_section_index = is_section_index.value_or(is_index_file_name(path.filename()));
  page.type = default_page_type(path);
  if (page.is_section_index) page.type = PageType::kPlain;
  if (const auto type_name = reader.text(*root, "type")) {
    if (const auto type = parse_page_type(*type_name)) {
      page.type = *type;
    } else {
      reader.error((*root)["type"],
                   "onbekend paginatype '" + *type_name +
                       "'; kies proces, gespreksformat, competentieprofiel, begrip, casus, trainingsmap of pagina");
    }
  }
  std::vector<std::string_view> allowed = kCommonKeys;
  const auto& specific = type_specific_keys(page.type);
  allowed.insert(allowed.end(), specific.begin(), specific.end());
  if (!config.front_matter_of_other_tool) reader.warn_unknown_keys(*root, allowed);

  const auto title = reader.text(*root, "title");
  page.summary = reader.text(*root, "summary").value_or("");
  page.owner = reader.text(*root, "owner").value_or("");
  page.review = reader.date(*root, "review").value_or("");
  page.organisations = reader.text_list(*root, "organisations");
  check_organisations(*root, page.organisations, config, reader);
  page.tags = reader.text_list(*root, "tags");
  // Docusaurus' `sidebar_position` orders a page as `weight` does.
  page.weight = reader.integer(*root, "weight").value_or(reader.integer(*root, "sidebar_position").value_or(0));
  page.audience = read_audience(*root, reader);
  page.details = load_page_details(page.type, *root, reader, {split->front_matter, split->front_matter_line});

  page.body = split->body;
  page.body_line = split->body_line;
  page.outline = extract_outline(page.body, page.body_line);
  set_title(page, title, config);
  std::vector<std::string> heading_texts;
  for (const Heading& heading : page.outline.headings) heading_texts.push_back(heading.text);
  const auto anchors = assign_heading_anchors(heading_texts, generated_anchors(page.details));
  for (size_t i = 0; i < anchors.size(); ++i) page.outline.headings[i].anchor = anchors[i];
  check_body(page, config, diagnostics);
  return page;
}

}  // namespace handboek::load
