// handboek: argv → command from the table → exit status. No logic here.
#include "cli/commands.h"

int main(int argc, char** argv) {
  return handboek::cli::run_main(argc, argv);
}
