// `handboek new TYPE SLUG [SITE_DIR]`: scaffolds a page of one of the page
// types, or a form (`new formulier ID`), with Dutch placeholder text that
// builds without errors. Never overwrites: an existing file is left alone.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "base/status.h"
#include "base/text.h"
#include "cli/commands.h"
#include "cli/scaffolds.h"

namespace handboek::cli {

namespace {

namespace fs = std::filesystem;

// Creates `path` with `text`; fails when it exists (O_EXCL: no race with an
// editor making the same file).
base::Status create_new_file(const fs::path& path, const std::string& text) {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  if (error) return base::Status::io_error("kan " + path.parent_path().string() + " niet maken", error);
  std::FILE* file = std::fopen(path.c_str(), "wx");
  if (!file) return base::Status::io_error("kan " + path.string() + " niet maken", errno);
  const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  const int write_errno = errno;
  if (std::fclose(file) != 0 || !written) {
    const int reason = written ? errno : write_errno;
    fs::remove(path, error);
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
    return usage("onbekend type '" + args[0] + "'" + dutch_suggestion(args[0], names));
  }
  const std::string& slug = args[1];
  if (!base::is_slug(slug, scaffold->nested)) {
    return usage("'" + slug + "' is geen slug: gebruik kleine letters, cijfers en '-'" +
                 (scaffold->nested ? " (en '/' voor een map)" : ""));
  }
  const fs::path site_dir = args.size() == 3 ? fs::path(args[2]) : options.site_dir;
  std::error_code error;
  if (!fs::exists(site_dir / "site.yaml", error)) {
    return usage(site_dir.string() + " heeft geen site.yaml; geef de map van de site als SITE_DIR");
  }
  const std::string relative = scaffold->folder + slug + scaffold->extension;
  const fs::path target = site_dir / relative;
  if (fs::exists(fs::symlink_status(target, error))) {
    std::cerr << "handboek new: " << relative << " bestaat al en blijft zoals het is (kies een andere SLUG)\n";
    return kExitContentErrors;
  }
  const std::string text = scaffold_text(*scaffold, slug, review_date_next_year());
  if (const base::Status created = create_new_file(target, text); !created.ok()) {
    if (created.message().find("File exists") != std::string::npos) {
      std::cerr << "handboek new: " << relative << " bestaat al en blijft zoals het is (kies een andere SLUG)\n";
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
