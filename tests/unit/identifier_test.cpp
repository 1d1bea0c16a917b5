// base/identifier: the one id rule that pages, forms and site.yaml share.
// (Raw HTML: html_sanitizer_test.cpp.)
#include "base/identifier.h"

#include <catch2/catch.hpp>

using handboek::base::is_identifier;

TEST_CASE("an id is lowercase words of letters and digits joined by single hyphens", "[base][ids]") {
  for (const char* id : {"a", "halte-werk", "stap2", "2019-1", "x-y-z"}) CHECK(is_identifier(id));
  for (const char* id : {"", "-a", "a-", "a--b", "Halte", "halte werk", "één", "a_b", "a.b"}) {
    CHECK_FALSE(is_identifier(id));
  }
}
