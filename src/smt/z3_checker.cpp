#include "smt/z3_checker.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <mutex>

#include "claim/reference.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/ordered_run.h"
#include "smt/encode.h"
#include "smt/solver.h"

namespace quarks::smt {

namespace {

using Model = std::map<std::string, std::string>;

// A model value that is not 0/1 although the encoding bounds it: the solver
// and quarks disagree about the query.
class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Value of a 0/1 (or Bool) model constant; unassigned constants are 0/false,
// which is also how Z3 completes a model.
bool model_bit(const Model& model, const std::string& name) {
  auto it = model.find(name);
  if (it == model.end()) return false;
  if (it->second == "true" || it->second == "1") return true;
  if (it->second == "false" || it->second == "0") return false;
  throw ModelError("model gives " + name + " = " + it->second + ", not a 0/1 value");
}

// Value of claim variable v at the model's point: a cube's fixed value, else the model's.
bool point_bit(const Model& model, const ObligationPlan& plan, std::uint32_t v, std::uint32_t k) {
  for (const FixedVariable& f : plan.fixed) {
    if (f.variable == v) return f.value;
  }
  return model_bit(model, variable_name(v, k));
}

// First violation of any item in the chunk, in item order, by the reference
// alone: the "why sat" line of an exported chunk then does not depend on which
// model the solver picked.
std::optional<std::string> first_item_violation(const Claim& any, const ObligationPlan& plan) {
  for (std::size_t t = plan.index; t < plan.index + plan.count; ++t) {
    if (plan.kind == ObligationPlan::Kind::sign_vector_item) {
      for (int zi : {-1, 1}) {
        const auto& item = std::get<SignVectorClaim>(any).items[t];
        if (auto v = violation_at(item, zi)) return "item " + std::to_string(t) + ": " + *v;
      }
    } else {
      const auto& item = std::get<AffineSelectorClaim>(any).items[t];
      for (unsigned i = 0; i <= item.k; ++i) {
        if (auto v = violation_at(item, i)) return "item " + std::to_string(t) + ": " + *v;
      }
    }
  }
  return std::nullopt;
}

// Re-evaluates the solver's model with the reference semantics: the
// violation the model exhibits, if it really is one.
std::optional<std::string> confirm(const Claim& any, const ObligationPlan& plan, const Model& model) {
  switch (plan.kind) {
    case ObligationPlan::Kind::sign_vector_item: {
      // The model violates some item of the chunk: find it with the reference.
      for (std::size_t t = plan.index; t < plan.index + plan.count; ++t) {
        const auto& item = std::get<SignVectorClaim>(any).items[t];
        auto v = violation_at(item, model_bit(model, item_variable(item.index, t)) ? 1 : -1);
        if (v) return "item " + std::to_string(t) + ": " + *v;
      }
      return std::nullopt;
    }
    case ObligationPlan::Kind::affine_item: {
      for (std::size_t t = plan.index; t < plan.index + plan.count; ++t) {
        const auto& item = std::get<AffineSelectorClaim>(any).items[t];
        // Each item bounds its z only inside its own disjunct (encode.cpp),
        // so the z of an item the model does not satisfy may be anything.
        unsigned i = 0, set = 0;
        bool point = true;
        for (unsigned l = 1; l <= item.k && point; ++l) {
          auto it = model.find(item_variable(l, t));
          const std::string value = it == model.end() ? "0" : it->second;
          point = value == "0" || value == "1";
          if (value == "1") i = l, ++set;
        }
        if (!point || set > 1) continue;  // not a point e_i
        if (auto v = violation_at(item, i)) return "item " + std::to_string(t) + ": " + *v;
      }
      return std::nullopt;
    }
    case ObligationPlan::Kind::selector_case: {
      const auto& claim = std::get<SelectorClaim>(any);
      CubePoint x(claim.n - claim.k, 0);
      for (std::uint32_t v = claim.k; v < claim.n; ++v) {
        x[v - claim.k] = point_bit(model, plan, v, claim.k);
      }
      return case_violation_at(claim, static_cast<unsigned>(plan.index), x);
    }
    case ObligationPlan::Kind::gate_strictness: {
      const auto& claim = std::get<SelectorClaim>(any);
      CubePoint point(claim.n, 0);
      for (std::uint32_t v = 0; v < claim.n; ++v) point[v] = point_bit(model, plan, v, claim.k);
      return strictness_violation_at(claim, plan.index, point);
    }
    case ObligationPlan::Kind::layer_case: {
      const auto& claim = std::get<LayerClaim>(any);
      const std::uint32_t s = claim.selector_bits();
      CubePoint x(claim.n - s, 0);
      for (std::uint32_t v = s; v < claim.n; ++v) x[v - s] = model_bit(model, variable_name(v, s));
      return layer_violation_at(claim, plan.index, x);
    }
    case ObligationPlan::Kind::implied_bound: {
      // The companion leaves each monomial a free 0/1 value (encode.h), so
      // the bound is re-evaluated exactly at the model's monomial values.
      const std::uint32_t width = selector_width(any);
      const DefinedValue value = bound_subject(any, plan);
      BigInt at = 0;
      std::string where;
      for (const Term& term : value.polynomial.terms()) {
        if (term.monomial.empty()) {
          at += term.coefficient;
          continue;
        }
        Monomial global;
        for (std::uint32_t v : term.monomial) global.push_back(v + value.offset);
        const std::string name = monomial_name(global, width);
        if (model_bit(model, name)) {
          at += term.coefficient;
          where += (where.empty() ? "" : " ") + name;
        }
      }
      if (value.low <= at && at <= value.high) return std::nullopt;
      return value.name + " = " + quarks::to_string(at) + " with the monomials {" + where +
             "} at 1 and the others at 0, outside [" + quarks::to_string(value.low) + ", " + quarks::to_string(value.high) + "]";
    }
  }
  return std::nullopt;
}

// One obligation solved and, if sat, its model re-evaluated. verdict is
// verified (unsat), refuted (a confirmed counterexample to the claim),
// disagreement, or unknown/timeout/error.
struct Outcome {
  Verdict verdict = Verdict::error;
  std::string reason;
  std::optional<std::string> counterexample;
  double seconds = 0;
};

Outcome solve(const Claim& claim, const ObligationPlan& plan, const std::string& assertions, double seconds_left,
              const SmtOptions& options) {
  SolverSettings settings;
  settings.timeout_ms = static_cast<unsigned>(std::min(std::ceil(seconds_left * 1000.0), 4.0e9));
  settings.random_seed = options.random_seed;
  settings.tableau_costs = plan.kind == ObligationPlan::Kind::implied_bound;
  SolveResult result = solve_smt2(assertions, settings);
  Outcome out;
  out.seconds = result.seconds;
  switch (result.status) {
    case SolveStatus::unsat:
      out.verdict = Verdict::verified;
      return out;
    case SolveStatus::sat:
      break;
    case SolveStatus::unknown:
      out.verdict = Verdict::unknown;
      out.reason = plan.name + ": z3 returned unknown (" + result.reason + ")";
      return out;
    case SolveStatus::timeout:
      out.verdict = Verdict::timeout;
      out.reason = plan.name + ": z3 timed out (" + result.reason + ")";
      return out;
    case SolveStatus::error:
      out.verdict = Verdict::error;
      out.reason = plan.name + ": " + result.reason;
      return out;
  }
  if (options.corrupt_model) {
    static std::mutex hook;  // the hook is test code, not written for threads
    const std::lock_guard<std::mutex> lock(hook);
    options.corrupt_model(result.model);
  }
  std::optional<std::string> violation;
  try {
    violation = confirm(claim, plan, result.model);
  } catch (const ModelError& e) {
    out.verdict = Verdict::disagreement;
    out.reason = plan.name + ": " + e.what() + " (a bug in quarks' encoding or in the solver)";
    return out;
  }
  if (plan.kind == ObligationPlan::Kind::implied_bound) {
    // quarks asserted this bound in plan.parent_name; any model means the
    // bound or the solver is wrong, and the parent's answer proves nothing.
    out.verdict = Verdict::disagreement;
    out.reason = plan.name + (violation ? ": the bound " + plan.parent_name + " asserts is wrong (a bug in quarks): " +
                                              *violation
                                        : std::string(": z3's model keeps the value inside its bounds (a bug in "
                                                      "quarks' encoding or in the solver)"));
    return out;
  }
  if (!violation) {
    out.verdict = Verdict::disagreement;
    out.reason = plan.name + ": z3's model does not violate the claim by the reference semantics (a bug in "
                             "quarks' encoding or in the solver)";
    return out;
  }
  out.verdict = Verdict::refuted;
  out.reason = plan.name + ": " + plan.meaning;
  out.counterexample = *violation;
  return out;
}

ScriptAnswer answer_of(const Outcome& outcome) {
  switch (outcome.verdict) {
    case Verdict::verified: return {ScriptAnswer::Kind::unsat, ""};
    case Verdict::refuted: return {ScriptAnswer::Kind::sat, *outcome.counterexample};
    default: return {ScriptAnswer::Kind::undecided, to_string(outcome.verdict) + ": " + outcome.reason};
  }
}

std::string dump_file_name(const Claim& claim, const ObligationPlan& plan) {
  return claim_id(claim) + "." + plan.name + ".smt2";
}

void check_degrees(const Claim& claim) {
  if (const auto* c = std::get_if<SelectorClaim>(&claim)) {
    if (auto v = degree_violation(*c)) throw InputError("claim violates its degree bound: " + *v);
  }
  if (const auto* c = std::get_if<LayerClaim>(&claim)) {
    if (auto v = layer_degree_violation(*c)) throw InputError("claim is not a layer of LTFs: " + *v);
  }
}

}  // namespace

std::string to_string(ExpectedAnswer answer) { return answer == ExpectedAnswer::sat ? "sat" : "unsat"; }

std::vector<Obligation> smt2_obligations(const Claim& claim, const SmtOptions& options) {
  validate(claim);
  check_degrees(claim);
  if (!(options.timeout_seconds > 0)) throw InputError("SMT timeout must be positive");
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  const auto plans = plan_obligations(claim, options.cube_free_variables);
  std::vector<std::optional<Obligation>> done(plans.size());
  std::vector<std::optional<SmtExportError>> failed(plans.size());
  run_in_order(plans.size(), options.threads, [&](std::size_t i) {
    const ObligationPlan& plan = plans[i];
    const double left = options.timeout_seconds - elapsed();
    if (left <= 0) {
      failed[i].emplace(Verdict::timeout, plan.name + ": time budget of " + std::to_string(options.timeout_seconds) +
                                              " s used up; no file written");
      return true;
    }
    const std::string assertions = encode_obligation(claim, plan);
    const Outcome outcome = solve(claim, plan, assertions, left, options);
    Obligation o;
    o.name = plan.name;
    o.parent = plan.kind == ObligationPlan::Kind::implied_bound ? plan.parent_name : "";
    if (outcome.verdict == Verdict::verified) {
      o.expected = ExpectedAnswer::unsat;
      o.smt2 = complete_script(claim, plan, assertions, {ScriptAnswer::Kind::unsat, ""});
    } else if (outcome.verdict == Verdict::refuted) {
      o.expected = ExpectedAnswer::sat;
      o.why_sat = *outcome.counterexample;
      if (plan.kind == ObligationPlan::Kind::sign_vector_item || plan.kind == ObligationPlan::Kind::affine_item) {
        if (auto first = first_item_violation(claim, plan)) o.why_sat = *first;
      }
      o.smt2 = complete_script(claim, plan, assertions, {ScriptAnswer::Kind::sat, *o.why_sat});
    } else {
      failed[i].emplace(outcome.verdict, "obligation " + outcome.reason + "; no file written");
      return true;
    }
    done[i] = std::move(o);
    return false;
  });
  std::vector<Obligation> out;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    if (failed[i]) throw *failed[i];
    out.push_back(std::move(*done[i]));
  }
  return out;
}

