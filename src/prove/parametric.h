#pragma once
// Parametric proofs (issue 8): the lemmas for ALL parameters at one fixed size,
// not one instance. Each obligation asserts the lemma's hypotheses on symbolic
// parameters and the negation of its conclusion for the construction quarks
// uses (the corrected selector of Lemma 5.2, F = sign(M q(z) + theta p(x)) of
// Lemma 5.3/5.4); unsat proves the lemma at that size for every parameter.
// A sat answer is reported only after the model is re-evaluated exactly with
// src/witness and src/claim/reference (docs/parametric-proofs.md).
#include <optional>
#include <string>
#include <vector>

namespace quarks::prove {

struct ParametricClaim {
  std::string id;          // "lemma-5.3-k2"
  std::string paper;       // "Lemma 5.3, Eqs. 5.6-5.8"
  std::string size_name;   // what SIZE is: "k", "n-k", "synapses"
  std::string statement;   // what one size proves
  unsigned max_size = 0;   // --up-to above this is bad input
  unsigned golden_up_to = 0;  // sizes 1..golden_up_to are golden files in proofs/parametric/
  bool expect_refuted = false;  // lemma-5.2-paper: the printed formula fails (at j = 0)
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
  proved,       // every obligation unsat (as expected)
  refuted,      // a sat obligation, model confirmed by the reference
  undecided,    // unknown / timeout / solver error
  disagreement  // a model the reference does not confirm: a bug in quarks
};
std::string to_string(Outcome outcome);

struct ParametricObligation {
  std::string name;      // "case-0", "all", "j-ge-1"
  std::string file;      // "lemma-5.3-k2-m3.case-0.smt2"
  std::string smt2;      // self-contained script, headed with its expected answer
  bool sat = false;      // the answer found (only decided obligations are exported)
  std::string why_sat;   // confirmed countermodel, one line
  double seconds = 0;
};

struct SizeResult {
  unsigned size = 0;
  Outcome outcome = Outcome::undecided;
  std::string detail;  // countermodel, or why undecided
  double seconds = 0;
  std::vector<ParametricObligation> obligations;  // complete only when decided
};

// Builds and solves every obligation of one size. InputError on a size out of
// range or a mutation that does not apply to the claim.
SizeResult prove_size(const ParametricClaim& claim, unsigned size, const ProveOptions& options);

}  // namespace quarks::prove
