#include <catch2/catch.hpp>

#include "core/random.h"

using namespace quarks;

TEST_CASE("seeded randomness is reproducible and in range", "[random]") {
  SeededRandom a(7), b(7), c(8);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    BigInt x = a.signed_bits(60);
    CHECK(x == b.signed_bits(60));
    differs |= x != c.signed_bits(60);
    CHECK(bit_length(x) <= 60);
  }
  CHECK(differs);
  // mt19937_64's 10000th output is fixed by the C++ standard; our stream starts from it.
  std::mt19937_64 reference(5489u);
  reference.discard(9999);
  CHECK(reference() == 9981545732273789042ULL);
  SeededRandom d(3);
  for (int i = 0; i < 1000; ++i) CHECK(d.below(10) < 10);
}
