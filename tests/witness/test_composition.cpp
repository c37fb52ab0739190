#include <catch2/catch.hpp>

#include "claim/reference.h"
#include "core/error.h"
#include "witness/composition.h"

using namespace quarks;

TEST_CASE("Lemma 5.4 witnesses hold for every irreducible binary operator", "[lemma-5.4]") {
  std::uint64_t seed = 1;
  for (const auto& op : BooleanOperator::all_binary()) {
    if (!op.irreducible()) continue;
    for (int degree : {1, 2}) {
      Witness w = random_composition_witness(op, 8, {degree, 3 - degree}, seed++, 12);
      CAPTURE(op.describe(), degree);
      CHECK_FALSE(brute_force_violation(w.claim).has_value());
      const auto& claim = std::get<SelectorClaim>(w.claim);
      CHECK(claim.gates[0].degree() <= degree);
    }
  }
}

TEST_CASE("Lemma 5.4 witnesses hold for 3- and 4-ary operators", "[lemma-5.4]") {
  for (const char* op : {"tt:00010111", "tt:01101001", "tt:0110100110010110", "tt:0001011101111111"}) {
    auto B = BooleanOperator::parse(op);
    REQUIRE(B.irreducible());
    std::vector<int> degrees(B.arity(), 1);
    degrees[0] = 2;
    Witness w = random_composition_witness(B, 9, degrees, 5, 10);
    CAPTURE(op);
    CHECK_FALSE(brute_force_violation(w.claim).has_value());
  }
}

TEST_CASE("given polynomials are used as they are", "[lemma-5.4]") {
  auto f0 = Polynomial::from_terms(2, {{{}, 1}, {{0}, -4}});
  auto f1 = Polynomial::from_terms(2, {{{}, -3}, {{0}, 2}, {{1}, 2}});
  Witness w = composition_witness(BooleanOperator::parse("XOR"), {f0, f1}, 3, {1, 1});
  const auto& claim = std::get<SelectorClaim>(w.claim);
  CHECK(claim.inputs[0] == f0);
  CHECK_FALSE(brute_force_violation(w.claim).has_value());
}

TEST_CASE("composition rejects impossible parameters", "[lemma-5.4]") {
  auto f = Polynomial::from_terms(2, {{{}, 1}, {{0}, 2}});
  CHECK_THROWS_AS(composition_witness(BooleanOperator::parse("Z0"), {f, f}, 3, {1, 1}), InputError);  // reducible
  CHECK_THROWS_AS(composition_witness(BooleanOperator::parse("AND"), {f, f}, 3, {0, 1}), InputError);  // degree 0
  CHECK_THROWS_AS(composition_witness(BooleanOperator::parse("AND"), {f}, 3, {1, 1}), InputError);     // one f
  CHECK_THROWS_AS(random_composition_witness(BooleanOperator::parse("AND"), 1, {1, 1}, 1, 8), InputError);  // k >= n
  CHECK_THROWS_AS(random_composition_witness(BooleanOperator::parse("AND"), 5000, {1, 1}, 1, 8), InputError);
  auto quadratic = Polynomial::from_terms(2, {{{}, 1}, {{0, 1}, 2}});
  CHECK_THROWS_AS(composition_witness(BooleanOperator::parse("AND"), {quadratic, f}, 3, {1, 1}), InputError);
}

TEST_CASE("the same seed gives the same witness", "[lemma-5.4]") {
  auto a = random_composition_witness(BooleanOperator::parse("AND"), 12, {1, 1}, 7, 16);
  auto b = random_composition_witness(BooleanOperator::parse("AND"), 12, {1, 1}, 7, 16);
  auto c = random_composition_witness(BooleanOperator::parse("AND"), 12, {1, 1}, 8, 16);
  CHECK(std::get<SelectorClaim>(a.claim).gates == std::get<SelectorClaim>(b.claim).gates);
  CHECK(std::get<SelectorClaim>(a.claim).gates != std::get<SelectorClaim>(c.claim).gates);
}
