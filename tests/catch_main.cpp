// The Catch2 main of every test binary, compiled once for all of them; the
// tests are in unit/*_test.cpp and integration/*_test.cpp.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
