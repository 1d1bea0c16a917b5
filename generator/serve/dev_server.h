// DevServer: the preview's HTTP server (cpp-httplib), bound to 127.0.0.1
// only, answering only requests for Host 127.0.0.1:PORT or localhost:PORT. Serves the site from memory — it never reads
// the disk, so nothing outside the built site (no `..`, no `%2e%2e`, no symlink) can be reached: such a path is a 404.
// Every HTML page gets a small script that listens on
// /__handboek/events (Server-Sent Events): it reloads the page after each
// published rebuild and shows content errors as an overlay while the last
// good version stays served. Thread-safe: the rebuild loop publishes while
// the server's threads read.
#pragma once

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

#include "base/output_tree.h"
#include "base/status.h"

namespace httplib {
class Server;
}

namespace handboek::serve {

class DevServer {
 public:
  DevServer();
  ~DevServer();  // stops the server
  DevServer(const DevServer&) = delete;
  DevServer& operator=(const DevServer&) = delete;

  // Binds 127.0.0.1:`port` (0: any free port) and serves on a thread of its
  // own. Fails with the OS reason (a port in use).
  base::Status start(int port);
  int port() const { return port_; }
  void stop();

  // Serves `tree` from now on (a full rebuild) and tells the browsers to reload.
  void publish_all(std::shared_ptr<const base::OutputTree> tree);
  // Replaces or adds single files (an incremental rebuild); `removed` are gone.
  void publish_files(std::vector<std::pair<std::string, std::string>> files,
                     const std::vector<std::string>& removed = {});
  // The content has errors now (`path:line:col: error: …` lines; empty: none
  // any more). What is served stays as it was.
  void show_problems(std::vector<std::string> problems);

  // The bytes served for `url_path` ("/a/b/"), or nullopt (404). Public for tests.
  std::optional<std::string> lookup(const std::string& url_path) const;

 private:
  struct State;  // generation + problems, as the browser sees them
  std::string state_json() const;
  std::string with_live_reload(std::string html) const;
  void notify();

  std::unique_ptr<httplib::Server> server_;
  // Until the first publish_all or show_problems every page request gets a
  // 503 "bezig" page that reloads itself, never a 404.
  std::atomic<bool> first_build_done_ = false;
  std::thread thread_;
  int port_ = 0;

  mutable std::shared_mutex files_mutex_;
  std::shared_ptr<const base::OutputTree> tree_;
  std::map<std::string, std::optional<std::string>> overrides_;  // newer than tree_; nullopt = removed

  mutable std::mutex state_mutex_;
  std::condition_variable state_changed_;
  long generation_ = 0;
  std::vector<std::string> problems_;
  bool stopping_ = false;
  // Live-reload streams open now (shared with the streams' own cleanup).
  std::shared_ptr<std::atomic<int>> event_streams_ = std::make_shared<std::atomic<int>>(0);
};

// Content-Type for a served file, from its extension.
std::string content_type_for(const std::string& path);

// The output path for a request path: "/" → "index.html", "/a/" →
// "a/index.html", "/a.css" → "a.css". nullopt when the path is not one the
// preview serves (a `..` segment, a backslash, a NUL byte, not absolute).
std::optional<std::string> output_path_for(const std::string& url_path);

}  // namespace handboek::serve
