#pragma once
// Lemma 5.2: an affine q on R^k with q(e_j) = 0 and q(e_i) = theta_i (i != j),
// e_0 = 0. Coefficients are returned as q_0 (constant), q_1..q_k.
#include <cstdint>
#include <vector>

#include "core/bigint.h"
#include "witness/witness.h"

namespace quarks {

// Formula (5.5) as printed: q = theta_0 - theta_0 z_j + sum_{i != j} (theta_i - theta_0) z_i.
// For j = 0 the paper's theta_0 does not exist; `theta0_for_j0` stands in for
// it (z_0 is read as the constant 0 coordinate of e_0 = 0). Both choices fail.
std::vector<BigInt> paper_selector(unsigned k, unsigned j, const std::vector<int>& signs, int theta0_for_j0 = 1);

// A selector that is always correct: (5.5) for j >= 1; q = sum_i theta_i z_i for j = 0
// (docs/errata.md).
std::vector<BigInt> corrected_selector(unsigned k, unsigned j, const std::vector<int>& signs);

// The sign vector number `mask` (0 <= mask < 2^k) for index j: theta_i for
// i != j read from the bits of mask in increasing i, and 0 at j.
std::vector<int> selector_signs(unsigned k, unsigned j, std::uint32_t mask);

enum class SelectorFormula { paper, corrected };

// Every k in 1..max_k, every j in 0..k, every sign vector (2^k of them).
Witness affine_selector_witness(unsigned max_k, SelectorFormula formula);

}  // namespace quarks
