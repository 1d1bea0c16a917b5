// config/config_loader: site.yaml → SiteConfig, every problem at its line.
#include "config/config_loader.h"

#include <catch2/catch.hpp>

#include "config/site_statements.h"
#include "model_fixture.h"
#include "source/working_tree_source.h"

using handboek::base::Diagnostics;
using handboek::testing::formatted;
using handboek::testing::TempSite;
using Lines = std::vector<std::string>;

namespace {

struct Loaded {
  std::optional<handboek::config::SiteConfig> config;
  std::vector<std::string> diagnostics;
};

Loaded load_config(std::string_view site_yaml) {
  const TempSite site("", false);
  site.write("site.yaml", site_yaml);
  const handboek::source::WorkingTreeSource source(site.root());
  Diagnostics diagnostics;
  auto config = handboek::config::load_site_config(source, diagnostics);
  return {std::move(config), formatted(diagnostics)};
}

}  // namespace

TEST_CASE("site.yaml is read into the config with defaults for what it leaves out", "[config]") {
  const Loaded loaded = load_config(R"(title: Zo doen wij het hier
subtitle: Regio Alkmaar
organisations:
  - id: buch
    name: BUCH
    description: Vier gemeenten.
  - id: halte-werk
    name: Halte Werk
)");
  REQUIRE(loaded.config);
  CHECK(loaded.diagnostics.empty());
  const auto& config = *loaded.config;
  CHECK(config.title == "Zo doen wij het hier");
  CHECK(config.subtitle == "Regio Alkmaar");
  CHECK(config.base_url == "/");
  CHECK(config.language == "nl");
  CHECK(config.theme == "default");
  REQUIRE(config.organisations.size() == 2);
  CHECK(config.organisations[0].description == "Vier gemeenten.");
  CHECK(config.organisation_ids() == Lines{"buch", "halte-werk"});
  REQUIRE(config.find_organisation("halte-werk"));
  CHECK(config.find_organisation("halte-werk")->name == "Halte Werk");
  CHECK_FALSE(config.find_organisation("wnk"));
}

TEST_CASE("base_url always ends in a slash", "[config]") {
  const Loaded loaded = load_config("title: T\nbase_url: https://handboek.example.nl\n");
  REQUIRE(loaded.config);
  CHECK(loaded.config->base_url == "https://handboek.example.nl/");
}

TEST_CASE("a missing title is an error and unknown keys are warnings", "[config]") {
  const Loaded loaded = load_config("subtitle: S\ntitel: T\n");
  REQUIRE(loaded.config);
  CHECK(loaded.diagnostics == Lines{
                                  "site.yaml:1:1: error: de verplichte sleutel 'title' ontbreekt",
                                  "site.yaml:2:1: warning: onbekende sleutel 'titel'; bedoelde je 'title'?",
                              });
}

TEST_CASE("organisation ids must be well formed and unique", "[config]") {
  const Loaded loaded = load_config(R"(title: T
organisations:
  - id: Halte Werk
    name: Halte Werk
  - id: buch
    name: BUCH
  - id: buch
    name: BUCH twee
  - name: Zonder id
  - gewoon tekst
)");
  REQUIRE(loaded.config);
  CHECK(loaded.diagnostics ==
        Lines{
            "site.yaml:3:9: error: organisatie-id 'Halte Werk' mag alleen kleine letters, cijfers en '-' bevatten",
            "site.yaml:7:9: error: organisatie-id 'buch' komt twee keer voor",
            "site.yaml:9:5: error: de verplichte sleutel 'id' ontbreekt",
            "site.yaml:10:5: error: een organisatie moet bestaan uit sleutels met een waarde (sleutel: waarde)",
        });
  CHECK(loaded.config->organisation_ids() == Lines{"buch"});
}

TEST_CASE("a theme must be a folder name under themes", "[config]") {
  const Loaded loaded = load_config("title: T\ntheme: ../../etc\n");
  REQUIRE(loaded.config);
  CHECK(loaded.diagnostics == Lines{"site.yaml:2:8: error: theme moet de naam zijn van een map in themes/"});
  CHECK(loaded.config->theme == "default");
}

TEST_CASE("invalid YAML in site.yaml is an error at its line and no config", "[config][yaml]") {
  const Loaded loaded = load_config("title: T\norganisations:\n  - id: buch\n   name: BUCH\n");
  CHECK_FALSE(loaded.config);
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].rfind("site.yaml:4:", 0) == 0);
  CHECK(loaded.diagnostics[0].find(": error: ongeldige YAML: ") != std::string::npos);
}

