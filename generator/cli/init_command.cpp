// `handboek init [DIR]`: the start of a new handbook. Writes site.yaml (with
// the organisations still to fill in), content/_index.md, a first process
// and a .gitignore for the output and the build cache, then runs `git init`
// when git is installed, so `handboek check` passes at once and a tag makes
// the first release. Never overwrites: a folder that already holds a
// site.yaml is left alone.
#include <cstdlib>
#include <iostream>

#include "base/child_process.h"
#include "base/site_files.h"
#include "cli/commands.h"
#include "cli/scaffolds.h"

namespace handboek::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kSiteYamlText = R"(# De instellingen van het handboek (docs/content.md, "site.yaml").
title: Ons handboek
language: nl
# De organisaties die het handboek delen; hun id gebruik je in ```lokaal ID```-blokken.
organisations:
  - id: organisatie-a
    name: Organisatie A
    description: Vul hier in wie deze organisatie is.
  - id: organisatie-b
    name: Organisatie B
    description: Vul hier in wie deze organisatie is.
)";

constexpr const char* kHomePage = R"(---
title: Ons handboek
summary: Hoe wij samen werken, stap voor stap.
---

Welkom in het handboek. Hier staat hoe we het hier doen: de routes, de
gesprekken en de formulieren.
)";

constexpr const char* kGitignore = R"(/public/
/public-*/
/.handboek-cache/
)";

}  // namespace

int run_init(const Options& options) {
  if (options.positional.size() > 1) {
    std::cerr << "handboek init: verwacht hoogstens een DIR\ngebruik: handboek init [DIR]\n";
    return kExitUsage;
  }
  const fs::path dir = options.positional.empty() ? fs::path(".") : fs::path(options.positional[0]);
  std::error_code error;
  if (fs::exists(dir / base::kSiteYaml, error)) {
    std::cerr << "handboek init: " << (dir / base::kSiteYaml).string()
              << " bestaat al; init begint alleen een nieuw handboek en overschrijft niets\n";
    return kExitContentErrors;
  }
  const Scaffold* process = find_scaffold("proces");
  const std::pair<fs::path, std::string> files[] = {
      {base::kSiteYaml, kSiteYamlText},
      {"content/_index.md", kHomePage},
      {"content/processen/eerste-route.md", scaffold_text(*process, "eerste-route", review_date_next_year())},
      {".gitignore", kGitignore},
  };
  for (const auto& [relative, text] : files) {
    if (fs::exists(fs::symlink_status(dir / relative, error))) {
      std::cerr << "handboek init: " << relative.string() << " bestaat al en blijft zoals het is\n";
      continue;
    }
    if (const base::Status made = create_new_file(dir / relative, text); !made.ok()) {
      std::cerr << "handboek: error: " << made.message() << '\n';
      return kExitEnvironment;
    }
  }
  const fs::path git = base::find_on_path("git", base::path_variable());
  if (!fs::exists(dir / ".git", error) && !git.empty()) {
    const base::ProcessResult result = base::run_process({git.string(), "init", "-q", fs::absolute(dir).string()});
    if (!result.started || result.exit_code != 0) {
      std::cerr << "handboek init: git init lukte niet: " << base::last_lines(result.output, 3) << '\n';
    }
  }
  if (!options.quiet) {
    const std::string cd = dir == "." ? "" : "cd " + dir.string() + " && ";
    std::cerr << "handboek: nieuw handboek in " << dir.string() << ". Vul site.yaml in, schrijf in content/ en bekijk "
              << "het met `" << cd << "handboek serve`.\n";
  }
  return kExitOk;
}

}  // namespace handboek::cli
