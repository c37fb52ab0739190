#pragma once
// Narrow Z3 wrapper (in the style of Alive2's smt/ layer). The interface is
// SMT-LIB2 text, so this header exposes no Z3 types and the query a checker
// solves is byte for byte the query it can export (Obligation::smt2).
#include <map>
#include <string>

namespace quarks::smt {

enum class SolveStatus { unsat, sat, unknown, timeout, error };
std::string to_string(SolveStatus status);

struct SolverSettings {
  unsigned timeout_ms = 60000;  // 0 is raised to 1: Z3 reads 0 as "no limit"
  unsigned random_seed = 0;     // smt.random_seed, pinned so runs are reproducible
  // smt.arith.simplex_strategy = 1 (tableau with costs) instead of Z3's
  // default. For implied-bound companions (one long sum against its box
  // bound), where the default pivoting takes seconds; measured with z3 4.8.12
  // on bench_z3's claims: linear n = 1024, 4-7 s -> 0.15 s per companion;
  // degree 2 n = 64, 25-29 s -> 0.4 s. Parents gain nothing, so they keep the default.
  bool tableau_costs = false;
};

struct SolveResult {
  SolveStatus status = SolveStatus::error;
  // sat only: value of every constant the model assigns ("0", "1", "true", "-17", ...).
  std::map<std::string, std::string> model;
  std::string reason;  // Z3's reason_unknown, or the error message
  double seconds = 0;
};

// Checks the declarations and assertions in `assertions` (SMT-LIB2, no
// check-sat) on a fresh QF_LIA solver: one-shot queries never touch Z3's
// incremental core. Never throws: Z3 exceptions become SolveStatus::error.
SolveResult solve_smt2(const std::string& assertions, const SolverSettings& settings);

// The SMT-LIB2 logics quarks writes: linear integer arithmetic for every
// claim, nonlinear real arithmetic for the Sec. 2 identities of src/prove.
enum class Logic { qf_lia, qf_nra };
std::string to_string(Logic logic);  // "QF_LIA", "QF_NRA"

// As solve_smt2 for Logic::qf_lia. For any other logic, a fresh solver for
// it with only the timeout and smt.random_seed set (tableau_costs is ignored).
// Model values are as Z3 prints them (a real may be "(/ 1.0 2.0)").
SolveResult solve_smt2_in_logic(Logic logic, const std::string& assertions, const SolverSettings& settings);

// The version of the Z3 library linked at run time ("4.8.12.0"), for `quarks --version`.
std::string z3_version();

}  // namespace quarks::smt
