#include "render/local_overview.h"

#include <set>

#include "history/history.h"
#include "model/url_map.h"
#include "render/markdown_renderer.h"
#include "render/page_views.h"

namespace handboek::render {

namespace {

using kainjow::mustache::data;

data date_view(const std::optional<history::LineDate>& date) {
  if (!date) return data(false);
  data view;
  view.set("uncommitted", date->uncommitted());
  if (!date->uncommitted()) {
    view.set("date", history::dutch_date(date->time, date->offset_minutes));
    view.set("iso_date", history::iso_date(date->time, date->offset_minutes));
  }
  return view;
}

const config::Organisation* organisation_of(const model::SiteModel& model, const std::string& id) {
  for (const config::Organisation& organisation : model.config.organisations) {
    if (organisation.id == id) return &organisation;
  }
  return nullptr;
}

data agreement_view(const model::SiteModel& model, const TemplateEngine& templates, const model::PageEntry& page,
                    const model::AgreementPlace& place, const model::LocalAgreement& agreement,
                    const std::string& url) {
  const config::Organisation* organisation = organisation_of(model, agreement.organisation);
  data view;
  view.set("organisation_id", agreement.organisation);
  view.set("organisation_name", organisation ? organisation->name : agreement.organisation);
  // The block itself where it has an id, else its step or section.
  const std::string anchor = agreement.first_in_body ? model::local_block_anchor(agreement.organisation) : place.anchor;
  view.set("url", model::relative_url(url, anchor.empty() ? page.url : page.url + "#" + anchor));
  const MarkdownContext context{model, templates, page, url, {}, nullptr, nullptr};
  view.set("text_html", render_fragment(agreement.markdown, context));
  view.set("stale", agreement.stale);
  view.set("changed", date_view(agreement.changed));
  view.set("shared_changed", date_view(agreement.shared_changed));
  view.set("change_url", text(agreement.change_url.empty() ? "" : model::relative_url(url, agreement.change_url)));
  return view;
}

data place_view(const model::SiteModel& model, const TemplateEngine& templates, const model::PageEntry& page,
                const model::AgreementPlace& place, const std::string& url) {
  data view;
  view.set("is_step", place.kind == model::PlaceKind::kStep);
  view.set("is_section", place.kind == model::PlaceKind::kSection);
  view.set("is_page", place.kind == model::PlaceKind::kPage);
  view.set("title", place.title);
  view.set("step_number", text(place.step_number > 0 ? std::to_string(place.step_number) : ""));
  view.set("url", model::relative_url(url, place.anchor.empty() ? page.url : page.url + "#" + place.anchor));
  data agreements = list_of_size(place.agreements.size());
  std::set<std::string> present;
  bool stale = false;
  for (const model::LocalAgreement& agreement : place.agreements) {
    append(agreements, agreement_view(model, templates, page, place, agreement, url));
    present.insert(agreement.organisation);
    stale = stale || agreement.stale;
  }
  view.set("count", std::to_string(place.agreements.size()));
  view.set("has_stale", stale);
  put(view, "agreements", std::move(agreements));
  // The organisations without an agreement here: the shared text is theirs.
  data missing{data::type::list};
  for (const config::Organisation& organisation : model.config.organisations) {
    if (present.count(organisation.id)) continue;
    data item;
    item.set("name", organisation.name);
    item.set("first", missing.is_empty_list());
    missing.push_back(item);
  }
  view.set("has_missing", !missing.is_empty_list());
  put(view, "missing", std::move(missing));
  return view;
}

}  // namespace

void render_local_overview(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                           base::OutputTree& tree) {
  if (!model.local_agreements) return;
  const model::LocalAgreements& agreements = *model.local_agreements;
  const std::string url = model::local_overview_url(model.version.prefix);
  data view;
  const std::string& title = templates.strings()[Text::kLocalOverviewTitle];
  view.set("title", title);
  view.set("dated", agreements.dated);
  const size_t stale = agreements.stale_count();
  view.set("stale_count", std::to_string(stale));
  view.set("has_stale", stale > 0);
  view.set("one_stale", stale == 1);
  // Per organisation: how many of its agreements to check.
  data organisations{data::type::list};
  for (const config::Organisation& organisation : model.config.organisations) {
    size_t count = 0;
    size_t own = 0;
    for (const model::PageAgreements& page : agreements.pages) {
      for (const model::AgreementPlace& place : page.places) {
        for (const model::LocalAgreement& agreement : place.agreements) {
          if (agreement.organisation != organisation.id) continue;
          ++own;
          count += agreement.stale ? 1 : 0;
        }
      }
    }
    data item;
    item.set("id", organisation.id);
    item.set("name", organisation.name);
    item.set("agreements", std::to_string(own));
    item.set("one_agreement", own == 1);
    item.set("stale_count", std::to_string(count));
    item.set("has_stale", count > 0);
    organisations.push_back(item);
  }
  put(view, "organisations", std::move(organisations));
  data pages = list_of_size(agreements.pages.size());
  for (const model::PageAgreements& found : agreements.pages) {
    const model::PageEntry& page = model.pages[found.page];
    data item;
    item.set("title", page.page.title);
    item.set("url", model::relative_url(url, page.url));
    item.set("type_label", page_type_label(templates.strings(), page.page.type));
    data places = list_of_size(found.places.size());
    for (const model::AgreementPlace& place : found.places)
      append(places, place_view(model, templates, page, place, url));
    put(item, "places", std::move(places));
    append(pages, std::move(item));
  }
  view.set("has_pages", !pages.is_empty_list());
  put(view, "pages", std::move(pages));
  tree.add(url.substr(1) + "index.html",
           renderer.render_document(url, title, templates.render("lokaal", view), nullptr));
}

}  // namespace handboek::render
