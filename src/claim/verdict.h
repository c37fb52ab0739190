#pragma once
// The outcome of one check, shared by the exhaustive and the Z3 checkers.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace quarks {

enum class Verdict { verified, refuted, unknown, timeout, error };

std::string to_string(Verdict verdict);
// CLI exit code: 0 verified, 1 refuted, 3 unknown, timeout or error (2 is bad input).
int exit_code(Verdict verdict);

struct CheckReport {
  std::string method;                         // "exhaustive" or "z3"
  Verdict verdict = Verdict::error;
  std::string reason;                         // why unknown/timeout/error, or what was refuted
  std::optional<std::string> counterexample;  // exact re-evaluation at the failing point
  std::uint64_t points = 0;                   // cube points visited (exhaustive)
  std::uint64_t obligations = 0;              // solver queries (z3)
  double seconds = 0;
};

// Combines several reports of one method (e.g. per obligation): the first
// non-verified one wins, in the order refuted > error > timeout > unknown.
CheckReport combine_reports(const std::string& method, const std::vector<CheckReport>& parts);

}  // namespace quarks
