// Status: the result of an operation that can fail for a reason outside the
// content — the disk is full, a folder may not be written, a port is taken,
// an external tool broke (after leveldb's Status). Content problems are
// never a Status: they are Diagnostics and the run goes on. A failed Status
// ends the command with exit status 3 and its message, which says in Dutch
// what was being done, the OS reason after it in parentheses ("kan
// public/x.html niet schrijven (No space left on device)"). A cheap value; copy it freely.
#pragma once

#include <cassert>
#include <optional>
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

// A value, or the Status that says why there is none (after absl's
// StatusOr): every function that makes something and can fail outside the
// content returns one, so failures are reported one way in every stage.
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: a value converts, as in absl
  // REQUIRES: !status.ok().
  StatusOr(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok().
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace handboek::base
