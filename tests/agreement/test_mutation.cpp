// Mutation test (every checker must reject corrupted witnesses): corrupt one coefficient of a valid witness
// (+-1, or M pushed below the bound). Whenever the reference semantics says the
// claim became false, both checkers must report refuted; neither may ever
// report verified for a false claim, and the two never disagree.
#include <catch2/catch.hpp>

#include "circuit/builders_gated.h"
#include "circuit/evaluate.h"
#include "claim/reference.h"
#include "smt/realizability.h"
#include "smt/z3_checker.h"
#include "verify/exhaustive.h"
#include "witness/affine_selector.h"
#include "witness/composition.h"
#include "witness/extension.h"
#include "witness/sign_vectors.h"

using namespace quarks;
using namespace quarks::smt;

namespace {

SmtOptions smt_options() {
  SmtOptions o;
  o.timeout_seconds = 30;
  return o;
}

struct Tally {
  int false_claims = 0, true_claims = 0;
};

// Checks one (possibly corrupted) claim with both checkers against the reference.
void check_agreement(const Claim& claim, Tally& tally, const std::string& label) {
  const bool is_false = brute_force_violation(claim).has_value();
  (is_false ? tally.false_claims : tally.true_claims)++;
  const CheckReport exhaustive = check_exhaustive(claim);
  const CheckReport z3 = check_z3(claim, smt_options());
  CAPTURE(label, is_false, exhaustive.reason, z3.reason);
  const Verdict expected = is_false ? Verdict::refuted : Verdict::verified;
  CHECK(exhaustive.verdict == expected);
  CHECK(z3.verdict == expected);
  if (is_false) {
    CHECK(exhaustive.counterexample.has_value());
    CHECK(z3.counterexample.has_value());
  }
}

}  // namespace

TEST_CASE("single-coefficient corruptions: both checkers match the reference", "[mutation]") {
  Tally tally;
  std::uint64_t seed = 100;
  for (const char* op : {"AND", "XOR", "NIMPLY", "tt:00010111"}) {
    for (int degree : {1, 2}) {
      auto B = BooleanOperator::parse(op);
      Witness w = random_composition_witness(B, 7, std::vector<int>(B.arity(), degree), seed++, 4);
      check_agreement(w.claim, tally, std::string(op) + " valid");
      const auto& base = std::get<SelectorClaim>(w.claim);
      SeededRandom random(seed);
      for (int trial = 0; trial < 6; ++trial) {
        SelectorClaim mutated = base;
        const bool mutate_input = trial % 3 == 2;
        auto& poly = mutate_input ? mutated.inputs[random.below(mutated.inputs.size())]
                                  : mutated.gates[random.below(mutated.gates.size())];
        auto terms = poly.terms();
        auto& term = terms[random.below(terms.size())];
        term.coefficient += trial % 2 ? 1 : -1;
        poly = Polynomial::from_terms(poly.num_variables(), terms);
        check_agreement(mutated, tally, std::string(op) + " trial " + std::to_string(trial));
      }
    }
  }
  // The corruptions must include false claims, or the test proves nothing.
  CHECK(tally.false_claims >= 5);
  CHECK(tally.true_claims >= 8);  // the eight valid witnesses at least
}