TEST_CASE("site.yaml that is not valid UTF-8 is an error naming the byte", "[config][utf8]") {
  const Loaded loaded = load_config("title: Caf\xE9\n");
  CHECK_FALSE(loaded.config);
  CHECK(loaded.diagnostics ==
        Lines{"site.yaml: error: het bestand is geen geldige UTF-8; sla het op als UTF-8 (byte 10)"});
}

TEST_CASE("a folder without site.yaml is an error", "[config]") {
  const TempSite site("", false);
  const handboek::source::WorkingTreeSource source(site.root());
  Diagnostics diagnostics;
  CHECK_FALSE(handboek::config::load_site_config(source, diagnostics));
  CHECK(formatted(diagnostics) ==
        Lines{"site.yaml: error: site.yaml ontbreekt; de map van een site heeft er een nodig"});
}

TEST_CASE("site.yaml must be a mapping", "[config]") {
  const Loaded loaded = load_config("- title\n");
  CHECK_FALSE(loaded.config);
  CHECK(loaded.diagnostics ==
        Lines{"site.yaml:1:1: error: site.yaml moet bestaan uit sleutels met een waarde (sleutel: waarde)"});
}

namespace {

struct LoadedStatements {
  handboek::config::SiteStatements statements;
  std::vector<std::string> diagnostics;
};

LoadedStatements load_statements(std::string_view site_yaml) {
  const TempSite site("", false);
  site.write("site.yaml", site_yaml);
  const handboek::source::WorkingTreeSource source(site.root());
  Diagnostics diagnostics;
  auto statements = handboek::config::load_site_file(source, diagnostics).statements;
  return {std::move(statements), formatted(diagnostics)};
}

}  // namespace

TEST_CASE("owner, contact and accessibility feed the colofon and the statements, with defaults", "[config]") {
  const LoadedStatements plain = load_statements("title: T\n");
  CHECK(plain.diagnostics.empty());
  CHECK(plain.statements.owner.empty());
  CHECK(plain.statements.contact.empty());
  CHECK(plain.statements.accessibility.status == "partial");
  CHECK(plain.statements.accessibility.date.empty());

  const std::string_view full_yaml = R"(title: T
owner: Werkgroep methodiek
contact:
  name: de werkgroep
  email: handboek@example.nl
  url: https://example.nl/contact
accessibility:
  status: full
  date: 2026-11-20
  known_issues:
    - Het schema is breed.
)";
  CHECK(load_config(full_yaml).diagnostics.empty());  // the keys are known to site.yaml
  const LoadedStatements full = load_statements(full_yaml);
  CHECK(full.diagnostics.empty());
  CHECK(full.statements.owner == "Werkgroep methodiek");
  CHECK(full.statements.contact.email == "handboek@example.nl");
  CHECK(full.statements.contact.url == "https://example.nl/contact");
  CHECK(full.statements.accessibility.status == "full");
  CHECK(full.statements.accessibility.date == "2026-11-20");
  CHECK(full.statements.accessibility.known_issues == Lines{"Het schema is breed."});
}

TEST_CASE("a wrong contact or accessibility key is reported at its line", "[config]") {
  const LoadedStatements loaded = load_statements(R"(title: T
contact:
  email: geen-adres
  url: www.example.nl
accessibility:
  status: bijna
  date: 20 november
)");
  CHECK(loaded.diagnostics == Lines{
                                  "site.yaml:3:10: error: contact email 'geen-adres' is geen e-mailadres",
                                  "site.yaml:4:8: error: contact url moet beginnen met https:// of http://",
                                  "site.yaml:6:11: error: accessibility status moet full, partial of none zijn",
                                  "site.yaml:7:9: error: 'date' moet een datum zijn, geschreven als JJJJ-MM-DD",
                              });
  CHECK(loaded.statements.accessibility.status == "partial");
}

TEST_CASE("base_url and commit_url must be web addresses: javascript: is an error at its place", "[config][hostile]") {
  // Both become links on every page.
  const Loaded loaded =
      load_config("title: T\nbase_url: javascript:alert(1)//\ncommit_url: \"javascript:alert(1)//{commit}\"\n");
  CHECK(loaded.diagnostics == Lines{
                                  "site.yaml:2:11: error: base_url moet beginnen met https://, http:// of /",
                                  "site.yaml:3:13: error: commit_url moet beginnen met https:// of http://",
                              });
  REQUIRE(loaded.config);
  CHECK(loaded.config->base_url == "/");
  CHECK(loaded.config->commit_url.empty());
}
