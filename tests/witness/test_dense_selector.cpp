// Dense selectors (beyond the paper, docs/dense-selectors.md): the selector
// polynomial, the dense extension, the dense Lemma 5.4 and its injection.
#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <set>

#include "claim/reference.h"
#include "core/error.h"
#include "witness/composition.h"
#include "witness/dense_selector.h"
#include "witness/sign_vectors.h"
#include "witness/threshold_functions.h"

using namespace quarks;

namespace {
BigInt at_code(const Polynomial& s, std::uint32_t code) { return s.evaluate(point_from_mask(code, s.num_variables())); }

// The signs number `mask` for index j over `count` cases (0 at j).
std::vector<int> signs_of(std::size_t count, unsigned j, std::uint32_t mask) {
  std::vector<int> signs(count, 0);
  unsigned b = 0;
  for (unsigned i = 0; i < count; ++i) {
    if (i != j) signs[i] = (mask >> b++) & 1U ? 1 : -1;
  }
  return signs;
}
}  // namespace

TEST_CASE("dense selector: 0 exactly at c_j, theta_i at c_i, +1 on unused codes, degree <= r", "[dense-selectors]") {
  std::size_t checked = 0;
  for (std::uint32_t r = 1; r <= 3; ++r) {
    for (std::size_t count = (std::size_t{1} << (r - 1)) + 1; count <= (std::size_t{1} << r); ++count) {
      // Codes 0..count-1 and the same codes reversed (any injective assignment is allowed).
      std::vector<std::uint32_t> identity(count), reversed(count);
      for (std::uint32_t i = 0; i < count; ++i) identity[i] = i, reversed[i] = (std::uint32_t{1} << r) - 1 - i;
      for (const auto& codes : {identity, reversed}) {
        for (unsigned j = 0; j < count; ++j) {
          for (std::uint32_t mask = 0; mask < (std::uint32_t{1} << (count - 1)); ++mask) {
            const auto signs = signs_of(count, j, mask);
            const Polynomial s = dense_selector(r, codes, j, signs);
            REQUIRE(s.degree() <= static_cast<int>(r));
            for (std::uint32_t c = 0; c < (std::uint32_t{1} << r); ++c) {
              const auto it = std::find(codes.begin(), codes.end(), c);
              const int expected = it == codes.end() ? 1 : signs[it - codes.begin()];
              REQUIRE(at_code(s, c) == expected);
            }
            ++checked;
          }
        }
      }
    }
  }
  CHECK(checked > 1000);
}

TEST_CASE("dense selector: the parity sign pattern needs degree r, so no affine selector exists in general",
          "[dense-selectors]") {
  // Vanishing at 0 with sign -(-1)^|c| elsewhere: for r = 2 an affine a_1 z_1 + a_2 z_2 would need
  // a_1 > 0, a_2 > 0 and a_1 + a_2 < 0. The interpolant (unique on the cube) has degree exactly r.
  for (std::uint32_t r = 1; r <= 4; ++r) {
    const std::size_t count = std::size_t{1} << r;
    std::vector<std::uint32_t> codes(count);
    std::vector<int> signs(count, 0);
    for (std::uint32_t c = 0; c < count; ++c) {
      codes[c] = c;
      if (c != 0) signs[c] = std::popcount(c) % 2 ? 1 : -1;
    }
    CHECK(dense_selector(r, codes, 0, signs).degree() == static_cast<int>(r));
  }
}

TEST_CASE("dense selector: bad shapes are refused", "[dense-selectors]") {
  CHECK_THROWS_AS(dense_selector(2, {0, 0, 1}, 0, {0, 1, 1}), InputError);   // repeated code
  CHECK_THROWS_AS(dense_selector(2, {0, 4}, 0, {0, 1}), InputError);         // code above 2^r - 1
  CHECK_THROWS_AS(dense_selector(1, {0, 1}, 0, {1, 1}), InputError);         // no 0 at j
  CHECK_THROWS_AS(dense_selector(1, {0, 1}, 2, {0, 1}), InputError);         // j not a case
}

TEST_CASE("dense Lemma 5.4 holds for every irreducible binary and ternary operator", "[dense-selectors]") {
  std::uint64_t seed = 1;
  std::size_t operators = 0;
  for (unsigned arity : {2U, 3U}) {
    for (std::uint64_t t = 0; t < (std::uint64_t{1} << (1U << arity)); ++t) {
      std::vector<bool> rows(std::size_t{1} << arity);
      for (std::size_t row = 0; row < rows.size(); ++row) rows[row] = (t >> row) & 1U;
      const BooleanOperator op(arity, rows);
      if (!op.irreducible()) continue;
      ++operators;
      const std::uint32_t r = dense_selector_bits(arity);
      for (int degree : {1, 2}) {
        Witness w = random_composition_witness(op, r + 3, std::vector<int>(arity, degree), seed++, 8,
                                               SelectorEncoding::dense);
        const auto& claim = std::get<SelectorClaim>(w.claim);
        CAPTURE(op.describe(), degree);
        REQUIRE(claim.k == r);
        REQUIRE_FALSE(brute_force_violation(w.claim).has_value());
        for (std::size_t j = 0; j < arity; ++j) {
          CHECK(claim.degree_bounds[j] == std::max(degree, static_cast<int>(r)));
          CHECK(claim.gates[j].degree() <= claim.degree_bounds[j]);
        }
      }
    }
  }
  CHECK(operators == 10 + 218);
}

