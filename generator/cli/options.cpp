#include "cli/options.h"

#include <algorithm>
#include <thread>

#include "base/did_you_mean.h"
#include "base/site_files.h"
#include "cli/commands.h"

namespace handboek::cli {

int Options::job_count() const {
  if (jobs > 0) return jobs;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

std::filesystem::path Options::out_dir() const {
  if (out) return *out;
  if (!organisation.empty()) return site_dir / (std::string(base::kOutputDir) + "-" + organisation);
  return site_dir / base::kOutputDir;
}

std::filesystem::path Options::edition_out_dir(const std::string& id) const {
  std::filesystem::path regional = out ? *out : site_dir / base::kOutputDir;
  if (!regional.has_filename()) regional = regional.parent_path();  // "OUT/" names the folder OUT
  return regional.parent_path() / (regional.filename().string() + "-" + id);
}

std::optional<std::filesystem::path> Options::cache_dir() const {
  if (no_cache) return std::nullopt;
  return cache ? *cache : site_dir / base::kCacheDir;
}

namespace {

std::optional<int> parse_number(const std::string& text) {
  if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoi(text);
}

// Whether `option` is one of the space-separated names in `allowed`.
bool takes(std::string_view allowed, std::string_view option) {
  while (!allowed.empty()) {
    const size_t end = std::min(allowed.find(' '), allowed.size());
    if (allowed.substr(0, end) == option) return true;
    allowed.remove_prefix(std::min(end + 1, allowed.size()));
  }
  return false;
}

}  // namespace

std::optional<std::filesystem::path> find_site_upward(const std::filesystem::path& start) {
  if (start.empty()) return std::nullopt;
  std::error_code error;
  for (std::filesystem::path folder = start;; folder = folder.parent_path()) {
    // mkdocs.yml: a handbook written for MkDocs builds without a site.yaml.
    if (std::filesystem::is_regular_file(folder / base::kSiteYaml, error) ||
        std::filesystem::is_regular_file(folder / "mkdocs.yml", error)) {
      // "." stays "." so that messages and the default output folder read as before.
      return folder == start ? std::filesystem::path(".") : folder;
    }
    if (!folder.has_relative_path()) return std::nullopt;  // the root: nothing above
  }
}

namespace {

std::optional<Options> parse_options(const std::vector<std::string>& args, bool takes_site_dir_first,
                                     std::string_view allowed, std::string& error) {
  Options options;
  std::vector<std::string> plain;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    std::optional<std::string> attached;  // "-j4" like make and ninja
    if (arg.size() > 2 && arg.compare(0, 2, "-j") == 0) {
      attached = arg.substr(2);
      arg = "-j";
    }
    auto value = [&]() -> std::optional<std::string> {
      if (attached) return attached;
      if (i + 1 < args.size()) return args[++i];
      error = "optie " + arg + " heeft een waarde nodig";
      return std::nullopt;
    };
    if (arg.size() > 1 && arg[0] == '-' && !takes(allowed, arg)) {
      // An option another command takes is named as such, not as unknown.
      const bool known = std::any_of(commands().begin(), commands().end(),
                                     [&](const Command& command) { return takes(command.options, arg); });
      error = known ? "optie '" + arg + "' hoort niet bij deze opdracht" : "onbekende optie '" + arg + "'";
      return std::nullopt;
    }
    if (arg == "-o" || arg == "--output") {
      const auto v = value();
      if (!v) return std::nullopt;
      options.out = *v;
    } else if (arg == "-j" || arg == "--jobs" || arg == "--port") {
      const auto v = value();
      if (!v) return std::nullopt;
      const auto number = parse_number(*v);
      const bool port = arg == "--port";  // 0: any free port (tests, scripts)
      if (!number || (*number == 0 && !port) || (port && *number > 65535)) {
        error = "optie " + arg + (port ? " wil een poortnummer (0-65535)" : " wil een positief getal") + ", niet '" +
                *v + "'";
        return std::nullopt;
      }
      (arg == "--port" ? options.port : options.jobs) = *number;
    } else if (arg == "--format") {
      const auto v = value();
      if (!v) return std::nullopt;
      if (*v != "json" && *v != "text") {
        error = "optie --format kent 'text' en 'json', niet '" + *v + "'";
        return std::nullopt;
      }
      options.format = *v == "json" ? DiagnosticFormat::kJson : DiagnosticFormat::kText;
    } else if (arg == "--report") {
      const auto v = value();
      if (!v) return std::nullopt;
      if (*v != "review" && *v != "spelling" && *v != "lokaal") {
        error = "optie --report kent 'review', 'spelling' en 'lokaal', niet '" + *v + "'";
        return std::nullopt;
      }
      options.report = *v;
    } else if (arg == "--type") {
      const auto v = value();
      if (!v) return std::nullopt;
      options.page_type = *v;
    } else if (arg == "--cache") {
      const auto v = value();
      if (!v) return std::nullopt;
      options.cache = *v;
    } else if (arg == "--organisatie") {
      const auto v = value();
      if (!v) return std::nullopt;
      options.organisation = *v;
    } else if (arg == "--alle-edities") {
      options.all_editions = true;
    } else if (arg == "--no-cache") {
      options.no_cache = true;
    } else if (arg == "-q" || arg == "--quiet") {
      options.quiet = true;
    } else if (arg == "-v" || arg == "--verbose") {
      options.verbose = true;
    } else if (arg == "--timings") {
      options.timings = true;
    } else {
      plain.push_back(arg);
    }
  }
  if (!options.organisation.empty() && options.all_editions) {
    error = "--organisatie en --alle-edities gaan niet samen: kies een editie of allemaal";
    return std::nullopt;
  }
  if (takes_site_dir_first) {
    std::error_code ignored;  // no current folder: stay with "." and let the command say what is wrong
    if (plain.size() > 1) {
      error = "te veel argumenten: verwacht hoogstens een SITE_DIR";
      return std::nullopt;
    }
    if (!plain.empty()) {
      options.site_dir = plain[0];
    } else if (const auto found = find_site_upward(std::filesystem::current_path(ignored))) {
      options.site_dir = *found;
    }
  } else {
    options.positional = plain;
  }
  return options;
}

}  // namespace

base::StatusOr<Options> parse_options(const std::vector<std::string>& args, bool takes_site_dir_first,
                                      std::string_view allowed) {
  std::string error;
  std::optional<Options> options = parse_options(args, takes_site_dir_first, allowed, error);
  if (!options) return base::Status::failure(error);
  return std::move(*options);
}

}  // namespace handboek::cli
