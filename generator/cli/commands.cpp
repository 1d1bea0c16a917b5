#include "cli/commands.h"

#include <iostream>
#include <vector>

#include "base/did_you_mean.h"

namespace handboek::cli {

namespace {

constexpr Command kCommands[] = {
    {"build", "build [SITE_DIR] [-o OUT] [-j N] [--quiet] [--timings] [--format json]",
     "build the site into OUT (default SITE_DIR/public); the previous OUT stays until the build succeeds", true,
     run_build},
    {"check", "check [SITE_DIR] [-j N] [--quiet] [--format json]",
     "run every validation of build (every release too) and write nothing; exits as build would", true, run_check},
    {"serve", "serve [SITE_DIR] [--port P]",
     "preview on http://127.0.0.1:P/ (default 1313) that rebuilds and reloads on every change; writes nothing", true,
     run_serve},
    {"new", "new TYPE SLUG [SITE_DIR]",
     "scaffold a page (proces, gespreksformat, competentieprofiel, begrip, pagina) or a form (formulier ID) with "
     "placeholder text; never overwrites",
     false, run_new},
    {"import", "import FILE.docx|.odt|.md [--type TYPE] [SITE_DIR]",
     "convert a document with pandoc into a new page content/NAME.md (images in content/NAME/); never overwrites",
     false, run_import},
};

void print_help(std::ostream& out) {
  out << "handboek — builds a methodology handbook from Markdown into a website\n\nUsage:\n";
  for (const Command& command : kCommands) out << "  handboek " << command.usage << "\n      " << command.help << '\n';
  out << "\nCommon options: --format json prints diagnostics as JSON lines on stdout; --quiet prints only "
         "diagnostics.\n"
         "Exit status: 0 success, 1 the content has errors, 2 wrong usage, 3 an I/O or environment failure.\n";
}

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

int run_main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    print_help(args.empty() ? std::cerr : std::cout);
    return args.empty() ? kExitUsage : kExitOk;
  }
  for (const Command& command : kCommands) {
    if (args[0] != command.name) continue;
    std::string error;
    const auto options = parse_options({args.begin() + 1, args.end()}, command.takes_site_dir_first, error);
    if (!options) {
      std::cerr << "handboek " << command.name << ": " << error << "\nusage: handboek " << command.usage << '\n';
      return kExitUsage;
    }
    return command.run(*options);
  }
  std::vector<std::string> names;
  for (const Command& command : kCommands) names.emplace_back(command.name);
  std::cerr << "handboek: unknown command '" << args[0] << "'" << base::suggestion_suffix(args[0], names)
            << "\nRun 'handboek --help' for the list.\n";
  return kExitUsage;
}

}  // namespace handboek::cli
