// StageTimer: how long each stage of a build took, printed with --timings
// (as zola's Site::build logs each step). Wall-clock time; for benchmarks
// and curious editors, never for output.
#pragma once

#include <algorithm>
#include <chrono>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

namespace handboek::engine {

class StageTimer {
 public:
  // Each stage started from now on is also told to `show` (a progress
  // line on the terminal).
  void show_with(std::function<void(const std::string&)> show) { show_ = std::move(show); }
  // Ends the running stage (if any) and starts `name`.
  void start(std::string name) {
    stop();
    if (show_) show_(name);
    name_ = std::move(name);
    started_ = Clock::now();
  }
  // A stage started again (render and write alternate per version) adds
  // to its first line.
  void stop() {
    if (name_.empty()) return;
    const double seconds = std::chrono::duration<double>(Clock::now() - started_).count();
    const auto same =
        std::find_if(stages_.begin(), stages_.end(), [&](const auto& stage) { return stage.first == name_; });
    if (same != stages_.end()) {
      same->second += seconds;
    } else {
      stages_.push_back({std::move(name_), seconds});
    }
    name_.clear();
  }
  // The stage running now ("" when none).
  const std::string& running() const { return name_; }
  // "handboek: timing: history 0.412 s" per stage, then the total.
  void print(std::ostream& out) {
    stop();
    double total = 0;
    for (const auto& [name, seconds] : stages_) {
      out << "handboek: timing: " << name << ' ' << seconds << " s\n";
      total += seconds;
    }
    out << "handboek: timing: total " << total << " s\n";
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::string name_;
  Clock::time_point started_;
  std::vector<std::pair<std::string, double>> stages_;
  std::function<void(const std::string&)> show_;
};

}  // namespace handboek::engine
