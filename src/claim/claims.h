#pragma once
// The exact statements quarks checks. A checker receives one of these and
// nothing else: no M, no theta, nothing the generator computed, only the
// functions, the gates and what must hold between them.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/boolean_operator.h"
#include "core/cube.h"
#include "core/polynomial.h"

namespace quarks {

// Documented size limits (docs/witness-format.md). Larger inputs are bad input.
inline constexpr std::uint32_t kMaxVariables = 4096;
inline constexpr std::uint32_t kMaxSelectorVariables = 8;     // k <= 8 (Lemma 5.2 range)
inline constexpr std::uint32_t kMaxExhaustiveVariables = 40;  // 2^40 points

// Lemma 5.1 (Eq. 5.3): with z_j = theta_j for all j != i, B(z) = theta * z_i.
struct SignVectorItem {
  BooleanOperator op;
  unsigned index = 0;        // i
  int theta = 0;             // theta
  std::vector<int> signs;    // theta_j, size arity; signs[i] == 0 (unused)
};
struct SignVectorClaim {
  std::vector<SignVectorItem> items;
};

// Lemma 5.2 (Eq. 5.4): the affine q(z) = q_0 + sum_l q_l z_l on R^k has
// q(e_i) = 0 for i == j and q(e_i) = theta_i otherwise (e_0 = 0).
struct AffineSelectorItem {
  unsigned k = 0;
  unsigned j = 0;
  std::vector<int> signs;            // theta_i, size k+1; signs[j] == 0 (unused)
  std::vector<BigInt> coefficients;  // q_0, q_1..q_k
};
struct AffineSelectorClaim {
  std::vector<AffineSelectorItem> items;
};

// Lemmas 5.3, 5.4 and Theorem 4.2 (Eqs. 5.6, 5.9). The first k variables are
// the selector z = (z_1..z_k), the remaining n-k are x; e_0 = 0 and e_i is the
// i-th unit vector. For every i in 0..k and every x in {0,1}^(n-k):
//   combine(sign F_0(e_i+x), ..., sign F_m(e_i+x)) == target_i(x),
// where target_i is either sign * sign(f(x)) for an input f, or a constant.
// Also: deg F_j <= degree_bounds[j]; each f is strict on {0,1}^(n-k); each F_j
// is strict on all of {0,1}^n (strict_on_cube) or at the selector points.
struct SelectorTarget {
  enum class Kind { input, constant } kind = Kind::input;
  int sign = 1;            // +1 or -1 (input: multiplies sign f; constant: the value)
  std::size_t input = 0;   // index into inputs (Kind::input)
};
enum class SelectorLemma { lemma_5_3, lemma_5_4 };
std::string to_string(SelectorLemma lemma);  // "lemma-5.3", "lemma-5.4"

// Dense selectors (beyond the paper; docs/dense-selectors.md): case i is at
// the selector code c_i = codes[i] (variable b is bit b of c_i) instead of
// e_i, so k = ceil(log2(number of cases)) selector variables serve all cases.
// Only lemma-5.4 claims may be dense; the codes not in `codes` are unused
// (only strictness is claimed there).
enum class SelectorEncoding { sparse, dense };
inline constexpr std::size_t kMaxDenseCases = 9;  // operators of arity <= 9, as for sparse k <= 8

struct SelectorClaim {
  SelectorLemma lemma = SelectorLemma::lemma_5_4;
  std::uint32_t n = 0;
  std::uint32_t k = 0;                // number of selector variables (r for a dense claim)
  SelectorEncoding selector = SelectorEncoding::sparse;
  std::vector<std::uint32_t> codes;   // dense only: code of case i (distinct, < 2^k); empty for sparse
  BooleanOperator combine;            // arity == gates.size()
  std::vector<Polynomial> gates;      // F_j, n variables each
  std::vector<int> degree_bounds;     // d_j, one per gate
  std::vector<Polynomial> inputs;     // f, n-k variables each
  std::vector<SelectorTarget> cases;  // k+1 targets, case i at z = e_i
  bool strict_on_cube = true;

  // The selector part of case i: e_i (sparse) or the bits of codes[i] (dense), as a k-bit mask.
  std::uint64_t case_mask(unsigned i) const;
  // Point z_i (+) x of {0,1}^n, z_i the selector part of case i.
  CubePoint selector_point(unsigned i, const CubePoint& x) const;
};
// ceil(log2 cases): the selector variables a dense claim with that many cases has.
std::uint32_t dense_selector_bits(std::size_t cases);

// Theorem 4.3, lower bound (Eqs. 4.13-4.15): a layer of m gated pairs of
// LTFs (h_i, g_i) on n variables and an output LTF phi of the m products.
// The first s = ceil(log2 m) variables are x^- (x^- = c iff variable b is
// bit b of c), the other n^+ = n - s are x^+. For every code c < 2^s and
// every x^+ in {0,1}^(n^+):
//   phi(h_0 g_0, ..., h_{m-1} g_{m-1})(x^-=c, x^+) = h_c^+(x^+) g_c^+(x^+) if c < m, -1 otherwise,
// with phi(y) = sign(bias + sum w_i y_i); every h_i, g_i, h_c^+, g_c^+ and
// phi's activation is nonzero at every point (strict; the codes cover the
// whole cube), and every h_i, g_i has degree <= 1 (an LTF).
struct LayerClaim {
  std::uint32_t n = 0;
  std::uint32_t m = 0;
  std::vector<Polynomial> gated_inputs;   // h_i^+, n^+ variables, degree <= 1
  std::vector<Polynomial> gating_inputs;  // g_i^+
  std::vector<Polynomial> gated;          // h_i, n variables
  std::vector<Polynomial> gating;         // g_i
  std::vector<BigInt> output_weights;     // w_0..w_{m-1}
  BigInt output_bias;

  std::uint32_t selector_bits() const;  // s = ceil(log2 m)
  // The point (x^- = code, x^+) of {0,1}^n.
  CubePoint point(std::uint64_t code, const CubePoint& xplus) const;
};

// m <= 1024. Neither checker needs a smaller cap: the exhaustive walk
// evaluates phi's sign from the 2m + 2 sign bits directly (it was capped at
// m = 7 by a 2^(2m+2)-entry table), and the Z3 check has one obligation per
// code. The cap bounds the input: 2m gates on n >= s + 1 variables, and
// 2^s * (2m + 3) queries for Z3 (docs/performance.md: m = 64 takes seconds).
inline constexpr std::uint32_t kMaxLayerUnits = 1024;

using Claim = std::variant<SignVectorClaim, AffineSelectorClaim, SelectorClaim, LayerClaim>;

// Structural validation: sizes, arities, variable counts, limits, irreducible
// operator for lemma-5.4, and that `cases` is what the claim id states
// (lemma-5.4: case i is +f_i). Throws InputError naming the first problem.
void validate(const SignVectorClaim& claim);
void validate(const AffineSelectorClaim& claim);
void validate(const SelectorClaim& claim);
void validate(const LayerClaim& claim);
void validate(const Claim& claim);

std::string claim_id(const Claim& claim);
// One human-readable line stating exactly what is checked.
std::string statement(const Claim& claim);

}  // namespace quarks
