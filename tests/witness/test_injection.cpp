// Theorem 4.2: (f_0..f_k) -> B(F_0..F_k) is an injection from T(n-k;1)^(k+1)
// into T_B(n;1,..,1), checked on every tuple for n - k = 3.
#include <catch2/catch.hpp>

#include <set>

#include "claim/reference.h"
#include "witness/composition.h"
#include "witness/threshold_functions.h"

using namespace quarks;

namespace {
int strict_value(const Polynomial& p, std::uint64_t x, std::uint32_t n) {
  BigInt v = p.evaluate(point_from_mask(x, n));
  REQUIRE(v != 0);
  return v > 0 ? 1 : -1;
}

// Truth table of B(F_0, F_1) on {0,1}^n, n <= 6; bit = point mask.
std::uint64_t composed_table(const SelectorClaim& claim) {
  std::uint64_t table = 0;
  for (std::uint64_t x = 0; x < (std::uint64_t{1} << claim.n); ++x) {
    std::vector<int> z;
    for (const auto& gate : claim.gates) z.push_back(strict_value(gate, x, claim.n));
    if (claim.combine.evaluate_pm1(z) > 0) table |= std::uint64_t{1} << x;
  }
  return table;
}
}  // namespace

TEST_CASE("linear threshold functions of m = 0..4 variables number 2, 4, 14, 104, 1882", "[thm-4.2]") {
  const std::size_t known[] = {2, 4, 14, 104, 1882};
  for (std::uint32_t m = 0; m <= 4; ++m) CHECK(all_linear_threshold_functions(m).size() == known[m]);
}

TEST_CASE("Theorem 4.2 injection on every pair of linear threshold functions of 3 variables for AND and XOR", "[thm-4.2]") {
  const auto ltf = all_linear_threshold_functions(3);
  REQUIRE(ltf.size() == 104);
  std::vector<std::uint64_t> tables;
  for (const auto& p : ltf) tables.push_back(truth_table(p));
  for (const char* name : {"AND", "XOR"}) {
    const auto op = BooleanOperator::parse(name);
    std::set<std::uint64_t> images;
    for (std::size_t a = 0; a < ltf.size(); ++a) {
      for (std::size_t b = 0; b < ltf.size(); ++b) {
        Witness w = composition_witness(op, {ltf[a], ltf[b]}, 4, {1, 1});
        const auto& claim = std::get<SelectorClaim>(w.claim);
        const std::uint64_t F = composed_table(claim);
        images.insert(F);
        // Recovery: F(e_0 + x) = f_0(x) and F(e_1 + x) = f_1(x); the selector is variable 0.
        std::uint64_t recovered0 = 0, recovered1 = 0;
        for (std::uint64_t x = 0; x < 8; ++x) {
          recovered0 |= ((F >> (x << 1)) & 1U) << x;
          recovered1 |= ((F >> ((x << 1) | 1U)) & 1U) << x;
        }
        REQUIRE(recovered0 == tables[a]);
        REQUIRE(recovered1 == tables[b]);
      }
    }
    CAPTURE(name);
    CHECK(images.size() == ltf.size() * ltf.size());  // 10816 distinct functions: an injection
  }
}
