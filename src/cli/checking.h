#pragma once
// Runs the requested checkers on one claim and prints their reports.
#include <ostream>
#include <string>
#include <vector>

#include "claim/claims.h"
#include "claim/verdict.h"
#include "verify/exhaustive.h"

namespace quarks::cli {

enum class Method { exhaustive, z3, both };
Method parse_method(const std::string& text);

struct CheckSettings {
  Method method = Method::both;
  double timeout_seconds = 60;
  unsigned random_seed = 0;
  std::string dump_dir;  // SMT-LIB2 dump of every query, if set
  ExhaustiveOptions exhaustive;
  // Z3 obligations solved at once (smt::SmtOptions::threads); set with the
  // exhaustive walk's threads from the one --threads flag.
  unsigned smt_threads = 0;  // 0: smt::SmtOptions' default (all cores)
};

std::vector<CheckReport> run_checks(const Claim& claim, const CheckSettings& settings);

void print_report(std::ostream& out, const CheckReport& report);

}  // namespace quarks::cli
