#pragma once
// Theorem 4.3, lower bound (Eqs. 4.13-4.15): from m gated pairs (h+_i, g+_i)
// of LTFs on n^+ = n - s variables (s = ceil(log2 m)), the 2m LTFs h_i, g_i on
// n variables, selected densely by x^- = i, and the output phi = OR.
//
// With +-1 outputs the hidden value is the product y_i = h_i g_i, so a pair
// that is not selected must give y_i = -1 for the OR to pass the selected
// product through. The corrected construction makes the gated unit off
// (h_i = -1) and the gating unit open (g_i = +1) there. The paper's reading,
// [x^- = i] AND f+_i for both units (Eq. 4.14), gives h_i = g_i = -1 and
// y_i = +1 (docs/errata.md).
#include <cstdint>
#include <vector>

#include "witness/witness.h"

namespace quarks {

enum class LayerFormula { corrected, paper };

// h_plus[i], g_plus[i]: strict polynomials of degree <= 1 in n - s variables.
Witness layer_gating_witness(const std::vector<Polynomial>& h_plus, const std::vector<Polynomial>& g_plus,
                             std::uint32_t n, LayerFormula formula);

// h+_0, g+_0, h+_1, g+_1, ... drawn in that order by random_strict_polynomial(n - s, 1, bits).
Witness random_layer_gating_witness(std::uint32_t n, std::uint32_t m, std::uint64_t seed, unsigned bits,
                                    LayerFormula formula);

// s = ceil(log2 m); InputError unless 1 <= m <= kMaxLayerUnits and s < n <= kMaxVariables.
std::uint32_t layer_selector_bits(std::uint32_t n, std::uint32_t m);

}  // namespace quarks
