#pragma once
// Dense selectors for the Composition Theorem 4.2 (beyond the paper; the
// Appendix only remarks that dense encoding cuts the attending units from k
// to about log2 k; docs/dense-selectors.md has the proof). The k + 1 cases of
// Lemma 5.4 get distinct codes c_0..c_k in {0,1}^r, r = ceil(log2(k + 1)).
//
// Selector of gate j: the multilinear interpolant s_j on {0,1}^r with
//   s_j(c_j) = 0, s_j(c_i) = theta_ij (i != j), s_j(u) = +1 on unused codes u,
// that is s_j = 1 - delta_{c_j} - 2 sum_{i != j, theta_ij = -1} delta_{c_i},
// delta_c(z) = prod_b (bit b of c ? z_b : 1 - z_b). An affine s_j does not
// exist in general (it would need degree 1 where the sign pattern may force
// degree r), so deg s_j <= r and F_j = sign(M s_j(z) + theta_j p_j(x)) has
// degree <= max(d_j, r).
#include <cstdint>
#include <vector>

#include "witness/ptf.h"
#include "witness/witness.h"

namespace quarks {

// s_j over r variables (1 <= r <= 4). `codes` lists the used codes, distinct
// and below 2^r; `signs[i]` is the value at codes[i] for i != j (+1 or -1),
// and signs[j] == 0. Coefficients by Moebius inversion of the value table.
Polynomial dense_selector(std::uint32_t r, const std::vector<std::uint32_t>& codes, unsigned j,
                          const std::vector<int>& signs);

// Its values at every code 0..2^r - 1 (for the construction block and tests).
std::vector<int> dense_selector_values(std::uint32_t r, const std::vector<std::uint32_t>& codes, unsigned j,
                                       const std::vector<int>& signs);

struct DenseExtension {
  Polynomial gate;      // F over n variables (z first, then x)
  BigInt multiplier;    // M = max |p| + 1
  Polynomial selector;  // s_j over r variables
  MaxAbs max_abs;
};

// The analogue of Lemma 5.3 (Eq. 5.8) with the dense selector:
// F(z + x) = M s_j(z) + theta p(x), p with n - r variables.
DenseExtension dense_multiplexing_extension(const Polynomial& p, std::uint32_t n, std::uint32_t r,
                                            const std::vector<std::uint32_t>& codes, unsigned j, int theta,
                                            const std::vector<int>& signs);

}  // namespace quarks
