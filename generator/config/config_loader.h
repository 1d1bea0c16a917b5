// Loads site.yaml into a SiteConfig: the only place that parses site.yaml.
// Every problem becomes a diagnostic at its line in site.yaml.
#pragma once

#include <optional>

#include "base/diagnostics.h"
#include "config/site_config.h"
#include "config/site_statements.h"
#include "source/source.h"

namespace handboek::config {

// site.yaml, read once and parsed once for everything a build takes from it.
struct SiteFile {
  std::optional<SiteConfig> config;  // nullopt when site.yaml is missing or unusable (the diagnostics say why)
  SiteStatements statements;         // owner, contact, accessibility
  std::string bytes;                 // the file as read ("" when missing): what caches key on
};

SiteFile load_site_file(const source::Source& source, base::Diagnostics& diagnostics);

// Makes `file` the site.yaml of the edition of `organisation_id`
// (`handboek build --organisatie ID`): SiteConfig::edition set, its
// base_url and its statements where the organisation has its own. An id
// the file does not know still sets the edition (an older release that
// did not have the organisation yet): no page names it, so only the
// pages for every organisation are in it.
void apply_edition(SiteFile& file, const std::string& organisation_id);

// Only the SiteConfig of load_site_file: nullopt only when site.yaml is
// missing or is not valid YAML; other problems are reported and a
// best-effort config is returned.
std::optional<SiteConfig> load_site_config(const source::Source& source, base::Diagnostics& diagnostics);

}  // namespace handboek::config
