#include "cli/scaffolds.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>

namespace handboek::cli {

namespace {

constexpr const char* kProcess = R"(---
title: {titel}
type: proces
summary: Eén zin over wat deze route oplevert en voor wie hij is.
owner: Eigenaar nog invullen
review: {review}
weight: 100
principles:
  - Schrijf hier een uitgangspunt dat voor elke stap geldt.
steps:
  - id: eerste-stap
    title: Eerste stap
    role: Klantmanager
    termijn: Binnen twee weken
    description: >-
      Beschrijf wat de professional in deze stap doet, met wie en waarom.
    outcome: Wat deze stap oplevert.
  - id: tweede-stap
    title: Tweede stap
    role: Klantmanager
    description: >-
      Beschrijf de volgende stap.
    outcome: Wat deze stap oplevert.
---

Schrijf hier een korte inleiding op de route: wanneer je hem gebruikt en wat
de inwoner ervan merkt.
)";

constexpr const char* kInterviewFormat = R"(---
title: {titel}
type: gespreksformat
summary: Eén zin over het doel van dit gesprek.
owner: Eigenaar nog invullen
review: {review}
weight: 100
purpose: >-
  Waarom voer je dit gesprek en wat wil je na afloop weten?
duration: 45 minuten
attitude: >-
  Nieuwsgierig en open: je vraagt door naar voorbeelden en oordeelt niet.
themes:
  - title: Eerste thema
    questions:
      - Schrijf hier een open vraag.
      - En een vervolgvraag.
---

Schrijf hier hoe je het gesprek voorbereidt en wat je met de antwoorden doet.
)";

constexpr const char* kCompetencyProfile = R"(---
title: {titel}
type: competentieprofiel
summary: Eén zin over de rol die dit profiel beschrijft.
owner: Eigenaar nog invullen
review: {review}
weight: 100
role: Naam van de rol
task_description: |
  Beschrijf de taken van deze rol in een paar zinnen of een korte lijst.
competencies:
  - id: {slug}-kern
    name: Naam van de competentie
    definition: >-
      Wat deze competentie inhoudt, in één of twee zinnen.
    indicators:
      - Gedrag waaraan je ziet dat iemand deze competentie beheerst.
---

Schrijf hier waar dit profiel voor gebruikt wordt, bijvoorbeeld bij werving
of in een ontwikkelgesprek.
)";

constexpr const char* kTerm = R"(---
title: {titel}
type: begrip
definition: De betekenis van dit begrip in één zin.
owner: Eigenaar nog invullen
review: {review}
---

Een toelichting: waar het begrip vandaan komt en hoe we het in het handboek
gebruiken.
)";

constexpr const char* kGlossaryPage = R"(---
title: Begrippen
type: pagina
summary: De woorden die we in dit handboek op één manier gebruiken.
owner: Eigenaar nog invullen
review: {review}
---

De begrippen van dit handboek, van A tot Z.
)";

constexpr const char* kPlainPage = R"(---
title: {titel}
type: pagina
summary: Eén zin over waar deze pagina over gaat.
owner: Eigenaar nog invullen
review: {review}
weight: 100
---

Schrijf hier de tekst van de pagina.

## Eerste onderwerp

Een alinea over het eerste onderwerp.
)";

constexpr const char* kForm = R"(title: {titel}
version: 1
purpose: >-
  Waarvoor dit formulier dient en wanneer je het invult.
sections:
  - title: Gegevens
    fields:
      - id: naam
        type: short_text
        label: Naam
        required: true
      - id: datum
        type: date
        label: Datum
  - title: Afspraken
    fields:
      - id: afspraken
        type: long_text
        label: Wat spreken we af?
)";

