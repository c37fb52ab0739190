#pragma once
// QF_LIA encodings of the NEGATION of each claim (expected: unsat). Each
// obligation is one small existential query; a model is a counterexample,
// which the checker re-evaluates with claim/reference.h before believing it.
//
// Cube variables: z1..zk (selector, claim variables 0..k-1) and x0..x{n-k-1}
// (claim variables k..n-1), as Int constants with 0 <= v <= 1. A monomial of
// degree >= 2 gets a 0/1 indicator m_... linearised as m <= v for each of its
// variables and m >= sum v - (deg - 1). Polynomials are then linear:
// c0 + sum c_t * indicator_t, with every constant from its decimal string.
// Why not Bool variables with ite(v, c, 0) terms: integrality facts such as
// "odd + even * anything != 0" are then invisible to the GCD test, and both
// z3 and cvc5 time out (> 60 s) on linear n = 256 instances that take
// milliseconds in this form.
#include <cstddef>
#include <string>
#include <vector>

#include "claim/claims.h"

namespace quarks::smt {

struct ObligationPlan {
  enum class Kind { sign_vector_item, affine_item, selector_case, gate_strictness };
  Kind kind = Kind::selector_case;
  std::size_t index = 0;  // first item, case i, or gate j
  std::size_t count = 1;  // items covered (Lemma 5.1/5.2 obligations cover a chunk of items)
  std::string name;       // "items-0-4095", "case-1", "strict-F0"
  std::string meaning;    // one line: what a model of the query would be
};

// Lemma 5.1/5.2 items per obligation: one query per item would mean 258376
// solver calls for arity 4; a chunk is one disjunction over its items, each
// with its own variables (suffix _t), and still solves in well under a second.
inline constexpr std::size_t kItemsPerObligation = 4096;

// Name of a Lemma 5.1/5.2 item variable: z<j>_<item>.
std::string item_variable(unsigned j, std::size_t item);

// Obligations of a validated claim, in checking order.
std::vector<ObligationPlan> plan_obligations(const Claim& claim);

// Declarations and assertions of one obligation (no set-logic, no check-sat).
std::string encode_obligation(const Claim& claim, const ObligationPlan& plan);

// The complete stand-alone script: header comments (claim id, obligation,
// "; expected: unsat"), options, (set-logic QF_LIA), the assertions, (check-sat).
std::string complete_script(const Claim& claim, const ObligationPlan& plan, const std::string& assertions);

// Name of claim variable v in a selector claim with k selector variables.
std::string variable_name(std::uint32_t v, std::uint32_t k);

}  // namespace quarks::smt
