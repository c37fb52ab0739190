#pragma once
// Feasibility of a small system of linear inequalities A z >= b, answered with
// a certificate either way: an integer point z, or Farkas multipliers y >= 0
// with y A = 0 and y b > 0. Nothing here is trusted: every answer is checked
// by certificate.h (exact integer arithmetic) before a count uses it, and a
// float answer that fails its check is decided again by an exact solver.
//
// This is the only file pair of quarks that includes glpk.h or cdd.h.
#include <cstdint>
#include <string>
#include <vector>

namespace quarks::count {

// Rows a_r . z >= b_r with small integer entries (0/1 features, +-1, 0/1 rhs).
struct InequalitySystem {
  std::size_t columns = 0;
  std::vector<std::int32_t> coefficients;  // row-major, rows() x columns
  std::vector<std::int32_t> rhs;

  std::size_t rows() const { return rhs.size(); }
  const std::int32_t* row(std::size_t r) const { return coefficients.data() + r * columns; }
  void add_row(const std::int32_t* a, std::int32_t b) {
    coefficients.insert(coefficients.end(), a, a + columns);
    rhs.push_back(b);
  }
};

enum class LpEngine {
  float_certified,  // the dense float simplex (simplex.h), answers made exact; GLPK float, then cdd, when that fails
  glpk_float,       // GLPK float simplex; answers made exact as above, cdd when that fails
  cdd_exact,        // cddlib dual simplex in GMP rationals
  glpk_exact,       // GLPK glp_exact (rational simplex), answers made exact as for float_certified
};

std::string engine_name(LpEngine engine);
// "float", "glpk", "cdd", "glpk-exact"; throws InputError naming the choices otherwise.
LpEngine parse_engine(const std::string& name);

struct LpAnswer {
  bool feasible = false;
  std::vector<std::int64_t> point;        // feasible: integer z with A z >= b
  std::vector<std::int64_t> multipliers;  // infeasible: y >= 0 per row, y A = 0, y b > 0
  bool exact_fallback = false;            // the float answer could not be certified; cdd decided
};

// Per-thread tallies; summed by the caller.
struct LpStatistics {
  std::uint64_t solved = 0;
  std::uint64_t feasible = 0;
  std::uint64_t fallbacks = 0;      // decided again by cdd (exact) after a float answer failed its check
  std::uint64_t float_retries = 0;  // float: decided again by GLPK after the dense simplex's answer failed
  double seconds_solving = 0;     // inside the LP library
  double seconds_certifying = 0;  // rounding, exact support solves, certificate checks
};

// Decides the system and returns an answer that certificate.h accepts. Throws
// std::logic_error if no engine, the exact fallback included, produced one
// (which would be a bug, never a count).
LpAnswer decide(const InequalitySystem& system, LpEngine engine, LpStatistics& stats);

// The raw engines, without the fallback, for tests and benchmarks. They may
// return answers that certificate.h rejects (float round-off).
LpAnswer solve_with_glpk(const InequalitySystem& system, bool exact);
LpAnswer solve_with_cdd(const InequalitySystem& system);
LpAnswer solve_with_dense(const InequalitySystem& system);

}  // namespace quarks::count
