#pragma once
// QF_LIA encodings of the NEGATION of each claim (expected: unsat). Each
// obligation is one small existential query; a model is a counterexample,
// which the checker re-evaluates with claim/reference.h before believing it.
// The text is written by smt/smtlib_writer.h, never by a solver's printer.
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
//
// Every defined value (F_j, f_t) also gets its implied bounds asserted,
// c0 + sum min(0, c) <= value <= c0 + sum max(0, c): they let the solver
// refute "M q + theta p <= 0" from one row's bounds (docs/performance.md).
// Those bounds are quarks' arithmetic, so each one is proved by a companion
// obligation of its own (Kind::implied_bound, "<parent>.bound-<value>"): the
// parent's definition of the value, the ranges of its variables, 0 <= m <= v
// for each indicator m and its first factor v, and the bound negated. Every
// line but the last is a line of the parent; leaving out the other linking
// lines only enlarges the set on which the bound is proved (it still holds
// every cube point). With every companion unsat, a parent's unsat rests on
// nothing quarks computed.
//
// A split obligation (kCubeFreeVariables) becomes 2^c cubes, each the parent
// with c claim variables fixed and substituted, its values' bounds those of
// the restricted polynomials, each with its own companions. Every point of
// the obligation lies in exactly the one cube that agrees with it on the c
// variables, so the cubes are all unsat iff the obligation is: the same
// covering argument as the split of a selector claim into case-0..case-k,
// stated here and tested (tests/smt), not proved by a solver.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "claim/claims.h"

