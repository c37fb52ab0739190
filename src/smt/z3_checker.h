#pragma once
// The Z3 checker: every claim kind as a set of QF_LIA obligations (the
// negated claim, one small query each; smt/encode.h), each on a fresh solver.
// A model is a counterexample only after claim/reference.h confirms it.
#include <string>
#include <vector>

#include "claim/claims.h"
#include "claim/verdict.h"

namespace quarks {

struct SmtOptions {
  double timeout_seconds = 60;  // budget for the whole check; each query gets what is left
  unsigned random_seed = 0;     // smt.random_seed
  std::string dump_dir;         // if non-empty, every query is written there as SMT-LIB2
};

// method = "z3". Validates the claim first (InputError on bad input). Degree
// bounds are syntactic and are checked before any solver call.
CheckReport check_z3(const Claim& claim, const SmtOptions& options);

struct Obligation {
  std::string name;  // "case-0", "strict-F1", "item-2"
  std::string smt2;  // complete SMT-LIB2 script; header line "; expected: unsat"
};

// The scripts check_z3 solves, for z3/cvc5 on the command line (proofs/).
// Validates the claim; throws InputError if a degree bound is violated, since
// that part of the claim is not an SMT query.
std::vector<Obligation> smt2_obligations(const Claim& claim, const SmtOptions& options);

}  // namespace quarks
