#include "model/cross_references.h"

#include <algorithm>

#include "base/did_you_mean.h"
#include "base/text.h"

namespace handboek::model {

namespace {

void index_competencies(SiteModel& model, base::Diagnostics& diagnostics) {
  for (size_t p = 0; p < model.pages.size(); ++p) {
    const auto* profile = std::get_if<load::CompetencyProfile>(&model.pages[p].page.details);
    if (!profile) continue;
    for (size_t c = 0; c < profile->competencies.size(); ++c) {
      const load::Competency& competency = profile->competencies[c];
      if (competency.id.empty()) continue;
      const auto [it, inserted] = model.competencies.emplace(competency.id, CompetencyRef{p, c});
      if (!inserted) {
        diagnostics.error(
            model.pages[p].page.path.str(), competency.pos.line, competency.pos.column,
            "competentie-id '" + competency.id + "' bestaat al in " + model.pages[it->second.page].page.path.str());
      }
    }
  }
}

template <typename Map>
std::vector<std::string> keys_of(const Map& map) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : map) keys.push_back(key);
  return keys;
}

std::vector<std::string> form_ids(const SiteModel& model) {
  std::vector<std::string> ids;
  for (const load::FormDefinition& form : model.forms) ids.push_back(form.id);
  return ids;
}

void report_unknown_form(const SiteModel& model, const std::string& path, int line, int column, const std::string& id,
                         base::Diagnostics& diagnostics) {
  diagnostics.error(
      path, line, column,
      "onbekend formulier '" + id + "' (geen forms/" + id + ".yaml)" + base::suggestion_suffix(id, form_ids(model)));
}

void resolve_steps(SiteModel& model, base::Diagnostics& diagnostics) {
  const std::vector<std::string> competency_ids = keys_of(model.competencies);
  for (size_t p = 0; p < model.pages.size(); ++p) {
    const load::Page& page = model.pages[p].page;
    const auto* process = std::get_if<load::Process>(&page.details);
    if (!process) continue;
    for (size_t s = 0; s < process->steps.size(); ++s) {
      const load::ProcessStep& step = process->steps[s];
      if (step.form) {
        if (model.find_form(step.form->id)) {
          model.form_uses[step.form->id].push_back({p, s});
        } else {
          report_unknown_form(model, page.path.str(), step.form->pos.line, step.form->pos.column, step.form->id,
                              diagnostics);
        }
      }
      for (const load::Reference& reference : step.competencies) {
        if (model.competencies.count(reference.id)) {
          model.competency_uses[reference.id].push_back({p, s});
        } else {
          diagnostics.error(
              page.path.str(), reference.pos.line, reference.pos.column,
              "onbekende competentie '" + reference.id + "'" + base::suggestion_suffix(reference.id, competency_ids));
        }
      }
    }
  }
}

void resolve_form_blocks(SiteModel& model, base::Diagnostics& diagnostics) {
  for (size_t p = 0; p < model.pages.size(); ++p) {
    const load::Page& page = model.pages[p].page;
    for (const load::SpecialBlock& block : page.outline.blocks) {
      if (block.kind != load::kFormBlockKind) continue;
      if (block.argument.empty()) {
        diagnostics.error(page.path.str(), block.line, block.column,
                          "een formulierblok heeft een formulier-id nodig: ```form ID");
      } else if (!model.find_form(block.argument)) {
        report_unknown_form(model, page.path.str(), block.line, block.column, block.argument, diagnostics);
      } else if (auto& pages = model.form_embeds[block.argument]; pages.empty() || pages.back() != p) {
        pages.push_back(p);
      } else {  // its field ids would be in the page twice
        diagnostics.error(
            page.path.str(), block.line, block.column,
            "formulier '" + block.argument + "' staat al op deze pagina; zet een formulier een keer op een pagina");
      }
    }
  }
}

void collect_glossary(SiteModel& model, base::Diagnostics& diagnostics) {
  for (size_t p = 0; p < model.pages.size(); ++p) {
    const PageEntry& entry = model.pages[p];
    if (entry.page.type != load::PageType::kTerm || entry.page.is_section_index) continue;
    if (!model.sections[entry.section].index_page || model.sections[entry.section].folder != entry.page.path.parent()) {
      diagnostics.error(
          entry.page.path.str(), 0, 0,
          "een begrip heeft een _index.md in zijn map nodig: de pagina met de begrippenlijst waarop het staat");
      continue;
    }
    model.glossary.push_back(p);
  }
  // A–Z ignoring case and accents: "Één gezin" sorts under E.
  std::sort(model.glossary.begin(), model.glossary.end(), [&](size_t a, size_t b) {
    const load::Page& x = model.pages[a].page;
    const load::Page& y = model.pages[b].page;
    return std::make_pair(base::slugify(x.title), x.path) < std::make_pair(base::slugify(y.title), y.path);
  });
}

