// The Catch2 main of the unit binary; the tests are in *_test.cpp.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
