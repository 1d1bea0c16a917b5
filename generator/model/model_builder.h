// Builds the SiteModel from the config and the loaded files by running the
// cross-file passes in a fixed order. The only code that sees all pages.
#pragma once

#include <set>

#include "base/diagnostics.h"
#include "config/site_config.h"
#include "history/version_history.h"
#include "load/content_loader.h"
#include "model/site_model.h"

namespace handboek::model {

// What a build knows beyond the files: which version it is and what git
// says about the files. Everything is optional: a site outside git is
// built with the defaults.
struct BuildContext {
  VersionInfo version;
  const history::VersionHistory* history = nullptr;  // null: no git history
  std::string commit_url;                            // pattern with {commit}, from site.yaml
  std::set<std::string> uncommitted;                 // site-relative paths changed in the work tree
  // How a broken link is reported. It is rendered the same either way: its
  // text, marked broken (render/markdown_renderer). site.yaml's
  // `broken_links: warning` sets kWarning.
  base::Severity broken_link_severity = base::Severity::kError;
};

// Takes ownership of `content`. Problems are reported; the model is always
// returned (with the broken references left out) so `check` can list all.
SiteModel build_site_model(config::SiteConfig config, load::LoadedContent content, base::Diagnostics& diagnostics,
                           const BuildContext& context = {});

}  // namespace handboek::model
