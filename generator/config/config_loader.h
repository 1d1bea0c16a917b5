// Loads site.yaml into a SiteConfig: the only place that parses site.yaml.
// Every problem becomes a diagnostic at its line in site.yaml.
#pragma once

#include <optional>

#include "base/diagnostics.h"
#include "config/site_config.h"
#include "source/source.h"

namespace handboek::config {

// nullopt only when site.yaml is missing or is not valid YAML; other
// problems are reported and a best-effort config is returned.
std::optional<SiteConfig> load_site_config(const source::Source& source, base::Diagnostics& diagnostics);

}  // namespace handboek::config
