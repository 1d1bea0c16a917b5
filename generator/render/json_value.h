// JsonValue: a small JSON document builder for the files the renderer
// publishes (form schemas). Objects keep their keys in insertion order, so
// the output is deterministic; dump() pretty-prints with two spaces.
// No parsing: the generator only writes JSON.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace handboek::render {

class JsonValue {
 public:
  using Array = std::vector<JsonValue>;
  using Object = std::vector<std::pair<std::string, JsonValue>>;

  JsonValue() : value_(nullptr) {}  // null
  JsonValue(std::nullptr_t) : value_(nullptr) {}
  JsonValue(bool value) : value_(value) {}
  JsonValue(int value) : value_(static_cast<long long>(value)) {}
  JsonValue(long long value) : value_(value) {}
  JsonValue(const char* value) : value_(std::string(value)) {}
  JsonValue(std::string value) : value_(std::move(value)) {}
  JsonValue(Array value) : value_(std::move(value)) {}
  JsonValue(Object value) : value_(std::move(value)) {}

  static JsonValue object() { return JsonValue(Object{}); }
  static JsonValue array() { return JsonValue(Array{}); }

  // Appends `key` to an object (REQUIRES: this is an object; keys unique).
  JsonValue& set(std::string key, JsonValue value);
  // Appends every key of `other` (REQUIRES: both are objects).
  JsonValue& merge(JsonValue other);
  // Appends to an array (REQUIRES: this is an array).
  JsonValue& push(JsonValue value);

  std::string dump() const;

 private:
  void write(std::string& out, int indent) const;

  std::variant<std::nullptr_t, bool, long long, std::string, Array, Object> value_;
};

// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

}  // namespace handboek::render
