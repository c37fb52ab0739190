#include <catch2/catch.hpp>

#include "claim/coverage.h"
#include "witness/affine_selector.h"
#include "witness/sign_vectors.h"

using namespace quarks;

TEST_CASE("irreducible operator counts match enumeration", "[coverage]") {
  for (unsigned a = 1; a <= 4; ++a) {
    std::uint64_t counted = 0;
    const std::size_t rows = std::size_t{1} << a;
    for (std::uint64_t code = 0; code < (std::uint64_t{1} << rows); ++code) {
      std::vector<bool> table(rows);
      for (std::size_t t = 0; t < rows; ++t) table[t] = (code >> t) & 1U;
      counted += BooleanOperator(a, table).irreducible();
    }
    CAPTURE(a);
    CHECK(irreducible_operator_count(a) == counted);
  }
  CHECK(irreducible_operator_count(2) == 10);
  CHECK(irreducible_operator_count(4) == 64594);
  // 2^32 - 5*2^16 + 10*2^8 - 10*2^4 + 5*2^2 - 2^1 = 4294642034.
  CHECK(irreducible_operator_count(5) == BigInt(std::uint64_t{4294642034}));
}

TEST_CASE("a whole Lemma 5.1 witness is complete, one item is partial", "[coverage]") {
  Witness w = sign_vector_witness(2);
  Coverage full = coverage(w.claim);
  CHECK(full.scope == Coverage::Scope::complete);
  CHECK(full.text == "complete: all irreducible B of arity 2, every index");
  auto& items = std::get<SignVectorClaim>(w.claim).items;
  items.resize(1);
  Coverage one = coverage(w.claim);
  CHECK(one.scope == Coverage::Scope::partial);
  CHECK(one.text == "partial: 1 of 20 (B, i) pairs of arity 2");
  // Repeating an item does not make it cover more.
  items.push_back(items[0]);
  CHECK(coverage(w.claim).text == "partial: 1 of 20 (B, i) pairs of arity 2");
}

TEST_CASE("Lemma 5.2 coverage counts (j, signs) pairs per k", "[coverage]") {
  Witness w = affine_selector_witness(3, SelectorFormula::corrected);
  CHECK(coverage(w.claim).text == "complete: every j and sign vector for k in {1, 2, 3}");
  auto& items = std::get<AffineSelectorClaim>(w.claim).items;
  std::erase_if(items, [](const AffineSelectorItem& it) { return it.k == 3 && it.j == 0; });
  Coverage c = coverage(w.claim);
  CHECK(c.scope == Coverage::Scope::partial);
  CHECK(c.text == "partial: 24 of 32 (j, signs) pairs for k = 3; complete for k in {1, 2}");
}

TEST_CASE("a selector claim is one instance, and says when it is weakened", "[coverage]") {
  SelectorClaim c;
  c.lemma = SelectorLemma::lemma_5_4;
  c.k = 1;
  CHECK(coverage(Claim{c}).text == "one instance: the given f_0..f_1");
  CHECK_FALSE(coverage(Claim{c}).weakened);
  c.strict_on_cube = false;
  Coverage weak = coverage(Claim{c});
  CHECK(weak.weakened);
  CHECK(weak.text == "one instance: the given f_0..f_1");  // the CLI marks every line, once
}
