// `handboek serve`: the editor's preview. Builds the working tree (as
// "concept") into memory, serves it on 127.0.0.1 and rebuilds what a change
// needs each time a file changes: watcher → preview site → dev server →
// browsers reload. Writes nothing to disk: not into SITE_DIR, not into OUT.
#include <csignal>
#include <iostream>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "config/config_loader.h"
#include "engine/loaded_versions.h"
#include "engine/version_plan.h"
#include "serve/dev_server.h"
#include "serve/preview_site.h"
#include "serve/watcher.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

namespace {

volatile std::sig_atomic_t stop_requested = 0;
extern "C" void request_stop(int) {
  stop_requested = 1;
}

// Error lines for the overlay: what blocks publishing.
std::vector<std::string> error_lines(const base::Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const base::Diagnostic& diagnostic : diagnostics.sorted()) {
    if (diagnostic.severity == base::Severity::kError) lines.push_back(diagnostic.format());
  }
  return lines;
}

// Publishes a rebuild, or shows why not; reports it on the terminal.
void publish(const serve::PreviewUpdate& update, serve::DevServer& server, const Options& options,
             std::chrono::steady_clock::duration took) {
  print_diagnostics(update.diagnostics, options.format);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(took).count();
  if (update.diagnostics.has_errors()) {
    server.show_problems(error_lines(update.diagnostics));
    std::cerr << "handboek: " << update.diagnostics.error_count()
              << " fout(en); het voorbeeld toont de laatste versie zonder fouten\n";
    return;
  }
  if (update.tree) {
    server.publish_all(update.tree);
  } else if (!update.files.empty()) {
    server.publish_files(update.files);
  } else {
    return;
  }
  if (!options.quiet) {
    std::cerr << "handboek: " << update.pages_rendered << (update.full ? " pagina's (alles)" : " pagina('s)")
              << " opnieuw gemaakt in " << ms << " ms\n";
  }
}

}  // namespace

int run_serve(const Options& options) {
  if (const base::Status readable = engine::check_site_dir(options.site_dir); !readable.ok()) {
    std::cerr << "handboek: error: " << readable.message() << '\n';
    return kExitEnvironment;
  }
  // Versions and history are read once; a broken site.yaml is reported by
  // the first rebuild (the defaults serve until then).
  base::Diagnostics startup;
  const source::WorkingTreeSource working_tree(options.site_dir);
  base::Diagnostics ignored;
  const auto config = config::load_site_config(working_tree, ignored);
  const engine::VersionPlan plan =
      engine::plan_preview(options.site_dir, config ? *config : config::SiteConfig{}, startup);
  print_diagnostics(startup, options.format);

  serve::PreviewSite site(options.site_dir, plan.slots.front().context, options.job_count());
  serve::DevServer server;
  if (const base::Status listening = server.start(options.port); !listening.ok()) {
    std::cerr << "handboek: error: " << listening.message() << '\n';
    return kExitEnvironment;
  }
  serve::Watcher watcher;
  if (const base::Status watching = watcher.start(options.site_dir, plan.content_dir); !watching.ok()) {
    std::cerr << "handboek: error: " << watching.message() << '\n';
    return kExitEnvironment;
  }
  auto started = std::chrono::steady_clock::now();
  const serve::PreviewUpdate first = site.rebuild_all();
  publish(first, server, options, std::chrono::steady_clock::now() - started);
  std::cerr << "handboek: voorbeeld op http://127.0.0.1:" << server.port() << "/ (Ctrl-C stopt)" << std::endl;

  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  while (!stop_requested) {
    const std::set<std::string> changed = watcher.wait(std::chrono::milliseconds(300));
    if (changed.empty()) continue;
    started = std::chrono::steady_clock::now();
    const serve::PreviewUpdate update = site.apply(changed);
    publish(update, server, options, std::chrono::steady_clock::now() - started);
  }
  server.stop();
  return kExitOk;
}

}  // namespace handboek::cli
