#include <catch2/catch.hpp>

#include "claim/reference.h"
#include "core/error.h"
#include "witness/extension.h"

using namespace quarks;

TEST_CASE("Lemma 5.3 extensions hold for random f, every j and several sign patterns", "[lemma-5.3]") {
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    for (int degree : {1, 2}) {
      SeededRandom random(seed);
      const std::uint32_t n = 9, k = 3;
      auto p = random_strict_polynomial(n - k, degree, 10, random);
      for (unsigned j = 0; j <= k; ++j) {
        std::vector<int> signs = {1, -1, 1, -1};
        signs[j] = 0;
        Witness w = extension_witness(p, n, k, j, seed % 2 ? 1 : -1, signs, degree);
        CAPTURE(seed, degree, j);
        CHECK_FALSE(brute_force_violation(w.claim).has_value());
      }
    }
  }
}

TEST_CASE("M = max|p| + 1 is the smallest multiplier the argument allows", "[lemma-5.3]") {
  // p = 5 - 2 x0 - 6 x1: max |p| = 3 at x = (1,1) with p = -3, and 5 at x = 0.
  auto p = Polynomial::from_terms(2, {{{}, 5}, {{0}, -2}, {{1}, -6}});
  REQUIRE(max_abs_on_cube(p).value == 5);
  // theta = +1, j = 0, theta_1 = -1: F(e_1 + x) = -M + p(x) must stay negative.
  Extension e = multiplexing_extension(p, 3, 1, 0, 1, {0, -1});
  CHECK(e.multiplier == 6);
  Witness w = extension_witness(p, 3, 1, 0, 1, {0, -1}, 1);
  CHECK_FALSE(brute_force_violation(w.claim).has_value());
  // With M = max|p| = 5 the gate is 0 at e_1 + (0,0): the claim fails.
  auto& claim = std::get<SelectorClaim>(w.claim);
  claim.gates[0] = Polynomial::from_terms(3, {{{}, 5}, {{1}, -2}, {{2}, -6}, {{0}, -5}});
  CHECK(brute_force_violation(w.claim).has_value());
}

TEST_CASE("exact max |p| for degree 2 by enumeration, bound beyond the limit", "[lemma-5.3]") {
  auto p = Polynomial::from_terms(3, {{{}, 1}, {{0, 1}, 4}, {{1, 2}, -3}, {{0}, 2}});
  auto m = max_abs_on_cube(p);
  CHECK(m.exact);
  CHECK(m.value == 7);  // x = (1,1,0)
  CHECK(p.box_bound() == 7);
  SeededRandom random(3);
  auto big = random_strict_polynomial(30, 2, 8, random);
  CHECK_FALSE(max_abs_on_cube(big).exact);
}

TEST_CASE("Lemma 5.3 rejects a non-strict f and bad parameters", "[lemma-5.3]") {
  auto zero_somewhere = Polynomial::from_terms(2, {{{}, 1}, {{0}, -1}});
  CHECK_THROWS_AS(extension_witness(zero_somewhere, 3, 1, 0, 1, {0, 1}, 1), InputError);
  auto p = Polynomial::from_terms(2, {{{}, 1}, {{0}, 2}});
  CHECK_THROWS_AS(extension_witness(p, 3, 1, 0, 2, {0, 1}, 1), InputError);   // theta = 2
  CHECK_THROWS_AS(extension_witness(p, 3, 1, 0, 1, {0, 1}, 0), InputError);   // degree 0
  CHECK_THROWS_AS(extension_witness(p, 3, 3, 0, 1, {0, 1, 1, 1}, 1), InputError);  // k >= n
}

TEST_CASE("random strict polynomials are odd everywhere", "[ptf]") {
  SeededRandom random(11);
  auto p = random_strict_polynomial(8, 3, 12, random);
  CHECK(p.degree() == 3);
  for (std::uint64_t x = 0; x < 256; ++x) CHECK(boost::multiprecision::abs(p.evaluate(point_from_mask(x, 8))) % 2 == 1);
  CHECK_THROWS_AS(random_strict_polynomial(8, 0, 12, random), InputError);
}