TEST_CASE("M pushed below the bound is refuted by both checkers", "[mutation]") {
  // p has max |p| = 5 at x = 0 (p = 5); with theta_1 = -1 the extension needs -M + 5 < 0.
  auto p = Polynomial::from_terms(2, {{{}, 5}, {{0}, -2}, {{1}, -6}});
  Witness w = extension_witness(p, 3, 1, 0, 1, {0, -1}, 1);
  Tally tally;
  check_agreement(w.claim, tally, "lemma-5.3 valid, M = 6");
  for (int m : {5, 4, 1}) {
    SelectorClaim mutated = std::get<SelectorClaim>(w.claim);
    // F = -M z + p(x shifted): replace the selector coefficient -6 by -m.
    mutated.gates[0] = Polynomial::from_terms(3, {{{}, 5}, {{1}, -2}, {{2}, -6}, {{0}, -m}});
    check_agreement(mutated, tally, "M = " + std::to_string(m));
  }
  CHECK(tally.false_claims == 3);
  CHECK(tally.true_claims == 1);

  // The same on generated Lemma 5.4 witnesses: scale every selector coefficient from M down to M/2.
  Tally halved;
  for (const char* op : {"AND", "XNOR", "tt:01101001"}) {
    auto B = BooleanOperator::parse(op);
    Witness c = random_composition_witness(B, 6, std::vector<int>(B.arity(), 1), 9, 8);
    const auto& base = std::get<SelectorClaim>(c.claim);
    SelectorClaim mutated = base;
    const auto& gates_info = c.construction.at("gates");
    for (std::size_t j = 0; j < mutated.gates.size(); ++j) {
      const BigInt M = parse_bigint(gates_info.at(j).at("M").text());
      std::vector<Term> terms;
      for (const auto& t : base.gates[j].terms()) {
        const bool z_only = !t.monomial.empty() && t.monomial.back() < base.k;
        terms.push_back({t.monomial, z_only ? BigInt(t.coefficient / M * (M / 2)) : t.coefficient});
      }
      // The constant M q_0 + theta p_0 keeps q_0's share at M: shrink it too.
      const auto q0 = parse_bigint(gates_info.at(j).at("selector_q").at(0).text());
      terms.push_back({{}, q0 * (M / 2 - M)});
      mutated.gates[j] = Polynomial::from_terms(base.n, terms);
    }
    check_agreement(mutated, halved, std::string(op) + " M/2");
  }
  // M/2 is below max |p| + 1 with the harmful sign in every one of these, so
  // all three must be false (and were refuted above), or the test shows nothing.
  CHECK(halved.false_claims == 3);
  CHECK(halved.true_claims == 0);
}

TEST_CASE("Lemma 5.1 and 5.2 corruptions: both checkers match the reference", "[mutation]") {
  Tally tally;
  Witness signs = sign_vector_witness(3);
  check_agreement(signs.claim, tally, "lemma-5.1 valid");
  auto corrupted = std::get<SignVectorClaim>(signs.claim);
  corrupted.items[17].theta = -corrupted.items[17].theta;
  check_agreement(corrupted, tally, "lemma-5.1 theta flipped");
  Witness selectors = affine_selector_witness(4, SelectorFormula::corrected);
  check_agreement(selectors.claim, tally, "lemma-5.2 valid");
  auto bumped = std::get<AffineSelectorClaim>(selectors.claim);
  bumped.items[40].coefficients[1] += 1;
  check_agreement(bumped, tally, "lemma-5.2 q_1 + 1");
  check_agreement(affine_selector_witness(3, SelectorFormula::paper).claim, tally, "lemma-5.2 paper formula");
  CHECK(tally.false_claims == 3);
  CHECK(tally.true_claims == 2);
}

TEST_CASE("XOR by gating (OR gated by NAND) computes a function no single LTF computes", "[xor-gating]") {
  // The circuit's output on the four 0/1 inputs, read as a Boolean operator (output 1 = +1 = true).
  const circuit::Circuit c = circuit::xor_by_gating();
  std::vector<bool> rows(4);
  for (unsigned t = 0; t < 4; ++t) {
    auto out = circuit::evaluate_exact(c, {BigInt(t & 1U), BigInt(t >> 1)});
    REQUIRE(out.size() == 1);
    REQUIRE((out[0] == 0 || out[0] == 1));
    rows[t] = out[0] == 1;
  }
  const BooleanOperator computed(2, rows);
  CHECK(computed == BooleanOperator::parse("XOR"));
  CHECK(check_not_threshold(computed).verdict == Verdict::verified);
}
