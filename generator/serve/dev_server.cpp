#include "serve/dev_server.h"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "base/site_path.h"
#include "serve/live_reload_script.h"

namespace handboek::serve {

namespace {

constexpr auto kKeepAlive = std::chrono::seconds(10);  // an SSE comment, so a closed tab is noticed

// Each connection holds one of kWorkers threads while it is read and
// answered (cpp-httplib has no asynchronous responses). Live-reload streams
// stay open as long as their tab, so at most kMaxEventStreams of them are
// served (more get 503 and the page polls instead), and a request must
// arrive at kReadTimeout per read: open tabs and slow clients can never
// take the threads the pages need.
constexpr size_t kWorkers = 32;
constexpr int kMaxEventStreams = 16;
constexpr auto kReadTimeout = std::chrono::seconds(2);

// Only requests addressed to the preview itself are answered: a web page
// on another host that resolves its name to 127.0.0.1 (DNS rebinding) sends
// its own Host, and gets 421, never a draft.
bool is_own_host(const std::string& host, int port) {
  const std::string suffix = ":" + std::to_string(port);
  return host == "127.0.0.1" + suffix || host == "localhost" + suffix;
}

// Shown when nothing good has been built yet (the first build had errors).
constexpr const char* kNothingYet =
    "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Nog geen voorbeeld</title></head>"
    "<body><h1>Nog geen voorbeeld</h1><p>De inhoud heeft fouten; zodra die zijn opgelost verschijnt hier de "
    "site.</p></body></html>";

// Shown while the first build runs: a browser opened at once waits here
// (a meta refresh, no script) instead of getting a 404 for a page that is
// about to exist.
constexpr const char* kBusy =
    "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"1\">"
    "<title>Bezig</title></head><body><h1>Bezig met bouwen</h1><p>Het voorbeeld verschijnt zo; deze pagina "
    "laadt vanzelf opnieuw.</p></body></html>";

}  // namespace

std::string content_type_for(const std::string& path) {
  static const std::map<std::string, std::string> kTypes = {{".html", "text/html; charset=utf-8"},
                                                            {".css", "text/css; charset=utf-8"},
                                                            {".js", "text/javascript; charset=utf-8"},
                                                            {".mjs", "text/javascript; charset=utf-8"},
                                                            {".json", "application/json"},
                                                            {".webmanifest", "application/manifest+json"},
                                                            {".xml", "application/xml"},
                                                            {".svg", "image/svg+xml"},
                                                            {".png", "image/png"},
                                                            {".jpg", "image/jpeg"},
                                                            {".jpeg", "image/jpeg"},
                                                            {".gif", "image/gif"},
                                                            {".webp", "image/webp"},
                                                            {".ico", "image/x-icon"},
                                                            {".pdf", "application/pdf"},
                                                            {".txt", "text/plain; charset=utf-8"},
                                                            {".woff2", "font/woff2"},
                                                            {".woff", "font/woff"}};
  const size_t dot = path.rfind('.');
  const size_t slash = path.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "application/octet-stream";
  const auto found = kTypes.find(path.substr(dot));
  return found == kTypes.end() ? "application/octet-stream" : found->second;
}

std::optional<std::string> output_path_for(const std::string& url_path) {
  if (url_path.empty() || url_path.front() != '/') return std::nullopt;
  if (url_path.find('\\') != std::string::npos || url_path.find('\0') != std::string::npos) return std::nullopt;
  // Any ".." segment is refused, even one that would stay inside the site:
  // nothing the generator writes is reached that way.
  for (size_t start = 1; start <= url_path.size();) {
    const size_t end = std::min(url_path.find('/', start), url_path.size());
    if (url_path.compare(start, end - start, "..") == 0) return std::nullopt;
    start = end + 1;
  }
  std::string relative = url_path.substr(1);
  if (relative.empty() || relative.back() == '/') relative += "index.html";
  const auto parsed = base::SitePath::parse(relative);
  if (!parsed || parsed->str() != relative) return std::nullopt;  // "a//b", "./a": not a generated path
  return relative;
}

DevServer::DevServer() : server_(std::make_unique<httplib::Server>()) {
  server_->Get("/__handboek/live.js", [](const httplib::Request&, httplib::Response& response) {
    response.set_header("Cache-Control", "no-store");
    response.set_content(kLiveReloadScript, "text/javascript; charset=utf-8");
  });
  server_->new_task_queue = [] { return new httplib::ThreadPool(kWorkers); };
  server_->set_read_timeout(kReadTimeout);
  server_->set_keep_alive_timeout(2);
  server_->set_pre_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
    if (is_own_host(request.get_header_value("Host"), port_)) return httplib::Server::HandlerResponse::Unhandled;
    response.status = 421;
    response.set_content("Dit voorbeeld antwoordt alleen op 127.0.0.1 en localhost.\n", "text/plain; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  });
  server_->Get("/__handboek/events", [this](const httplib::Request&, httplib::Response& response) {
    response.set_header("Cache-Control", "no-store");
    if (event_streams_->fetch_add(1) >= kMaxEventStreams) {
      event_streams_->fetch_sub(1);
      response.status = 503;
      response.set_header("Retry-After", "10");
      return;
    }
    // Counted until the stream ends (the tab closes or the server stops).
    auto slot = std::shared_ptr<void>(nullptr, [streams = event_streams_](void*) { streams->fetch_sub(1); });
    auto sent = std::make_shared<std::string>();  // the last state this browser got
    response.set_chunked_content_provider("text/event-stream", [this, sent, slot](size_t, httplib::DataSink& sink) {
      std::unique_lock lock(state_mutex_);
      state_changed_.wait_for(lock, kKeepAlive, [&] { return stopping_ || state_json() != *sent; });
      if (stopping_) return false;
      const std::string state = state_json();
      lock.unlock();
      if (state == *sent) return sink.write(": nog hier\n\n", 12);  // keep-alive comment
      *sent = state;
      const std::string event = "event: state\ndata: " + state + "\n\n";
      return sink.write(event.data(), event.size());
    });
  });
  server_->Get(".*", [this](const httplib::Request& request, httplib::Response& response) {
    response.set_header("Cache-Control", "no-store");
    // httplib has decoded %-escapes in request.path, so "%2e%2e" arrives as "..".
    const std::string& path = request.path;
    if (!first_build_done_) {
      response.status = 503;
      response.set_header("Retry-After", "1");
      response.set_content(kBusy, "text/html; charset=utf-8");
      return;
    }
    if (auto bytes = lookup(path)) {
      const std::string type = content_type_for(*output_path_for(path));
      response.set_content(type.rfind("text/html", 0) == 0 ? with_live_reload(std::move(*bytes)) : std::move(*bytes),
                           type);
      return;
    }
    // "/a/b" of a page "/a/b/": redirect, as static hosts do.
    if (path.back() != '/' && lookup(path + "/")) {
      response.set_redirect(path + "/", 301);
      return;
    }
    response.status = 404;
    const auto not_found = lookup("/404.html");
    response.set_content(with_live_reload(not_found ? *not_found : kNothingYet), "text/html; charset=utf-8");
  });
}

DevServer::~DevServer() {
  stop();
}

base::Status DevServer::start(int port) {
  // 127.0.0.1 only: a preview of unpublished work is never on the network.
  errno = 0;
  if (port == 0) {
    port_ = server_->bind_to_any_port("127.0.0.1");
    if (port_ < 0) return base::Status::io_error("kan niet luisteren op 127.0.0.1", errno ? errno : EADDRINUSE);
  } else {
    if (!server_->bind_to_port("127.0.0.1", port)) {
      return base::Status::io_error("kan niet luisteren op 127.0.0.1:" + std::to_string(port),
                                    errno ? errno : EADDRINUSE);
    }
    port_ = port;
  }
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  return {};
}

void DevServer::stop() {
  {
    const std::lock_guard lock(state_mutex_);
    stopping_ = true;
  }
  state_changed_.notify_all();
  if (thread_.joinable()) {
    server_->stop();
    thread_.join();
  }
}

std::optional<std::string> DevServer::lookup(const std::string& url_path) const {
  const auto relative = output_path_for(url_path);
  if (!relative) return std::nullopt;
  const std::shared_lock lock(files_mutex_);
  if (const auto found = overrides_.find(*relative); found != overrides_.end()) return found->second;
  if (tree_) {
    if (const std::string* bytes = tree_->find(*relative)) return *bytes;
  }
  return std::nullopt;
}

void DevServer::publish_all(std::shared_ptr<const base::OutputTree> tree) {
  {
    const std::unique_lock lock(files_mutex_);
    tree_ = std::move(tree);
    overrides_.clear();
  }
  first_build_done_ = true;
  notify();
}

void DevServer::publish_files(std::vector<std::pair<std::string, std::string>> files,
                              const std::vector<std::string>& removed) {
  {
    const std::unique_lock lock(files_mutex_);
    for (auto& [path, bytes] : files) overrides_[path] = std::move(bytes);
    for (const std::string& path : removed) overrides_[path] = std::nullopt;
  }
  notify();
}

void DevServer::notify() {
  {
    const std::lock_guard lock(state_mutex_);
    ++generation_;
    problems_.clear();
  }
  state_changed_.notify_all();
}

void DevServer::show_problems(std::vector<std::string> problems) {
  {
    const std::lock_guard lock(state_mutex_);
    problems_ = std::move(problems);
  }
  first_build_done_ = true;
  state_changed_.notify_all();
}

// REQUIRES: state_mutex_ is held.
std::string DevServer::state_json() const {
  return nlohmann::json{{"generatie", generation_}, {"fouten", problems_}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string DevServer::with_live_reload(std::string html) const {
  long generation;
  {
    const std::lock_guard lock(state_mutex_);
    generation = generation_;
  }
  const std::string tag =
      "<script src=\"/__handboek/live.js\" data-generatie=\"" + std::to_string(generation) + "\"></script>";
  const size_t body_end = html.rfind("</body>");
  html.insert(body_end == std::string::npos ? html.size() : body_end, tag);
  return html;
}

}  // namespace handboek::serve
