#include <catch2/catch.hpp>

#include "claim/reference.h"
#include "witness/affine_selector.h"

using namespace quarks;

TEST_CASE("the corrected Lemma 5.2 selector holds for every k <= 8, j and sign vector", "[lemma-5.2]") {
  Witness w = affine_selector_witness(8, SelectorFormula::corrected);
  std::size_t expected = 0;
  for (unsigned k = 1; k <= 8; ++k) expected += (k + 1) * (std::size_t{1} << k);
  CHECK(std::get<AffineSelectorClaim>(w.claim).items.size() == expected);
  CHECK_FALSE(brute_force_violation(w.claim).has_value());
}

TEST_CASE("Eq. 5.5 as printed holds exactly for j >= 1 and fails for every j = 0 instance", "[lemma-5.2][errata]") {
  for (unsigned k = 1; k <= 8; ++k) {
    for (unsigned j = 0; j <= k; ++j) {
      for (std::uint32_t mask = 0; mask < (1U << k); ++mask) {
        AffineSelectorItem item;
        item.k = k;
        item.j = j;
        item.signs = selector_signs(k, j, mask);
        for (int theta0 : {1, -1}) {
          item.coefficients = paper_selector(k, j, item.signs, theta0);
          bool fails = false;
          for (unsigned i = 0; i <= k; ++i) fails |= violation_at(item, i).has_value();
          CHECK(fails == (j == 0));
          if (j == 0) CHECK(violation_at(item, 0).has_value());  // q(e_0) = theta_0 != 0
        }
      }
    }
  }
}

TEST_CASE("the smallest failing instance of Eq. 5.5 (k = 1, j = 0)", "[lemma-5.2][errata]") {
  // theta_1 = +1: the printed formula gives q(z) = theta_0 + (1 - theta_0) z_1, so q(e_0) = theta_0.
  auto q = paper_selector(1, 0, {0, 1}, 1);
  CHECK(q == std::vector<BigInt>{1, 0});
  CHECK(corrected_selector(1, 0, {0, 1}) == std::vector<BigInt>{0, 1});
}
