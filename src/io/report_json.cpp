#include "io/report_json.h"

#include <nlohmann/json.hpp>

namespace quarks {

namespace {
using nlohmann::json;

json report_object(const std::string& claim, const std::string& statement, const Coverage& scope,
                   const std::vector<CheckReport>& reports, Verdict verdict) {
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
  return {{"format", "quarks-check-report"},
          {"version", kReportFormatVersion},
          {"claim", claim},
          {"statement", statement},
          {"scope", scope_word},
          {"scope_text", scope.text},
          {"weakened", scope.weakened},
          {"checkers", checkers},
          {"verdict", to_string(verdict)},
          {"exit_code", exit_code(verdict)}};
}
}  // namespace

std::string check_report_json(const Claim& claim, const Coverage& scope, const std::vector<CheckReport>& reports,
                              Verdict verdict) {
  return report_object(claim_id(claim), statement(claim), scope, reports, verdict).dump(1) + "\n";
}

std::string check_files_report_json(const std::vector<FileCheck>& files) {
  json entries = json::array();
  json summary = {{"files", files.size()}, {"verified", 0},  {"refuted", 0},
                  {"bad_input", 0},        {"undecided", 0}, {"disagreement", 0}};
  for (const auto& f : files) {
    const FileOutcome o = outcome(f);
    json entry = {{"path", f.path}, {"outcome", to_string(o)}, {"exit_code", exit_code(o)}, {"seconds", f.seconds}};
    if (f.bad_input) entry["error"] = f.error;
    else entry["report"] = report_object(f.claim, f.statement, f.scope, f.reports, f.verdict);
    entries.push_back(entry);
    const std::string key = o == FileOutcome::bad_input ? "bad_input" : to_string(o);
    summary[key] = summary[key].get<int>() + 1;
  }
  const FileOutcome total = worst_outcome(files);
  json report = {{"format", "quarks-check-files-report"},
                 {"version", kReportFormatVersion},
                 {"files", entries},
                 {"summary", summary},
                 {"outcome", to_string(total)},
                 {"exit_code", exit_code(total)}};
  // Paths need not be UTF-8; nlohmann::json would throw on them, so they are
  // written with U+FFFD in place of invalid bytes.
  return report.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace quarks