namespace quarks::smt {

// A claim variable fixed to 0/1 in one cube of a split obligation.
struct FixedVariable {
  std::uint32_t variable = 0;  // claim variable
  bool value = false;
  bool operator==(const FixedVariable&) const = default;
};

struct ObligationPlan {
  enum class Kind { sign_vector_item, affine_item, selector_case, gate_strictness, layer_case, implied_bound };
  Kind kind = Kind::selector_case;
  std::size_t index = 0;  // first item, case i, or gate j; implied_bound: its parent's
  std::size_t count = 1;  // items covered (Lemma 5.1/5.2 obligations cover a chunk of items)
  std::string name;       // "items-0-4095", "case-1", "strict-F0", "case-1.bound-F0"
  std::string meaning;    // one line: what a model of the query would be
  // implied_bound only: the obligation that asserts the bound (selector_case
  // or gate_strictness, with the same index), and the value bounded ("F0", "f1").
  Kind parent = Kind::selector_case;
  std::string parent_name;
  std::string value;
  // Cube splitting (selector_case, gate_strictness and their companions):
  // the claim variables this query fixes, substituted into every value it
  // defines. The 2^c cubes of one obligation ("case-0.cube-0" ..
  // "case-0.cube-<2^c - 1>", bit b of the cube number is fixed[b].value)
  // together cover what the unsplit obligation covers. Empty: not split.
  std::vector<FixedVariable> fixed;
};

// Lemma 5.1/5.2 items per obligation: one query per item would mean 258376
// solver calls for arity 4; a chunk is one disjunction over its items, each
// with its own variables (suffix _t), and still solves in well under a second.
inline constexpr std::size_t kItemsPerObligation = 4096;

// Cube splitting of selector_case and gate_strictness obligations of degree
// >= 2 (cube-and-conquer): with the exact minimal M, the proof that a
// quadratic 0/1 polynomial stays below M gets hard fast for Z3 as variables
// are added (XOR, d = 2: n = 12 in 0.3 s, n = 14 in 88 s unsplit;
// docs/performance.md). An obligation whose values have degree >= 2, a sign
// that neither their bounds nor an input settle (has_open_sign in
// encode.cpp), and more than kCubeFreeVariables free claim variables is split on the
// c = min(free - kCubeFreeVariables, kMaxCubeBits) variables of largest
// influence (sum of |coefficient| over the terms that contain them, ties to
// the lower index): 2^c sub-queries, each with those variables substituted.
// Measured (bench_z3 xor_exact, one run under load): n = 14 47 s unsplit,
// 1.9 s split; n = 20 in 58 s split. 10 and 12 are first choices, not tuned.
inline constexpr std::uint32_t kCubeFreeVariables = 10;
inline constexpr std::uint32_t kMaxCubeBits = 12;

// Name of a Lemma 5.1/5.2 item variable: z<j>_<item>.
std::string item_variable(unsigned j, std::size_t item);

// Name of claim variable v in a selector claim with k selector variables.
std::string variable_name(std::uint32_t v, std::uint32_t k);
// Name of the 0/1 value of a monomial (claim variables): the variable itself
// for degree 1, else the indicator m_<name>_<name>...
std::string monomial_name(const Monomial& monomial, std::uint32_t k);

// A value that a selector_case or gate_strictness obligation defines:
// name = polynomial(claim variables offset, offset + 1, ...) on the cube.
struct DefinedValue {
  std::string name;        // "F0" (gate 0), "f1" (input 1)
  Polynomial polynomial;   // F_j(e_i + x) (dense: F_j(c_i + x)) for case i (offset k), F_j for strict-Fj (offset 0), f_t (offset k)
  std::uint32_t offset = 0;
  BigInt low, high;        // implied bounds: c0 + sum min(0, c), c0 + sum max(0, c)
};

// The values obligation `kind` (selector_case or gate_strictness) with index
// `index` defines, in the order they are asserted.
// With `fixed`, each value's polynomial has those claim variables substituted.
std::vector<DefinedValue> defined_values(const SelectorClaim& claim, ObligationPlan::Kind kind, std::size_t index,
                                         const std::vector<FixedVariable>& fixed = {});
// Theorem 4.3, obligation code-<c>: H<i>, G<i> (h_i, g_i with x^- = c
// substituted, offset s) and, for a used code, hp<c>, gp<c> (h+_c, g+_c).
std::vector<DefinedValue> defined_values(const LayerClaim& claim, std::uint64_t code);
// Number of leading claim variables named z (selector claims: k; layer
// claims: s, which are always substituted away, so only x names occur).
std::uint32_t selector_width(const Claim& claim);
// The value an implied_bound plan is about.
DefinedValue bound_subject(const Claim& claim, const ObligationPlan& plan);

// B as a Boolean formula of args (true = +1): Shannon expansion over the
// truth table, argument 0 outermost, equal cofactors merged, and an ite with
// a constant branch written with and/or/not.
std::string operator_formula(const BooleanOperator& op, const std::vector<std::string>& args);

// Obligations of a validated claim, in checking order: each selector_case or
// gate_strictness obligation (or each cube of it) is followed by its
// implied_bound companions. cube_free_variables replaces kCubeFreeVariables
// (tests split tiny claims; kNoCubeSplit never splits, to measure).
inline constexpr std::uint32_t kNoCubeSplit = 0xffffffffU;
std::vector<ObligationPlan> plan_obligations(const Claim& claim, std::uint32_t cube_free_variables = kCubeFreeVariables);

// Declarations and assertions of one obligation (no set-logic, no check-sat).
std::string encode_obligation(const Claim& claim, const ObligationPlan& plan);

// What a script's header says about its answer. unsat and sat are answers
// quarks found (sat only with a counterexample the reference confirmed);
// undecided is for --dump-smt2 files of a query that was not decided.
struct ScriptAnswer {
  enum class Kind { unsat, sat, undecided };
  Kind kind = Kind::unsat;
  std::string note;  // sat: the counterexample, one line; undecided: why
};

// The complete stand-alone script: header comments (claim, obligation,
// "; expected: unsat|sat", for sat "; why sat: ..."), (set-info :status ...),
// options, (set-logic QF_LIA), the assertions, (check-sat).
std::string complete_script(const Claim& claim, const ObligationPlan& plan, const std::string& assertions,
                            const ScriptAnswer& answer);

}  // namespace quarks::smt