// {proces} is the process's file name, {stappen} its steps as a YAML list
// (filled in by `new` from the first process of the site).
constexpr const char* kCasus = R"(---
title: {titel}
type: casus
summary: Eén zin over de situatie van deze inwoner.
owner: Eigenaar nog invullen
review: {review}
weight: 100
process: ../processen/{proces}
situation: >-
  Beschrijf wie de inwoner is en wat er speelt.
steps:
{stappen}questions:
  - Schrijf hier een vraag voor intervisie of moreel beraad.
---

Schrijf hier de nabespreking voor de trainer.
)";

// {paginas} and {formulieren}: YAML lists of the first process and the
// first form of the site (filled in by `new`).
constexpr const char* kTrainingMap = R"(---
title: {titel}
type: trainingsmap
summary: Eén zin over wat de deelnemers in deze training leren.
owner: Eigenaar nog invullen
review: {review}
weight: 100
audience: Voor wie de training is
duration: Twee dagdelen
pages:
{paginas}forms: [{formulieren}]
---

## Opbouw van de training

Schrijf hier de aanwijzingen voor de trainer.
)";

const Scaffold kScaffolds[] = {
    {"proces", "content/processen/", ".md", false, kProcess},
    {"gespreksformat", "content/gespreksformats/", ".md", false, kInterviewFormat},
    {"competentieprofiel", "content/competenties/", ".md", false, kCompetencyProfile},
    {"begrip", "content/begrippen/", ".md", false, kTerm, "_index.md", kGlossaryPage},
    {"pagina", "content/", ".md", true, kPlainPage},
    {"formulier", "forms/", ".yaml", false, kForm},
    {"casus", "content/casussen/", ".md", false, kCasus},
    {"trainingsmap", "content/trainingen/", ".md", false, kTrainingMap},
};

}  // namespace

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

std::span<const Scaffold> scaffolds() {
  return kScaffolds;
}

const Scaffold* find_scaffold(const std::string& type) {
  for (const Scaffold& scaffold : kScaffolds) {
    if (type == scaffold.type) return &scaffold;
  }
  return nullptr;
}

std::string scaffold_type_names() {
  std::string names;
  for (const Scaffold& scaffold : kScaffolds) names += (names.empty() ? "" : ", ") + std::string(scaffold.type);
  return names;
}

std::string fill_in(std::string text, const std::string& title, const std::string& slug, const std::string& review) {
  replace_all(text, "{titel}", title);
  replace_all(text, "{slug}", slug);
  replace_all(text, "{review}", review);
  return text;
}

std::string scaffold_text(const Scaffold& scaffold, const std::string& slug, const std::string& review_date) {
  const size_t slash = slug.rfind('/');
  std::string title = slug.substr(slash == std::string::npos ? 0 : slash + 1);
  for (char& c : title) c = c == '-' ? ' ' : c;
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return fill_in(scaffold.text, title, slug, review_date);
}

// Creates `path` with `text`; fails when it exists (O_EXCL: no race with an
// editor making the same file).
base::Status create_new_file(const std::filesystem::path& path, const std::string& text) {
  std::error_code error;
  std::filesystem::create_directories(path.parent_path(), error);
  if (error) return base::Status::io_error("kan " + path.parent_path().string() + " niet maken", error);
  std::FILE* file = std::fopen(path.c_str(), "wx");
  if (!file) return base::Status::io_error("kan " + path.string() + " niet maken", errno);
  const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  const int write_errno = errno;
  if (std::fclose(file) != 0 || !written) {
    const int reason = written ? errno : write_errno;
    std::filesystem::remove(path, error);
    return base::Status::io_error("kan " + path.string() + " niet schrijven", reason);
  }
  return {};
}

// A year from today: the placeholder's review date (scaffolding may use the
// clock; builds never do).
std::string review_date_next_year() {
  const auto today =
      std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  const auto next = today + std::chrono::years(1);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(next.year()), static_cast<unsigned>(next.month()),
                std::min(static_cast<unsigned>(next.day()), 28u));
  return text;
}

}  // namespace handboek::cli
