#include "cli/checking.h"

#include <iomanip>

#include "core/error.h"
#include "smt/z3_checker.h"
#include "verify/exhaustive.h"

namespace quarks::cli {

Method parse_method(const std::string& text) {
  if (text == "exhaustive") return Method::exhaustive;
  if (text == "z3") return Method::z3;
  if (text == "both") return Method::both;
  throw InputError("--method must be exhaustive, z3 or both, not '" + text + "'");
}

std::vector<CheckReport> run_checks(const Claim& claim, const CheckSettings& settings) {
  std::vector<CheckReport> reports;
  if (settings.method != Method::z3) reports.push_back(check_exhaustive(claim, settings.exhaustive));
  if (settings.method != Method::exhaustive) {
    smt::SmtOptions options;
    options.timeout_seconds = settings.timeout_seconds;
    options.random_seed = settings.random_seed;
    options.dump_dir = settings.dump_dir;
    if (settings.smt_threads != 0) options.threads = settings.smt_threads;
    reports.push_back(smt::check_z3(claim, options));
  }
  return reports;
}

void print_report(std::ostream& out, const CheckReport& report) {
  out << to_string(report.method) << ": " << to_string(report.verdict);
  if (report.method == CheckMethod::exhaustive) out << " (" << report.points << " points";
  else out << " (" << report.obligations << " obligations";
  out << ", " << std::fixed << std::setprecision(3) << report.seconds << " s)";
  if (!report.reason.empty()) out << ": " << report.reason;
  out << "\n";
  if (report.counterexample) out << "  counterexample (re-evaluated exactly): " << *report.counterexample << "\n";
}

}  // namespace quarks::cli
