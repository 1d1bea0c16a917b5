#include "load/design_tokens.h"

#include <array>
#include <cctype>
#include <vector>

namespace handboek::load {

namespace {

// CSS functions a token value may use: none of them loads anything.
constexpr std::array<std::string_view, 16> kFunctions = {"rgb", "rgba",  "hsl",       "hsla",      "hwb", "lab",
                                                         "lch", "oklab", "oklch",     "calc",      "var", "min",
                                                         "max", "clamp", "color-mix", "light-dark"};

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}

bool is_custom_property_name(std::string_view name) {
  if (name.size() < 3 || name.substr(0, 2) != "--") return false;
  for (const char c : name) {
    if (!is_name_char(c)) return false;
  }
  return true;
}

// Whether `value` is safe to publish: allowed characters only, balanced
// quotes without escapes, every function one of kFunctions.
bool is_safe_value(std::string_view value) {
  if (value.empty()) return false;
  char quote = 0;
  int depth = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (quote) {
      if (c == quote)
        quote = 0;
      else if (c == '\\' || c == '<' || c == '>' || c == '\n')
        return false;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '(') {
      size_t start = i;
      while (start > 0 && is_name_char(value[start - 1])) --start;
      const std::string_view function = value.substr(start, i - start);
      bool known = false;
      for (const std::string_view allowed : kFunctions) known = known || function == allowed;
      if (!known) return false;  // url(), image-set(), expression(), attr(), "(" alone
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return false;
    } else if (!is_name_char(c) && std::string_view(" \t#%.,+*/!").find(c) == std::string_view::npos) {
      return false;  // ; { } @ \ < > : and anything else
    }
  }
  return quote == 0 && depth == 0;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// Reads the file piece by piece, keeping track of the line for warnings.
class TokenReader {
 public:
  TokenReader(std::string_view css, const std::string& path, base::Diagnostics& diagnostics)
      : css_(without_comments(css)), path_(path), diagnostics_(diagnostics) {}

  std::string run() {
    while (true) {
      skip_space();
      if (pos_ >= css_.size()) break;
      const size_t start = pos_;
      const int line = line_;
      const size_t end = css_.find_first_of("{;", pos_);
      if (end == std::string::npos) {
        drop(line, "een regel zonder { … }");
        break;
      }
      const std::string_view prelude = trimmed(std::string_view(css_).substr(start, end - start));
      advance_to(end + 1);
      if (css_[end] == ';') {
        drop(line, prelude.substr(0, 1) == "@" ? "een @-regel" : "een declaratie buiten een regel");
        continue;
      }
      if (prelude.substr(0, 1) == "@") {
        drop(line, "een @-regel");
        skip_block();
        continue;
      }
      read_block();
    }
    if (kept_.empty()) return "";
    std::string out = ":root {\n";
    for (const std::string& declaration : kept_) out += "  " + declaration + ";\n";
    out += "}\n";
    return out;
  }

 private:
  // Comments become a space, newlines inside them kept (lines stay right).
  static std::string without_comments(std::string_view css) {
    std::string out;
    for (size_t i = 0; i < css.size(); ++i) {
      if (css.compare(i, 2, "/*") == 0) {
        const size_t end = css.find("*/", i + 2);
        const size_t stop = end == std::string_view::npos ? css.size() : end + 2;
        out += ' ';
        for (size_t j = i; j < stop; ++j) {
          if (css[j] == '\n') out += '\n';
        }
        i = stop - 1;
      } else {
        out += css[i];
      }
    }
    return out;
  }

  void advance_to(size_t to) {
    for (; pos_ < to && pos_ < css_.size(); ++pos_) line_ += css_[pos_] == '\n';
  }
  void skip_space() {
    while (pos_ < css_.size() && std::isspace(static_cast<unsigned char>(css_[pos_]))) advance_to(pos_ + 1);
  }
  // After a '{': to just past its '}', nested blocks included.
  void skip_block() {
    int depth = 1;
    while (pos_ < css_.size() && depth > 0) {
      depth += css_[pos_] == '{' ? 1 : css_[pos_] == '}' ? -1 : 0;
      advance_to(pos_ + 1);
    }
  }
  // The declarations of a plain rule, after its '{'.
  void read_block() {
    while (pos_ < css_.size()) {
      skip_space();
      const int line = line_;
      const size_t end = css_.find_first_of(";{}", pos_);
      if (end == std::string::npos) {
        advance_to(css_.size());
        return;
      }
      const std::string_view declaration = trimmed(std::string_view(css_).substr(pos_, end - pos_));
      advance_to(end + 1);
      if (css_[end] == '{') {
        drop(line, "een geneste regel");
        skip_block();
        continue;
      }
      if (!declaration.empty()) keep_or_drop(declaration, line);
      if (css_[end] == '}') return;
    }
  }

  void keep_or_drop(std::string_view declaration, int line) {
    const size_t colon = declaration.find(':');
    const std::string_view name = trimmed(declaration.substr(0, colon));
    if (colon == std::string_view::npos || !is_custom_property_name(name)) {
      drop(line, "'" + std::string(name.substr(0, 40)) + "' is geen custom property (--naam)");
      return;
    }
    const std::string_view value = trimmed(declaration.substr(colon + 1));
    if (!is_safe_value(value)) {
      drop(line, "de waarde van " + std::string(name) +
                     " (alleen kleuren, maten, namen en rgb(), calc(), var() en dergelijke; geen url() of @import)");
      return;
    }
    kept_.push_back(std::string(name) + ": " + std::string(value));
  }

  void drop(int line, const std::string& what) {
    diagnostics_.warning(path_, line, 0, "uit het tokens-bestand weggelaten: " + what);
  }

  const std::string css_;
  const std::string& path_;
  base::Diagnostics& diagnostics_;
  size_t pos_ = 0;
  int line_ = 1;
  std::vector<std::string> kept_;
};

}  // namespace

std::string design_tokens_css(std::string_view css, const std::string& path, base::Diagnostics& diagnostics) {
  return TokenReader(css, path, diagnostics).run();
}

}  // namespace handboek::load
