#include "engine/version_writer.h"

#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>

#include "engine/local_agreement_dates.h"
#include "history/version_history.h"
#include "model/release_changes.h"
#include "render/offline_files.h"
#include "render/release_briefing.h"
#include "render/site_renderer.h"
#include "render/training_map.h"
#include "render/version_index.h"

namespace handboek::engine {

namespace {

// Whether `path` (in the written site) belongs to the version `folder`.
bool belongs_to(const std::string& path, const output::VersionFolder& folder) {
  const std::string own = folder.prefix.substr(1);
  if (path.compare(0, own.size(), own) != 0) return false;
  for (const std::string& nested : folder.nested) {
    if (path.compare(own.size(), nested.size() + 1, nested + "/") == 0) return false;
  }
  return true;
}

// One build's run through the published versions.
class VersionWriter {
 public:
  VersionWriter(LoadedVersions& site, ReleaseCache& cache, output::StagedSite& staged, int jobs, StageTimer& timer,
                base::Diagnostics& diagnostics, WrittenVersions& written)
      : site_(site),
        cache_(cache),
        staged_(staged),
        jobs_(jobs),
        timer_(timer),
        diagnostics_(diagnostics),
        written_(written),
        published_(site.published_count()),
        versioned_(!site.version(0).name.empty()) {
    for (size_t i = 0; i < published_; ++i) versions_.push_back(site.version(i));
    if (versioned_) targets_ = render::compare_targets(versions_);
    for (size_t i = 0; i < published_; ++i) {
      VersionSlot& slot = site_.slot(i);
      if (slot.compared_with)
        slot.release_notes = history::release_notes(history_of(*slot.compared_with), history_of(i));
    }
  }

  base::Status run() {
    timer_.start("write");
    if (const base::Status restored = cache_.restore(site_, staged_.folder(), staged_.out(), jobs_); !restored.ok())
      return restored;
    for (size_t i = 0; i < published_; ++i) {
      if (const base::Status done = version(i); !done.ok()) return done;
    }
    if (!site_.slot(0).cache.hit) {
      // The root's offline worker lists its files, written by now: their
      // sizes were kept, and the few it lists are read back for its hash.
      render::WrittenFiles files{root_sizes_, [this](const std::string& path) {
                                   std::ifstream file(staged_.folder() / path, std::ios::binary);
                                   return std::string{std::istreambuf_iterator<char>(file), {}};
                                 }};
      base::OutputTree worker;
      if (auto script = render::offline_worker(files, "/", templates())) {
        worker.add(render::offline_worker_path("/"), std::move(*script));
      }
      if (const base::Status done = write(worker, 0); !done.ok()) return done;
    }
    if (!versioned_) return {};
    timer_.start("render");
    std::vector<render::VersionRow> rows;
    for (size_t i = 0; i < published_; ++i) rows.push_back({&versions_[i], site_.slot(i).changes});
    base::OutputTree index;
    render::render_versions_index(site_.model(0), rows, targets_, templates(), assets(), index, site_.statements());
    return write(index, std::nullopt);
  }

 private:
  const render::TemplateEngine& templates() const { return site_.theme().templates; }
  const render::AssetMap& assets() const { return site_.theme().assets; }
  const history::VersionHistory& history_of(size_t i) const { return *site_.slot(i).history; }
  const model::SiteModel& loaded(size_t build) {
    site_.load(build, jobs_, diagnostics_, &timer_);
    return site_.model(build);
  }

  base::Status version(size_t i) {
    // While the root is rendered, it gets a page "since <i>" for every
    // release older than the one before it, so each of those is loaded.
    VersionSlot& slot = site_.slot(i);
    const bool since = versioned_ && i >= 2 && !site_.slot(0).cache.hit && !versions_[i].is_concept;
    if (slot.cache.hit) {  // its files are restored already
      slot.changes = slot.cache.changes;
      add_cached_diagnostics(slot, diagnostics_);
    } else if (const base::Status rendered = render_version(i); !rendered.ok()) {
      return rendered;
    }
    if (since) {
      const model::SiteModel& older = loaded(i);
      timer_.start("render");
      render::ChangePageFrame frame;
      frame.url = render::changes_since_url(versions_[0], versions_[i]);
      // The notes of every release after the older one, newest first.
      for (size_t j = 0; j < i; ++j) {
        if (site_.slot(j).compared_with) frame.notes.push_back({&versions_[j], &site_.slot(j).release_notes});
      }
      frame.compare = targets_;
      const model::ReleaseChanges changes =
          model::compare_releases(older, site_.model(0), history::renames_between(history_of(i), history_of(0)), {});
      base::OutputTree page;
      add_change_page(page, older, site_.model(0), changes, frame, &root_paragraphs_);
      if (const base::Status done = write(page, 0); !done.ok()) return done;
    }
    if (i != 0) site_.drop(i);  // the root stays: the other versions compare with it
    return {};
  }

