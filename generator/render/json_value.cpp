#include "render/json_value.h"

namespace handboek::render {

std::string json_quote(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (byte < 0x20) {
          out += "\\u00";
          out += kHex[byte >> 4];
          out += kHex[byte & 0xF];
        } else {
          out += c;  // UTF-8 passes through; the loader checked it is valid
        }
    }
  }
  return out + "\"";
}

JsonValue& JsonValue::set(std::string key, JsonValue value) {
  std::get<Object>(value_).emplace_back(std::move(key), std::move(value));
  return *this;
}

JsonValue& JsonValue::merge(JsonValue other) {
  for (auto& [key, value] : std::get<Object>(other.value_)) set(std::move(key), std::move(value));
  return *this;
}

JsonValue& JsonValue::push(JsonValue value) {
  std::get<Array>(value_).push_back(std::move(value));
  return *this;
}

std::string JsonValue::dump() const {
  std::string out;
  write(out, 0);
  return out + "\n";
}

void JsonValue::write(std::string& out, int indent) const {
  const std::string inner(static_cast<size_t>(indent + 2), ' ');
  const std::string outer(static_cast<size_t>(indent), ' ');
  if (std::holds_alternative<std::nullptr_t>(value_)) {
    out += "null";
  } else if (const bool* b = std::get_if<bool>(&value_)) {
    out += *b ? "true" : "false";
  } else if (const long long* n = std::get_if<long long>(&value_)) {
    out += std::to_string(*n);
  } else if (const std::string* s = std::get_if<std::string>(&value_)) {
    out += json_quote(*s);
  } else if (const Array* array = std::get_if<Array>(&value_)) {
    if (array->empty()) {
      out += "[]";
      return;
    }
    out += "[\n";
    for (size_t i = 0; i < array->size(); ++i) {
      out += inner;
      (*array)[i].write(out, indent + 2);
      out += i + 1 < array->size() ? ",\n" : "\n";
    }
    out += outer + "]";
  } else {
    const Object& object = std::get<Object>(value_);
    if (object.empty()) {
      out += "{}";
      return;
    }
    out += "{\n";
    for (size_t i = 0; i < object.size(); ++i) {
      out += inner + json_quote(object[i].first) + ": ";
      object[i].second.write(out, indent + 2);
      out += i + 1 < object.size() ? ",\n" : "\n";
    }
    out += outer + "}";
  }
}

}  // namespace handboek::render
