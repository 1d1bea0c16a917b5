#include "render/statement_pages.h"

#include "base/dutch_date.h"
#include "model/url_map.h"
#include "render/page_renderer.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

constexpr const char* kTemplate = "verklaring";

// Each statement's path and the string of its title.
constexpr std::pair<const char*, Text> kStatements[] = {
    {"colofon", Text::kStatementColofon},
    {"privacy", Text::kStatementPrivacy},
    {"toegankelijkheid", Text::kStatementAccessibility},
};

bool content_has_page(const model::SiteModel& model, const std::string& url) {
  for (const model::PageEntry& entry : model.pages) {
    if (entry.url == url) return true;
  }
  return false;
}

data contact_data(const config::Contact& contact) {
  data d;
  d.set("name", text(contact.name));
  d.set("email", text(contact.email));
  d.set("phone", text(contact.phone));
  d.set("url", text(contact.url));
  return d;
}

data accessibility_data(const config::Accessibility& accessibility) {
  data d;
  d.set("is_full", accessibility.status == "full");
  d.set("is_partial", accessibility.status == "partial");
  d.set("is_none", accessibility.status == "none");
  d.set("date", text(accessibility.date.empty() ? "" : base::dutch_date_from_iso(accessibility.date)));
  data issues{data::type::list};
  for (const std::string& issue : accessibility.known_issues) {
    data item;
    item.set("text", issue);
    issues.push_back(item);
  }
  d.set("has_known_issues", !issues.is_empty_list());
  d.set("known_issues", issues);
  return d;
}

}  // namespace

std::vector<StatementPage> statement_pages(const model::SiteModel& model, const TemplateEngine& templates) {
  std::vector<StatementPage> pages;
  if (!templates.has(kTemplate)) return pages;
  for (const auto& [slug, title] : kStatements) {
    if (!content_has_page(model, model.version.prefix + slug + "/"))
      pages.push_back({slug, templates.strings()[title]});
  }
  return pages;
}

std::string search_page_url(const model::SiteModel& model, const TemplateEngine& templates) {
  const std::string url = model::search_url(model.version.prefix);
  return templates.has("zoeken") && !content_has_page(model, url) ? url : "";
}

std::string handbook_owner(const config::SiteConfig& config, const config::SiteStatements& statements,
                           const ThemeStrings& strings) {
  if (!statements.owner.empty()) return statements.owner;
  const auto& organisations = config.organisations;
  if (organisations.empty()) return config.title;
  std::string names;
  for (size_t i = 0; i < organisations.size(); ++i) {
    if (i > 0) names += strings[i + 1 == organisations.size() ? Text::kListLastSeparator : Text::kListSeparator];
    names += organisations[i].name;
  }
  return names;
}

namespace {

// /.well-known/security.txt (RFC 9116): where to report a vulnerability,
// from site.yaml's contact, until its `expires` date. Only at the site root.
std::string security_txt(const config::SiteConfig& config, const config::Contact& contact) {
  std::string text;
  if (!contact.email.empty()) text += "Contact: mailto:" + contact.email + "\n";
  if (!contact.url.empty()) text += "Contact: " + contact.url + "\n";
  text += "Expires: " + contact.expires + "T23:59:59.000Z\n";
  text += "Preferred-Languages: nl, en\n";
  if (config.base_url.rfind("https://", 0) == 0) {
    const std::string base = config.base_url.back() == '/' ? config.base_url : config.base_url + "/";
    text += "Canonical: " + base + ".well-known/security.txt\n";
  }
  return text;
}

}  // namespace

void render_statement_pages(const model::SiteModel& model, const config::SiteStatements& statements,
                            const TemplateEngine& templates, const PageRenderer& renderer, base::OutputTree& tree) {
  const config::SiteConfig& config = model.config;
  const config::Contact& contact = statements.contact;
  if (model.version.prefix == "/" && !contact.expires.empty() && (!contact.email.empty() || !contact.url.empty())) {
    tree.add(".well-known/security.txt", security_txt(config, contact));
  }
  for (const StatementPage& page : statement_pages(model, templates)) {
    data view;
    view.set("title", page.title);
    view.set("is_" + page.slug, true);
    view.set("site_title", config.title);
    view.set("owner", handbook_owner(config, statements, templates.strings()));
    view.set("has_contact", !statements.contact.empty());
    view.set("contact", contact_data(statements.contact));
    data organisations{data::type::list};
    for (const config::Organisation& organisation : config.organisations) {
      data item;
      item.set("name", organisation.name);
      item.set("description", text(organisation.description));
      organisations.push_back(item);
    }
    view.set("has_organisations", !organisations.is_empty_list());
    view.set("organisations", organisations);
    view.set("version_name", text(model.version.name.empty() ? config.version : model.version.name));
    view.set("accessibility", accessibility_data(statements.accessibility));
    const std::string url = model.version.prefix + page.slug + "/";
    tree.add(url.substr(1) + "index.html",
             renderer.render_document(url, page.title, templates.render(kTemplate, view), nullptr));
  }
}

}  // namespace handboek::render
