// serve/dev_server before its first build (issue 28): a browser opened at
// once gets a "bezig" page that reloads itself (503, Retry-After, a meta
// refresh and no script), never a 404; once the first build is published
// the page itself is served. Over real HTTP on 127.0.0.1.
#include <httplib.h>

#include <catch2/catch.hpp>

#include "serve/dev_server.h"

namespace handboek::serve {
namespace {

TEST_CASE("before the first build every page is a self-reloading 'bezig' page, then the page", "[serve][dev_server]") {
  DevServer server;
  REQUIRE(server.start(0).ok());
  httplib::Client client("127.0.0.1", server.port());
  for (const char* path : {"/", "/processen/intake/"}) {
    const auto waiting = client.Get(path);
    REQUIRE(waiting);
    CHECK(waiting->status == 503);
    CHECK(waiting->get_header_value("Retry-After") == "1");
    CHECK(waiting->body.find("<meta http-equiv=\"refresh\" content=\"1\">") != std::string::npos);
    CHECK(waiting->body.find("Bezig met bouwen") != std::string::npos);
    CHECK(waiting->body.find("<script") == std::string::npos);
  }

  auto tree = std::make_shared<base::OutputTree>();
  tree->add("index.html", "<html><body>welkom</body></html>");
  tree->add("processen/intake/index.html", "<html><body>intake</body></html>");
  server.publish_all(tree);
  const auto page = client.Get("/processen/intake/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("intake") != std::string::npos);
  const auto missing = client.Get("/bestaat-niet/");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  server.stop();
}

TEST_CASE("a first build with errors ends the waiting: the problems are shown, not 'bezig'", "[serve][dev_server]") {
  DevServer server;
  REQUIRE(server.start(0).ok());
  server.show_problems({"content/a.md:2:8: error: ongeldige YAML"});
  httplib::Client client("127.0.0.1", server.port());
  const auto response = client.Get("/");
  REQUIRE(response);
  CHECK(response->status == 404);
  CHECK(response->body.find("Nog geen voorbeeld") != std::string::npos);
  server.stop();
}

}  // namespace
}  // namespace handboek::serve
