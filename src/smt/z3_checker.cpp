#include "smt/z3_checker.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "claim/reference.h"
#include "core/error.h"
#include "smt/encode.h"
#include "smt/solver.h"

namespace quarks {

namespace {

using smt::ObligationPlan;

// Value of a 0/1 (or Bool) model constant; unassigned constants are 0/false,
// which is also how Z3 completes a model.
bool model_bit(const smt::SolveResult& result, const std::string& name) {
  auto it = result.model.find(name);
  if (it == result.model.end()) return false;
  if (it->second == "true") return true;
  if (it->second == "false" || it->second == "0") return false;
  if (it->second == "1") return true;
  throw std::runtime_error("model gives " + name + " = " + it->second + ", not a 0/1 value");
}

// Re-evaluates the solver's model with the reference semantics.
std::optional<std::string> confirm(const Claim& any, const ObligationPlan& plan, const smt::SolveResult& result) {
  switch (plan.kind) {
    case ObligationPlan::Kind::sign_vector_item: {
      // The model violates some item of the chunk: find it with the reference.
      for (std::size_t t = plan.index; t < plan.index + plan.count; ++t) {
        const auto& item = std::get<SignVectorClaim>(any).items[t];
        auto v = violation_at(item, model_bit(result, smt::item_variable(item.index, t)) ? 1 : -1);
        if (v) return "item " + std::to_string(t) + ": " + *v;
      }
      return std::nullopt;
    }
    case ObligationPlan::Kind::affine_item: {
      for (std::size_t t = plan.index; t < plan.index + plan.count; ++t) {
        const auto& item = std::get<AffineSelectorClaim>(any).items[t];
        unsigned i = 0, set = 0;
        for (unsigned l = 1; l <= item.k; ++l) {
          if (model_bit(result, smt::item_variable(l, t))) i = l, ++set;
        }
        if (set > 1) continue;  // not a point e_i: the encoding excludes it
        if (auto v = violation_at(item, i)) return "item " + std::to_string(t) + ": " + *v;
      }
      return std::nullopt;
    }
    case ObligationPlan::Kind::selector_case: {
      const auto& claim = std::get<SelectorClaim>(any);
      CubePoint x(claim.n - claim.k, 0);
      for (std::uint32_t v = claim.k; v < claim.n; ++v) x[v - claim.k] = model_bit(result, smt::variable_name(v, claim.k));
      return case_violation_at(claim, static_cast<unsigned>(plan.index), x);
    }
    case ObligationPlan::Kind::gate_strictness: {
      const auto& claim = std::get<SelectorClaim>(any);
      CubePoint point(claim.n, 0);
      for (std::uint32_t v = 0; v < claim.n; ++v) point[v] = model_bit(result, smt::variable_name(v, claim.k));
      return strictness_violation_at(claim, plan.index, point);
    }
  }
  return std::nullopt;
}

std::string dump_file_name(const Claim& claim, const ObligationPlan& plan) {
  return claim_id(claim) + "." + plan.name + ".smt2";
}

}  // namespace

std::vector<Obligation> smt2_obligations(const Claim& claim, const SmtOptions&) {
  validate(claim);
  if (const auto* c = std::get_if<SelectorClaim>(&claim)) {
    if (auto v = degree_violation(*c)) throw InputError("claim violates its degree bound: " + *v);
  }
  std::vector<Obligation> out;
  for (const auto& plan : smt::plan_obligations(claim)) {
    out.push_back({plan.name, smt::complete_script(claim, plan, smt::encode_obligation(claim, plan))});
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
  if (!options.dump_dir.empty()) std::filesystem::create_directories(options.dump_dir);

  std::vector<CheckReport> parts;
  for (const auto& plan : smt::plan_obligations(claim)) {
    CheckReport part;
    part.method = method;
    part.obligations = 1;
    const double left = options.timeout_seconds - elapsed();
    if (left <= 0) {
      part.verdict = Verdict::timeout;
      part.reason = plan.name + ": time budget of " + std::to_string(options.timeout_seconds) + " s used up";
      parts.push_back(part);
      continue;
    }
    const std::string assertions = smt::encode_obligation(claim, plan);
    if (!options.dump_dir.empty()) {
      std::ofstream out(std::filesystem::path(options.dump_dir) / dump_file_name(claim, plan));
      out << smt::complete_script(claim, plan, assertions);
      if (!out) throw InputError("cannot write SMT-LIB2 dump to " + options.dump_dir);
    }
    smt::SolverSettings settings;
    settings.timeout_ms = static_cast<unsigned>(std::min(std::ceil(left * 1000.0), 4.0e9));
    settings.random_seed = options.random_seed;
    const smt::SolveResult result = smt::solve_smt2(assertions, settings);
    part.seconds = result.seconds;
    switch (result.status) {
      case smt::SolveStatus::unsat:
        part.verdict = Verdict::verified;
        break;
      case smt::SolveStatus::sat: {
        std::optional<std::string> violation;
        try {
          violation = confirm(claim, plan, result);
        } catch (const std::exception& e) {
          part.verdict = Verdict::error;
          part.reason = plan.name + ": " + e.what();
          break;
        }
        if (violation) {
          part.verdict = Verdict::refuted;
          part.reason = plan.name + ": " + plan.meaning;
          part.counterexample = *violation;
        } else {
          part.verdict = Verdict::error;
          part.reason = plan.name + ": solver model does not violate the claim";
        }
        break;
      }
      case smt::SolveStatus::unknown:
        part.verdict = Verdict::unknown;
        part.reason = plan.name + ": z3 returned unknown (" + result.reason + ")";
        break;
      case smt::SolveStatus::timeout:
        part.verdict = Verdict::timeout;
        part.reason = plan.name + ": z3 timed out (" + result.reason + ")";
        break;
      case smt::SolveStatus::error:
        part.verdict = Verdict::error;
        part.reason = plan.name + ": " + result.reason;
        break;
    }
    parts.push_back(part);
    // A confirmed refutation settles the claim; the rest would only cost time.
    if (part.verdict == Verdict::refuted) break;
  }
  CheckReport report = combine_reports(method, parts);
  report.seconds = elapsed();
  return report;
}

}  // namespace quarks
