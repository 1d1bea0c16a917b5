#include "cli/commands.h"

#include <iostream>
#include <vector>

#include "base/did_you_mean.h"

namespace handboek::cli {

namespace {

constexpr Command kCommands[] = {
    {"build",
     "build [SITE_DIR] [-o OUT] [--organisatie ID | --alle-edities] [-j N] [--cache DIR | --no-cache] [--quiet] "
     "[--verbose] [--timings] [--format json]",
     "bouwt de site in OUT (standaard SITE_DIR/public); de vorige OUT blijft staan tot de bouw gelukt is; "
     "--organisatie ID bouwt de editie van een organisatie (standaard in SITE_DIR/public-ID); --alle-edities bouwt "
     "de regionale site in OUT en elke editie in OUT-ID",
     true,
     "-o --output --organisatie --alle-edities -j --jobs --cache --no-cache -q --quiet -v --verbose --timings --format",
     run_build},
    {"check", "check [SITE_DIR] [-j N] [--quiet] [--verbose] [--format json] [--report review|spelling|lokaal]",
     "doet elke controle van build (ook van elke release) en schrijft niets; eindigt zoals build zou eindigen; "
     "--report review noemt per eigenaar de pagina's die binnenkort herzien moeten worden; --report spelling "
     "geeft elk onbekend woord een keer, met aantal en pagina's; --report lokaal noemt per organisatie de lokale "
     "afspraken om te controleren (de gedeelde tekst is later gewijzigd dan de afspraak)",
     true, "-j --jobs -q --quiet -v --verbose --format --report", run_check},
    {"serve", "serve [SITE_DIR] [--port P]",
     "voorbeeld op http://127.0.0.1:P/ (standaard 1313) dat na elke wijziging opnieuw bouwt en herlaadt; schrijft "
     "niets",
     true, "--port -j --jobs -q --quiet --format", run_serve},
    {"init", "init [DIR]",
     "begint een nieuw handboek in DIR (standaard de huidige map): site.yaml, een startpagina, een eerste proces, "
     ".gitignore en git init; overschrijft nooit",
     false, "-q --quiet", run_init},
    {"new", "new TYPE SLUG [SITE_DIR]",
     "maakt een nieuwe pagina (proces, gespreksformat, competentieprofiel, begrip, casus, trainingsmap, pagina) of een "
     "formulier (formulier ID) met voorbeeldtekst; overschrijft nooit",
     false, "-q --quiet", run_new},
    {"import", "import FILE.docx|.odt|.md [--type TYPE] [SITE_DIR]",
     "zet een document met pandoc om in een nieuwe pagina content/NAAM.md (afbeeldingen in content/NAAM/); "
     "overschrijft nooit",
     false, "--type -q --quiet --format", run_import},
};

void print_help(std::ostream& out) {
  out << "handboek — maakt van een methodehandboek in Markdown een website\n\nGebruik:\n";
  for (const Command& command : kCommands) out << "  handboek " << command.usage << "\n      " << command.help << '\n';
  out << "\nAlgemene opties: --format json geeft de meldingen als JSON-regels op stdout; --quiet toont alleen de "
         "meldingen.\n"
         "Afsluitcode: 0 gelukt, 1 de inhoud heeft fouten, 2 verkeerd gebruik, 3 een fout buiten de inhoud (schrijven, "
         "lezen, netwerk, ontbrekend programma).\n";
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
    const auto options = parse_options({args.begin() + 1, args.end()}, command.takes_site_dir_first, command.options);
    if (!options.ok()) {
      std::cerr << "handboek " << command.name << ": " << options.status().message() << "\ngebruik: handboek "
                << command.usage << "\n      " << command.help << '\n';
      return kExitUsage;
    }
    return command.run(*options);
  }
  std::vector<std::string> names;
  for (const Command& command : kCommands) names.emplace_back(command.name);
  std::cerr << "handboek: onbekende opdracht '" << args[0] << "'" << base::suggestion_suffix(args[0], names)
            << "\n'handboek --help' toont de lijst.\n";
  return kExitUsage;
}

}  // namespace handboek::cli
