// SiteStatements: what site.yaml says for the pages every public handbook
// needs and no editor writes — colofon, privacy statement,
// toegankelijkheidsverklaring (render/statement_pages): the keys `owner`,
// `contact` and `accessibility`, each with its default written in-class.
// Loaded beside SiteConfig from the same site.yaml; read-only afterwards.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "yaml/yaml_reader.h"

namespace handboek::config {

// How readers reach the handbook's owners. Every part is optional.
struct Contact {
  std::string name;  // a team or function, not a person ("de werkgroep methodiek")
  std::string email;
  std::string phone;
  std::string url;  // a contact form or page; http(s)
  // YYYY-MM-DD until which /.well-known/security.txt holds (RFC 9116 needs
  // one; a date, not the clock, keeps the build deterministic). Without it,
  // or without an email or url, no security.txt is written.
  std::string expires;
  bool empty() const { return name.empty() && email.empty() && phone.empty() && url.empty(); }
};

// The toegankelijkheidsverklaring (Dutch public bodies must publish one).
struct Accessibility {
  // How far the site meets WCAG 2.1 AA: "full", "partial" or "none". The
  // default theme is built and tested for AA, but content can fall short,
  // so "partial" until someone has checked.
  std::string status = "partial";
  std::string date;                       // YYYY-MM-DD of the last check; empty: not stated
  std::vector<std::string> known_issues;  // parts that do not meet AA yet, one line each
};

// What an organisation's edition says instead of the site's statements
// (site.yaml `organisations[].contact`, `.accessibility`); unset: the site's.
struct OrganisationStatements {
  std::optional<Contact> contact;
  std::optional<Accessibility> accessibility;
};

struct SiteStatements {
  std::string owner;  // who owns the handbook; empty: the organisations together
  Contact contact;
  Accessibility accessibility;
  std::map<std::string, OrganisationStatements> of_organisation;  // by organisation id
};

// The statement keys of site.yaml (a missing or broken site.yaml is
// load_site_config's to report; this returns the defaults then).
// The statements of site.yaml's parsed `root` (config/config_loader.h
// reads the file once for these and the SiteConfig).
SiteStatements read_site_statements(yaml::YamlReader& reader, const YAML::Node& root);

// The statements of an organisation's edition: its own contact and
// accessibility where it has them, owned by the organisation.
SiteStatements edition_statements(const SiteStatements& site, const std::string& organisation_id,
                                  const std::string& organisation_name);

}  // namespace handboek::config
