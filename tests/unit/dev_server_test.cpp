// serve/dev_server: which request paths map to which built file, and that
// nothing outside the built site can be named (the browser test requests
// them over HTTP too).
#include "serve/dev_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>

namespace handboek::serve {
namespace {

// A connection to the preview on 127.0.0.1, closed when it goes out of scope.
class Connection {
 public:
  explicit Connection(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    timeval timeout{10, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  }
  ~Connection() { ::close(fd_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  bool send(const std::string& text) const {
    return connected_ && ::send(fd_, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
  }
  // The first line of the answer ("HTTP/1.1 200 OK"), "" when the server closed without one.
  std::string status_line() const {
    std::string received;
    char c = 0;
    while (::recv(fd_, &c, 1, 0) == 1 && c != '\r') received += c;
    return received;
  }

 private:
  int fd_;
  bool connected_ = false;
};

std::string request(const std::string& path, const std::string& host) {
  return "GET " + path + " HTTP/1.1\r\n" + (host.empty() ? "" : "Host: " + host + "\r\n") + "\r\n";
}

std::string status_for(int port, const std::string& path, const std::string& host) {
  const Connection connection(port);
  connection.send(request(path, host));
  return connection.status_line();
}

TEST_CASE("request paths map to the files the generator writes", "[serve][dev_server]") {
  CHECK(output_path_for("/") == "index.html");
  CHECK(output_path_for("/processen/mens-in-beeld/") == "processen/mens-in-beeld/index.html");
  CHECK(output_path_for("/assets/handboek.0a1b2c3d.css") == "assets/handboek.0a1b2c3d.css");
}

TEST_CASE("a path with a parent segment or another trick is never served", "[serve][dev_server]") {
  for (const char* path : {"/../site.yaml", "/a/../../etc/passwd", "/..", "/processen/../index.html", "/a\\..\\b",
                           "relative", "", "/a//b", "/./index.html"}) {
    INFO(path);
    CHECK_FALSE(output_path_for(path));
  }
  CHECK_FALSE(output_path_for(std::string("/index.html\0.css", 16)));
}

TEST_CASE("the server serves published files from memory, newest first", "[serve][dev_server]") {
  DevServer server;
  auto tree = std::make_shared<base::OutputTree>();
  tree->add("index.html", "<html><body>oud</body></html>");
  tree->add("a/index.html", "a");
  server.publish_all(tree);
  CHECK(server.lookup("/") == "<html><body>oud</body></html>");
  server.publish_files({{"index.html", "nieuw"}}, {"a/index.html"});
  CHECK(server.lookup("/") == "nieuw");
  CHECK_FALSE(server.lookup("/a/"));
  CHECK_FALSE(server.lookup("/../index.html"));
}

TEST_CASE("content types come from the extension", "[serve][dev_server]") {
  CHECK(content_type_for("index.html") == "text/html; charset=utf-8");
  CHECK(content_type_for("assets/x.css") == "text/css; charset=utf-8");
  CHECK(content_type_for("trainingen/a.pdf") == "application/pdf");
  CHECK(content_type_for("a.b/geen-extensie") == "application/octet-stream");
}

TEST_CASE("the preview answers only requests addressed to 127.0.0.1 or localhost (DNS rebinding)",
          "[serve][dev_server]") {
  DevServer server;
  auto tree = std::make_shared<base::OutputTree>();
  tree->add("index.html", "<html><body>concept</body></html>");
  server.publish_all(tree);
  REQUIRE(server.start(0).ok());
  const std::string port = std::to_string(server.port());
  CHECK(status_for(server.port(), "/", "127.0.0.1:" + port) == "HTTP/1.1 200 OK");
  CHECK(status_for(server.port(), "/", "localhost:" + port) == "HTTP/1.1 200 OK");
  for (const std::string& host :
       std::vector<std::string>{"aanvaller.example:" + port, "aanvaller.example", "127.0.0.1", "localhost:1",
                                "127.0.0.1:" + port + ".aanvaller.example", std::string()}) {
    INFO(host);
    CHECK(status_for(server.port(), "/", host) == "HTTP/1.1 421 Misdirected Request");
  }
}

TEST_CASE("open live-reload streams and slow clients never stall the pages", "[serve][dev_server]") {
  DevServer server;
  auto tree = std::make_shared<base::OutputTree>();
  tree->add("index.html", "<html><body>concept</body></html>");
  server.publish_all(tree);
  REQUIRE(server.start(0).ok());
  const std::string host = "127.0.0.1:" + std::to_string(server.port());
  std::vector<std::unique_ptr<Connection>> streams;
  for (int tab = 0; tab < 16; ++tab) {
    streams.push_back(std::make_unique<Connection>(server.port()));
    streams.back()->send(request("/__handboek/events", host));
    CHECK(streams.back()->status_line() == "HTTP/1.1 200 OK");
  }
  CHECK(status_for(server.port(), "/__handboek/events", host) == "HTTP/1.1 503 Service Unavailable");
  // Slow clients: a request begun and never finished.
  std::vector<std::unique_ptr<Connection>> slow;
  for (int client = 0; client < 20; ++client) {
    slow.push_back(std::make_unique<Connection>(server.port()));
    slow.back()->send("GET / HT");
  }
  const auto start = std::chrono::steady_clock::now();
  CHECK(status_for(server.port(), "/", host) == "HTTP/1.1 200 OK");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(4));
  // A slow client is cut off after the read deadline.
  CHECK(slow.front()->status_line().empty());
  streams.clear();  // tabs closed: their places are free again (noticed at the next keep-alive write)
}

}  // namespace
}  // namespace handboek::serve
