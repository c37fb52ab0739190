#include "claim/verdict.h"

namespace quarks {

std::string to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::verified: return "verified";
    case Verdict::refuted: return "refuted";
    case Verdict::unknown: return "unknown";
    case Verdict::timeout: return "timeout";
    case Verdict::error: return "error";
    case Verdict::disagreement: return "disagreement";
  }
  return "error";
}

int exit_code(Verdict verdict) {
  switch (verdict) {
    case Verdict::verified: return 0;
    case Verdict::refuted: return 1;
    case Verdict::disagreement: return 4;
    default: return 3;
  }
}

std::string to_string(CheckMethod method) { return method == CheckMethod::z3 ? "z3" : "exhaustive"; }

namespace {
int rank(Verdict v) {
  switch (v) {
    case Verdict::disagreement: return 5;
    case Verdict::refuted: return 4;
    case Verdict::error: return 3;
    case Verdict::timeout: return 2;
    case Verdict::unknown: return 1;
    case Verdict::verified: return 0;
  }
  return 3;
}
}  // namespace

Verdict worst(const std::vector<Verdict>& verdicts) {
  if (verdicts.empty()) return Verdict::error;
  Verdict result = Verdict::verified;
  for (Verdict v : verdicts) {
    if (rank(v) > rank(result)) result = v;
  }
  return result;
}

bool checkers_disagree(const std::vector<CheckReport>& reports) {
  bool verified = false, refuted = false;
  for (const auto& r : reports) {
    verified |= r.verdict == Verdict::verified;
    refuted |= r.verdict == Verdict::refuted;
  }
  return verified && refuted;
}

Verdict overall_verdict(const std::vector<CheckReport>& reports) {
  std::vector<Verdict> verdicts;
  for (const auto& r : reports) verdicts.push_back(r.verdict);
  if (checkers_disagree(reports)) verdicts.push_back(Verdict::disagreement);
  return worst(verdicts);
}

CheckReport combine_reports(CheckMethod method, const std::vector<CheckReport>& parts) {
  CheckReport total;
  total.method = method;
  total.verdict = parts.empty() ? Verdict::error : Verdict::verified;
  if (parts.empty()) total.reason = "nothing to check";
  for (const auto& part : parts) {
    total.points += part.points;
    total.obligations += part.obligations;
    total.seconds += part.seconds;
    if (rank(part.verdict) > rank(total.verdict)) {
      total.verdict = part.verdict;
      total.reason = part.reason;
      total.counterexample = part.counterexample;
    }
  }
  return total;
}

}  // namespace quarks
