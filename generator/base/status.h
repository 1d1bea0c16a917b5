// Status: the result of an operation that can fail for a reason outside the
// content — the disk is full, a folder may not be written, a port is taken,
// an external tool broke (after leveldb's Status). Content problems are
// never a Status: they are Diagnostics and the run goes on. A failed Status
// ends the command with exit status 3 and its message, which says in Dutch
// what was being done, the OS reason after it in parentheses ("kan
// public/x.html niet schrijven (No space left on device)"). A cheap value; copy it freely.
#pragma once

#include <string>
#include <system_error>
#include <utility>

namespace handboek::base {

class Status {
 public:
  Status() = default;  // success
  static Status ok_status() { return {}; }
  // `what` says what was being attempted; the OS reason is appended.
  static Status io_error(const std::string& what, const std::error_code& reason) {
    return Status(what + " (" + reason.message() + ")");
  }
  // `what` says what was being attempted; `errno_value` is errno.
  static Status io_error(const std::string& what, int errno_value) {
    return io_error(what, std::error_code(errno_value, std::generic_category()));
  }
  // A failure whose message already says everything (a missing tool, a
  // folder handboek refuses to replace).
  static Status failure(std::string message) { return Status(std::move(message)); }

  bool ok() const { return message_.empty(); }
  explicit operator bool() const { return ok(); }
  // Why it failed; empty on success.
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : message_(message.empty() ? "onbekende fout" : std::move(message)) {}
  std::string message_;
};

}  // namespace handboek::base
