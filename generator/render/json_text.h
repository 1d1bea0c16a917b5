// The JSON files and snippets the renderer publishes (form schemas, the web
// manifest, the service worker's lists) are nlohmann-json documents with
// their keys in insertion order, so the output is deterministic and reads in
// the order it was built.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace handboek::render {

using Json = nlohmann::ordered_json;

// `value` pretty-printed with two spaces, no trailing newline. UTF-8 passes
// through (the loader checked it); invalid bytes would be replaced, never
// thrown.
inline std::string json_text(const Json& value) {
  return value.dump(2, ' ', false, Json::error_handler_t::replace);
}

}  // namespace handboek::render
