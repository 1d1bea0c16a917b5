// base/identifier and load/raw_html_check: the one id rule and the one
// script-in-HTML rule that pages, forms and site.yaml share.
#include "base/identifier.h"

#include <catch2/catch.hpp>

#include "load/raw_html_check.h"

using handboek::base::is_identifier;
using handboek::load::is_active_html;

TEST_CASE("an id is lowercase words of letters and digits joined by single hyphens", "[base][ids]") {
  for (const char* id : {"a", "halte-werk", "stap2", "2019-1", "x-y-z"}) CHECK(is_identifier(id));
  for (const char* id : {"", "-a", "a-", "a--b", "Halte", "halte werk", "één", "a_b", "a.b"}) {
    CHECK_FALSE(is_identifier(id));
  }
}

TEST_CASE("raw HTML is active when it would run script", "[load][html]") {
  for (const char* html :
       {"<script>x()</script>", "<IFRAME src=x>", "<a href=\"JavaScript:x\">", "<img src=x onerror = \"y\">"}) {
    CHECK(is_active_html(html));
  }
  for (const char* html : {"<b>vet</b>", "<span class=\"one\">x</span>", "<p>online</p>"}) {
    CHECK_FALSE(is_active_html(html));
  }
}
