#include "render/training_map.h"

#include <set>

#include "base/parallel_for.h"
#include "base/text.h"
#include "model/url_map.h"
#include "render/form_renderer.h"
#include "render/markdown_renderer.h"
#include "render/page_renderer.h"
#include "render/page_views.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

// What one printable document holds: a training map's, or a section's.
struct Bundle {
  std::string url;                        // where it is read; links are relative to it
  const model::PageEntry* own = nullptr;  // the map or section page: its title, summary, owner, body
  std::string audience;
  std::string duration;
  Text notes_title = Text::kBundleNotesSection;  // heading of the own page's body
  std::string pdf_name;                          // "" without a PDF
  Text pdf_label = Text::kBundlePdfSection;
  std::vector<size_t> pages;
  std::vector<const load::FormDefinition*> forms;
};

// A listed page as it reads on its own page, its links relative to the
// bundle. A glossary term (no page of its own) is shown as its entry:
// title, definition, explanation.
data chapter_of(const model::SiteModel& model, const TemplateEngine& templates, const std::string& url,
                const model::PageEntry& page, size_t number, FormKeys& forms, const BodyReuse* reuse) {
  const MarkdownContext context{model,
                                templates,
                                page,
                                url,
                                [&](const std::string& form_id) {
                                  const load::FormDefinition* form = model.find_form(form_id);
                                  return form ? render_embedded_paper_form(model, templates, *form, url, forms)
                                              : std::string();
                                },
                                nullptr,
                                reuse};
  data chapter;
  chapter.set("number", std::to_string(number));
  chapter.set("anchor", model::chapter_anchor(number));
  chapter.set("title", page.page.title);
  chapter.set("type_label", page_type_label(templates.strings(), page.page.type));
  if (const auto* term = std::get_if<load::GlossaryTerm>(&page.page.details)) {
    chapter.set("is_term", true);
    chapter.set("definition", text(term->definition));
    chapter.set("body_html", text(render_body(context)));
    return chapter;
  }
  const PageView view = build_page_view(context);
  chapter.set("html", templates.render(view.template_name, view.data));
  return chapter;
}

std::string render_bundle(const model::SiteModel& model, const TemplateEngine& templates, const Bundle& bundle,
                          const BodyReuse* reuse) {
  const model::PageEntry& own = *bundle.own;
  data view;
  view.set("title", own.page.title);
  view.set("summary", text(own.page.summary));
  view.set("type_label", std::holds_alternative<load::TrainingMap>(own.page.details)
                             ? page_type_label(templates.strings(), own.page.type)
                             : templates.strings()[Text::kTypeSection]);
  view.set("owner", text(own.page.owner));
  view.set("audience", text(bundle.audience));
  view.set("duration", text(bundle.duration));
  view.set("site_title", model.config.title);
  view.set("handbook_version", handbook_version(model));
  view.set("version_date", text(model.version.date));
  if (model.training_pdfs && !bundle.pdf_name.empty()) {
    view.set("pdf_url", bundle.pdf_name);
    view.set("pdf_label", templates.strings()[bundle.pdf_label]);
  }
  const MarkdownContext body{model, templates, own, bundle.url, nullptr, nullptr, reuse};
  view.set("notes_title", templates.strings()[bundle.notes_title]);
  view.set("notes_html", text(render_body(body)));

  data contents{data::type::list};
  data chapters{data::type::list};
  size_t number = 0;
  FormKeys form_keys;  // a form a chapter embeds may be among bundle.forms too
  for (const size_t index : bundle.pages) {
    data chapter = chapter_of(model, templates, bundle.url, model.pages[index], ++number, form_keys, reuse);
    contents.push_back(chapter);
    append(chapters, std::move(chapter));
  }
  data forms{data::type::list};
  for (const load::FormDefinition* form : bundle.forms) {
    ++number;
    data item;
    item.set("number", std::to_string(number));
    item.set("anchor", model::chapter_anchor(number));  // the form's own element has its form anchor
    item.set("title", form->title);
    item.set("type_label", templates.strings()[Text::kTypeForm]);
    item.set("form_url", model::relative_url(bundle.url, model.form_url(form->id)));  // to fill it in on screen
    item.set("form_html", render_paper_form_html(model, templates, *form, {bundle.url, 2, form_keys.next(form->id)}));
    contents.push_back(item);
    forms.push_back(item);
  }
  view.set("contents", contents);
  view.set("chapters", chapters);
  view.set("forms", forms);
  view.set("has_forms", !forms.is_empty_list());
  return templates.render("trainingsmap", view);
}

