#include "built_fixture.h"

#include <memory>
#include <mutex>
#include <stdexcept>

namespace handboek::testing {

const std::string& BuiltSite::file(const std::string& path) const {
  const auto found = files.find(path);
  if (found == files.end()) throw std::runtime_error("not built: " + path);
  return found->second;
}

std::string BuiltSite::main(const std::string& path) const {
  const std::string& page = file(path);
  const size_t start = page.find("<main");
  const size_t end = page.find("</main>");
  return start == std::string::npos ? page : page.substr(start, end - start);
}

const BuiltSite& built_fixture(std::string_view name) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<BuiltSite>, std::less<>> built;
  const std::lock_guard lock(mutex);
  if (const auto found = built.find(name); found != built.end()) return *found->second;
  auto site = std::make_unique<BuiltSite>(BuiltSite{TempSite::from_fixture(std::string(name)), {}, {}});
  site->run = run_handboek({"build", site->site.root().string(), "-o", site->site.beside("out").string(), "--quiet"});
  if (site->run.exit_code == 0) site->files = read_tree(site->site.beside("out"));
  return *built.emplace(std::string(name), std::move(site)).first->second;
}

}  // namespace handboek::testing
