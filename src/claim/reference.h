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

// Whole claim, point by point (small sizes only: tests use it as ground truth).
std::optional<std::string> brute_force_violation(const Claim& claim);

}  // namespace quarks
