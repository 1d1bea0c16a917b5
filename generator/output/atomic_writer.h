// Publishes an OutputTree to a folder atomically, like leveldb's
// SetCurrentFile at folder scale: everything is written to a temporary
// folder beside OUT, which is then exchanged with OUT in one rename. A
// failed or interrupted build leaves the previous OUT as it was, and a
// folder that handboek did not make is never replaced or deleted.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "base/output_tree.h"

namespace handboek::output {

// The marker file every built site holds; OUT is replaced only if it has it
// (or is missing or empty).
inline constexpr const char* kMarkerFile = ".handboek-site";

struct WriteResult {
  bool ok = false;
  std::string error;  // why not, for the user
};

// Runs on the complete temporary folder, before it replaces OUT (the search
// indexer). Returns false with `why` set to abandon the build: OUT stays as
// it was.
using BeforeSwap = std::function<bool(const std::filesystem::path& folder, std::string& why)>;

// Writes `tree` as the new content of `out`. `protected_folder` (the site
// folder) must not lie inside `out`, or be `out` itself. `before_swap`, when
// set, runs on the written temporary folder first.
WriteResult write_atomically(const base::OutputTree& tree, const std::filesystem::path& out,
                             const std::filesystem::path& protected_folder, const BeforeSwap& before_swap = {});

}  // namespace handboek::output
