#include "config/site_statements.h"

#include "base/text.h"
#include "yaml/yaml_reader.h"

namespace handboek::config {

namespace {

void load_contact(yaml::YamlReader& reader, const YAML::Node& root, SiteStatements& config) {
  const YAML::Node contact = root["contact"];
  if (!contact || !reader.expect_map(contact, "contact")) return;
  config.contact = {};
  reader.warn_unknown_keys(contact, {"name", "email", "phone", "url", "expires"});
  config.contact.name = reader.text(contact, "name").value_or("");
  config.contact.email = reader.text(contact, "email").value_or("");
  config.contact.phone = reader.text(contact, "phone").value_or("");
  config.contact.url = reader.text(contact, "url").value_or("");
  config.contact.expires = reader.date(contact, "expires").value_or("");
  if (!config.contact.email.empty() && config.contact.email.find('@') == std::string::npos) {
    reader.error(contact["email"], "contact email '" + config.contact.email + "' is geen e-mailadres");
  }
  if (!config.contact.url.empty() && config.contact.url.rfind("https://", 0) != 0 &&
      config.contact.url.rfind("http://", 0) != 0) {
    reader.error(contact["url"], "contact url moet beginnen met https:// of http://");
  }
}

void load_accessibility(yaml::YamlReader& reader, const YAML::Node& root, SiteStatements& config) {
  const YAML::Node node = root["accessibility"];
  if (!node || !reader.expect_map(node, "accessibility")) return;
  config.accessibility = {};
  reader.warn_unknown_keys(node, {"status", "date", "known_issues"});
  Accessibility& accessibility = config.accessibility;
  accessibility.status = reader.text(node, "status").value_or(accessibility.status);
  if (accessibility.status != "full" && accessibility.status != "partial" && accessibility.status != "none") {
    reader.error(node["status"], "accessibility status moet full, partial of none zijn");
    accessibility.status = "partial";
  }
  accessibility.date = reader.date(node, "date").value_or("");
  if (const auto issues = reader.sequence(node, "known_issues")) {
    for (const YAML::Node& issue : *issues) {
      if (issue.IsScalar())
        accessibility.known_issues.push_back(issue.as<std::string>());
      else
        reader.error(issue, "een bekend probleem (known_issues) is een regel tekst");
    }
  }
}

}  // namespace

SiteStatements read_site_statements(yaml::YamlReader& reader, const YAML::Node& root) {
  SiteStatements statements;
  statements.owner = reader.text(root, "owner").value_or("");
  load_contact(reader, root, statements);
  load_accessibility(reader, root, statements);
  // Each organisation's own, for its edition (config_loader checks the
  // rest of the entry).
  const YAML::Node organisations = root["organisations"];
  if (!organisations || !organisations.IsSequence()) return statements;
  for (const YAML::Node& item : organisations) {
    if (!item.IsMap() || !item["id"] || !item["id"].IsScalar()) continue;
    SiteStatements own;
    load_contact(reader, item, own);
    load_accessibility(reader, item, own);
    OrganisationStatements found;
    if (item["contact"]) found.contact = own.contact;
    if (item["accessibility"]) found.accessibility = own.accessibility;
    if (found.contact || found.accessibility) statements.of_organisation[item["id"].as<std::string>()] = found;
  }
  return statements;
}

SiteStatements edition_statements(const SiteStatements& site, const std::string& organisation_id,
                                  const std::string& organisation_name) {
  SiteStatements edition = site;
  edition.of_organisation.clear();
  edition.owner = organisation_name;
  const auto own = site.of_organisation.find(organisation_id);
  if (own == site.of_organisation.end()) return edition;
  if (own->second.contact) edition.contact = *own->second.contact;
  if (own->second.accessibility) edition.accessibility = *own->second.accessibility;
  return edition;
}

}  // namespace handboek::config
