// serve/dev_server: which request paths map to which built file, and that
// nothing outside the built site can be named (the browser test requests
// them over HTTP too).
#include "serve/dev_server.h"

#include <catch2/catch.hpp>

namespace handboek::serve {
namespace {

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

}  // namespace
}  // namespace handboek::serve
