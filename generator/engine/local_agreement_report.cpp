#include "engine/local_agreement_report.h"

#include <nlohmann/json.hpp>

#include "history/history.h"

namespace handboek::engine {

namespace {

struct StaleAgreement {
  const model::PageEntry* page = nullptr;
  const model::AgreementPlace* place = nullptr;
  const model::LocalAgreement* agreement = nullptr;
};

// Per organisation of site.yaml (in its order), its stale agreements in
// the order of the overview.
std::vector<std::vector<StaleAgreement>> stale_per_organisation(const model::SiteModel& model,
                                                                const model::LocalAgreements& agreements) {
  const auto& organisations = model.config.organisations;
  std::vector<std::vector<StaleAgreement>> per(organisations.size());
  for (const model::PageAgreements& page : agreements.pages) {
    for (const model::AgreementPlace& place : page.places) {
      for (const model::LocalAgreement& agreement : place.agreements) {
        if (!agreement.stale) continue;
        for (size_t i = 0; i < organisations.size(); ++i) {
          if (organisations[i].id == agreement.organisation)
            per[i].push_back({&model.pages[page.page], &place, &agreement});
        }
      }
    }
  }
  return per;
}

std::string dutch(const history::LineDate& date) {
  return date.uncommitted() ? "niet vastgelegd" : history::dutch_date(date.time, date.offset_minutes);
}

nlohmann::ordered_json iso(const history::LineDate& date) {
  if (date.uncommitted()) return nullptr;
  return history::iso_date(date.time, date.offset_minutes);
}

// "Mens in beeld › stap 2 Kennismaking", "Mens in beeld › Lokale afspraken".
std::string place_name(const StaleAgreement& stale) {
  std::string name = stale.page->page.title;
  if (stale.place->kind == model::PlaceKind::kStep) {
    name += " › stap ";
    if (stale.place->step_number > 0) name += std::to_string(stale.place->step_number) + " ";
    name += stale.place->title;
  } else if (stale.place->kind == model::PlaceKind::kSection) {
    name += " › " + stale.place->title;
  }
  return name;
}

}  // namespace

void print_local_agreement_report(const model::SiteModel& model, const model::LocalAgreements& agreements,
                                  std::ostream& out) {
  out << "Lokale afspraken om te controleren: de gedeelde tekst van hun stap of hoofdstuk is gewijzigd na de "
         "afspraak zelf\n";
  if (!agreements.dated) {
    out << "\nZonder git-geschiedenis is niet te zien welke afspraken verouderd zijn.\n";
    return;
  }
  const auto per = stale_per_organisation(model, agreements);
  for (size_t i = 0; i < per.size(); ++i) {
    out << '\n' << model.config.organisations[i].name << " (" << per[i].size() << ")\n";
    if (per[i].empty()) out << "  geen\n";
    for (const StaleAgreement& stale : per[i]) {
      out << "  " << stale.page->page.path.str() << ':' << stale.agreement->line << "  " << place_name(stale) << '\n'
          << "      afspraak gewijzigd " << dutch(*stale.agreement->changed) << ", gedeelde tekst gewijzigd "
          << dutch(*stale.agreement->shared_changed) << '\n';
    }
  }
}

void print_local_agreement_report_json(const model::SiteModel& model, const model::LocalAgreements& agreements,
                                       std::ostream& out) {
  const auto per = stale_per_organisation(model, agreements);
  for (size_t i = 0; i < per.size(); ++i) {
    for (const StaleAgreement& stale : per[i]) {
      const nlohmann::ordered_json line = {{"report", "lokaal"},
                                           {"organisation", model.config.organisations[i].id},
                                           {"name", model.config.organisations[i].name},
                                           {"path", stale.page->page.path.str()},
                                           {"line", stale.agreement->line},
                                           {"page", stale.page->page.title},
                                           {"place", place_name(stale)},
                                           {"changed", iso(*stale.agreement->changed)},
                                           {"shared_changed", iso(*stale.agreement->shared_changed)},
                                           {"commit", stale.agreement->shared_changed->commit_id}};
      out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
  }
}

}  // namespace handboek::engine