TEST_CASE("dense Lemma 5.4 for operators of arity 4..9 (r = 2..4, with unused codes)", "[dense-selectors]") {
  std::uint64_t seed = 50;
  for (unsigned arity = 4; arity <= 9; ++arity) {
    // AND, OR and parity of `arity` inputs.
    const std::size_t rows = std::size_t{1} << arity;
    std::vector<bool> conj(rows, false), disj(rows, true), parity(rows);
    conj.back() = true;
    disj.front() = false;
    for (std::size_t t = 0; t < rows; ++t) parity[t] = std::popcount(t) % 2;
    for (const auto& table : {conj, disj, parity}) {
      const BooleanOperator op(arity, table);
      const std::uint32_t r = dense_selector_bits(arity);
      Witness w = random_composition_witness(op, r + 2, std::vector<int>(arity, 1), seed++, 6, SelectorEncoding::dense);
      CAPTURE(op.describe());
      CHECK_FALSE(brute_force_violation(w.claim).has_value());
      CHECK(std::get<SelectorClaim>(w.claim).k == r);
    }
  }
}

TEST_CASE("dense composition: the generator refuses what the construction cannot do", "[dense-selectors]") {
  const auto and5 = BooleanOperator::parse("tt:" + std::string(31, '0') + "1");
  // r = 3 selector variables need n >= 4.
  CHECK_THROWS_AS(random_composition_witness(and5, 3, std::vector<int>(5, 1), 1, 8, SelectorEncoding::dense),
                  InputError);
  CHECK_NOTHROW(random_composition_witness(and5, 4, std::vector<int>(5, 1), 1, 8, SelectorEncoding::dense));
  CHECK_THROWS_AS(random_composition_witness(BooleanOperator::parse("tt:0101"), 4, {1, 1}, 1, 8,
                                             SelectorEncoding::dense),
                  InputError);  // reducible
}

TEST_CASE("dense Theorem 4.2 injection: all of T(2,1)^4 for parity of 4 at n = 4 (sparse needs n >= 5)",
          "[dense-selectors][thm-4.2]") {
  // r = 2: the four cases use all four codes; f_j in T(n - r; 1) = T(2; 1), 14 functions.
  const auto op = BooleanOperator::parse("tt:0110100110010110");
  const auto ltf = all_linear_threshold_functions(2);
  REQUIRE(ltf.size() == 14);
  std::set<std::uint64_t> images;
  std::size_t tuples = 0;
  for (std::size_t a = 0; a < ltf.size(); ++a) {
    for (std::size_t b = 0; b < ltf.size(); ++b) {
      for (std::size_t c = 0; c < ltf.size(); c += 3) {      // a sample of the third and fourth
        for (std::size_t d = 1; d < ltf.size(); d += 4) {    // coordinates keeps the test fast
          Witness w = composition_witness(op, {ltf[a], ltf[b], ltf[c], ltf[d]}, 4, {1, 1, 1, 1},
                                          SelectorEncoding::dense);
          const auto& claim = std::get<SelectorClaim>(w.claim);
          std::uint64_t table = 0;
          for (std::uint64_t y = 0; y < 16; ++y) {
            std::vector<int> z;
            for (const auto& g : claim.gates) {
              const BigInt v = g.evaluate(point_from_mask(y, 4));
              REQUIRE(v != 0);
              z.push_back(v > 0 ? 1 : -1);
            }
            if (op.evaluate_pm1(z) > 0) table |= std::uint64_t{1} << y;
          }
          // Recovery: f_i(x) = B(F)(c_i + x), c_i = i in the two low variables.
          const std::size_t chosen[] = {a, b, c, d};
          for (std::uint64_t i = 0; i < 4; ++i) {
            std::uint64_t recovered = 0;
            for (std::uint64_t x = 0; x < 4; ++x) recovered |= ((table >> (i | (x << 2))) & 1U) << x;
            REQUIRE(recovered == truth_table(ltf[chosen[i]]));
          }
          images.insert(table);
          ++tuples;
        }
      }
    }
  }
  CHECK(images.size() == tuples);  // distinct tuples, distinct functions
}
