// Test support: small scans of built HTML and of tool output (pdfinfo,
// pdftotext), written by hand so test files need no std::regex (seconds of
// compile time each, for checks this simple).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace handboek::testing {

// The values of every `NAME="…"` attribute in `html` that follows white
// space, in document order (`id` finds ` id="x"`, not `data-id="x"`).
std::vector<std::string> attribute_values(std::string_view html, std::string_view name);

// Every start tag `<NAME …>` of one of `names`, whole, in document order.
std::vector<std::string> start_tags(std::string_view html, std::initializer_list<std::string_view> names);

// True when `text` holds every part, each after the end of the one before.
bool contains_in_order(std::string_view text, std::initializer_list<std::string_view> parts);

// The number after `label` and any spaces ("Pages:" in "Pages:   12").
std::optional<int> number_after(std::string_view text, std::string_view label);

// True when `text` holds `label`, a space, leader dots, a space and a page
// number ("Intake · Proces ..... 4": a contents entry as pdftotext reads it).
bool contents_line(std::string_view text, std::string_view label);

}  // namespace handboek::testing
