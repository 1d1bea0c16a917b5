#include "config/config_loader.h"

#include <algorithm>
#include <cctype>

#include "base/identifier.h"
#include "base/site_files.h"
#include "base/text.h"
#include "config/mkdocs_site.h"
#include "config/site_statements.h"
#include "yaml/yaml_reader.h"

namespace handboek::config {

namespace {

constexpr const char* kConfigPath = base::kSiteYaml;

bool is_web_url(const std::string& url);

// `tokens: PATH` of the site or an organisation: a .css file in the repository.
std::string read_tokens_path(yaml::YamlReader& reader, const YAML::Node& node) {
  const std::string path = reader.text(node, "tokens").value_or("");
  if (path.empty()) return path;
  const auto parsed = base::SitePath::parse(path);
  if (!parsed || parsed->extension() != ".css") {
    reader.error(node["tokens"], "tokens moet het pad van een .css-bestand in de repository zijn (tokens/buch.css)");
    return "";
  }
  return parsed->str();
}

void load_organisations(yaml::YamlReader& reader, const YAML::Node& root, SiteConfig& config) {
  const auto list = reader.sequence(root, "organisations");
  if (!list) return;
  for (const YAML::Node& item : *list) {
    if (!reader.expect_map(item, "een organisatie")) continue;
    reader.warn_unknown_keys(
        item, {"id", "name", "description", "base_url", "logo", "show_others", "contact", "accessibility", "tokens"});
    Organisation organisation;
    organisation.id = reader.text(item, "id", true).value_or("");
    organisation.name = reader.text(item, "name", true).value_or(organisation.id);
    organisation.description = reader.text(item, "description").value_or("");
    organisation.base_url = reader.text(item, "base_url").value_or("");
    if (!organisation.base_url.empty()) {
      if (organisation.base_url.back() != '/') organisation.base_url += '/';
      // It ends up in href attributes: a javascript: URL would run in readers' browsers.
      if (!is_web_url(organisation.base_url) && organisation.base_url.front() != '/') {
        reader.error(item["base_url"], "base_url moet beginnen met https://, http:// of /");
        organisation.base_url.clear();
      }
    }
    organisation.logo = reader.text(item, "logo").value_or("");
    if (!organisation.logo.empty()) {
      const auto logo = base::SitePath::parse(organisation.logo);
      if (!logo || logo->str().rfind("content/", 0) != 0) {
        reader.error(item["logo"], "logo moet een pad in content/ zijn (content/afbeeldingen/logo.svg)");
        organisation.logo.clear();
      }
    }
    organisation.show_others = reader.boolean(item, "show_others").value_or(true);
    organisation.tokens = read_tokens_path(reader, item);
    if (organisation.id.empty()) continue;
    if (!base::is_identifier(organisation.id)) {
      reader.error(item["id"], base::not_an_identifier("organisatie", organisation.id));
    } else if (config.find_organisation(organisation.id)) {
      reader.error(item["id"], "organisatie-id '" + organisation.id + "' komt twee keer voor");
    } else {
      config.organisations.push_back(std::move(organisation));
    }
  }
}

// "mailto:someone@example.org": one address, nothing a mail client would
// read as more headers.
bool is_mail_address(const std::string& text) {
  if (text.rfind("mailto:", 0) != 0) return false;
  const std::string address = text.substr(7);
  const size_t at = address.find('@');
  return at != std::string::npos && at > 0 && at + 1 < address.size() &&
         address.find_first_of("?&<>\"' ,;\n\r\t") == std::string::npos;
}

bool is_web_url(const std::string& url) {
  const std::string lower = base::ascii_lower(url.substr(0, 8));
  return lower.rfind("https://", 0) == 0 || lower.rfind("http://", 0) == 0;
}

constexpr const char* kDocusaurusConfigs[] = {"docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs"};

bool has_docusaurus_config(const source::Source& source) {
  for (const char* name : kDocusaurusConfigs) {
    if (source.read_file(*base::SitePath::parse(name))) return true;
  }
  return false;
}

// A folder name for `content_dir`: inside the site, not one handboek reads
// for something else.
bool is_content_folder_name(const std::string& name) {
  const auto path = base::SitePath::parse(name);
  if (!path || path->is_root()) return false;
  const std::string top = path->str().substr(0, path->str().find('/'));
  return top != "forms" && top != "themes" && top.front() != '.';
}

// The title Docusaurus shows: `title: '…'` in docusaurus.config.js, read as
// text (the file is a program and is never run).
std::string docusaurus_title(const std::string& config) {
  for (size_t at = config.find("title:"); at != std::string::npos; at = config.find("title:", at + 1)) {
    size_t quote = at + 6;
    while (quote < config.size() && (config[quote] == ' ' || config[quote] == '\t')) ++quote;
    if (quote >= config.size() || (config[quote] != '\'' && config[quote] != '"' && config[quote] != '`')) continue;
    const size_t end = config.find(config[quote], quote + 1);
    if (end == std::string::npos || end - quote > 200) continue;
    const std::string title = config.substr(quote + 1, end - quote - 1);
    if (!title.empty() && base::is_valid_utf8(title) && title.find('\n') == std::string::npos) return title;
  }
  return "";
}

// A site without site.yaml that was written for MkDocs or Docusaurus builds
// where it stands: the title (and for MkDocs the folder and menu) from the
// other tool's file, broken links as warnings (as both tools report them
// by default). nullopt when it is neither.
std::optional<SiteConfig> config_of_other_tool(const source::Source& source, const std::optional<MkDocsSite>& mkdocs) {
  SiteConfig config;
  config.broken_links_are_warnings = true;
  config.front_matter_of_other_tool = true;
  if (mkdocs) {
    config.title = mkdocs->site_name.empty() ? "Handboek" : mkdocs->site_name;
    if (is_content_folder_name(mkdocs->docs_dir)) config.content_dir = mkdocs->docs_dir;
    config.nav_order = mkdocs->nav;
    return config;
  }
  for (const char* name : kDocusaurusConfigs) {
    if (const auto text = source.read_file(*base::SitePath::parse(name))) {
      config.title = docusaurus_title(*text);
      if (config.title.empty()) config.title = "Handboek";
      return config;
    }
  }
  return std::nullopt;
}

std::optional<SiteConfig> read_config(yaml::YamlReader& reader, const YAML::Node& node, const source::Source& source,
                                      const std::optional<MkDocsSite>& mkdocs) {
  const YAML::Node* root = &node;
  reader.warn_unknown_keys(*root, {"title",    "subtitle",      "base_url",        "language",          "theme",
                                   "version",  "organisations", "versions",        "commit_url",        "static_files",
                                   "owner",    "contact",       "accessibility",   "strict_language",   "broken_links",
                                   "offline",  "section_pdfs",  "external_images", "security_findings", "feedback",
                                   "edit_url", "content_dir",   "tokens"});

  SiteConfig config;
  config.title = reader.text(*root, "title", true).value_or("Handboek");
  config.subtitle = reader.text(*root, "subtitle").value_or("");
  config.base_url = reader.text(*root, "base_url").value_or(config.base_url);
  if (config.base_url.empty() || config.base_url.back() != '/') config.base_url += '/';
  config.language = reader.text(*root, "language").value_or(config.language);
  config.theme = reader.text(*root, "theme").value_or(config.theme);
  if (!base::SitePath::parse(config.theme) || config.theme.find('/') != std::string::npos) {
    reader.error((*root)["theme"], "theme moet de naam zijn van een map in themes/");
    config.theme = "default";
  }
  config.version = reader.text(*root, "version").value_or(config.version);
  if (config.version.empty()) config.version = "concept";
  config.commit_url = reader.text(*root, "commit_url").value_or("");
  // Both end up in href attributes: a javascript: URL would run in readers' browsers.
  if (!is_web_url(config.base_url) && config.base_url.front() != '/') {
    reader.error((*root)["base_url"], "base_url moet beginnen met https://, http:// of /");
    config.base_url = "/";
  }
  if (!config.commit_url.empty() && !is_web_url(config.commit_url)) {
    reader.error((*root)["commit_url"], "commit_url moet beginnen met https:// of http://");
    config.commit_url.clear();
  }
  // Both become links on every page: only mail and web addresses.
  config.feedback = reader.text(*root, "feedback").value_or("");
  if (!config.feedback.empty() && !is_web_url(config.feedback) && !is_mail_address(config.feedback)) {
    reader.error((*root)["feedback"],
                 "feedback moet mailto:ADRES zijn of een URL die begint met https:// of http:// (met {url}, {titel}, "
                 "{versie} of {sectie} waar de gegevens van de pagina komen)");
    config.feedback.clear();
  }
  config.edit_url = reader.text(*root, "edit_url").value_or("");
  if (!config.edit_url.empty() &&
      (!is_web_url(config.edit_url) || config.edit_url.find("{pad}") == std::string::npos)) {
    reader.error(
        (*root)["edit_url"],
        "edit_url moet beginnen met https:// of http:// en {pad} bevatten, waar het bestand van de pagina komt "
        "(https://git.example.org/handboek/edit/main/{pad})");
    config.edit_url.clear();
  }
  config.strict_language = reader.boolean(*root, "strict_language").value_or(false);
  if (const auto broken_links = reader.text(*root, "broken_links")) {
    if (*broken_links != "error" && *broken_links != "warning") {
      reader.error((*root)["broken_links"],
                   "broken_links moet 'error' of 'warning' zijn, niet '" + *broken_links + "'");
    }
    config.broken_links_are_warnings = *broken_links == "warning";
  }
  config.offline = reader.boolean(*root, "offline").value_or(true);
  config.external_images = reader.boolean(*root, "external_images").value_or(false);
  if (const auto findings = reader.text(*root, "security_findings")) {
    if (*findings != "error" && *findings != "warning") {
      reader.error((*root)["security_findings"],
                   "security_findings moet 'error' of 'warning' zijn, niet '" + *findings + "'");
    }
    config.strict_security = *findings == "error";
  }
  config.section_pdfs = reader.boolean(*root, "section_pdfs").value_or(false);
  if (const YAML::Node versions = (*root)["versions"]; versions && reader.expect_map(versions, "versions")) {
    reader.warn_unknown_keys(versions, {"tags", "concept"});
    config.version_tags = reader.text(versions, "tags").value_or(config.version_tags);
    config.build_concept = reader.boolean(versions, "concept").value_or(false);
  }
  if (const YAML::Node statics = (*root)["static_files"]; statics && reader.expect_map(statics, "static_files")) {
    reader.warn_unknown_keys(statics, {"allow"});
    for (const std::string& name : reader.text_list(statics, "allow")) {
      if (std::find(kStaticFileOptIns.begin(), kStaticFileOptIns.end(), name) == kStaticFileOptIns.end()) {
        reader.error(statics["allow"], "static_files: allow: '" + name + "' is niet een van html, svg, js, css");
      } else {
        config.static_file_opt_ins.push_back(name);
      }
    }
  }
  if (const auto folder = reader.text(*root, "content_dir")) {
    if (is_content_folder_name(*folder)) {
      config.content_dir = *folder;
      while (config.content_dir.back() == '/') config.content_dir.pop_back();
    } else {
      reader.error((*root)["content_dir"],
                   "content_dir moet een map in de site zijn (zoals docs), niet '" + *folder + "'");
    }
  }
  if (mkdocs) {
    if (config.content_dir.empty() && is_content_folder_name(mkdocs->docs_dir)) config.content_dir = mkdocs->docs_dir;
    config.nav_order = mkdocs->nav;
  }
  config.front_matter_of_other_tool = mkdocs.has_value() || has_docusaurus_config(source);
  config.tokens = read_tokens_path(reader, *root);
  load_organisations(reader, *root, config);
  return config;
}

}  // namespace

void apply_edition(SiteFile& file, const std::string& organisation_id) {
  if (!file.config) return;
  SiteConfig& config = *file.config;
  config.edition = organisation_id;
  const Organisation* organisation = config.find_organisation(organisation_id);
  if (!organisation) return;
  if (!organisation->base_url.empty()) config.base_url = organisation->base_url;
  if (!organisation->tokens.empty()) config.tokens = organisation->tokens;
  file.statements = edition_statements(file.statements, organisation->id, organisation->name);
}

SiteFile load_site_file(const source::Source& source, base::Diagnostics& diagnostics) {
  SiteFile file;
  const auto text = source.read_file(*base::SitePath::parse(kConfigPath));
  const std::optional<MkDocsSite> mkdocs = read_mkdocs_site(source, diagnostics);
  if (!text) {
    if ((file.config = config_of_other_tool(source, mkdocs))) return file;
    diagnostics.error(kConfigPath, 0, 0, "site.yaml ontbreekt; de map van een site heeft er een nodig");
    return file;
  }
  file.bytes = *text;
  if (const size_t bad = base::first_invalid_utf8(*text); bad != std::string::npos) {
    diagnostics.error(kConfigPath, 0, 0, std::string(base::kNotUtf8) + " (byte " + std::to_string(bad) + ")");
    return file;
  }
  yaml::YamlReader reader(kConfigPath, 1, diagnostics);
  const auto root = reader.parse(*text);
  if (!root || !reader.expect_map(*root, kConfigPath)) return file;
  file.statements = read_site_statements(reader, *root);
  file.config = read_config(reader, *root, source, mkdocs);
  return file;
}

std::optional<SiteConfig> load_site_config(const source::Source& source, base::Diagnostics& diagnostics) {
  return load_site_file(source, diagnostics).config;
}

}  // namespace handboek::config
