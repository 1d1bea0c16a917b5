// Small text functions every stage needs: HTML escaping, anchors (slugs) that
// are stable across builds, and UTF-8 checks. Pure functions, no state.
#pragma once

#include <string>
#include <string_view>

namespace handboek::base {

// Escapes & < > " ' for use in HTML text and attribute values.
std::string html_escape(std::string_view text);

// `text` with A–Z made a–z; other bytes (UTF-8 included) stay as they are.
std::string ascii_lower(std::string_view text);
// ascii_lower without the bytes up to ' ' (controls and spaces): a URL as a
// browser reads its scheme ("java\tScript:" is "javascript:").
std::string compact_lower(std::string_view text);

// Anchor id for a heading or name: lowercase ASCII, Latin accents folded
// ("Cliënt én één" → "client-en-een"), every other run of characters → one
// '-', trimmed. Empty input (or nothing usable) gives "sectie".
std::string slugify(std::string_view text);

// True when `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

// The one message for a file that is not UTF-8.
inline constexpr const char* kNotUtf8 = "het bestand is geen geldige UTF-8; sla het op als UTF-8";

// Byte offset of the first invalid UTF-8 sequence, or npos.
size_t first_invalid_utf8(std::string_view text);

// Collapses whitespace runs to single spaces and trims both ends.
std::string collapse_whitespace(std::string_view text);

// A file or folder name as a title: '-' and '_' become spaces, runs of
// spaces one, the first letter upper case ("mens-in-beeld" → "Mens in
// beeld", "werk_instructie" → "Werk instructie"). Empty stays empty.
std::string readable_name(std::string_view name);

// Shapes of short tokens, checked by hand instead of with std::regex (which
// costs seconds of compile time per file and can recurse deeply at run time).
// One or more ASCII digits.
bool is_digits(std::string_view text);
// Words of [a-z0-9] joined by single '-' ("stap-2"); with `nested`, such
// words may also be joined by single '/' ("formulieren/intake-2").
bool is_slug(std::string_view text, bool nested = false);

}  // namespace handboek::base
