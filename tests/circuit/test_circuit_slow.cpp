// Boolean inner product, SM threshold circuit and gated circuit, exact on all 2^(2n) inputs
// for n = 6..10 (LABEL slow).
#include <catch2/catch.hpp>

#include <bit>

#include "circuit/builders_gated.h"
#include "circuit/builders_sm.h"
#include "circuit/evaluate.h"

using namespace quarks;
using namespace quarks::circuit;

TEST_CASE("Boolean inner product exact on all inputs, n = 6..10", "[circuit][boolean][slow]") {
  for (std::size_t n = 6; n <= 10; ++n) {
    Circuit sm = sm_boolean_inner_product(n), gated = gated_boolean_inner_product(n);
    ExactEvaluator es(sm), eg(gated);
    std::size_t failures = 0;
    for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << (2 * n)); ++mask) {
      std::vector<BigInt> in;
      for (std::size_t i = 0; i < 2 * n; ++i) in.push_back(BigInt(static_cast<int>(mask >> i & 1)));
      int count = std::popcount((mask & ((std::uint64_t{1} << n) - 1)) & (mask >> n));
      auto a = es.evaluate(in), b = eg.evaluate(in);
      bool ok = a[n] == count && b[n] == count;
      for (std::size_t c = 1; c <= n; ++c) {
        int want = count >= static_cast<int>(c) ? 1 : 0;
        ok = ok && a[c - 1] == want && b[c - 1] == want;
      }
      failures += ok ? 0 : 1;
    }
    INFO("n = " << n);
    CHECK(failures == 0);
  }
}
