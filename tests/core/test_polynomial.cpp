#include <catch2/catch.hpp>

#include "core/error.h"
#include "core/polynomial.h"

using namespace quarks;

namespace {
Polynomial sample() {
  // 3 - 2 x0 + 5 x1 + 4 x0 x2 - 7 x1 x2
  return Polynomial::from_terms(3, {{{}, 3}, {{0}, -2}, {{1}, 5}, {{0, 2}, 4}, {{2, 1}, -7}});
}
}  // namespace

TEST_CASE("polynomials are canonical and evaluate exactly on the cube", "[polynomial]") {
  auto p = sample();
  CHECK(p.degree() == 2);
  CHECK(p.constant() == 3);
  CHECK(p.terms().back().monomial == Monomial{1, 2});  // sorted within the monomial
  for (std::uint64_t mask = 0; mask < 8; ++mask) {
    int x0 = mask & 1, x1 = (mask >> 1) & 1, x2 = (mask >> 2) & 1;
    CHECK(p.evaluate(point_from_mask(mask, 3)) == 3 - 2 * x0 + 5 * x1 + 4 * x0 * x2 - 7 * x1 * x2);
  }
  auto merged = Polynomial::from_terms(2, {{{0}, 2}, {{0}, -2}, {{1}, 1}});
  CHECK(merged.terms().size() == 1);
}

TEST_CASE("bounds on |p| over the cube", "[polynomial]") {
  auto p = sample();
  BigInt max_abs = 0;
  for (std::uint64_t mask = 0; mask < 8; ++mask) {
    BigInt v = boost::multiprecision::abs(p.evaluate(point_from_mask(mask, 3)));
    if (v > max_abs) max_abs = v;
  }
  CHECK(p.box_bound() >= max_abs);
  CHECK(p.l1_norm() == 21);
  // Degree 1: the box bound is exactly max |p|.
  auto linear = Polynomial::from_terms(3, {{{}, -1}, {{0}, 4}, {{1}, -6}, {{2}, 2}});
  CHECK(linear.box_bound() == 7);  // x = (0,1,0): -7
}

TEST_CASE("restriction substitutes the selector prefix", "[polynomial]") {
  auto p = sample();
  auto r = p.restrict_prefix({1});  // x0 = 1: 1 + 5 y0 + 4 y1 - 7 y0 y1
  CHECK(r.num_variables() == 2);
  for (std::uint64_t mask = 0; mask < 4; ++mask) {
    CubePoint full = {1, static_cast<std::uint8_t>(mask & 1), static_cast<std::uint8_t>(mask >> 1)};
    CHECK(r.evaluate(point_from_mask(mask, 2)) == p.evaluate(full));
  }
}

TEST_CASE("malformed monomials are rejected", "[polynomial]") {
  CHECK_THROWS_AS(Polynomial::from_terms(2, {{{2}, 1}}), InputError);
  CHECK_THROWS_AS(Polynomial::from_terms(3, {{{1, 1}, 1}}), InputError);
}
