#include "io/report_json.h"

#include <nlohmann/json.hpp>

namespace quarks {

std::string check_report_json(const Claim& claim, const Coverage& scope, const std::vector<CheckReport>& reports,
                              Verdict verdict) {
  using nlohmann::json;
  json checkers = json::array();
  for (const auto& r : reports) {
    json entry = {{"method", to_string(r.method)}, {"verdict", to_string(r.verdict)}, {"reason", r.reason},
                  {"seconds", r.seconds}};
    if (r.method == CheckMethod::exhaustive) entry["points"] = r.points;
    else entry["obligations"] = r.obligations;
    if (r.counterexample) entry["counterexample"] = *r.counterexample;
    checkers.push_back(entry);
  }
  const char* scope_word = scope.scope == Coverage::Scope::complete  ? "complete"
                           : scope.scope == Coverage::Scope::partial ? "partial"
                                                                     : "instance";
  json report = {{"format", "quarks-check-report"},
                 {"version", kReportFormatVersion},
                 {"claim", claim_id(claim)},
                 {"statement", statement(claim)},
                 {"scope", scope_word},
                 {"scope_text", scope.text},
                 {"weakened", scope.weakened},
                 {"checkers", checkers},
                 {"verdict", to_string(verdict)},
                 {"exit_code", exit_code(verdict)}};
  return report.dump(1) + "\n";
}

}  // namespace quarks
