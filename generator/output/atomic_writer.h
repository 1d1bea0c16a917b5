// Publishes an OutputTree to a folder atomically, like leveldb's
// SetCurrentFile at folder scale: everything is written to a temporary
// folder beside OUT, which is then exchanged with OUT in one rename. A
// failed or interrupted build leaves the previous OUT as it was, and a
// folder that handboek did not make is never replaced or deleted.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "base/output_tree.h"
#include "base/status.h"

namespace handboek::output {

// The marker file every built site holds; OUT is replaced only if it has it
// (or is missing or empty).
inline constexpr const char* kMarkerFile = ".handboek-site";

// Runs on the complete temporary folder, before it replaces OUT (the search
// indexer). A failure abandons the build: OUT stays as it was.
using BeforeSwap = std::function<base::Status(const std::filesystem::path& folder)>;
// Runs on the temporary folder when it did not replace OUT (before_swap or
// the exchange failed), before it is removed: OUT is the previous site, and
// what before_swap moved from it into the folder goes back.
using AfterFailure = std::function<void(const std::filesystem::path& folder)>;

// A new site being written into its temporary folder, piece by piece (one
// version at a time, so a build never holds the whole site in memory), and
// published with publish(). Destroyed unpublished, it removes the temporary
// folder and OUT stays as it was.
class StagedSite {
 public:
  // Checks `out` (see write_atomically) and creates the temporary folder.
  // A failure when OUT may not be replaced or the folder cannot be made.
  static base::StatusOr<StagedSite> begin(const std::filesystem::path& out,
                                          const std::filesystem::path& protected_folder);

  StagedSite(StagedSite&&) noexcept;
  StagedSite& operator=(StagedSite&&) = delete;
  ~StagedSite();

  // The temporary folder (for files copied in by others: the build cache).
  const std::filesystem::path& folder() const { return temporary_; }
  // OUT, absolute: the site this one replaces (the build cache takes
  // unchanged releases over from it).
  const std::filesystem::path& out() const { return out_; }

  // Writes the files of `tree` into the temporary folder, on up to `jobs`
  // threads.
  base::Status write(const base::OutputTree& tree, int jobs = 1);

  // Runs `before_swap` on the temporary folder, then replaces OUT with it;
  // on a failure runs `after_failure`. Call once; afterwards the temporary
  // folder is gone either way.
  base::Status publish(const BeforeSwap& before_swap = {}, const AfterFailure& after_failure = {});

 private:
  class Marker;
  StagedSite(std::filesystem::path out, std::filesystem::path temporary, std::unique_ptr<Marker> marker);

  std::filesystem::path out_;
  std::filesystem::path temporary_;  // empty once published or moved from
  std::unique_ptr<Marker> marker_;
};

// Removes a temporary folder of a build (or the previous site it held),
// its marker last, so a build killed half-way leaves it recognisable.
void remove_build_folder(const std::filesystem::path& folder);

// Writes `tree` as the new content of `out` (a StagedSite written once). `protected_folder` (the site
// folder) must not lie inside `out`, or be `out` itself. `before_swap`, when
// set, runs on the written temporary folder first.
base::Status write_atomically(const base::OutputTree& tree, const std::filesystem::path& out,
                              const std::filesystem::path& protected_folder, const BeforeSwap& before_swap = {});

}  // namespace handboek::output
