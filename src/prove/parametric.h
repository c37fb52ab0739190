#pragma once
// Parametric proofs: the lemmas for ALL parameters at one fixed size, not one
// instance. Each obligation asserts the lemma's hypotheses on symbolic
// parameters and the negation of its conclusion for the construction quarks
// uses (the corrected selector of Lemma 5.2, F = sign(M q(z) + theta p(x)) of
// Lemma 5.3/5.4); unsat proves the lemma at that size for every parameter.
// A sat answer is reported only after the model is re-evaluated exactly with
// src/witness and src/claim/reference (docs/parametric-proofs.md).
#include <optional>
#include <string>
#include <vector>

#include "claim/verdict.h"
#include "core/boolean_operator.h"

namespace quarks::prove {

// The construction a claim's obligations encode.
enum class Construction {
  corrected_selector,  // Lemma 5.2 with the corrected Eq. 5.5 (docs/errata.md)
  printed_selector,    // Lemma 5.2 with Eq. 5.5 as printed
  multiplexing,        // Lemma 5.3, F = sign(M q(z) + theta p(x)), k = selector_variables
  simultaneous,        // Lemma 5.4 for the operator `op`
  activation_gating,   // Sec. 2: gating the activation = gating every incoming synapse (reals)
  output_gating,       // Sec. 2, Fig. 2: output gating and synaptic gating deliver the same product (reals)
};

// What SIZE counts for a claim.
enum class SizeParameter { k, free_variables, synapses };
std::string to_string(SizeParameter size);     // "k", "n-k", "synapses"
std::string file_tag(SizeParameter size);      // in file names: "k", "m", "n"

// Every obligation unsat, or (Eq. 5.5 as printed) a confirmed refutation.
enum class Expectation { proved, refuted };

struct ParametricClaim {
  std::string id;          // "lemma-5.3-k2"
  std::string paper;       // "Lemma 5.3, Eqs. 5.6-5.8"
  Construction construction = Construction::corrected_selector;
  SizeParameter size = SizeParameter::k;
  std::string statement;   // what one size proves
  unsigned max_size = 0;   // --up-to above this is bad input
  unsigned golden_up_to = 0;  // sizes 1..golden_up_to are golden files in proofs/parametric/
  Expectation expected = Expectation::proved;
  unsigned selector_variables = 0;      // multiplexing: k
  std::optional<BooleanOperator> op;    // simultaneous: B
};

const std::vector<ParametricClaim>& parametric_claims();
// InputError (one line) for an unknown id.
const ParametricClaim& find_parametric_claim(const std::string& id);

// TEST ONLY: deliberately wrong constructions or hypotheses, to show that a
// wrong statement comes back sat with a countermodel the reference confirms.
enum class Mutation {
  none,
  nonstrict_m,   // Lemma 5.3/5.4: hypothesis M >= |p(x)| instead of M > |p(x)|
  flipped_theta  // Lemma 5.3/5.4: F = sign(M q(z) - theta p(x))
};

struct ProveOptions {
  double timeout_seconds = 60;  // budget for one size (all its obligations)
  unsigned random_seed = 0;
  Mutation mutation = Mutation::none;
};

enum class Outcome {
  proved,       // every obligation unsat
  refuted,      // a sat obligation, model confirmed by the reference
  undecided,    // unknown / timeout / solver error
  disagreement  // a model the reference does not confirm: a bug in quarks
};
std::string to_string(Outcome outcome);

struct ParametricObligation {
  std::string name;      // "case-0", "all", "j-ge-1"
  std::string file;      // "lemma-5.3-k2-m3.case-0.smt2"
  std::string smt2;      // self-contained script, headed with the answer found
  bool sat = false;      // the answer found (only decided obligations are exported)
  bool expected_sat = false;  // the answer the claim expects of this obligation
  std::string why_sat;   // confirmed countermodel, one line
  double seconds = 0;
};

struct SizeResult {
  unsigned size = 0;
  Outcome outcome = Outcome::undecided;
  // The claim at this size: verified when every obligation gave the answer the
  // claim expects of it (unsat, or for Eq. 5.5 as printed the expected sat and
  // unsat); refuted when a decided answer differs; unknown, timeout or error
  // when one is undecided; disagreement as `outcome`. exit_code() maps it.
  Verdict verdict = Verdict::error;
  std::string detail;  // countermodel, or why undecided
  double seconds = 0;
  std::vector<ParametricObligation> obligations;  // complete only when decided
};

// Builds and solves every obligation of one size. InputError on a size out of
// range or a mutation that does not apply to the claim.
SizeResult prove_size(const ParametricClaim& claim, unsigned size, const ProveOptions& options);

}  // namespace quarks::prove
