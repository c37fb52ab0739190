#pragma once
// The outcome of one check, shared by the exhaustive and the Z3 checkers.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace quarks {

// `disagreement` means two evaluations inside quarks contradict each other: a
// fast walk and the naive reference, a solver model and the reference, or the
// two checkers. It is a bug in quarks, never a statement about the claim.
// `error` is a failure to decide (a solver error, an internal exception).
enum class Verdict { verified, refuted, unknown, timeout, error, disagreement };

std::string to_string(Verdict verdict);
// CLI exit code: 0 verified, 1 refuted, 3 unknown, timeout or error,
// 4 disagreement (2 is bad input, decided before any check).
int exit_code(Verdict verdict);

enum class CheckMethod { exhaustive, z3 };
std::string to_string(CheckMethod method);

struct CheckReport {
  CheckMethod method = CheckMethod::exhaustive;
  Verdict verdict = Verdict::error;
  std::string reason;                         // why unknown/timeout/error, or what was refuted
  std::optional<std::string> counterexample;  // exact re-evaluation at the failing point
  std::uint64_t points = 0;                   // cube points visited (exhaustive)
  std::uint64_t obligations = 0;              // solver queries (z3)
  double seconds = 0;
};

// The verdict that decides a set of results: disagreement > refuted > error >
// timeout > unknown > verified. Empty input is an error (nothing was checked).
Verdict worst(const std::vector<Verdict>& verdicts);

// The verdict of one claim checked by several checkers (e.g. exhaustive and
// Z3): the worst of theirs, and disagreement if one verified what another
// refuted (a bug in quarks, never a verdict on the claim).
Verdict overall_verdict(const std::vector<CheckReport>& reports);
bool checkers_disagree(const std::vector<CheckReport>& reports);

// Combines several reports of one method (e.g. per obligation): the first
// report with the worst verdict supplies the reason and counterexample.
CheckReport combine_reports(CheckMethod method, const std::vector<CheckReport>& parts);

}  // namespace quarks
