#include "base/text.h"

#include <array>
#include <cstdint>

namespace handboek::base {

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string compact_lower(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) > ' ') out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

// Folds the two-byte Latin-1 supplement letters (U+00C0–U+00FF) that Dutch
// and its loanwords use to their ASCII base letter; 0 when there is none.
char fold_latin1(uint32_t code_point) {
  static constexpr std::string_view kFolded =
      "aaaaaaaceeeeiiii"   // U+00C0..U+00CF  (Æ → a, Ç → c)
      "dnooooo ouuuuy  "   // U+00D0..U+00DF
      "aaaaaaaceeeeiiii"   // U+00E0..U+00EF
      "dnooooo ouuuuy y";  // U+00F0..U+00FF
  if (code_point < 0xC0 || code_point > 0xFF) return 0;
  const char folded = kFolded[code_point - 0xC0];
  return folded == ' ' ? 0 : folded;
}

}  // namespace

std::string slugify(std::string_view text) {
  std::string out;
  bool pending_dash = false;
  auto emit = [&](char c) {
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += c;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) {
      emit(static_cast<char>(byte));
    } else if (byte >= 'A' && byte <= 'Z') {
      emit(static_cast<char>(byte - 'A' + 'a'));
    } else if ((byte == 0xC3) && i + 1 < text.size()) {
      const uint32_t code_point = 0xC0 + (static_cast<unsigned char>(text[i + 1]) - 0x80);
      ++i;
      if (const char folded = fold_latin1(code_point)) {
        emit(folded);
      } else {
        pending_dash = true;
      }
    } else {
      pending_dash = true;
    }
  }
  return out.empty() ? "sectie" : out;
}

size_t first_invalid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t length = 0;
    uint32_t minimum = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      length = 2, minimum = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3, minimum = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4, minimum = 0x10000;
    } else {
      return i;
    }
    if (i + length > text.size()) return i;
    uint32_t code_point = c & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) {
      const auto continuation = static_cast<unsigned char>(text[i + k]);
      if ((continuation & 0xC0) != 0x80) return i;
      code_point = (code_point << 6) | (continuation & 0x3F);
    }
    if (code_point < minimum || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view text) {
  return first_invalid_utf8(text) == std::string_view::npos;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::string readable_name(std::string_view name) {
  std::string spaced(name);
  for (char& c : spaced) {
    if (c == '-' || c == '_') c = ' ';
  }
  std::string readable = collapse_whitespace(spaced);
  if (!readable.empty() && readable[0] >= 'a' && readable[0] <= 'z')
    readable[0] = static_cast<char>(readable[0] - 'a' + 'A');
  return readable;
}

bool is_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool is_slug(std::string_view text, bool nested) {
  bool word_started = false;  // false at the start and after a separator
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word_started = true;
    } else if (c == '-' || (nested && c == '/')) {
      if (!word_started) return false;
      word_started = false;
    } else {
      return false;
    }
  }
  return word_started;
}

}  // namespace handboek::base
