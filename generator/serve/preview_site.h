// PreviewSite: the working tree kept built in memory for `handboek serve`,
// rebuilt with as little work as a change needs:
//   - the text of one page changed, and nothing another page can see of it
//     (front matter, headings, links, blocks: its cross-page signature) →
//     that page alone is loaded and rendered again (a glossary term: the
//     glossary page that shows it);
//   - anything else (front matter, a new, deleted or renamed page, a form,
//     another file of content/) → every file is loaded again through the
//     page cache (only changed files are parsed), the model is rebuilt and
//     every page rendered;
//   - site.yaml or the theme → the same, with the config and theme reloaded.
// A full rebuild loads through the engine (engine/loaded_versions.h) as
// `build` does, language checks included (an edit of one page's text is
// rendered at once; its language is checked with the next full rebuild). While the content has errors nothing is
// published: the last good version stays served. Not thread-safe; one
// rebuild loop owns it.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/output_tree.h"
#include "config/site_config.h"
#include "config/site_statements.h"
#include "engine/language_step.h"
#include "load/content_loader.h"
#include "model/model_builder.h"
#include "model/site_model.h"
#include "render/theme.h"

namespace handboek::serve {

// What one rebuild produced.
struct PreviewUpdate {
  base::Diagnostics diagnostics;  // of the files loaded again (all of them after a full rebuild)
  // Set after a successful full rebuild: the whole new site.
  std::shared_ptr<const base::OutputTree> tree;
  // Set after a successful incremental rebuild: output path → new bytes.
  std::vector<std::pair<std::string, std::string>> files;
  bool full = false;  // every page was rendered
  size_t pages_rendered = 0;

  bool published() const { return tree || !files.empty(); }
};

// The cross-page signature of a page: everything of it that other pages or
// the model can see (front matter, heading anchors and texts, link targets,
// special blocks), without the prose. Equal signatures: an edit changed
// only the page's own text. `file_bytes` is the whole .md file.
std::string cross_page_signature(const load::Page& page, std::string_view file_bytes);

class PreviewSite {
 public:
  // `context` names the build (concept) and carries git history; its
  // pointers must outlive this object.
  PreviewSite(std::filesystem::path site_dir, model::BuildContext context, int jobs);

  // Loads and renders everything.
  PreviewUpdate rebuild_all();
  // Applies changed files (paths relative to the site folder).
  PreviewUpdate apply(const std::set<std::string>& changed);

 private:
  std::optional<PreviewUpdate> try_page_edits(const std::set<std::string>& pages);
  bool is_passing_file(const std::string& path) const;

  std::filesystem::path site_dir_;
  std::string content_dir_ = "content";  // the site's content folder, seen as content/ (source::ContentFolderSource)
  model::BuildContext context_;
  int jobs_;
  std::optional<config::SiteConfig> config_;
  config::SiteStatements statements_;  // colofon, privacy, toegankelijkheid (site.yaml)
  std::optional<render::Theme> theme_;
  engine::LanguageStep language_;  // its dictionaries load while the first build runs
  std::string config_hash_;        // the page cache is valid for one site.yaml
  std::unique_ptr<load::PageCache> cache_;
  std::optional<model::SiteModel> model_;          // of the last good build
  std::map<std::string, std::string> signatures_;  // page path → cross_page_signature
  bool clean_ = false;                             // the last rebuild had no errors
};

}  // namespace handboek::serve
