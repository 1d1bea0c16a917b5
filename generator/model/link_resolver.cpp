#include "model/link_resolver.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "base/did_you_mean.h"
#include "base/text.h"
#include "load/markdown_fields.h"
#include "load/page_loader.h"
#include "model/url_map.h"

namespace handboek::model {

namespace {

const base::SitePath kContent = *base::SitePath::parse("content");
const base::SitePath kForms = *base::SitePath::parse("forms");

void collect_anchors(SiteModel& model) {
  for (PageEntry& entry : model.pages) {
    for (const load::Heading& heading : entry.page.outline.headings) entry.anchors.insert(heading.anchor);
    if (const auto* process = std::get_if<load::Process>(&entry.page.details)) {
      for (const load::ProcessStep& step : process->steps) entry.anchors.insert(load::step_anchor(step.id));
    } else if (const auto* profile = std::get_if<load::CompetencyProfile>(&entry.page.details)) {
      for (const load::Competency& c : profile->competencies) entry.anchors.insert(load::competency_anchor(c.id));
    } else if (const auto* casus = std::get_if<load::Casus>(&entry.page.details)) {
      for (const load::CasusStep& step : casus->steps) entry.anchors.insert(load::step_anchor(step.step.id));
    }
  }
  for (const size_t term : model.glossary) {
    const PageEntry& entry = model.pages[term];
    const size_t index = *model.sections[entry.section].index_page;
    model.pages[index].anchors.insert(term_anchor(entry));
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

// Every link of a form: its purpose, section intros, help and info texts,
// in Dutch and in each translation.
std::vector<const load::LinkRef*> links_of(const load::FormDefinition& form) {
  std::vector<const load::LinkRef*> links;
  auto add = [&](const load::InlineMarkdown& text) {
    for (const load::LinkRef& link : text.outline.links) links.push_back(&link);
  };
  load::for_each_markdown_text(form, add);
  return links;
}

// "%C3%A9" → "é": links written for other generators encode names.
// nullopt when nothing was encoded or the encoding is broken.
std::optional<std::string> percent_decoded(const std::string& text) {
  if (text.find('%') == std::string::npos) return std::nullopt;
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size() || !std::isxdigit(static_cast<unsigned char>(text[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      return std::nullopt;
    }
    out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
    i += 2;
  }
  return out;
}

// What a link may point at, indexed once for all pages: section pages by
// folder, and every page and file by its lower-case path (a handbook
// written on a case-insensitive disk links 'Aanvraag.md' as 'aanvraag.md').
class LinkTargets {
 public:
  explicit LinkTargets(const SiteModel& model) : model_(model) {
    for (const Section& section : model.sections) {
      if (section.index_page) section_pages_[section.folder] = &model.pages[*section.index_page];
    }
    for (const PageEntry& page : model.pages) {
      if (!page.page.is_generated) by_lower_case_.emplace(base::ascii_lower(page.page.path.str()), page.page.path);
    }
    for (const load::StaticFile& file : model.static_files)
      by_lower_case_.emplace(base::ascii_lower(file.path.str()), file.path);
  }

  // The page or file `target` means: the file itself, a folder's section
  // page (for the folder, or its index.md/README.md/_index.md), the page
  // without its ".md", and each of these ignoring case.
  std::optional<std::string> find(const base::SitePath& target, const PageEntry** page) const {
    if (auto url = find_exact(target, page)) return url;
    if (const auto found = by_lower_case_.find(base::ascii_lower(target.str())); found != by_lower_case_.end()) {
      return find_exact(found->second, page);
    }
    if (const auto found = by_lower_case_.find(base::ascii_lower(target.str() + ".md"));
        found != by_lower_case_.end()) {
      return find_exact(found->second, page);
    }
    return std::nullopt;
  }

 private:
  std::optional<std::string> find_exact(const base::SitePath& target, const PageEntry** page) const {
    *page = model_.find_page(target);
    if (!*page) *page = section_page(target);
    if (!*page && load::is_index_file_name(target.filename())) *page = section_page(target.parent());
    if (!*page && target.extension().empty()) *page = model_.find_page(*base::SitePath::parse(target.str() + ".md"));
    if (*page) return (*page)->url;
    const auto& files = model_.static_files;
    const auto file = std::lower_bound(files.begin(), files.end(), target,
                                       [](const load::StaticFile& f, const base::SitePath& p) { return f.path < p; });
    if (file != files.end() && file->path == target) return model_.version.prefix + static_file_url(target).substr(1);
    return std::nullopt;
  }

  const PageEntry* section_page(const base::SitePath& folder) const {
    const auto found = section_pages_.find(folder);
    return found == section_pages_.end() ? nullptr : found->second;
  }

  const SiteModel& model_;
  std::map<base::SitePath, const PageEntry*> section_pages_;
  std::map<std::string, base::SitePath> by_lower_case_;
};

bool is_web_image(const std::string& href) {
  const std::string scheme = base::ascii_lower(href.substr(0, 8));
  return scheme.rfind("http://", 0) == 0 || scheme.rfind("https://", 0) == 0 || href.rfind("//", 0) == 0;
}

// "img.shields.io" of "https://img.shields.io/badge/x".
std::string host_of(const std::string& url) {
  const size_t start = url.find("//");
  if (start == std::string::npos) return url;
  const size_t end = url.find_first_of("/?#", start + 2);
  return url.substr(start + 2, end == std::string::npos ? std::string::npos : end - start - 2);
}

// Resolves the links written in one file: a page, or a form (which has no
// anchors of its own and resolves relative to forms/).
class PageLinkResolver {
 public:
  PageLinkResolver(const SiteModel& model, const LinkTargets& targets, const PageEntry& entry,
                   base::Diagnostics& diagnostics, base::Severity severity)
      : model_(model),
        targets_(targets),
        from_(entry.page.path),
        self_(&entry),
        diagnostics_(diagnostics),
        severity_(severity) {}
  PageLinkResolver(const SiteModel& model, const LinkTargets& targets, const load::FormDefinition& form,
                   base::Diagnostics& diagnostics, base::Severity severity)
      : model_(model),
        targets_(targets),
        from_(form.path),
        self_(nullptr),
        diagnostics_(diagnostics),
        severity_(severity) {}

  // The site-absolute URL for `href`, or nullopt after reporting why not.
  // Relative links resolve from the file's folder; site-absolute ones
  // ("/processen/x.md", as MkDocs and GitHub allow) from content/.
  std::optional<std::string> resolve(const load::LinkRef& link) {
    const std::string& href = link.href;
    if (href.empty()) return fail(link, "een link zonder doel");
    if (is_external_url(href)) {
      if (link.image && !model_.config.external_images && is_web_image(href)) {
        diagnostics_.add({from_.str(), link.line, link.column,
                          model_.config.strict_security ? base::Severity::kError : base::Severity::kWarning,
                          "afbeelding van buiten weggelaten: de browser van elke lezer zou " + host_of(href) +
                              " vertellen welke pagina gelezen wordt; zet de afbeelding naast de pagina, of sta het "
                              "toe in site.yaml met `external_images: true`"});
        return std::nullopt;
      }
      return href;
    }
    const size_t hash = href.find('#');
    const std::string file = href.substr(0, hash);
    const std::string anchor = hash == std::string::npos ? "" : href.substr(hash + 1);
    if (file.empty()) {
      if (!self_) return fail(link, "een formulier heeft geen ankers om naar te linken; link naar een pagina");
      return with_anchor(link, *self_, anchor);
    }

    const bool absolute = file.front() == '/';
    const base::SitePath& base = absolute ? kContent : from_.parent();
    const std::string relative = absolute ? file.substr(1) : file;
    const auto target = base.join(relative);
    if (!target || (!target->is_within(kContent) && !target->is_within(kForms))) {
      return fail(link, "link '" + href + "' gaat buiten de map content/");
    }
    if (target->is_within(kForms)) return form_link(link, *target, anchor);
    const PageEntry* page = nullptr;
    auto url = targets_.find(*target, &page);
    if (!url) {
      if (const auto decoded = percent_decoded(relative)) {
        if (const auto decoded_target = base.join(*decoded); decoded_target && decoded_target->is_within(kContent)) {
          url = targets_.find(*decoded_target, &page);
        }
      }
    }
    if (page) return with_anchor(link, *page, anchor);
    if (url) return url;
    // The page is there but its own errors kept it out: those are the
    // errors to fix, not this link.
    if (is_unusable_page(*target)) return std::nullopt;
    if (is_in(model_.left_out_pages, *target)) {
      left_out_.insert(href);
      return std::nullopt;
    }
    return fail(link, "link naar een pagina die niet bestaat: '" + target->str() + "'" + suggestion(*target));
  }

 private:
  std::optional<std::string> with_anchor(const load::LinkRef& link, const PageEntry& page, const std::string& anchor) {
    if (anchor.empty()) return page.url;
    const bool is_term = page.output_path.empty();
    if (is_term) {
      return fail(link, "een begrip heeft geen eigen ankers; link naar '" + page.page.path.filename() + "'");
    }
    if (!page.anchors.count(anchor)) {
      const std::vector<std::string> anchors(page.anchors.begin(), page.anchors.end());
      return fail(link,
                  "geen anker '#" + anchor + "' in " + page.page.path.str() + base::suggestion_suffix(anchor, anchors));
    }
    return page.url + "#" + anchor;
  }

  std::optional<std::string> form_link(const load::LinkRef& link, const base::SitePath& target,
                                       const std::string& anchor) {
    if (target.parent() == kForms && target.extension() == ".yaml" && model_.find_form(target.stem())) {
      return model_.form_url(target.stem()) + (anchor.empty() ? "" : "#" + anchor);
    }
    return fail(link, "link naar een formulier dat niet bestaat: '" + target.str() + "'");
  }

  bool is_unusable_page(const base::SitePath& target) const { return is_in(model_.unusable_pages, target); }

  // Whether `target` (or `target`.md) is in the sorted `paths`.
  static bool is_in(const std::vector<base::SitePath>& paths, const base::SitePath& target) {
    const auto is = [&](const base::SitePath& path) { return std::binary_search(paths.begin(), paths.end(), path); };
    if (is(target)) return true;
    const auto with_md = target.extension().empty() ? base::SitePath::parse(target.str() + ".md") : std::nullopt;
    return with_md && is(*with_md);
  }

  // The closest page path, when its file name is close to the one written
  // too: paths share "content/<folder>/", which would make any two names in
  // one folder look alike ('partners.md' is not a typo of '_index.md').
  std::string suggestion(const base::SitePath& target) const {
    std::vector<std::string> paths;
    // Only files that exist: a section page made for a folder without one
    // has the path of an _index.md that is not there.
    for (const PageEntry& page : model_.pages) {
      if (!page.page.is_generated) paths.push_back(page.page.path.str());
    }
    const auto best = base::did_you_mean(target.str(), paths);
    if (!best) return "";
    const std::string name = target.filename();
    if (!base::did_you_mean(name, {base::SitePath::parse(*best)->filename()})) return "";
    return base::suggestion_phrase(*best);
  }

 public:
  // The links resolve() found to lead to a page this edition leaves out.
  const std::set<std::string>& left_out() const { return left_out_; }

 private:
  std::optional<std::string> fail(const load::LinkRef& link, std::string message) {
    diagnostics_.add({from_.str(), link.line, link.column, severity_, std::move(message)});
    return std::nullopt;
  }

  const SiteModel& model_;
  const LinkTargets& targets_;
  base::SitePath from_;    // the file the links are written in
  const PageEntry* self_;  // its page; nullptr for a form
  base::Diagnostics& diagnostics_;
  base::Severity severity_;  // of a broken link
  std::set<std::string> left_out_;
};

}  // namespace

void resolve_links(SiteModel& model, base::Diagnostics& diagnostics, base::Severity broken_link_severity) {
  collect_anchors(model);
  const LinkTargets link_targets(model);
  for (PageEntry& entry : model.pages) {
    PageLinkResolver resolver(model, link_targets, entry, diagnostics, broken_link_severity);
    std::map<std::string, std::string> targets;
    for (const load::LinkRef* link : links_of(entry.page)) {
      if (const auto url = resolver.resolve(*link)) targets[link->href] = *url;
    }
    entry.link_targets = std::move(targets);
    entry.left_out_links = resolver.left_out();
  }
  for (const load::FormDefinition& form : model.forms) {
    PageLinkResolver resolver(model, link_targets, form, diagnostics, broken_link_severity);
    std::map<std::string, std::string> targets;
    for (const load::LinkRef* link : links_of(form)) {
      if (const auto url = resolver.resolve(*link)) targets[link->href] = *url;
    }
    if (!targets.empty()) model.form_link_targets[form.id] = std::move(targets);
  }
}

}  // namespace handboek::model
