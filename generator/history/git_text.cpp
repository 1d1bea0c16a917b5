#include "history/git_text.h"

namespace handboek::history {

namespace {

// The length of the UTF-8 sequence starting with `lead`, 0 when it is no lead byte.
size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return lead >= 0xC2 ? 2 : 0;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return lead <= 0xF4 ? 4 : 0;
  return 0;
}

// The code point of a complete sequence, or -1 when it is malformed.
long decode(std::string_view bytes) {
  const auto lead = static_cast<unsigned char>(bytes[0]);
  if (bytes.size() == 1) return lead;
  long point = lead & (0x7F >> bytes.size());
  for (size_t i = 1; i < bytes.size(); ++i) {
    const auto next = static_cast<unsigned char>(bytes[i]);
    if ((next & 0xC0) != 0x80) return -1;
    point = (point << 6) | (next & 0x3F);
  }
  static constexpr long kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (point < kSmallest[bytes.size()] || (point >= 0xD800 && point <= 0xDFFF) || point > 0x10FFFF) return -1;
  return point;
}

bool is_hidden(long point) {
  return point < 0x20 || point == 0x7F || (point >= 0x80 && point < 0xA0) || (point >= 0x202A && point <= 0x202E) ||
         (point >= 0x2066 && point <= 0x2069) || point == 0x200E || point == 0x200F || point == 0x061C;
}

}  // namespace

std::string clean_git_text(std::string_view text, size_t limit) {
  std::string clean;
  size_t characters = 0;
  for (size_t at = 0; at < text.size();) {
    size_t length = sequence_length(static_cast<unsigned char>(text[at]));
    long point = -1;
    if (length != 0 && at + length <= text.size()) point = decode(text.substr(at, length));
    if (point < 0) length = 1;  // one bad byte at a time
    at += length;
    if (point >= 0 && is_hidden(point)) {
      if (point == '\t' || point == '\n' || point == '\r')
        point = ' ';  // a line break in a subject: a space
      else
        continue;
    }
    if (characters == limit) {
      clean += "…";
      return clean;
    }
    ++characters;
    if (point < 0) {
      clean += "\xEF\xBF\xBD";  // U+FFFD
    } else if (point == ' ') {
      clean += ' ';
    } else {
      clean.append(text.substr(at - length, length));
    }
  }
  return clean;
}

}  // namespace handboek::history