// The pages a section prints, in the order of its page: its pages, then
// each subsection's page and pages, depth first. Training maps are left
// out (each is a document of its own), and so are glossary terms (the
// glossary page shows them all).
void collect_section_pages(const model::SiteModel& model, size_t section, std::vector<size_t>& out) {
  for (const size_t index : model.sections[section].pages) {
    const load::Page& page = model.pages[index].page;
    if (page.is_section_index || page.type == load::PageType::kTrainingMap || page.type == load::PageType::kTerm) {
      continue;
    }
    out.push_back(index);
  }
  for (const size_t sub : model.sections[section].subsections) {
    const auto index_page = model.sections[sub].index_page;
    if (index_page && !model.pages[*index_page].page.is_generated) out.push_back(*index_page);
    collect_section_pages(model, sub, out);
  }
}

// The forms the steps of `pages` name, in the order they first appear,
// except those a page of them already holds (a ```form block).
std::vector<const load::FormDefinition*> forms_of_steps(const model::SiteModel& model,
                                                        const std::vector<size_t>& pages) {
  std::vector<const load::FormDefinition*> forms;
  std::set<std::string> seen;
  const std::set<size_t> bundled(pages.begin(), pages.end());
  for (const auto& [form_id, embedding] : model.form_embeds) {
    for (const size_t page : embedding) {
      if (bundled.count(page)) seen.insert(form_id);
    }
  }
  for (const size_t index : pages) {
    const auto* process = std::get_if<load::Process>(&model.pages[index].page.details);
    if (!process) continue;
    for (const load::ProcessStep& step : process->steps) {
      if (!step.form || !seen.insert(step.form->id).second) continue;
      if (const load::FormDefinition* form = model.find_form(step.form->id)) forms.push_back(form);
    }
  }
  return forms;
}

bool is_plain_section_page(const model::SiteModel& model, size_t index) {
  const model::PageEntry& entry = model.pages[index];
  return entry.page.is_section_index && entry.section != 0 && model.glossary_page() != &entry &&
         !entry.output_path.empty();
}

// Section PDFs cost a weasyprint run each: only when site.yaml asks, and
// only for the current version (older ones print from the browser).
bool prints_section_pdfs(const model::SiteModel& model) {
  return model.config.section_pdfs && model.version.is_current && !model.version.is_concept;
}

Bundle section_bundle(const model::SiteModel& model, size_t section_page) {
  const model::PageEntry& entry = model.pages[section_page];
  Bundle bundle;
  bundle.url = section_print_url(model, section_page);
  bundle.own = &entry;
  bundle.notes_title = Text::kBundleNotesSection;
  if (prints_section_pdfs(model)) {
    bundle.pdf_name = base::slugify(entry.page.path.parent().filename()) + ".pdf";
    bundle.pdf_label = Text::kBundlePdfSection;
  }
  collect_section_pages(model, entry.section, bundle.pages);
  bundle.forms = forms_of_steps(model, bundle.pages);
  return bundle;
}

std::string output_path_of(const std::string& url) {
  return url.substr(1) + "index.html";
}

Bundle map_bundle(const model::SiteModel& model, size_t map_index) {
  const model::PageEntry& map = model.pages[map_index];
  const auto& details = std::get<load::TrainingMap>(map.page.details);
  Bundle bundle;
  bundle.url = map.url;
  bundle.own = &map;
  bundle.audience = details.audience;
  bundle.duration = details.duration;
  bundle.notes_title = Text::kBundleNotesTrainingMap;
  bundle.pdf_name = training_pdf_name(map);
  bundle.pdf_label = Text::kBundlePdfTrainingMap;
  if (const auto listed = model.training_pages.find(map_index); listed != model.training_pages.end()) {
    bundle.pages = listed->second;
  }
  for (const load::Reference& reference : details.forms) {
    if (const load::FormDefinition* form = model.find_form(reference.id)) bundle.forms.push_back(form);
  }
  return bundle;
}

