#pragma once
// Lemma 5.4 and the injection of the Composition Theorem 4.2: from f_0..f_k
// (f_j in T(n-k; d_j)) and an irreducible B of k+1 variables, gates
// F_j in T(n; d_j) with B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9).
#include <vector>

#include "core/boolean_operator.h"
#include "witness/witness.h"

namespace quarks {

// f[j] has n - k variables, k = op.arity() - 1; degrees[j] >= deg f[j].
//
// With SelectorEncoding::dense (docs/dense-selectors.md) the selector has
// r = ceil(log2(k + 1)) variables, case j is at code c_j = j, f[j] has n - r
// variables, and F_j = sign(M s_j(z) + theta_j p_j(x)) with the multilinear
// dense selector s_j (witness/dense_selector.h); its degree bound is
// max(d_j, r).
Witness composition_witness(const BooleanOperator& op, const std::vector<Polynomial>& f, std::uint32_t n,
                            const std::vector<int>& degrees, SelectorEncoding selector = SelectorEncoding::sparse);

// f_j drawn by random_strict_polynomial(n - k (dense: n - r), degrees[j], bits) from one seeded stream.
Witness random_composition_witness(const BooleanOperator& op, std::uint32_t n, const std::vector<int>& degrees,
                                   std::uint64_t seed, unsigned bits,
                                   SelectorEncoding selector = SelectorEncoding::sparse);

// Number of selector variables of the composition for op: k (sparse) or ceil(log2(k + 1)) (dense).
std::uint32_t composition_selector_variables(const BooleanOperator& op, SelectorEncoding selector);

}  // namespace quarks
