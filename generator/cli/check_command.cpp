// `handboek check`: the build pipeline stopped before the renderer — every
// version validated exactly as `build` validates it, nothing written.
#include "cli/commands.h"

namespace handboek::cli {

int run_check(const Options& options) {
  return run_pipeline(options, engine::Goal::kCheck);
}

}  // namespace handboek::cli
