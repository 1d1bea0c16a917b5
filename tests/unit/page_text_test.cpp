// render/page_text: a page as the paragraphs of plain text that the change
// pages compare. Pages are built as the loader would fill them.
#include "render/page_text.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

namespace handboek::render {
namespace {

using Paragraphs = std::vector<std::string>;

// The default theme's strings: the labels a reader of the change pages sees.
const ThemeStrings& strings() {
  return testing::default_templates().strings();
}

load::Page page(std::string title, std::string summary, std::string body) {
  load::Page page;
  page.path = *base::SitePath::parse("content/werkwijze/intake.md");
  page.title = std::move(title);
  page.summary = std::move(summary);
  page.body = std::move(body);
  return page;
}

load::InlineMarkdown inline_markdown(std::string text) {
  load::InlineMarkdown markdown;
  markdown.text = std::move(text);
  return markdown;
}

TEST_CASE("a plain page is its title, summary and one paragraph per block of the body", "[render][diff]") {
  const load::Page intake =
      page("Intake", "Het eerste gesprek.", "De intake begint met een **goed** gesprek.\n\nDaarna volgt een plan.\n");
  CHECK(page_paragraphs(intake, strings()) == Paragraphs{"Intake", "Het eerste gesprek.",
                                                         "De intake begint met een goed gesprek.",
                                                         "Daarna volgt een plan."});
}

TEST_CASE("Markdown syntax is not part of the text: links keep their words, line breaks become spaces",
          "[render][diff]") {
  const load::Page intake = page("Intake", "", "## Voorbereiding\n\nLees [het plan](plan.md) en\nde *notities*.\n");
  CHECK(page_paragraphs(intake, strings()) == Paragraphs{"Intake", "Voorbereiding", "Lees het plan en de notities."});
}

TEST_CASE("an empty summary and an empty body add no paragraphs", "[render][diff]") {
  CHECK(page_paragraphs(page("Alleen een titel", "", ""), strings()) == Paragraphs{"Alleen een titel"});
}

TEST_CASE("a process lists its principles and each step with who, when, form and result", "[render][diff]") {
  load::Page intake = page("Intake", "", "Slot.\n");
  load::Process process;
  process.principles = {"De inwoner staat centraal."};
  load::ProcessStep step;
  step.title = "Aanmelden";
  step.role = "Consulent";
  step.organisation = "BUCH";
  step.termijn = "binnen 5 werkdagen";
  step.description = inline_markdown("Bel de inwoner *zelf*.");
  step.form = load::Reference{};
  step.form->id = "brede-intake";
  step.outcome = "Een afspraak";
  step.alternatives.push_back({"Geen contact", inline_markdown("Stuur een brief.")});
  load::ProcessStep second;
  second.title = "Gesprek";
  second.role = "Consulent";
  process.steps = {step, second};
  intake.details = process;
  CHECK(page_paragraphs(intake, strings()) == Paragraphs{
                                                  "Intake",
                                                  "Uitgangspunt: De inwoner staat centraal.",
                                                  "Stap 1: Aanmelden",
                                                  "Wie: Consulent (BUCH)",
                                                  "Wanneer: binnen 5 werkdagen",
                                                  "Bel de inwoner zelf.",
                                                  "Formulier: brede-intake",
                                                  "Resultaat: Een afspraak",
                                                  "Vervolgroute: Geen contact",
                                                  "Stuur een brief.",
                                                  "Stap 2: Gesprek",
                                                  "Wie: Consulent",
                                                  "Slot.",
                                              });
}

TEST_CASE("a step's form is named by its title when the caller knows it", "[render][diff]") {
  load::Page intake = page("Intake", "", "");
  load::Process process;
  load::ProcessStep step;
  step.title = "Aanmelden";
  step.form = load::Reference{};
  step.form->id = "brede-intake";
  process.steps = {step};
  intake.details = process;
  const auto title = [](const std::string& id) { return id == "brede-intake" ? "Brede intake" : id; };
  CHECK(page_paragraphs(intake, strings(), title) ==
        Paragraphs{"Intake", "Stap 1: Aanmelden", "Formulier: Brede intake"});
}

TEST_CASE("a competency profile lists its role, task, competencies and behaviour", "[render][diff]") {
  load::Page profile = page("Consulent", "", "");
  load::CompetencyProfile details;
  details.role = "Consulent werk";
  details.task_description = inline_markdown("Begeleidt inwoners.");
  load::Competency listening;
  listening.name = "Luisteren";
  listening.definition = "Hoort wat er gezegd wordt.";
  listening.indicators = {"Vat samen", "Vraagt door"};
  details.competencies = {listening};
  profile.details = details;
  CHECK(page_paragraphs(profile, strings()) == Paragraphs{"Consulent", "Rol: Consulent werk", "Begeleidt inwoners.",
                                                          "Competentie: Luisteren: Hoort wat er gezegd wordt.",
                                                          "Gedrag: Vat samen", "Gedrag: Vraagt door"});
}

TEST_CASE("an interview format lists its purpose, duration, attitude and questions per theme", "[render][diff]") {
  load::Page format = page("Keukentafelgesprek", "", "");
  load::InterviewFormat details;
  details.purpose = inline_markdown("Kennismaken.");
  details.duration = "45 minuten";
  details.attitude = inline_markdown("Open en nieuwsgierig.");
  details.themes = {{"Wonen", {"Hoe woont u?", "Met wie?"}}};
  format.details = details;
  CHECK(page_paragraphs(format, strings()) == Paragraphs{"Keukentafelgesprek", "Kennismaken.", "Duur: 45 minuten",
                                                         "Open en nieuwsgierig.", "Thema: Wonen", "Vraag: Hoe woont u?",
                                                         "Vraag: Met wie?"});
}

TEST_CASE("a glossary term adds its definition", "[render][diff]") {
  load::Page term = page("Rechtmatigheid", "", "");
  term.details = load::GlossaryTerm{{"rechtmatig"}, "Volgens de regels."};
  CHECK(page_paragraphs(term, strings()) == Paragraphs{"Rechtmatigheid", "Definitie: Volgens de regels."});
}

TEST_CASE("a form is its title, purpose, version, sections and one paragraph per field", "[render][diff]") {
  load::FormDefinition form;
  form.id = "evaluatie";
  form.title = "Evaluatie";
  form.version = 2;
  form.purpose = inline_markdown("Wat vond je van de **training**?");
  load::FormSection section;
  section.title = "Over de training";
  section.intro = inline_markdown("Kies wat past.");
  load::FormField name;
  name.id = "naam";
  name.label = "Naam";
  name.required = true;
  load::FormField score;
  score.id = "oordeel";
  score.type = load::FieldType::kSingleChoice;
  score.label = "Oordeel";
  score.help = inline_markdown("Zie [de uitleg](uitleg.md).");
  score.options = {{"goed", "Goed"}, {"slecht", "Slecht"}};
  load::FormField table;
  table.id = "acties";
  table.type = load::FieldType::kTable;
  table.label = "Acties";
  table.columns = {{"wat", {}, "Wat", load::FieldType::kShortText, {}},
                   {"wie", {}, "Wie", load::FieldType::kShortText, {}}};
  load::FormField signature;
  signature.id = "handtekening";
  signature.type = load::FieldType::kSignature;
  signature.label = "Handtekening deelnemer";
  signature.role = "Deelnemer";
  load::FormField info;
  info.type = load::FieldType::kInfo;
  info.text = inline_markdown("Dank je *wel*.");
  section.fields = {name, score, table, signature, info};
  form.sections = {section};
  CHECK(form_paragraphs(form, strings()) ==
        Paragraphs{"Evaluatie", "Wat vond je van de training?", "Versie van het formulier: 2",
                   "Onderdeel: Over de training", "Kies wat past.", "Veld Naam (kort antwoord, verplicht).",
                   "Veld Oordeel (één keuze). Zie de uitleg. Keuzes: Goed; Slecht.",
                   "Veld Acties (tabel). Kolommen: Wat; Wie.",
                   "Veld Handtekening deelnemer (handtekening). Ondertekend door: Deelnemer.",
                   "Toelichting: Dank je wel."});
}

}  // namespace
}  // namespace handboek::render