  base::Status render_version(size_t i) {
    const model::SiteModel& model = loaded(i);
    // The regional site's newest version shows where practice differs
    // (/lokaal/); an edition shows its own practice first instead.
    if (i == 0 && site_.edition.empty()) {
      timer_.start("lokaal");
      model::LocalAgreements agreements = date_local_agreements(site_, 0);
      if (!agreements.pages.empty()) site_.slot(0).model->local_agreements = std::move(agreements);
    }
    timer_.start("render");
    base::OutputTree tree;
    // Bodies are kept only for a next version to share (one version alone
    // would hold all its bodies for nothing).
    render::BodyCache* bodies = published_ > 1 ? &bodies_ : nullptr;
    render::render_version(model, templates(), assets(), versioned_, jobs_, tree, site_.statements(), bodies);
    for (const render::PrintDocument& document : render::print_documents(model)) {
      written_.pdf_jobs.push_back({document.html_path, document.pdf_path});
    }
    written_.rendered.push_back(version_folder(versions_[i]));
    VersionSlot& slot = site_.slot(i);
    if (slot.compared_with) {
      const size_t older_slot = *slot.compared_with;
      const model::SiteModel& older = loaded(older_slot);
      timer_.start("render");
      const model::ReleaseChanges changes = model::compare_releases(
          older, model, history::renames_between(history_of(older_slot), history_of(i)), slot.release_notes);
      slot.changes = render::count_changes(changes);
      render::ChangePageFrame frame;
      frame.url = render::changes_url(versions_[i]);
      frame.notes.push_back({&versions_[i], &slot.release_notes});
      if (i == 0) frame.compare = targets_;
      add_change_page(tree, older, model, changes, frame, i == 0 ? &root_paragraphs_ : nullptr);
      add_briefing(tree, older, model, changes);
    }
    if (i != 0) {  // the root's worker comes last, when all its files are written
      // Its offline worker lists the shared assets, which the root writes.
      assets().write_to(tree);
      render::add_offline_workers(tree, {versions_[i].prefix}, templates());
    }
    return write(tree, i);
  }

  void add_change_page(base::OutputTree& tree, const model::SiteModel& older, const model::SiteModel& newer,
                       const model::ReleaseChanges& changes, const render::ChangePageFrame& frame,
                       render::ParagraphCache* newer_paragraphs) {
    tree.add(frame.url.substr(1) + "index.html",
             render::render_change_page(older, newer, changes, frame, templates(), assets(), site_.statements(), jobs_,
                                        newer_paragraphs));
  }

  // An edition's "Wat verandert er voor ons" of the release, and its PDF
  // (render/release_briefing.h); part of the release's folder, so the
  // build cache keeps it with the rest.
  void add_briefing(base::OutputTree& tree, const model::SiteModel& older, const model::SiteModel& newer,
                    const model::ReleaseChanges& changes) {
    if (!render::has_release_briefing(newer.config, newer.version, templates())) return;
    render::BriefingDocument briefing =
        render::render_release_briefing(older, newer, changes, templates(), assets(), site_.statements());
    if (newer.training_pdfs) written_.pdf_jobs.push_back({briefing.html_path, briefing.pdf_path});
    tree.add(std::move(briefing.html_path), std::move(briefing.html));
  }

  // Writes the files of `tree` that belong to version `build` (all of them
  // when none is named) and forgets them; of the root's, the sizes are kept.
  base::Status write(base::OutputTree& tree, std::optional<size_t> build) {
    timer_.start("write");
    if (build) {
      const output::VersionFolder folder = version_folder(versions_[*build]);
      tree.remove_if([&](const std::string& path) { return !belongs_to(path, folder); });
    }
    if (build == 0) {
      for (const auto& [path, bytes] : tree.files()) root_sizes_[path] = bytes.size();
    }
    if (base::Status written = staged_.write(tree, jobs_); !written.ok()) return written;
    written_.files += tree.size();
    tree = {};
    return {};
  }

  LoadedVersions& site_;
  ReleaseCache& cache_;
  output::StagedSite& staged_;
  const int jobs_;
  StageTimer& timer_;
  base::Diagnostics& diagnostics_;
  WrittenVersions& written_;
  const size_t published_;
  const bool versioned_;
  std::vector<model::VersionInfo> versions_;    // of the published builds
  std::vector<render::CompareTarget> targets_;  // the current version's comparisons
  std::map<std::string, size_t> root_sizes_;    // the root's files written so far
  render::BodyCache bodies_;                    // page bodies the next version may share
  render::ParagraphCache root_paragraphs_;      // the root's pages as its "sinds" pages diff them
};

}  // namespace

base::Status write_versions(LoadedVersions& site, ReleaseCache& cache, output::StagedSite& staged, int jobs,
                            StageTimer& timer, base::Diagnostics& diagnostics, WrittenVersions& written) {
  return VersionWriter(site, cache, staged, jobs, timer, diagnostics, written).run();
}

}  // namespace handboek::engine
