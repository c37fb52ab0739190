#pragma once
// The Z3 checker: every claim kind as a set of QF_LIA obligations (the
// negated claim, one small query each, plus one companion per implied bound
// a query asserts; smt/encode.h), each on a fresh solver. A model is a
// counterexample only after claim/reference.h confirms it.
#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "claim/claims.h"
#include "claim/verdict.h"
#include "smt/encode.h"

namespace quarks::smt {

struct SmtOptions {
  double timeout_seconds = 60;  // budget for the whole check; each query gets what is left
  unsigned random_seed = 0;     // smt.random_seed
  // If non-empty, every query solved is written there as SMT-LIB2, headed with
  // the answer found (or, if undecided, why, and (set-info :status unknown)).
  std::string dump_dir;
  // Obligations solved at once, each on its own thread with its own
  // z3::context and fresh solver. Unless the time budget runs out, verdict,
  // counterexample, reason and every exported or dumped script do not depend
  // on it: answers are combined in plan order, and no obligation after the
  // first refutation (in plan order) is reported or dumped. (The budget is
  // wall time, so which obligations it cuts short depends on the machine and
  // on the thread count.) Dumps are written when the check ends.
  unsigned threads = std::max(1U, std::thread::hardware_concurrency());
  // Cube splitting of degree >= 2 obligations (smt/encode.h): TEST/BENCH
  // ONLY. Lower values split tiny claims; kNoCubeSplit measures the unsplit
  // encoding. Exported proofs use the default.
  std::uint32_t cube_free_variables = kCubeFreeVariables;
  // TEST ONLY (fault injection): called on every sat model, before the
  // reference re-evaluates it. It can only make a refutation unconfirmed
  // (Verdict::disagreement), never produce "verified": unsat answers carry no
  // model and never reach it. Leave empty outside tests.
  std::function<void(std::map<std::string, std::string>& model)> corrupt_model;
};

// method = CheckMethod::z3. Validates the claim first (InputError on bad
// input). Degree bounds are syntactic and are checked before any solver call.
// Every companion is solved too, so "verified" rests on no bound quarks
// computed. A solver model the reference does not confirm, or a companion
// that is not unsat, is Verdict::disagreement (a bug in quarks).
CheckReport check_z3(const Claim& claim, const SmtOptions& options);

enum class ExpectedAnswer { unsat, sat };
std::string to_string(ExpectedAnswer answer);  // "unsat", "sat"

struct Obligation {
  std::string name;  // "case-0", "strict-F1", "items-0-19", "case-0.bound-F0"
  std::string smt2;  // complete SMT-LIB2 script, headed "; expected: <answer>" and (set-info :status <answer>)
  ExpectedAnswer expected = ExpectedAnswer::unsat;  // what quarks found by solving it
  std::optional<std::string> why_sat;  // sat only: the counterexample the reference confirmed, one line
  std::string parent;                  // a bound companion: the obligation whose bound it proves; else ""
};

// Thrown by smt2_obligations when some obligation is not decided: unknown,
// timeout or a solver error (verdict unknown/timeout/error), or a model the
// reference does not confirm, or a companion bound that is not unsat
// (verdict disagreement: a bug in quarks). No partial set is returned.
class SmtExportError : public std::runtime_error {
 public:
  SmtExportError(Verdict verdict, const std::string& what) : std::runtime_error(what), verdict_(verdict) {}
  Verdict verdict() const { return verdict_; }

 private:
  Verdict verdict_;
};

// The scripts check_z3 solves, for z3/cvc5 on the command line (proofs/),
// parents and companions alike. Each is solved here exactly as check_z3 does
// (options.timeout_seconds is the budget for all of them), and its header
// states the answer found. Validates the claim; throws InputError if a degree
// bound is violated (that part of the claim is not an SMT query), and
// SmtExportError if any obligation is undecided.
std::vector<Obligation> smt2_obligations(const Claim& claim, const SmtOptions& options);

}  // namespace quarks::smt
