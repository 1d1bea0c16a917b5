// Builds the SiteModel from the config and the loaded files by running the
// cross-file passes in a fixed order. The only code that sees all pages.
#pragma once

#include "base/diagnostics.h"
#include "config/site_config.h"
#include "load/content_loader.h"
#include "model/site_model.h"

namespace handboek::model {

// Takes ownership of `content`. Problems are reported; the model is always
// returned (with the broken references left out) so `check` can list all.
SiteModel build_site_model(config::SiteConfig config, load::LoadedContent content, base::Diagnostics& diagnostics);

}  // namespace handboek::model
