// render/offline_files: the precache list of each version's service worker —
// deterministic, only that version's files (plus the shared theme assets),
// capped — and the web app manifest.
#include "render/offline_files.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "model_fixture.h"

using handboek::base::OutputTree;
using handboek::render::precache_list;
using handboek::render::PrecacheLimits;

namespace {

// A site of three versions as the renderer leaves it.
OutputTree three_versions() {
  OutputTree tree;
  for (const std::string& version : {std::string(""), std::string("versies/2019.2/"), std::string("concept/")}) {
    tree.add(version + "index.html", "<h1>Home " + version + "</h1>");
    tree.add(version + "processen/intake/index.html", "<h1>Intake " + version + "</h1>");
    tree.add(version + "formulieren/pip/index.html", "<form>PIP</form>");
    tree.add(version + "formulieren/pip/schema.json", "{\"title\": \"PIP\"}");
    tree.add(version + "offline.html", "<h1>Niet offline</h1>");
    tree.add(version + "sw.js", "// the worker itself");
  }
  tree.add("versies/index.html", "<h1>Versies</h1>");
  tree.add("assets/handboek.0123456789abcdef.css", "body{}");
  tree.add("assets/handboek.fedcba9876543210.js", "void 0;");
  tree.add("404.html", "<h1>404</h1>");
  tree.add("sitemap.xml", "<urlset/>");
  tree.add("manifest.webmanifest", "{}");
  return tree;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("the root worker lists the root's pages, forms and assets and nothing of other versions", "[offline]") {
  // Not even the list of versions: it changes with every release, the root's own files do not.
  const auto precache = precache_list(three_versions(), "/");
  CHECK(precache.urls == std::vector<std::string>{"./", "assets/handboek.0123456789abcdef.css",
                                                  "assets/handboek.fedcba9876543210.js", "formulieren/pip/",
                                                  "formulieren/pip/schema.json", "offline.html", "processen/intake/"});
  CHECK(precache.left_out.empty());
}

TEST_CASE("an old version's worker lists its own pages and reaches the shared assets with ../", "[offline]") {
  const auto precache = precache_list(three_versions(), "/versies/2019.2/");
  CHECK(precache.urls == std::vector<std::string>{"../../assets/handboek.0123456789abcdef.css",
                                                  "../../assets/handboek.fedcba9876543210.js", "./", "formulieren/pip/",
                                                  "formulieren/pip/schema.json", "offline.html", "processen/intake/"});
  const auto concept_list = precache_list(three_versions(), "/concept/");
  CHECK(has(concept_list.urls, "processen/intake/"));
  CHECK_FALSE(has(concept_list.urls, "../versies/"));
  CHECK(concept_list.total_bytes ==
        precache.total_bytes + std::string("concept/").size() * 2 - std::string("versies/2019.2/").size() * 2);
}

TEST_CASE("the precache list and its version are deterministic and follow the content", "[offline]") {
  const auto first = precache_list(three_versions(), "/");
  const auto second = precache_list(three_versions(), "/");
  CHECK(first.urls == second.urls);
  CHECK(first.version == second.version);
  CHECK(first.version.size() == 16);
  CHECK(std::is_sorted(first.urls.begin(), first.urls.end()));

  OutputTree changed = three_versions();
  changed.add("processen/intake/index.html", "<h1>Intake, herzien</h1>");
  CHECK(precache_list(changed, "/").version != first.version);
  // A change in another version is not this version's news.
  OutputTree other = three_versions();
  other.add("versies/2019.2/processen/intake/index.html", "<h1>Anders</h1>");
  CHECK(precache_list(other, "/").version == first.version);
  // Nor is a new release in the list of versions: the root's worker stays the same.
  OutputTree listed = three_versions();
  listed.add("versies/index.html", "<h1>Versies</h1><p>2021.1</p>");
  listed.add("versies/versies.json", "{\"versions\": []}");
  CHECK(precache_list(listed, "/").version == first.version);
}

TEST_CASE("a file over the size limit is left out; the total stops at its limit, most needed files first",
          "[offline]") {
  OutputTree tree = three_versions();
  tree.add("bijlagen/groot.pdf", std::string(2000, 'x'));
  tree.add("bijlagen/klein.png", std::string(100, 'x'));

  const auto per_file = precache_list(tree, "/", PrecacheLimits{1000, 1000000});
  CHECK(per_file.left_out == std::vector<std::string>{"bijlagen/groot.pdf"});
  CHECK(has(per_file.urls, "bijlagen/klein.png"));

  // Room for the assets, the offline page and the pages, not for the rest.
  const auto all = precache_list(tree, "/", PrecacheLimits{1000, 1000000});
  const size_t pages_and_assets = all.total_bytes - 100 - std::string("{\"title\": \"PIP\"}").size();
  const auto capped = precache_list(tree, "/", PrecacheLimits{1000, pages_and_assets});
  CHECK(capped.total_bytes <= pages_and_assets);
  CHECK(has(capped.urls, "assets/handboek.0123456789abcdef.css"));
  CHECK(has(capped.urls, "offline.html"));
  CHECK(has(capped.urls, "processen/intake/"));
  CHECK_FALSE(has(capped.urls, "formulieren/pip/schema.json"));
  CHECK_FALSE(has(capped.urls, "bijlagen/klein.png"));
  CHECK(capped.left_out ==
        std::vector<std::string>{"bijlagen/groot.pdf", "bijlagen/klein.png", "formulieren/pip/schema.json"});
}

TEST_CASE("the manifest names the site, speaks Dutch and starts at the site root", "[offline]") {
  handboek::config::SiteConfig config;
  config.title = "Zo doen wij het hier";
  const handboek::render::AssetMap no_assets;
  const std::string manifest =
      handboek::render::render_manifest(config, no_assets, handboek::testing::default_templates().strings());
  CHECK(manifest.find("\"name\": \"Zo doen wij het hier\"") != std::string::npos);
  CHECK(manifest.find("\"lang\": \"nl\"") != std::string::npos);
  CHECK(manifest.find("\"start_url\": \"./\"") != std::string::npos);
  CHECK(manifest.find("\"display\": \"standalone\"") != std::string::npos);
}

TEST_CASE("a list made from written files reads back only what it lists, and equals the tree's", "[offline]") {
  const OutputTree tree = three_versions();
  handboek::render::WrittenFiles files;
  for (const auto& [path, bytes] : tree.files()) files.sizes.emplace(path, bytes.size());
  std::vector<std::string> read;
  files.bytes_of = [&](const std::string& path) {
    read.push_back(path);
    return *tree.find(path);
  };
  const PrecacheLimits small{64, 1024};
  const auto from_files = precache_list(files, "/versies/2019.2/", small);
  const auto from_tree = precache_list(tree, "/versies/2019.2/", small);
  CHECK(from_files.urls == from_tree.urls);
  CHECK(from_files.version == from_tree.version);
  CHECK(from_files.left_out == from_tree.left_out);
  // Each listed file once; nothing left out, nothing of another version.
  CHECK(read.size() == from_files.urls.size());
  for (const std::string& path : read) {
    CHECK((path.rfind("versies/2019.2/", 0) == 0 || path.rfind("assets/", 0) == 0));
  }
}
