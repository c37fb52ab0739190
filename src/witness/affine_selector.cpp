#include "witness/affine_selector.h"

#include "claim/claims.h"
#include "core/error.h"

namespace quarks {

namespace {
void check_shape(unsigned k, unsigned j, const std::vector<int>& signs) {
  if (k < 1 || k > kMaxSelectorVariables) throw InputError("Lemma 5.2 k must be in 1..8");
  if (j > k) throw InputError("Lemma 5.2 j must be in 0..k");
  if (signs.size() != k + 1) throw InputError("Lemma 5.2 needs k + 1 signs");
}
}  // namespace

std::vector<BigInt> paper_selector(unsigned k, unsigned j, const std::vector<int>& signs, int theta0_for_j0) {
  check_shape(k, j, signs);
  const int theta0 = j == 0 ? theta0_for_j0 : signs[0];
  std::vector<BigInt> q(k + 1, 0);
  q[0] = theta0;
  if (j >= 1) q[j] = -theta0;  // the -theta_0 z_j term; for j = 0, z_0 is the constant 0
  for (unsigned i = 1; i <= k; ++i) {
    if (i != j) q[i] = signs[i] - theta0;
  }
  return q;
}

std::vector<BigInt> corrected_selector(unsigned k, unsigned j, const std::vector<int>& signs) {
  check_shape(k, j, signs);
  if (j >= 1) return paper_selector(k, j, signs);
  std::vector<BigInt> q(k + 1, 0);
  for (unsigned i = 1; i <= k; ++i) q[i] = signs[i];
  return q;
}

std::vector<int> selector_signs(unsigned k, unsigned j, std::uint32_t mask) {
  std::vector<int> signs(k + 1, 0);
  unsigned b = 0;
  for (unsigned i = 0; i <= k; ++i) {
    if (i != j) signs[i] = to_pm1((mask >> b++) & 1U);
  }
  return signs;
}

Witness affine_selector_witness(unsigned max_k, SelectorFormula formula) {
  if (max_k < 1 || max_k > kMaxSelectorVariables) throw InputError("Lemma 5.2 max k must be in 1..8");
  AffineSelectorClaim claim;
  for (unsigned k = 1; k <= max_k; ++k) {
    for (unsigned j = 0; j <= k; ++j) {
      for (std::uint32_t mask = 0; mask < (1U << k); ++mask) {
        AffineSelectorItem item;
        item.k = k;
        item.j = j;
        item.signs = selector_signs(k, j, mask);
        item.coefficients = formula == SelectorFormula::paper ? paper_selector(k, j, item.signs)
                                                              : corrected_selector(k, j, item.signs);
        claim.items.push_back(std::move(item));
      }
    }
  }
  Witness w;
  w.claim = claim;
  w.paper = "Lemma 5.2 (Eqs. 5.4, 5.5)";
  w.generator = Info::map({{"max_k", max_k}, {"formula", formula == SelectorFormula::paper ? "paper" : "corrected"}});
  w.construction = Info::map(
      {{"formula", formula == SelectorFormula::paper
                       ? "Eq. 5.5 as printed; for j = 0 theta_0 := +1 and z_0 := 0 (docs/errata.md)"
                       : "Eq. 5.5 for j >= 1; q(z) = sum_i theta_i z_i for j = 0 (docs/errata.md)"}});
  return w;
}

}  // namespace quarks
