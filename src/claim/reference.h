#pragma once
// The reference semantics of every claim: exact big-integer evaluation, one
// point at a time. It is deliberately naive. Checkers must agree with it, and
// every counterexample a checker reports is re-evaluated here before it is
// printed, so a solver model that does not violate the claim is never
// reported as a refutation.
#include <optional>
#include <string>

#include "claim/claims.h"

namespace quarks {

// Violation of Lemma 5.1 item at z_i = zi (+1 or -1), if any.
std::optional<std::string> violation_at(const SignVectorItem& item, int zi);
// Violation of Lemma 5.2 item at e_i, if any.
std::optional<std::string> violation_at(const AffineSelectorItem& item, unsigned i);
// Violation of a selector claim's case i at x in {0,1}^(n-k): a non-strict f
// or gate, or a wrong combined value.
std::optional<std::string> case_violation_at(const SelectorClaim& claim, unsigned i, const CubePoint& x);
// Gate j is zero at the point of {0,1}^n.
std::optional<std::string> strictness_violation_at(const SelectorClaim& claim, std::size_t gate,
                                                   const CubePoint& point);
// A gate whose degree exceeds its bound (syntactic part of the claim).
std::optional<std::string> degree_violation(const SelectorClaim& claim);

// Theorem 4.3: the circuit's output at a point of {0,1}^n, sign(bias + sum
// w_i h_i g_i), or nullopt if a gate or the output activation is 0 there.
std::optional<int> layer_output_at(const LayerClaim& claim, const CubePoint& point);
// Violation of a layer claim at x^- = code, x^+ = xplus: a zero gate, input or
// output activation, or an output other than h+_c g+_c (c < m) or -1 (c >= m).
std::optional<std::string> layer_violation_at(const LayerClaim& claim, std::uint64_t code, const CubePoint& xplus);
// A gate h_i or g_i of degree above 1 (not an LTF; syntactic part of the claim).
std::optional<std::string> layer_degree_violation(const LayerClaim& claim);

// Whole claim, point by point (small sizes only: tests use it as ground truth).
std::optional<std::string> brute_force_violation(const Claim& claim);

}  // namespace quarks
