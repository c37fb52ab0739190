#include <catch2/catch.hpp>

#include "claim/reference.h"
#include "core/error.h"
#include "witness/sign_vectors.h"

using namespace quarks;

TEST_CASE("Lemma 5.1 sign vectors hold for every irreducible operator of arity <= 4", "[lemma-5.1]") {
  const std::size_t expected_items[] = {0, 2 * 1, 10 * 2, 218 * 3, 64594 * 4};
  for (unsigned arity = 1; arity <= 4; ++arity) {
    Witness w = sign_vector_witness(arity);
    const auto& claim = std::get<SignVectorClaim>(w.claim);
    CHECK(claim.items.size() == expected_items[arity]);
    CHECK_FALSE(brute_force_violation(w.claim).has_value());
  }
}

TEST_CASE("Lemma 5.1 for AND and XOR gives the expected signs", "[lemma-5.1]") {
  auto and0 = sign_vector(BooleanOperator::parse("AND"), 0);
  CHECK(and0.theta == 1);
  CHECK(and0.signs == std::vector<int>{0, 1});  // AND(z0, +1) = z0
  auto xor1 = sign_vector(BooleanOperator::parse("XOR"), 1);
  CHECK(xor1.signs == std::vector<int>{-1, 0});  // XOR(-1, z1) = z1
  CHECK(xor1.theta == 1);
  auto nor0 = sign_vector(BooleanOperator::parse("NOR"), 0);
  CHECK(nor0.theta == -1);  // NOR(z0, -1) = -z0
}

TEST_CASE("Lemma 5.1 refuses an operator that ignores the variable", "[lemma-5.1]") {
  CHECK_THROWS_AS(sign_vector(BooleanOperator::parse("Z0"), 1), InputError);
}

TEST_CASE("a corrupted sign vector is caught by the reference semantics", "[lemma-5.1]") {
  Witness w = sign_vector_witness(2);
  auto& claim = std::get<SignVectorClaim>(w.claim);
  claim.items[3].theta = -claim.items[3].theta;
  CHECK(brute_force_violation(w.claim).has_value());
}
