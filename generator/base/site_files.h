// The names of the files and folders of a handbook repository that the
// generator reads or writes, spelled once (docs/content.md describes them).
#pragma once

namespace handboek::base {

inline constexpr const char* kSiteYaml = "site.yaml";         // the site's settings
inline constexpr const char* kThemesDir = "themes";           // themes/<name>/{templates,assets}/
inline constexpr const char* kWordList = "woordenlijst.txt";  // the site's own words for the spelling check
inline constexpr const char* kCacheDir = ".handboek-cache";   // the build cache (docs/performance.md)
inline constexpr const char* kOutputDir = "public";           // the default output folder

}  // namespace handboek::base
