#include "smt/realizability.h"

#include "core/error.h"
#include "core/polynomial.h"
#include "smt/smtlib_writer.h"
#include "smt/solver.h"
#include "smt/z3_checker.h"

namespace quarks::smt {

namespace {

using namespace smt::smtlib;

// b + sum_j w_j x_j >= 1 on the true rows and <= -1 on the false rows: the
// integer form of a strict realization (realizability.h).
std::string assertions(const BooleanOperator& op) {
  SmtLibWriter out;
  out.declare_int("b");
  for (unsigned j = 0; j < op.arity(); ++j) out.declare_int("w" + std::to_string(j));
  for (std::uint64_t t = 0; t < op.rows(); ++t) {
    std::vector<std::string> terms{"b"};
    for (unsigned j = 0; j < op.arity(); ++j) {
      if ((t >> j) & 1U) terms.push_back("w" + std::to_string(j));
    }
    // Row t: x_j = bit j of t; the gate must output op's value there, strictly.
    out.add_assertion(op.row(t) ? ge(sum(terms), "1") : le(sum(terms), integer(BigInt(-1))));
  }
  return out.str();
}

}  // namespace

std::string not_threshold_smt2(const BooleanOperator& op, double timeout_seconds) {
  // The expected answer is the one quarks finds, with a sat model re-checked
  // at every row; an undecided query is not exported.
  const CheckReport r = check_not_threshold(op, timeout_seconds);
  std::string s = comment("quarks: is " + op.describe() + " a single linear threshold gate on {0,1}^" +
                          std::to_string(op.arity()) + "?");
  s += comment("a model (b, w) would realize it strictly; unsat means it is not a linear threshold function");
  if (r.verdict == Verdict::verified) {
    s += comment("expected: unsat");
    s += "(set-info :status unsat)\n";
  } else if (r.verdict == Verdict::refuted) {
    s += comment("expected: sat");
    s += comment("why sat: " + *r.counterexample);
    s += "(set-info :status sat)\n";
  } else {
    throw SmtExportError(r.verdict, "not-ltf " + op.describe() + ": " + to_string(r.verdict) + ": " + r.reason +
                                        "; no file written");
  }
  s += "(set-logic QF_LIA)\n" + assertions(op) + "(check-sat)\n";
  return s;
}

CheckReport check_not_threshold(const BooleanOperator& op, double timeout_seconds) {
  if (!(timeout_seconds > 0)) throw InputError("SMT timeout must be positive");
  CheckReport report;
  report.method = CheckMethod::z3;
  report.obligations = 1;
  SolverSettings settings;
  settings.timeout_ms = static_cast<unsigned>(timeout_seconds * 1000);
  const SolveResult result = solve_smt2(assertions(op), settings);
  report.seconds = result.seconds;
  switch (result.status) {
    case SolveStatus::unsat:
      report.verdict = Verdict::verified;
      report.reason = op.describe() + " is not a linear threshold function (no strict integer realization)";
      return report;
    case SolveStatus::sat: {
      // Re-check the model exactly: p = b + sum w_j x_j must have op's sign at every row.
      auto value = [&](const std::string& name) {
        auto it = result.model.find(name);
        if (it == result.model.end()) return BigInt(0);
        std::string text = it->second;
        // SMT-LIB writes negative integers as (- 3).
        if (text.rfind("(- ", 0) == 0 && text.back() == ')') text = "-" + text.substr(3, text.size() - 4);
        return parse_bigint(text, "model value of " + name);
      };
      std::vector<Term> terms{{{}, value("b")}};
      for (unsigned j = 0; j < op.arity(); ++j) terms.push_back({{j}, value("w" + std::to_string(j))});
      Polynomial p = Polynomial::from_terms(op.arity(), terms);
      std::string realization = "b = " + quarks::to_string(value("b"));
      for (unsigned j = 0; j < op.arity(); ++j) realization += ", w" + std::to_string(j) + " = " + quarks::to_string(value("w" + std::to_string(j)));
      for (std::uint64_t t = 0; t < op.rows(); ++t) {
        BigInt s = p.evaluate(point_from_mask(t, op.arity()));
        if (s == 0 || (s > 0) != op.row(t)) {
          // The reference does not confirm the solver's model: a bug in quarks or z3.
          report.verdict = Verdict::disagreement;
          report.reason = "z3's model does not realize " + op.describe() + " (" + realization + ")";
          return report;
        }
      }
      report.verdict = Verdict::refuted;
      report.reason = op.describe() + " is a linear threshold function";
      report.counterexample = "realization sign(" + realization + "), checked at all " + std::to_string(op.rows()) + " rows";
      return report;
    }
    case SolveStatus::timeout:
      report.verdict = Verdict::timeout;
      break;
    case SolveStatus::unknown:
      report.verdict = Verdict::unknown;
      break;
    case SolveStatus::error:
      report.verdict = Verdict::error;
      break;
  }
  report.reason = result.reason;
  return report;
}

}  // namespace quarks::smt
