#include "model/link_resolver.h"

#include <algorithm>

#include "base/did_you_mean.h"
#include "load/markdown_fields.h"
#include "model/url_map.h"

namespace handboek::model {

namespace {

const base::SitePath kContent = *base::SitePath::parse("content");
const base::SitePath kForms = *base::SitePath::parse("forms");

void collect_anchors(SiteModel& model) {
  for (PageEntry& entry : model.pages) {
    for (const load::Heading& heading : entry.page.outline.headings) entry.anchors.insert(heading.anchor);
    if (const auto* process = std::get_if<load::Process>(&entry.page.details)) {
      for (const load::ProcessStep& step : process->steps) entry.anchors.insert("stap-" + step.id);
    } else if (const auto* profile = std::get_if<load::CompetencyProfile>(&entry.page.details)) {
      for (const load::Competency& c : profile->competencies) entry.anchors.insert("competentie-" + c.id);
    }
  }
  for (const size_t term : model.glossary) {
    const PageEntry& entry = model.pages[term];
    const size_t index = *model.sections[entry.section].index_page;
    model.pages[index].anchors.insert(entry.page.path.stem());
  }
}

// Every link of a page: its body and the Markdown fields of its front matter.
std::vector<const load::LinkRef*> links_of(const load::Page& page) {
  std::vector<const load::LinkRef*> links;
  auto add = [&](const load::MarkdownOutline& outline) {
    for (const load::LinkRef& link : outline.links) links.push_back(&link);
  };
  add(page.outline);
  load::for_each_markdown_field(page.details, [&](const load::InlineMarkdown& text) { add(text.outline); });
  return links;
}

// Every link of a form: its purpose, section intros, help and info texts.
std::vector<const load::LinkRef*> links_of(const load::FormDefinition& form) {
  std::vector<const load::LinkRef*> links;
  auto add = [&](const load::InlineMarkdown& text) {
    for (const load::LinkRef& link : text.outline.links) links.push_back(&link);
  };
  load::for_each_markdown_text(form, add);
  return links;
}

// Resolves the links written in one file: a page, or a form (which has no
// anchors of its own and resolves relative to forms/).
class PageLinkResolver {
 public:
  PageLinkResolver(const SiteModel& model, const PageEntry& entry, base::Diagnostics& diagnostics,
                   base::Severity severity)
      : model_(model), from_(entry.page.path), self_(&entry), diagnostics_(diagnostics), severity_(severity) {}
  PageLinkResolver(const SiteModel& model, const load::FormDefinition& form, base::Diagnostics& diagnostics,
                   base::Severity severity)
      : model_(model), from_(form.path), self_(nullptr), diagnostics_(diagnostics), severity_(severity) {}

  // The site-absolute URL for `href`, or nullopt after reporting why not.
  std::optional<std::string> resolve(const load::LinkRef& link) {
    const std::string& href = link.href;
    if (href.empty()) return fail(link, "empty link target");
    if (is_external_url(href)) return href;
    if (href.front() == '/') {
      return fail(link, "absolute link '" + href + "': link to the .md file with a relative path instead");
    }
    const size_t hash = href.find('#');
    const std::string file = href.substr(0, hash);
    const std::string anchor = hash == std::string::npos ? "" : href.substr(hash + 1);
    if (file.empty()) {
      if (!self_) return fail(link, "a form has no anchors to link to; link to a page instead");
      return with_anchor(link, *self_, anchor);
    }

    const auto target = from_.parent().join(file);
    if (!target || (!target->is_within(kContent) && !target->is_within(kForms))) {
      return fail(link, "link '" + href + "' leaves the content folder");
    }
    if (target->is_within(kForms)) return form_link(link, *target, anchor);
    if (const PageEntry* page = find_page_for(*target)) return with_anchor(link, *page, anchor);
    for (const load::StaticFile& file_entry : model_.static_files) {
      if (file_entry.path == *target) return model_.version.prefix + static_file_url(*target).substr(1);
    }
    return fail(link, "link to missing page '" + target->str() + "'" + suggestion(*target));
  }

 private:
  const PageEntry* find_page_for(const base::SitePath& target) const {
    if (const PageEntry* page = model_.find_page(target)) return page;
    // A link to a folder means its section page.
    if (const auto index = target.join("_index.md")) return model_.find_page(*index);
    return nullptr;
  }

  std::optional<std::string> with_anchor(const load::LinkRef& link, const PageEntry& page, const std::string& anchor) {
    if (anchor.empty()) return page.url;
    const bool is_term = page.output_path.empty();
    if (is_term) {
      return fail(link, "a glossary term has no anchors of its own; link to '" + page.page.path.filename() + "'");
    }
    if (!page.anchors.count(anchor)) {
      const std::vector<std::string> anchors(page.anchors.begin(), page.anchors.end());
      return fail(link,
                  "no anchor '#" + anchor + "' in " + page.page.path.str() + base::suggestion_suffix(anchor, anchors));
    }
    return page.url + "#" + anchor;
  }

  std::optional<std::string> form_link(const load::LinkRef& link, const base::SitePath& target,
                                       const std::string& anchor) {
    if (target.parent() == kForms && target.extension() == ".yaml" && model_.find_form(target.stem())) {
      return model_.form_url(target.stem()) + (anchor.empty() ? "" : "#" + anchor);
    }
    return fail(link, "link to missing form '" + target.str() + "'");
  }

  // The closest page path, when its file name is close to the one written
  // too: paths share "content/<folder>/", which would make any two names in
  // one folder look alike ('partners.md' is not a typo of '_index.md').
  std::string suggestion(const base::SitePath& target) const {
    std::vector<std::string> paths;
    for (const PageEntry& page : model_.pages) paths.push_back(page.page.path.str());
    const auto best = base::did_you_mean(target.str(), paths);
    if (!best) return "";
    const std::string name = target.filename();
    if (!base::did_you_mean(name, {base::SitePath::parse(*best)->filename()})) return "";
    return "; did you mean '" + *best + "'?";
  }

  std::optional<std::string> fail(const load::LinkRef& link, std::string message) {
    diagnostics_.add({from_.str(), link.line, link.column, severity_, std::move(message)});
    return std::nullopt;
  }

  const SiteModel& model_;
  base::SitePath from_;    // the file the links are written in
  const PageEntry* self_;  // its page; nullptr for a form
  base::Diagnostics& diagnostics_;
  base::Severity severity_;  // of a broken link
};

}  // namespace

void resolve_links(SiteModel& model, base::Diagnostics& diagnostics, base::Severity broken_link_severity) {
  collect_anchors(model);
  for (PageEntry& entry : model.pages) {
    PageLinkResolver resolver(model, entry, diagnostics, broken_link_severity);
    std::map<std::string, std::string> targets;
    for (const load::LinkRef* link : links_of(entry.page)) {
      if (const auto url = resolver.resolve(*link)) targets[link->href] = *url;
    }
    entry.link_targets = std::move(targets);
  }
  for (const load::FormDefinition& form : model.forms) {
    PageLinkResolver resolver(model, form, diagnostics, broken_link_severity);
    std::map<std::string, std::string> targets;
    for (const load::LinkRef* link : links_of(form)) {
      if (const auto url = resolver.resolve(*link)) targets[link->href] = *url;
    }
    if (!targets.empty()) model.form_link_targets[form.id] = std::move(targets);
  }
}

}  // namespace handboek::model