// What the layout's "Op deze pagina" lists for a bundle: the contents, the
// notes (and their sections, when the own page has a body), then every
// chapter and form under the anchor the template gives it.
std::vector<BundleContentsEntry> bundle_contents(const model::SiteModel& model, const ThemeStrings& strings,
                                                 const Bundle& bundle) {
  std::vector<BundleContentsEntry> contents;
  contents.push_back({strings[Text::kBundleContents], "map-inhoud", 2});
  if (bundle.own->page.body.find_first_not_of(" \t\r\n") != std::string::npos) {
    contents.push_back({strings[bundle.notes_title], "map-voor-de-trainer", 2});
    for (const load::Heading& heading : bundle.own->page.outline.headings) {
      if (heading.level == 2) contents.push_back({heading.text, heading.anchor, 3});
    }
  }
  size_t number = 0;
  for (const size_t index : bundle.pages) {
    const load::Page& page = model.pages[index].page;
    // a term beside the page of the same name ("Moreel beraad", the process)
    contents.push_back({page.type == load::PageType::kTerm
                            ? strings.format(Text::kBundleTermEntry, {{"title", page.title}})
                            : page.title,
                        model::chapter_anchor(++number), 2});
  }
  for (const load::FormDefinition* form : bundle.forms) {
    contents.push_back(
        {strings.format(Text::kBundleFormEntry, {{"title", form->title}}), model::chapter_anchor(++number), 2});
  }
  return contents;
}

}  // namespace

std::string training_pdf_name(const model::PageEntry& map) {
  return map.page.path.stem() + ".pdf";
}

std::string render_training_map(const model::SiteModel& model, const TemplateEngine& templates, size_t map_index,
                                const BodyReuse* reuse) {
  return render_bundle(model, templates, map_bundle(model, map_index), reuse);
}

std::vector<BundleContentsEntry> training_map_contents(const model::SiteModel& model, const ThemeStrings& strings,
                                                       size_t map_index) {
  return bundle_contents(model, strings, map_bundle(model, map_index));
}

bool section_print_has_pdf(const model::SiteModel& model) {
  return model.training_pdfs && prints_section_pdfs(model);
}

std::string section_print_url(const model::SiteModel& model, size_t section_page) {
  if (!is_plain_section_page(model, section_page)) return "";
  std::vector<size_t> pages;
  collect_section_pages(model, model.pages[section_page].section, pages);
  if (pages.empty()) return "";
  const std::string url = model::section_print_url(model.pages[section_page].url);
  for (const model::PageEntry& entry : model.pages) {
    if (entry.url == url) return "";  // a page of the handbook is there: it wins
  }
  return url;
}

void render_section_prints(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                           base::OutputTree& tree, int jobs) {
  std::vector<size_t> sections;
  for (size_t i = 0; i < model.pages.size(); ++i) {
    if (!section_print_url(model, i).empty()) sections.push_back(i);
  }
  std::vector<std::pair<std::string, std::string>> documents(sections.size());
  base::parallel_for(sections.size(), jobs, [&](size_t n) {
    const Bundle bundle = section_bundle(model, sections[n]);
    documents[n] = {output_path_of(bundle.url),
                    renderer.render_print_bundle(
                        bundle.url, templates.strings().format(Text::kPrintTitle, {{"title", bundle.own->page.title}}),
                        render_bundle(model, templates, bundle, renderer.body_reuse()),
                        bundle_contents(model, templates.strings(), bundle))};
  });
  for (auto& [path, html] : documents) tree.add(std::move(path), std::move(html));
}

std::vector<PrintDocument> print_documents(const model::SiteModel& model) {
  std::vector<PrintDocument> documents;
  for (const auto& [index, pages] : model.training_pages) {
    const model::PageEntry& map = model.pages[index];
    const std::string folder = map.output_path.substr(0, map.output_path.rfind('/') + 1);
    documents.push_back({map.output_path, folder + training_pdf_name(map)});
  }
  for (size_t i = 0; i < model.pages.size() && prints_section_pdfs(model); ++i) {
    if (section_print_url(model, i).empty()) continue;
    const Bundle bundle = section_bundle(model, i);
    const std::string html = output_path_of(bundle.url);
    documents.push_back({html, html.substr(0, html.rfind('/') + 1) + bundle.pdf_name});
  }
  return documents;
}

}  // namespace handboek::render
