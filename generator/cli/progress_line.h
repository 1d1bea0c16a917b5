// ProgressLine: one line on a terminal saying which stage a long build is
// in ("handboek: render 2019.1 … 3 s"), redrawn in place. It appears only
// when stderr is a terminal, --quiet is off and the build has run for more
// than a second; CI logs and pipes never see it. The line is erased before
// anything else is printed. Owns one background thread while it lives.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace handboek::cli {

class ProgressLine {
 public:
  // `enabled` false: does nothing at all (no thread).
  explicit ProgressLine(bool enabled);
  ~ProgressLine();  // erases the line
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // The stage now running. Thread-safe.
  void set_stage(std::string stage);
  // Erases the line and stops drawing it (before printing diagnostics).
  void finish();

  // True when stderr is a terminal (the only place a progress line goes).
  static bool stderr_is_terminal();

 private:
  void draw_loop();

  using Clock = std::chrono::steady_clock;
  const Clock::time_point started_ = Clock::now();
  std::mutex mutex_;
  std::condition_variable wake_;
  std::string stage_;
  bool drawn_ = false;
  bool finished_ = false;
  std::thread thread_;
};

}  // namespace handboek::cli
