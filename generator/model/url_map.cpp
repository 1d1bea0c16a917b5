#include "model/url_map.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/text.h"
#include "load/markdown_outline.h"

namespace handboek::model {

namespace {

// Path below content/ ("processen/x.md"), without the "content/" prefix.
std::string below_content(const base::SitePath& path) {
  const std::string& text = path.str();
  const size_t slash = text.find('/');
  return slash == std::string::npos ? "" : text.substr(slash + 1);
}

// Output handboek makes itself in every version: the theme's assets, the
// search bundle, forms and their schemas, the versions, 404 and sitemap. A
// static file there would silently replace generated output (or be
// replaced by it), so it is an error.
// "handboek.0123456789.css": the name of a theme asset (render/asset_hasher.cpp).
bool is_hashed_asset_name(const std::string& name) {
  const size_t extension = name.rfind('.');
  if (extension == std::string::npos || extension < 11 || name[extension - 11] != '.') return false;
  return std::all_of(name.begin() + static_cast<std::ptrdiff_t>(extension - 10),
                     name.begin() + static_cast<std::ptrdiff_t>(extension),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool is_generated_output(const std::string& below_prefix) {
  // assets/ holds the theme's files, each with a content hash in its name;
  // a site's own assets/ (MkDocs keeps its logo in docs/assets/) may sit
  // beside them as long as no name can be one handboek writes.
  if (below_prefix.rfind("assets/", 0) == 0) {
    return below_prefix.find('/', 7) == std::string::npos && is_hashed_asset_name(below_prefix.substr(7));
  }
  for (const char* folder : {"pagefind/", "formulieren/", "versies/", "concept/"}) {
    if (below_prefix.rfind(folder, 0) == 0) return true;
  }
  return below_prefix == "404.html" || below_prefix == "sitemap.xml";
}

// "letter-B": the id of a letter's heading in the glossary's index.
bool is_letter_id(const std::string& id) {
  return id.size() == 8 && id.rfind("letter-", 0) == 0 && ((id[7] >= 'A' && id[7] <= 'Z') || id[7] == '#');
}

// Term anchors, then the headings of the pages the terms are listed on, so
// that no two ids on a glossary page are equal. Terms in folder depth, then
// path order (not by title, so an anchor does not change when a title does):
// a term in a subfolder gives way to one of the same name above it.
void assign_glossary_anchors(SiteModel& model) {
  std::vector<PageEntry*> terms;
  for (PageEntry& entry : model.pages) {
    if (entry.page.type == load::PageType::kTerm && entry.url.find('#') != std::string::npos) terms.push_back(&entry);
  }
  const auto depth = [](const PageEntry* entry) { return std::ranges::count(entry->page.path.str(), '/'); };
  std::ranges::stable_sort(terms, [&](const PageEntry* a, const PageEntry* b) { return depth(a) < depth(b); });
  std::set<std::string> taken(std::begin(kGlossaryPageIds), std::end(kGlossaryPageIds));
  std::set<std::string> glossary_pages;  // URLs of the pages that list terms
  for (PageEntry* term : terms) {
    PageEntry& entry = *term;
    const size_t hash = entry.url.find('#');
    const std::string stem = entry.url.substr(hash + 1);
    std::string anchor = stem;
    for (int n = 2; taken.count(anchor) || is_letter_id(anchor); ++n) {
      anchor = stem + "-" + std::to_string(n);
    }
    taken.insert(anchor);
    entry.url.replace(hash + 1, std::string::npos, anchor);
    glossary_pages.insert(entry.url.substr(0, hash));
  }
  if (glossary_pages.empty()) return;
  for (PageEntry& entry : model.pages) {
    if (!glossary_pages.count(entry.url)) continue;
    std::vector<std::string> texts;
    for (const load::Heading& heading : entry.page.outline.headings) texts.push_back(heading.text);
    const std::vector<std::string> anchors =
        load::assign_heading_anchors(texts, std::vector<std::string>(taken.begin(), taken.end()));
    for (size_t i = 0; i < anchors.size(); ++i) entry.page.outline.headings[i].anchor = anchors[i];
  }
}

}  // namespace

std::string term_anchor(const PageEntry& term) {
  return term.url.substr(term.url.find('#') + 1);
}

std::string page_url(const base::SitePath& content_path, bool is_section_index) {
  const base::SitePath relative = *base::SitePath::parse(below_content(content_path));
  const std::string folder = relative.parent().str();
  std::string url = "/" + folder + (folder.empty() ? "" : "/");
  if (!is_section_index && relative.filename() != "_index.md") url += relative.stem() + "/";
  return url;
}

std::string static_file_url(const base::SitePath& content_path) {
  return "/" + below_content(content_path);
}

void assign_urls(SiteModel& model, base::Diagnostics& diagnostics) {
  std::map<std::string, std::string> claimed;  // output path → source path
  auto claim = [&](const std::string& output, const base::SitePath& source) {
    const auto [it, inserted] = claimed.emplace(output, source.str());
    if (!inserted) {
      diagnostics.error(
          source.str(), 0, 0,
          "'" + output + "' wordt ook gemaakt door " + it->second + "; geef een van de twee bestanden een andere naam");
    }
  };
  // Every URL of a version lives under its prefix ("/versies/2019.2/").
  const std::string& prefix = model.version.prefix;
  for (PageEntry& entry : model.pages) {
    entry.url = prefix + page_url(entry.page.path, entry.page.is_section_index).substr(1);
    if (entry.page.type == load::PageType::kTerm && !entry.page.is_section_index) {
      // A term is an entry on its section's page.
      entry.url = prefix + page_url(entry.page.path.parent().join("_index.md").value()).substr(1) + "#" +
                  entry.page.path.stem();
      continue;
    }
    entry.output_path = entry.url.substr(1) + "index.html";
    claim(entry.output_path, entry.page.path);
  }
  assign_glossary_anchors(model);
  for (const load::StaticFile& file : model.static_files) {
    const std::string below_prefix = static_file_url(file.path).substr(1);
    if (is_generated_output(below_prefix)) {
      diagnostics.error(file.path.str(), 0, 0,
                        "'" + below_prefix + "' maakt handboek zelf; een bestand in content/ kan het niet vervangen");
      continue;
    }
    claim(prefix.substr(1) + below_prefix, file.path);
  }
  for (const load::FormDefinition& form : model.forms) {
    claim(model.form_url(form.id).substr(1) + "index.html", form.path);
  }
}

std::string public_url(const std::string& base_url, const std::string& url) {
  std::string location;
  for (const char c : base_url + (url.empty() || url.front() != '/' ? url : url.substr(1))) {
    location += c == ' ' ? std::string("%20") : std::string(1, c);
  }
  return location;
}

bool is_external_url(const std::string& url) {
  const size_t colon = url.find(':');
  const size_t slash = url.find('/');
  return colon != std::string::npos && (slash == std::string::npos || colon < slash);
}

std::string relative_url(const std::string& from, const std::string& to) {
  if (is_external_url(to) || to.empty() || to.front() != '/') return to;
  // Climb out of the folders of `from` that `to` does not share.
  size_t common = 0;
  for (size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i) {
    if (from[i] == '/') common = i + 1;
  }
  size_t climbs = 0;
  for (size_t i = common; i < from.size(); ++i) {
    if (from[i] == '/') ++climbs;
  }
  std::string out;
  for (size_t i = 0; i < climbs; ++i) out += "../";
  out += to.substr(common);
  return out.empty() ? "./" : out;
}

std::string release_prefix(const std::string& name) {
  return std::string(kVersionsIndexUrl) + name + "/";
}

std::vector<std::string> folders_of_other_versions(const std::string& prefix) {
  if (prefix != "/") return {};
  const auto top_folder = [](std::string_view url) { return std::string(url.substr(1, url.size() - 2)); };
  return {top_folder(kConceptPrefix), top_folder(kVersionsIndexUrl)};
}

std::string forms_index_url(const std::string& prefix) {
  return prefix + "formulieren/";
}

std::string form_url(const std::string& prefix, const std::string& form_id) {
  return forms_index_url(prefix) + form_id + "/";
}

std::string form_schema_url(const std::string& prefix, const std::string& form_id) {
  return forms_index_url(prefix) + form_id + ".schema.json";
}

std::string search_url(const std::string& prefix) {
  return prefix + "zoeken/";
}

std::string changes_url(const std::string& prefix) {
  return prefix + "wijzigingen/";
}

std::string local_overview_url(const std::string& prefix) {
  return prefix + "lokaal/";
}

std::string briefing_url(const std::string& prefix) {
  return changes_url(prefix) + "voor-ons/";
}

std::string briefing_pdf_name(const std::string& organisation_id, const std::string& version_name) {
  return "wat-verandert-er-" + base::slugify(organisation_id) + "-" + base::slugify(version_name) + ".pdf";
}

std::string changes_since_url(const std::string& prefix, const std::string& older_version) {
  return changes_url(prefix) + "sinds-" + older_version + "/";
}

std::string section_print_url(const std::string& section_url) {
  return section_url + "afdrukken/";
}

std::string step_url(const std::string& page_url, const std::string& step_id) {
  return page_url + "#" + load::step_anchor(step_id);
}

std::string competency_url(const std::string& page_url, const std::string& competency_id) {
  return page_url + "#" + load::competency_anchor(competency_id);
}

std::string local_block_anchor(const std::string& organisation_id) {
  return "lokaal-" + organisation_id;
}

std::string interview_theme_anchor(const std::string& title) {
  return "thema-" + base::slugify(title);
}

std::string chapter_anchor(size_t number) {
  return "hoofdstuk-" + std::to_string(number);
}

std::string form_anchor(const std::string& form_key) {
  return "formulier-" + form_key;
}

std::string form_part_id(const std::string& form_key, const std::string& part) {
  return "f-" + form_key + "-" + part;
}

std::string form_section_id(const std::string& form_key, size_t number) {
  return form_part_id(form_key, "sectie-" + std::to_string(number));
}

std::string page_change_anchor(const std::string& address_slug) {
  return "wijziging-" + (address_slug.empty() ? std::string("startpagina") : address_slug);
}

std::string form_change_anchor(const std::string& form_id) {
  return page_change_anchor(form_anchor(form_id));
}

std::string term_tooltip_id(int number) {
  return "begrip-uitleg-" + std::to_string(number);
}

}  // namespace handboek::model
