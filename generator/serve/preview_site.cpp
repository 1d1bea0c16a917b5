#include "serve/preview_site.h"

#include "base/content_hash.h"
#include "engine/loaded_versions.h"
#include "load/page_loader.h"
#include "render/page_renderer.h"
#include "render/site_renderer.h"
#include "serve/change_kind.h"
#include "source/content_folder_source.h"
#include "source/working_tree_source.h"

namespace handboek::serve {

namespace {

// The file's lines before the body: its front matter.
std::string_view front_matter_of(const load::Page& page, std::string_view bytes) {
  size_t end = 0;
  for (int line = 1; line < page.body_line && end != std::string_view::npos; ++line) {
    end = bytes.find('\n', end);
    if (end != std::string_view::npos) ++end;
  }
  return bytes.substr(0, end == std::string_view::npos ? bytes.size() : end);
}

}  // namespace

std::string cross_page_signature(const load::Page& page, std::string_view file_bytes) {
  std::string signature(front_matter_of(page, file_bytes));
  signature += '\0';
  for (const load::Heading& heading : page.outline.headings) {
    signature += std::to_string(heading.level) + ' ' + heading.anchor + ' ' + heading.text + '\n';
  }
  signature += '\0';
  for (const load::LinkRef& link : page.outline.links) signature += link.href + '\n';
  signature += '\0';
  for (const load::SpecialBlock& block : page.outline.blocks) signature += block.kind + ' ' + block.argument + '\n';
  signature += '\0' + std::to_string(page.outline.raw_html.size());
  return signature;
}

PreviewSite::PreviewSite(std::filesystem::path site_dir, model::BuildContext context, int jobs)
    : site_dir_(std::move(site_dir)), context_(std::move(context)), jobs_(jobs) {}

PreviewUpdate PreviewSite::rebuild_all() {
  PreviewUpdate update;
  update.full = true;
  clean_ = false;
  const source::WorkingTreeSource site(site_dir_);
  engine::SiteInputs inputs = engine::load_site_inputs(site, update.diagnostics);
  if (!inputs.site_file.config) return update;
  config_ = std::move(inputs.site_file.config);
  content_dir_ = source::find_content_folder(site, config_->content_dir);
  config_->content_dir = content_dir_;
  update.diagnostics.show_folder_as(source::kContentFolder, content_dir_);
  const auto mounted =
      source::with_content_folder(std::make_unique<source::WorkingTreeSource>(site_dir_), content_dir_);
  const source::Source& source = *mounted;
  // The preview shows the working tree as it is now: no service worker keeps
  // an older copy in the editor's browser (docs/offline.md).
  config_->offline = false;
  statements_ = std::move(inputs.site_file.statements);
  theme_ = std::move(inputs.theme);
  const std::string config_hash = base::content_hash(inputs.site_file.bytes);
  if (!cache_ || config_hash != config_hash_) cache_ = std::make_unique<load::PageCache>();
  config_hash_ = config_hash;

  model::SiteModel model = engine::load_model(source, *config_, context_, jobs_, update.diagnostics, cache_.get());
  std::map<std::string, std::string> signatures;
  for (const model::PageEntry& entry : model.pages) {
    if (entry.page.is_generated) continue;
    const auto bytes = source.read_file(entry.page.path);
    signatures[entry.page.path.str()] = cross_page_signature(entry.page, bytes ? *bytes : "");
  }
  if (!theme_ || update.diagnostics.has_errors()) return update;
  language_.check(model, source, jobs_, update.diagnostics, language::SpellingFindings::kLocated);

  auto tree = std::make_shared<base::OutputTree>();
  render::render_version(model, theme_->templates, theme_->assets, /*versioned=*/false, jobs_, *tree, statements_);
  update.pages_rendered = model.pages.size();
  update.tree = std::move(tree);
  model_ = std::move(model);
  signatures_ = std::move(signatures);
  clean_ = true;
  return update;
}

// A file that came and went between two looks (`sed -i` and many editors
// save through a temporary file renamed over the real one): it is neither
// on disk nor in the site.
bool PreviewSite::is_passing_file(const std::string& path) const {
  std::error_code error;
  const std::string real = source::real_content_path(path, content_dir_);
  if (std::filesystem::exists(std::filesystem::symlink_status(site_dir_ / real, error))) return false;
  if (!model_) return false;
  const auto site_path = base::SitePath::parse(path);
  if (!site_path) return true;
  if (model_->find_page(*site_path)) return false;
  for (const load::StaticFile& file : model_->static_files) {
    if (file.path == *site_path || file.path.is_within(*site_path)) return false;
  }
  for (const load::FormDefinition& form : model_->forms) {
    if (form.path == *site_path) return false;
  }
  for (const model::PageEntry& entry : model_->pages) {
    if (entry.page.path.is_within(*site_path)) return false;  // a folder of pages, deleted
  }
  return path != "site.yaml" && path.rfind("themes/", 0) != 0;
}

PreviewUpdate PreviewSite::apply(const std::set<std::string>& changed) {
  std::set<std::string> pages;
  bool needs_full = !clean_ || !model_;
  const std::string content_prefix = content_dir_ + "/";
  for (std::string path : changed) {
    // docs/x.md of a MkDocs handbook is the model's content/x.md.
    if (content_dir_ != source::kContentFolder && path.rfind(content_prefix, 0) == 0) {
      path = std::string(source::kContentFolder) + "/" + path.substr(content_prefix.size());
    } else if (path == "mkdocs.yml") {
      needs_full = true;  // title, folder and menu order
      continue;
    }
    const ChangeKind kind = classify_change(path);
    if (kind == ChangeKind::kIgnored || is_passing_file(path)) continue;
    context_.uncommitted.insert(path);  // the concept marks it as changed since the last commit
    if (kind == ChangeKind::kPage) {
      pages.insert(path);
    } else {
      needs_full = true;
    }
  }
  if (!needs_full && !pages.empty()) {
    if (auto update = try_page_edits(pages)) return std::move(*update);
  }
  if (!needs_full && pages.empty()) return {};  // nothing of the site changed
  return rebuild_all();
}

// Each page edited in place when its signature is unchanged; nullopt when
// one of them needs the full rebuild (it is new, gone, or others see the change).
std::optional<PreviewUpdate> PreviewSite::try_page_edits(const std::set<std::string>& pages) {
  const auto mounted =
      source::with_content_folder(std::make_unique<source::WorkingTreeSource>(site_dir_), content_dir_);
  const source::Source& source = *mounted;
  struct Edit {
    size_t index;
    load::Page page;
  };
  std::vector<Edit> edits;
  PreviewUpdate update;
  for (const std::string& path_text : pages) {
    const auto path = base::SitePath::parse(path_text);
    const model::PageEntry* entry = path ? model_->find_page(*path) : nullptr;
    if (!entry) return std::nullopt;  // a new page
    const auto bytes = source.read_file(*path);
    if (!bytes) return std::nullopt;  // deleted or renamed
    base::Diagnostics found;
    auto page = load::load_page(*path, *bytes, *config_, found);
    update.diagnostics.merge(found);
    if (found.has_errors()) {
      clean_ = false;  // the next change rebuilds everything, which reports the whole state
      return update;   // nothing published: the last good version stays
    }
    if (!page || cross_page_signature(*page, *bytes) != signatures_[path_text]) return std::nullopt;
    edits.push_back({static_cast<size_t>(entry - model_->pages.data()), std::move(*page)});
  }

  std::set<size_t> to_render;
  for (Edit& edit : edits) {
    model::PageEntry& entry = model_->pages[edit.index];
    entry.page = std::move(edit.page);
    entry.uncommitted = true;
    // A glossary term has no page of its own: the glossary page shows it.
    if (entry.output_path.empty()) {
      if (const auto index = model_->sections[entry.section].index_page) to_render.insert(*index);
    } else {
      to_render.insert(edit.index);
    }
  }
  const render::PageRenderer renderer(*model_, theme_->templates, theme_->assets, /*versioned=*/false, statements_);
  for (const size_t index : to_render) {
    update.files.emplace_back(model_->pages[index].output_path, renderer.render_page(index));
  }
  update.pages_rendered = to_render.size();
  return update;
}

}  // namespace handboek::serve
