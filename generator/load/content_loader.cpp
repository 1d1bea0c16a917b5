#include "load/content_loader.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>

#include "base/parallel_for.h"
#include "base/text.h"
#include "load/form_loader.h"
#include "load/page_loader.h"
#include "load/static_file_policy.h"
#include "yaml/yaml_reader.h"

namespace handboek::load {

namespace {

const base::SitePath kContent = *base::SitePath::parse("content");
const base::SitePath kForms = *base::SitePath::parse("forms");

void walk(const source::Source& source, const base::SitePath& folder, std::vector<base::SitePath>& files,
          base::Diagnostics& diagnostics) {
  std::vector<source::SkippedEntry> skipped;
  for (const source::DirEntry& entry : source.list_dir(folder, &skipped)) {
    if (entry.name.front() == '.') continue;  // .git, editor swap files
    const auto child = folder.join(entry.name);
    if (!child) continue;
    if (entry.is_dir) {
      walk(source, *child, files, diagnostics);
    } else {
      files.push_back(*child);
    }
  }
  for (const source::SkippedEntry& entry : skipped)
    diagnostics.warning(entry.path, 0, 0, "overgeslagen: " + entry.reason);
}

// A file's path becomes its URL: characters that mean something in a URL
// (or that break sitemap.xml) would give wrong links, and two names that
// differ only in case collide on Windows and macOS checkouts. Spaces are
// common in handbooks brought from elsewhere and stay (written %20 in links).
std::vector<base::SitePath> without_unusable_names(std::vector<base::SitePath> files, base::Diagnostics& diagnostics) {
  std::vector<base::SitePath> usable;
  std::map<std::string, std::string> by_folded_name;
  for (base::SitePath& path : files) {
    const std::string& text = path.str();
    if (text.find_first_of("#?%\t\r\n\"<>\\") != std::string::npos || !base::is_valid_utf8(text)) {
      diagnostics.error(base::is_valid_utf8(text) ? text : "content", 0, 0,
                        (base::is_valid_utf8(text) ? std::string() : "een bestandsnaam is geen geldige UTF-8; ") +
                            "namen van bestanden en mappen in content/ mogen geen '#', '?', '%', tabs, regeleinden, "
                            "aanhalingstekens, '<', '>' of ongeldige UTF-8 bevatten; geef het een andere naam");
      continue;
    }
    const std::string folded = base::ascii_lower(text);
    if (const auto [it, inserted] = by_folded_name.emplace(folded, text); !inserted) {
      diagnostics.error(text, 0, 0,
                        "verschilt van " + it->second +
                            " alleen in hoofdletters en kleine letters; op Windows en macOS zijn de twee "
                            "hetzelfde bestand; geef een van beide een andere naam");
      continue;
    }
    usable.push_back(std::move(path));
  }
  return usable;
}

// Each folder's page: the first of kSectionIndexNames present in it.
std::set<base::SitePath> section_index_files(const std::vector<base::SitePath>& files) {
  std::map<base::SitePath, size_t> best;  // folder → rank of its best index file
  for (const base::SitePath& file : files) {
    const std::string name = file.filename();
    for (size_t rank = 0; rank < std::size(kSectionIndexNames); ++rank) {
      if (name != kSectionIndexNames[rank]) continue;
      const auto [it, inserted] = best.emplace(file.parent(), rank);
      if (!inserted && rank < it->second) it->second = rank;
    }
  }
  std::set<base::SitePath> chosen;
  for (const auto& [folder, rank] : best) chosen.insert(*folder.join(std::string(kSectionIndexNames[rank])));
  return chosen;
}

// `position` and `label` of a _category_.json or .yml (JSON is YAML too);
// anything else in it is Docusaurus' own. Unreadable: nothing, no message
// (the file is the other tool's, and never published).
std::optional<LoadedContent::FolderSetting> read_category(const base::SitePath& path, const std::string& bytes) {
  base::Diagnostics ignored;
  yaml::YamlReader reader(path.str(), 1, ignored);
  const auto root = base::is_valid_utf8(bytes) ? reader.parse(bytes) : std::nullopt;
  if (!root || !root->IsMap()) return std::nullopt;
  LoadedContent::FolderSetting setting;
  setting.position = reader.integer(*root, "position").value_or(0);
  setting.label = reader.text(*root, "label").value_or("");
  return setting;
}

}  // namespace

bool is_category_file(const std::string& name) {
  return name == "_category_.json" || name == "_category_.yml" || name == "_category_.yaml";
}

LoadedContent load_content(const source::Source& source, const config::SiteConfig& config,
                           base::Diagnostics& diagnostics, int jobs, PageCache* cache) {
  std::vector<base::SitePath> content_files;
  walk(source, kContent, content_files, diagnostics);
  if (content_files.empty()) diagnostics.error("content", 0, 0, "er is geen map content/, of hij is leeg");
  content_files = without_unusable_names(std::move(content_files), diagnostics);
  LoadedContent loaded;
  std::erase_if(content_files, [&](const base::SitePath& path) {
    if (!is_category_file(path.filename())) return false;
    const auto bytes = source.read_file(path);
    if (const auto setting = bytes ? read_category(path, *bytes) : std::nullopt) {
      loaded.folder_settings.emplace(path.parent(), *setting);
    }
    return true;
  });

  const std::set<base::SitePath> index_files = section_index_files(content_files);
  // Each file gets its own slot and its own collector, merged in order.
  std::vector<std::optional<Page>> pages(content_files.size());
  std::vector<std::optional<StaticFile>> statics(content_files.size());
  std::vector<base::Diagnostics> found(content_files.size());
  base::parallel_for(content_files.size(), jobs, [&](size_t i) {
    const base::SitePath& path = content_files[i];
    const bool is_index = index_files.count(path) > 0;
    // Whether a file is its folder's page depends on its siblings too.
    std::string content_id = cache && path.extension() == ".md" ? source.content_id(path) : "";
    if (!content_id.empty() && is_index) content_id += "+index";
    if (!content_id.empty()) {
      if (auto cached = cache->find({path.str(), content_id})) {
        pages[i] = std::move(cached->page);
        found[i] = std::move(cached->diagnostics);
        return;
      }
    }
    auto bytes = source.read_file(path);
    if (!bytes) {
      found[i].error(path.str(), 0, 0, "kan het bestand niet lezen");
    } else if (path.extension() == ".md") {
      pages[i] = load_page(path, *bytes, config, found[i], is_index);
      if (!content_id.empty() && pages[i]) cache->store({path.str(), content_id}, {*pages[i], found[i]});
    } else {
      const StaticFileDecision decision = check_static_file(path, *bytes, config.static_file_opt_ins);
      const base::Severity security = config.strict_security ? base::Severity::kError : base::Severity::kWarning;
      if (decision.verdict == StaticFileVerdict::kPublish) {
        if (!decision.message.empty()) found[i].add({path.str(), 0, 0, security, decision.message});
        statics[i] = StaticFile{path, decision.bytes ? std::move(*decision.bytes) : std::move(*bytes)};
      } else if (decision.verdict == StaticFileVerdict::kSkip) {
        found[i].warning(path.str(), 0, 0, decision.message);
      } else if (decision.verdict == StaticFileVerdict::kUnsafe) {
        found[i].add({path.str(), decision.line, decision.column, security, decision.message});
      } else {
        found[i].error(path.str(), decision.line, decision.column, decision.message);
      }
    }
  });

  for (size_t i = 0; i < content_files.size(); ++i) {
    diagnostics.merge(found[i]);
    if (pages[i]) {
      loaded.pages.push_back(std::move(*pages[i]));
    } else if (content_files[i].extension() == ".md" && found[i].has_errors()) {
      loaded.unusable_pages.push_back(content_files[i]);
    }
    if (statics[i]) loaded.static_files.push_back(std::move(*statics[i]));
  }

  std::vector<base::SitePath> form_files;
  walk(source, kForms, form_files, diagnostics);
  for (const base::SitePath& path : form_files) {
    if (path.extension() != ".yaml") {
      diagnostics.warning(path.str(), 0, 0, "genegeerd: in forms/ staan alleen ID.yaml-bestanden");
      continue;
    }
    if (path.parent() != kForms) {
      diagnostics.warning(path.str(), 0, 0, "genegeerd: formulieren staan direct in forms/, niet in submappen");
      continue;
    }
    const auto bytes = source.read_file(path);
    if (!bytes) continue;
    if (auto form = load_form(path, *bytes, diagnostics)) loaded.forms.push_back(std::move(*form));
  }
  // find_page and find_form search these with binary search.
  std::sort(loaded.pages.begin(), loaded.pages.end(), [](const Page& a, const Page& b) { return a.path < b.path; });
  std::sort(loaded.forms.begin(), loaded.forms.end(),
            [](const FormDefinition& a, const FormDefinition& b) { return a.id < b.id; });
  return loaded;
}

}  // namespace handboek::load
