// `handboek new TYPE SLUG [SITE_DIR]`: scaffolds a page of one of the page
// types, or a form (`new formulier ID`), with Dutch placeholder text that
// builds without errors. Never overwrites: an existing file is left alone.
#include <cerrno>
#include <iostream>
#include <system_error>

#include "base/did_you_mean.h"
#include "base/site_files.h"
#include "base/status.h"
#include "base/text.h"
#include "cli/commands.h"
#include "cli/scaffolds.h"
#include "config/config_loader.h"
#include "load/page_loader.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

namespace fs = std::filesystem;

namespace {

// The names of the files in `folder` ending in `extension`, sorted (list_dir's order).
std::vector<std::string> files_in(const source::Source& site, const char* folder, std::string_view extension) {
  std::vector<std::string> names;
  const auto path = base::SitePath::parse(folder);
  if (!path) return names;
  for (const source::DirEntry& entry : site.list_dir(*path)) {
    if (!entry.is_dir && entry.name.ends_with(extension) && !load::is_index_file_name(entry.name)) {
      names.push_back(entry.name);
    }
  }
  return names;
}

// Fills in what a casus or training map links to: the first process of the
// site that has steps (and for a training map the first form), so the new
// page passes `check` at once. Returns "" or why it cannot be made.
std::string link_to_existing(const fs::path& site_dir, const Scaffold& scaffold, std::string& text) {
  const bool casus = std::string_view(scaffold.type) == "casus";
  if (!casus && std::string_view(scaffold.type) != "trainingsmap") return "";
  const source::WorkingTreeSource site(site_dir);
  base::Diagnostics ignored;
  const auto config = config::load_site_config(site, ignored);
  std::string process_name;
  std::string steps;
  for (const std::string& name : files_in(site, "content/processen", ".md")) {
    const auto path = base::SitePath::parse("content/processen/" + name);
    const auto bytes = site.read_file(*path);
    if (!bytes || !config) break;
    const auto page = load::load_page(*path, *bytes, *config, ignored);
    const auto* process = page ? std::get_if<load::Process>(&page->details) : nullptr;
    if (!process || process->steps.empty()) continue;
    process_name = name;
    for (size_t i = 0; i < process->steps.size() && i < 2; ++i) {
      steps +=
          "  - step: " + process->steps[i].id + "\n    text: >-\n      Wat er in deze stap met de inwoner gebeurt.\n";
    }
    break;
  }
  if (process_name.empty()) {
    return std::string("een ") + scaffold.type +
           " verwijst naar een proces, en content/processen/ heeft er geen met stappen; maak eerst er een met "
           "`handboek new proces NAAM`";
  }
  replace_all(text, "{proces}", process_name);
  replace_all(text, "{stappen}", steps);
  replace_all(text, "{paginas}", "  - ../processen/" + process_name + "\n");
  const std::vector<std::string> forms = files_in(site, "forms", ".yaml");
  replace_all(text, "{formulieren}", forms.empty() ? "" : forms.front().substr(0, forms.front().size() - 5));
  return "";
}

// Checked before writing and again by the write itself (a file made in between).
void report_taken(const std::string& relative) {
  std::cerr << "handboek new: " << relative << " bestaat al en blijft zoals het is (kies een andere SLUG)\n";
}

}  // namespace

int run_new(const Options& options) {
  const auto usage = [](const std::string& why) {
    std::cerr << "handboek new: " << why
              << "\ngebruik: handboek new TYPE SLUG [SITE_DIR]   (TYPE: " << scaffold_type_names() << ")\n";
    return kExitUsage;
  };
  const std::vector<std::string>& args = options.positional;
  if (args.size() < 2 || args.size() > 3) return usage("verwacht TYPE en SLUG, en eventueel SITE_DIR");
  const Scaffold* scaffold = find_scaffold(args[0]);
  if (!scaffold) {
    std::vector<std::string> names;
    for (const Scaffold& known : scaffolds()) names.emplace_back(known.type);
    return usage("onbekend type '" + args[0] + "'" + base::suggestion_suffix(args[0], names));
  }
  const std::string& slug = args[1];
  if (!base::is_slug(slug, scaffold->nested)) {
    return usage("'" + slug + "' is geen slug: gebruik kleine letters, cijfers en '-'" +
                 (scaffold->nested ? " (en '/' voor een map)" : ""));
  }
  std::error_code error;
  const fs::path site_dir =
      args.size() == 3 ? fs::path(args[2]) : find_site_upward(fs::current_path(error)).value_or(options.site_dir);
  if (!fs::exists(site_dir / base::kSiteYaml, error)) {
    return usage(site_dir.string() + " heeft geen site.yaml; geef de map van de site als SITE_DIR");
  }
  const std::string relative = scaffold->folder + slug + scaffold->extension;
  const fs::path target = site_dir / relative;
  if (fs::exists(fs::symlink_status(target, error))) {
    report_taken(relative);
    return kExitContentErrors;
  }
  std::string text = scaffold_text(*scaffold, slug, review_date_next_year());
  if (const std::string missing = link_to_existing(site_dir, *scaffold, text); !missing.empty()) {
    std::cerr << "handboek new: " << missing << '\n';
    return kExitContentErrors;
  }
  if (const base::Status created = create_new_file(target, text); !created.ok()) {
    // A file made between the check above and now: the OS's own words for EEXIST.
    if (created.message().find(std::generic_category().message(EEXIST)) != std::string::npos) {
      report_taken(relative);
      return kExitContentErrors;
    }
    std::cerr << "handboek: error: " << created.message() << '\n';
    return kExitEnvironment;
  }
  if (scaffold->companion_name) {
    const std::string companion = scaffold->folder + scaffold->companion_name;
    if (!fs::exists(fs::symlink_status(site_dir / companion, error))) {
      const std::string companion_text = fill_in(scaffold->companion_text, "", slug, review_date_next_year());
      if (const base::Status made = create_new_file(site_dir / companion, companion_text); !made.ok()) {
        std::cerr << "handboek: error: " << made.message() << '\n';
        return kExitEnvironment;
      }
      if (!options.quiet) std::cerr << "handboek: " << companion << " gemaakt (de pagina waarop het begrip staat).\n";
    }
  }
  if (!options.quiet) {
    std::cerr << "handboek: " << relative << " gemaakt. Vul de tekst in en bekijk het resultaat met "
              << "`handboek serve`.\n";
  }
  return kExitOk;
}

}  // namespace handboek::cli