CheckReport check_z3(const Claim& claim, const SmtOptions& options) {
  validate(claim);
  if (!(options.timeout_seconds > 0)) throw InputError("SMT timeout must be positive");
  constexpr CheckMethod method = CheckMethod::z3;
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };

  if (const auto* c = std::get_if<SelectorClaim>(&claim)) {
    if (auto v = degree_violation(*c)) {
      CheckReport report;
      report.method = method;
      report.verdict = Verdict::refuted;
      report.reason = "degree bound violated";
      report.counterexample = *v;
      report.seconds = elapsed();
      return report;
    }
  }
  if (const auto* c = std::get_if<LayerClaim>(&claim)) {
    if (auto v = layer_degree_violation(*c)) {
      CheckReport report;
      report.method = method;
      report.verdict = Verdict::refuted;
      report.reason = "not a layer of LTFs";
      report.counterexample = *v;
      report.seconds = elapsed();
      return report;
    }
  }
  if (!options.dump_dir.empty()) std::filesystem::create_directories(options.dump_dir);

  const auto plans = plan_obligations(claim, options.cube_free_variables);
  std::vector<CheckReport> solved(plans.size());
  std::vector<std::string> dumps(plans.size());  // written after the run, for the parts kept
  // Each query solves on its own fresh z3::context (solver.cpp: contexts are
  // not shared) and writes only its own slots.
  run_in_order(plans.size(), options.threads, [&](std::size_t i) {
    const ObligationPlan& plan = plans[i];
    CheckReport& part = solved[i];
    part.method = method;
    part.obligations = 1;
    const double left = options.timeout_seconds - elapsed();
    if (left <= 0) {
      part.verdict = Verdict::timeout;
      part.reason = plan.name + ": time budget of " + std::to_string(options.timeout_seconds) + " s used up";
      return false;
    }
    const std::string assertions = encode_obligation(claim, plan);
    const Outcome outcome = solve(claim, plan, assertions, left, options);
    if (!options.dump_dir.empty()) dumps[i] = complete_script(claim, plan, assertions, answer_of(outcome));
    part.verdict = outcome.verdict;
    part.reason = outcome.reason;
    part.counterexample = outcome.counterexample;
    part.seconds = outcome.seconds;
    // A confirmed refutation settles the claim, and a disagreement outranks
    // any other answer (claim/verdict.h); the rest would only cost time.
    return part.verdict == Verdict::refuted || part.verdict == Verdict::disagreement;
  });
  // In plan order up to the first that settles the claim: what one thread
  // would have solved, whatever the thread count.
  std::vector<CheckReport> parts;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    if (!dumps[i].empty()) {
      write_file_atomically((std::filesystem::path(options.dump_dir) / dump_file_name(claim, plans[i])).string(),
                            dumps[i]);
    }
    parts.push_back(std::move(solved[i]));
    if (parts.back().verdict == Verdict::refuted || parts.back().verdict == Verdict::disagreement) break;
  }
  CheckReport report = combine_reports(method, parts);
  report.seconds = elapsed();
  return report;
}

}  // namespace quarks::smt
