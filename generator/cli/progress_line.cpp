#include "cli/progress_line.h"

#include <unistd.h>

#include <cstdio>
#include <string_view>
#include <utility>

namespace handboek::cli {

namespace {

constexpr auto kQuietPeriod = std::chrono::seconds(1);  // short builds print nothing
constexpr auto kRedraw = std::chrono::milliseconds(250);

// The editor sees the stage in Dutch; --timings keeps the stage's own name
// (scripts read it).
std::string dutch_stage(const std::string& stage) {
  static constexpr std::pair<std::string_view, std::string_view> kLabels[] = {
      {"config", "site.yaml lezen"}, {"history", "geschiedenis lezen"}, {"load+model", "inhoud lezen"},
      {"language", "taalcontrole"},  {"render", "pagina's maken"},      {"write", "schrijven"},
      {"cache", "buildcache"},
  };
  for (const auto& [name, label] : kLabels) {
    if (stage.starts_with(name)) return std::string(label) + stage.substr(name.size());
  }
  return stage;
}

}  // namespace

bool ProgressLine::stderr_is_terminal() {
  return ::isatty(STDERR_FILENO) == 1;
}

ProgressLine::ProgressLine(bool enabled) {
  if (enabled) thread_ = std::thread([this] { draw_loop(); });
}

ProgressLine::~ProgressLine() {
  finish();
}

void ProgressLine::set_stage(std::string stage) {
  const std::lock_guard lock(mutex_);
  stage_ = dutch_stage(stage);
}

void ProgressLine::finish() {
  {
    const std::lock_guard lock(mutex_);
    finished_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ProgressLine::draw_loop() {
  std::unique_lock lock(mutex_);
  wake_.wait_until(lock, started_ + kQuietPeriod, [this] { return finished_; });
  while (!finished_) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - started_).count();
    // \r and "erase line" keep it one line; stderr is unbuffered.
    std::fprintf(stderr, "\r\033[Khandboek: %s … %lld s", stage_.c_str(), static_cast<long long>(seconds));
    drawn_ = true;
    wake_.wait_for(lock, kRedraw, [this] { return finished_; });
  }
  if (drawn_) std::fputs("\r\033[K", stderr);
}

}  // namespace handboek::cli
