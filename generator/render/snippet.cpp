#include "render/snippet.h"

#include "base/text.h"

namespace handboek::render {

namespace {

// Key i's marker: control characters no text holds, around an `&` that
// tells whether the partial escaped the key ({{key}} writes `&amp;`).
std::string marker(size_t slot) {
  return std::string("\x02&") + static_cast<char>('0' + slot) + '\x03';
}

}  // namespace

Snippet Snippet::make(const std::function<std::string(const kainjow::mustache::data&)>& render,
                      std::initializer_list<const char*> keys) {
  kainjow::mustache::data markers;
  size_t slot = 0;
  for (const char* key : keys) markers.set(key, marker(slot++));
  const std::string text = render(markers);
  Snippet snippet;
  Piece piece;
  size_t pos = 0;
  while (true) {
    const size_t open = text.find('\x02', pos);
    if (open == std::string::npos) break;
    const bool escaped = text.compare(open + 1, 5, "&amp;") == 0;
    const size_t number = open + (escaped ? 6 : 2);
    if (number + 1 >= text.size() || text[number + 1] != '\x03') break;  // not a marker: keep the rest as text
    piece.literal.append(text, pos, open - pos);
    piece.slot = text[number] - '0';
    piece.escaped = escaped;
    snippet.pieces_.push_back(std::move(piece));
    piece = Piece{};
    pos = number + 2;
  }
  piece.literal.append(text, pos, std::string::npos);
  snippet.pieces_.push_back(std::move(piece));
  // before/after: around the first slot (content snippets have one key).
  snippet.before_ = snippet.pieces_.front().literal;
  for (size_t i = 1; i < snippet.pieces_.size(); ++i) snippet.after_ += snippet.pieces_[i].literal;
  return snippet;
}

void Snippet::append_to(std::string& out, std::initializer_list<std::string_view> values) const {
  for (const Piece& piece : pieces_) {
    out += piece.literal;
    if (piece.slot < 0 || static_cast<size_t>(piece.slot) >= values.size()) continue;
    const std::string_view value = values.begin()[piece.slot];
    if (piece.escaped) {
      out += base::html_escape(value);
    } else {
      out += value;
    }
  }
}

std::string Snippet::fill(std::initializer_list<std::string_view> values) const {
  std::string out;
  append_to(out, values);
  return out;
}

}  // namespace handboek::render
