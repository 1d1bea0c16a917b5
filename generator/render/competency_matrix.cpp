#include "render/competency_matrix.h"

#include <algorithm>
#include <vector>

#include "model/url_map.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

// The competency profiles in page order (content path order: stable).
std::vector<size_t> profile_pages(const model::SiteModel& model) {
  std::vector<size_t> pages;
  for (size_t p = 0; p < model.pages.size(); ++p) {
    if (std::holds_alternative<load::CompetencyProfile>(model.pages[p].page.details)) pages.push_back(p);
  }
  return pages;
}

// One cell: the competencies of `profile_page` that `step` asks for, in the
// order the step names them, each linking to the step.
data cell_view(const model::SiteModel& model, const load::ProcessStep& step, size_t profile_page,
               const std::string& step_url) {
  data competencies{data::type::list};
  for (const load::Reference& reference : step.competencies) {
    const auto found = model.competencies.find(reference.id);
    if (found == model.competencies.end() || found->second.page != profile_page) continue;
    const auto& profile = std::get<load::CompetencyProfile>(model.pages[profile_page].page.details);
    data item;
    item.set("id", reference.id);
    item.set("name", profile.competencies[found->second.competency].name);
    item.set("url", step_url);
    competencies.push_back(item);
  }
  data cell;
  cell.set("profile", model.pages[profile_page].page.title);
  cell.set("has_competencies", !competencies.is_empty_list());
  cell.set("competencies", competencies);
  return cell;
}

}  // namespace

bool is_competency_section(const model::SiteModel& model, const model::Section& section) {
  return std::any_of(section.pages.begin(), section.pages.end(),
                     [&](size_t index) { return model.pages[index].page.type == load::PageType::kCompetencyProfile; });
}

std::optional<TemplateData> competency_matrix_view(const model::SiteModel& model, const std::string& document_url) {
  const std::vector<size_t> profiles = profile_pages(model);
  if (profiles.empty() || model.competency_uses.empty()) return std::nullopt;

  data profile_list{data::type::list};
  for (const size_t index : profiles) {
    const model::PageEntry& profile = model.pages[index];
    data item;
    item.set("title", profile.page.title);
    item.set("role", std::get<load::CompetencyProfile>(profile.page.details).role);
    item.set("url", model::relative_url(document_url, profile.url));
    profile_list.push_back(item);
  }

  data processes{data::type::list};
  for (const model::PageEntry& page : model.pages) {
    const auto* process = std::get_if<load::Process>(&page.page.details);
    if (!process || page.output_path.empty()) continue;
    const bool asks = std::any_of(process->steps.begin(), process->steps.end(),
                                  [](const load::ProcessStep& step) { return !step.competencies.empty(); });
    if (!asks) continue;
    data steps{data::type::list};
    for (size_t s = 0; s < process->steps.size(); ++s) {
      const load::ProcessStep& step = process->steps[s];
      const std::string step_url = model::relative_url(document_url, model::step_url(page.url, step.id));
      data cells{data::type::list};
      for (const size_t profile : profiles) cells.push_back(cell_view(model, step, profile, step_url));
      data item;
      item.set("number", std::to_string(s + 1));
      item.set("title", step.title);
      item.set("url", step_url);
      item.set("cells", cells);
      steps.push_back(item);
    }
    data item;
    item.set("title", page.page.title);
    item.set("url", model::relative_url(document_url, page.url));
    item.set("steps", steps);
    processes.push_back(item);
  }

  data matrix;
  matrix.set("profiles", profile_list);
  matrix.set("processes", processes);
  matrix.set("columns", std::to_string(profiles.size() + 1));  // the step column and one per profile
  return matrix;
}

}  // namespace handboek::render
