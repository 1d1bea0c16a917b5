// The one shape of an id written by an editor (organisations, steps,
// competencies, forms, form fields): lowercase letters and digits in words
// joined by single hyphens ("halte-werk", "stap2"). Ids become parts of URLs
// and anchors, so they are checked once, the same way everywhere.
#pragma once

#include <string>
#include <string_view>

namespace handboek::base {

// True for "[a-z0-9]+(-[a-z0-9]+)*".
bool is_identifier(std::string_view id);

// The one message for an id that breaks the rule: "<kind>-id 'x' mag alleen
// kleine letters, cijfers en '-' bevatten" (`kind`: "stap", "veld", …).
std::string not_an_identifier(std::string_view kind, std::string_view id);

}  // namespace handboek::base
