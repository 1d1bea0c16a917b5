// base/site_path: a relative path that cannot name anything outside its root.
#include "base/site_path.h"

#include <catch2/catch.hpp>

using handboek::base::SitePath;

namespace {

std::string parsed(std::string_view text) {
  const auto path = SitePath::parse(text);
  return path ? path->str() : "<refused>";
}

}  // namespace

TEST_CASE("a path is normalised to its shortest form", "[base][site_path]") {
  CHECK(parsed("a/./b//c/../d") == "a/b/d");
  CHECK(parsed("content/processen/") == "content/processen");
  CHECK(parsed("./content") == "content");
  CHECK(parsed("a/..") == "");
  CHECK(parsed("") == "");
}

TEST_CASE("a path that climbs above the root is refused", "[base][site_path]") {
  CHECK(parsed("..") == "<refused>");
  CHECK(parsed("../site.yaml") == "<refused>");
  CHECK(parsed("content/../../etc/passwd") == "<refused>");
  CHECK(parsed("a/../..") == "<refused>");
}

TEST_CASE("absolute paths backslashes and NUL bytes are refused", "[base][site_path]") {
  CHECK(parsed("/etc/passwd") == "<refused>");
  CHECK(parsed("content\\..\\..\\x") == "<refused>");
  CHECK(parsed(std::string_view("content/a\0b.md", 14)) == "<refused>");
}

TEST_CASE("filename extension stem and parent split the last segment", "[base][site_path]") {
  const SitePath path = *SitePath::parse("content/processen/mens-in-beeld.md");
  CHECK(path.filename() == "mens-in-beeld.md");
  CHECK(path.extension() == ".md");
  CHECK(path.stem() == "mens-in-beeld");
  CHECK(path.parent().str() == "content/processen");
  CHECK(path.parent().parent().parent().is_root());
  CHECK(SitePath().parent().is_root());
}

TEST_CASE("a dot file has no extension and a dotless name none either", "[base][site_path]") {
  CHECK(SitePath::parse("content/.hidden")->extension().empty());
  CHECK(SitePath::parse("content/.hidden")->stem() == ".hidden");
  CHECK(SitePath::parse("forms/README")->extension().empty());
  CHECK(SitePath::parse("a/b.tar.gz")->extension() == ".gz");
}

TEST_CASE("joining a relative path stays inside the root or fails", "[base][site_path]") {
  const SitePath folder = *SitePath::parse("content/processen");
  CHECK(folder.join("../begrippen/pip.md")->str() == "content/begrippen/pip.md");
  CHECK(folder.join("../../forms/pip.yaml")->str() == "forms/pip.yaml");
  CHECK_FALSE(folder.join("../../../x.md"));
  CHECK_FALSE(folder.join("/etc/passwd"));
  CHECK(SitePath().join("content")->str() == "content");
}

TEST_CASE("is_within compares whole segments", "[base][site_path]") {
  const SitePath content = *SitePath::parse("content");
  CHECK(SitePath::parse("content/a.md")->is_within(content));
  CHECK(content.is_within(content));
  CHECK_FALSE(SitePath::parse("content-old/a.md")->is_within(content));
  CHECK_FALSE(SitePath::parse("forms/a.yaml")->is_within(content));
  CHECK(SitePath::parse("forms/a.yaml")->is_within(SitePath()));
}

TEST_CASE("paths order like their text so output is sorted by path", "[base][site_path]") {
  CHECK(*SitePath::parse("content/a.md") < *SitePath::parse("content/b.md"));
  CHECK(*SitePath::parse("a/./b") == *SitePath::parse("a/b"));
}