// The process a casus walks through: a relative link to a proces page, and
// step ids that exist in it.
void resolve_casussen(SiteModel& model, base::Diagnostics& diagnostics) {
  for (size_t p = 0; p < model.pages.size(); ++p) {
    const load::Page& page = model.pages[p].page;
    const auto* casus = std::get_if<load::Casus>(&page.details);
    if (!casus || !casus->process) continue;
    const load::Reference& link = *casus->process;
    const auto target = page.path.parent().join(link.id);
    const PageEntry* process_page = target ? model.find_page(*target) : nullptr;
    if (!process_page) {
      diagnostics.error(page.path.str(), link.pos.line, link.pos.column,
                        "proces '" + link.id + "' is geen pagina; link naar het .md-bestand van het proces");
      continue;
    }
    const auto* process = std::get_if<load::Process>(&process_page->page.details);
    if (!process) {
      diagnostics.error(page.path.str(), link.pos.line, link.pos.column,
                        "'" + link.id + "' is geen procespagina; een casus loopt door een proces");
      continue;
    }
    const size_t process_index = static_cast<size_t>(process_page - model.pages.data());
    model.casus_process[p] = process_index;
    model.process_casussen[process_index].push_back(p);
    std::vector<std::string> step_ids;
    for (const load::ProcessStep& step : process->steps) step_ids.push_back(step.id);
    for (const load::CasusStep& step : casus->steps) {
      if (step.step.id.empty() || std::find(step_ids.begin(), step_ids.end(), step.step.id) != step_ids.end()) {
        continue;
      }
      diagnostics.error(page.path.str(), step.step.pos.line, step.step.pos.column,
                        "onbekende stap '" + step.step.id + "' in " + process_page->page.path.str() +
                            base::suggestion_suffix(step.step.id, step_ids));
    }
  }
}

// The pages and forms of each training map, in the map's order. A page is
// a relative link to its .md file (a folder means its section page).
void resolve_training_maps(SiteModel& model, base::Diagnostics& diagnostics) {
  std::vector<std::string> page_paths;
  for (const PageEntry& entry : model.pages) page_paths.push_back(entry.page.path.str());
  for (size_t p = 0; p < model.pages.size(); ++p) {
    const load::Page& page = model.pages[p].page;
    const auto* map = std::get_if<load::TrainingMap>(&page.details);
    if (!map) continue;
    std::vector<size_t>& listed = model.training_pages[p];
    for (const load::Reference& link : map->pages) {
      const auto target = page.path.parent().join(link.id);
      const PageEntry* found = target ? model.find_page(*target) : nullptr;
      if (!found && target) {
        if (const auto index = target->join("_index.md")) found = model.find_page(*index);
      }
      if (!found) {
        const std::string written = target ? target->str() : link.id;
        diagnostics.error(
            page.path.str(), link.pos.line, link.pos.column,
            "pagina '" + link.id + "' van de trainingsmap bestaat niet" + base::suggestion_suffix(written, page_paths));
      } else if (std::holds_alternative<load::TrainingMap>(found->page.details)) {
        diagnostics.error(page.path.str(), link.pos.line, link.pos.column,
                          "'" + link.id + "' is zelf een trainingsmap; noem de pagina's ervan");
      } else {
        listed.push_back(static_cast<size_t>(found - model.pages.data()));
      }
    }
    for (const load::Reference& form : map->forms) {
      if (!model.find_form(form.id))
        report_unknown_form(model, page.path.str(), form.pos.line, form.pos.column, form.id, diagnostics);
    }
  }
}

}  // namespace

void resolve_cross_references(SiteModel& model, base::Diagnostics& diagnostics) {
  index_competencies(model, diagnostics);
  resolve_steps(model, diagnostics);
  resolve_form_blocks(model, diagnostics);
  collect_glossary(model, diagnostics);
  resolve_casussen(model, diagnostics);
  resolve_training_maps(model, diagnostics);
}

}  // namespace handboek::model
