#include "render/asset_hasher.h"

#include "base/content_hash.h"

namespace handboek::render {

AssetMap AssetMap::load(const source::Source& source, const std::string& theme, base::Diagnostics& diagnostics) {
  AssetMap map;
  const auto folder = base::SitePath::parse("themes/" + theme + "/assets");
  for (const source::DirEntry& entry : source.list_dir(*folder)) {
    if (entry.is_dir || entry.name.front() == '.') continue;
    const auto path = folder->join(entry.name);
    auto bytes = source.read_file(*path);
    if (!bytes) {
      diagnostics.error(path->str(), 0, 0, "kan dit bestand van het thema niet lezen");
      continue;
    }
    const std::string stem = path->stem();
    const std::string hashed = "assets/" + stem + "." + base::content_hash(*bytes).substr(0, 10) + path->extension();
    map.assets_[entry.name] = Asset{hashed, std::move(*bytes)};
  }
  return map;
}

std::string AssetMap::url(const std::string& name) const {
  const auto it = assets_.find(name);
  return it == assets_.end() ? "" : "/" + it->second.hashed_path;
}

void AssetMap::add(const std::string& name, std::string bytes) {
  const auto path = base::SitePath::parse(name);
  const std::string hashed =
      "assets/" + path->stem() + "." + base::content_hash(bytes).substr(0, 10) + path->extension();
  assets_[name] = {hashed, std::move(bytes)};
}

void AssetMap::write_to(base::OutputTree& tree) const {
  for (const auto& [name, asset] : assets_) tree.add(asset.hashed_path, asset.bytes);
}

}  // namespace handboek::render
