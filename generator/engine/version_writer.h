// The render-and-write half of `handboek build`: every published version,
// one at a time, from its model to files in the staged site (issue 12).
// A version's pages and change pages are rendered into a tree of their own,
// written, and dropped with the model, so memory does not grow with the
// number of versions; a release in the build cache is copied from it
// instead. The root version's offline worker is written last: its change
// pages compare it with every older release, and the worker lists them.
#pragma once

#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "engine/loaded_versions.h"
#include "engine/release_cache.h"
#include "engine/stage_timer.h"
#include "output/atomic_writer.h"
#include "output/pdf_printer.h"
#include "output/search_indexer.h"

namespace handboek::engine {

struct WrittenVersions {
  std::vector<output::PdfJob> pdf_jobs;         // the print documents of the rendered versions
  std::vector<output::VersionFolder> rendered;  // their folders, for the search index
  size_t files = 0;                             // files written (not those from the cache)
};

// Renders (or restores from `cache`) every published version of `site`
// into `staged`, loading and dropping release models as it goes; the
// diagnostics of models loaded here, or of cached releases from their
// notes, are added to `diagnostics`. A failure is an I/O problem (exit 3).
base::Status write_versions(LoadedVersions& site, ReleaseCache& cache, output::StagedSite& staged, int jobs,
                            StageTimer& timer, base::Diagnostics& diagnostics, WrittenVersions& written);

}  // namespace handboek::engine
