#include "count/lp.h"

#include <gmpxx.h>

#include <chrono>
#include <cmath>
#include <mutex>
#include <stdexcept>
#include <tuple>
#include <utility>

#include "core/error.h"
#include "count/certificate.h"
#include "count/simplex.h"

extern "C" {
#include <glpk.h>
}
// cddlib in GMP rationals (libcddgmp): mytype is mpq_t.
#define GMPRATIONAL
extern "C" {
#include <cddlib/setoper.h>
#include <cddlib/cdd.h>
}

namespace quarks::count {

std::string engine_name(LpEngine engine) {
  switch (engine) {
    case LpEngine::float_certified: return "float";
    case LpEngine::glpk_float: return "glpk";
    case LpEngine::cdd_exact: return "cdd";
    case LpEngine::glpk_exact: return "glpk-exact";
  }
  return "?";
}

LpEngine parse_engine(const std::string& name) {
  if (name == "float") return LpEngine::float_certified;
  if (name == "glpk") return LpEngine::glpk_float;
  if (name == "cdd") return LpEngine::cdd_exact;
  if (name == "glpk-exact") return LpEngine::glpk_exact;
  throw InputError("unknown LP engine '" + name + "' (expected float, glpk, cdd or glpk-exact)");
}

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Integer multiples of a float point: a vertex of A z >= b satisfies the rows
// with margin b up to round-off, so scaling by K and rounding keeps every row
// once K exceeds half the row's l1 norm; a few K are tried, then the caller
// falls back to an exact solver.
bool round_to_certified_point(const InequalitySystem& system, const std::vector<double>& z,
                              std::vector<std::int64_t>& out) {
  for (double scale : {1.0, 2.0, double(system.columns + 2), 4.0 * (system.columns + 2), 1024.0}) {
    out.assign(z.size(), 0);
    bool fits = true;
    for (std::size_t c = 0; c < z.size(); ++c) {
      const double v = std::nearbyint(z[c] * scale);
      if (!(std::fabs(v) < 1e15)) {
        fits = false;
        break;
      }
      out[c] = static_cast<std::int64_t>(v);
    }
    if (fits && satisfies_all(system, out)) return true;
  }
  return false;
}

// Exact multipliers on the support a float Farkas vector found: solve
// y_S A_S = 0, y_S b_S = 1 in GMP rationals. A basic solution's support has
// independent rows, so the solution is unique when it exists.
bool exact_multipliers_on_support(const InequalitySystem& system, const std::vector<double>& y_float,
                                  std::vector<std::int64_t>& out) {
  std::vector<std::size_t> support;
  for (std::size_t r = 0; r < y_float.size(); ++r) {
    if (y_float[r] > 1e-9) support.push_back(r);
  }
  if (support.empty()) return false;
  const std::size_t unknowns = support.size();
  const std::size_t equations = system.columns + 1;
  // Augmented matrix [M | rhs], M = (A_S^T ; b_S^T).
  std::vector<std::vector<mpq_class>> m(equations, std::vector<mpq_class>(unknowns + 1));
  for (std::size_t k = 0; k < unknowns; ++k) {
    const std::int32_t* a = system.row(support[k]);
    for (std::size_t c = 0; c < system.columns; ++c) m[c][k] = a[c];
    m[system.columns][k] = system.rhs[support[k]];
  }
  m[system.columns][unknowns] = 1;
  std::size_t rank = 0;
  std::vector<std::size_t> pivot_column;
  for (std::size_t col = 0; col < unknowns && rank < equations; ++col) {
    std::size_t pivot = rank;
    while (pivot < equations && m[pivot][col] == 0) ++pivot;
    if (pivot == equations) return false;  // dependent support: let the exact solver decide
    std::swap(m[pivot], m[rank]);
    for (std::size_t r = 0; r < equations; ++r) {
      if (r == rank || m[r][col] == 0) continue;
      mpq_class factor = m[r][col] / m[rank][col];
      for (std::size_t k = col; k <= unknowns; ++k) m[r][k] -= factor * m[rank][k];
    }
    pivot_column.push_back(col);
    ++rank;
  }
  if (rank < unknowns) return false;
  for (std::size_t r = rank; r < equations; ++r) {
    if (m[r][unknowns] != 0) return false;  // inconsistent: the float support was wrong
  }
  std::vector<mpq_class> y(unknowns);
  mpz_class denominator_lcm = 1;
  for (std::size_t r = 0; r < rank; ++r) {
    y[pivot_column[r]] = m[r][unknowns] / m[r][pivot_column[r]];
    if (y[pivot_column[r]] < 0) return false;
    mpz_lcm(denominator_lcm.get_mpz_t(), denominator_lcm.get_mpz_t(), y[pivot_column[r]].get_den_mpz_t());
  }
  out.assign(system.rows(), 0);
  for (std::size_t k = 0; k < unknowns; ++k) {
    mpz_class scaled = y[k].get_num() * (denominator_lcm / y[k].get_den());
    if (!scaled.fits_slong_p()) return false;
    out[support[k]] = scaled.get_si();
  }
  return true;
}

// GLPK keeps one environment per thread (TLS) and frees it only on
// glp_free_env(): LeakSanitizer reported it for every census thread.
struct GlpkThreadEnvironment {
  ~GlpkThreadEnvironment() { glp_free_env(); }
};

struct GlpkProblem {
  glp_prob* p = make();
  ~GlpkProblem() { glp_delete_prob(p); }
  static glp_prob* make() {
    thread_local GlpkThreadEnvironment environment;  // destroyed when the thread ends
    (void)environment;
    return glp_create_prob();
  }
};

// Returns GLP_OPT/GLP_FEAS, GLP_NOFEAS, or -1 when the solver failed.
int run_glpk(glp_prob* p, bool exact) {
  glp_smcp parm;
  glp_init_smcp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  parm.presolve = GLP_OFF;
  const int rc = exact ? glp_exact(p, &parm) : glp_simplex(p, &parm);
  if (rc != 0) return -1;
  const int status = glp_get_status(p);
  if (status == GLP_OPT || status == GLP_FEAS) return GLP_OPT;
  if (status == GLP_NOFEAS) return GLP_NOFEAS;
  return -1;
}

void load_matrix(glp_prob* p, const std::vector<int>& ia, const std::vector<int>& ja, const std::vector<double>& ar) {
  if (ia.size() > 1) glp_load_matrix(p, static_cast<int>(ia.size() - 1), ia.data(), ja.data(), ar.data());
}

// Primal: z free, rows a_r z >= b_r, zero objective.
int glpk_primal(const InequalitySystem& s, bool exact, std::vector<double>& z) {
  GlpkProblem prob;
  glp_add_cols(prob.p, static_cast<int>(s.columns));
  for (std::size_t c = 0; c < s.columns; ++c) glp_set_col_bnds(prob.p, static_cast<int>(c + 1), GLP_FR, 0, 0);
  glp_add_rows(prob.p, static_cast<int>(s.rows()));
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0};
  for (std::size_t r = 0; r < s.rows(); ++r) {
    glp_set_row_bnds(prob.p, static_cast<int>(r + 1), GLP_LO, s.rhs[r], 0);
    const std::int32_t* a = s.row(r);
    for (std::size_t c = 0; c < s.columns; ++c) {
      if (a[c] == 0) continue;
      ia.push_back(static_cast<int>(r + 1));
      ja.push_back(static_cast<int>(c + 1));
      ar.push_back(a[c]);
    }
  }
  load_matrix(prob.p, ia, ja, ar);
  const int status = run_glpk(prob.p, exact);
  if (status == GLP_OPT) {
    z.resize(s.columns);
    for (std::size_t c = 0; c < s.columns; ++c) z[c] = glp_get_col_prim(prob.p, static_cast<int>(c + 1));
  }
  return status;
}

// Farkas system: y >= 0, y A = 0, y b = 1.
int glpk_farkas(const InequalitySystem& s, bool exact, std::vector<double>& y) {
  GlpkProblem prob;
  glp_add_cols(prob.p, static_cast<int>(s.rows()));
  for (std::size_t r = 0; r < s.rows(); ++r) glp_set_col_bnds(prob.p, static_cast<int>(r + 1), GLP_LO, 0, 0);
  glp_add_rows(prob.p, static_cast<int>(s.columns + 1));
  for (std::size_t c = 0; c < s.columns; ++c) glp_set_row_bnds(prob.p, static_cast<int>(c + 1), GLP_FX, 0, 0);
  glp_set_row_bnds(prob.p, static_cast<int>(s.columns + 1), GLP_FX, 1, 1);
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0};
  for (std::size_t r = 0; r < s.rows(); ++r) {
    const std::int32_t* a = s.row(r);
    for (std::size_t c = 0; c <= s.columns; ++c) {
      const std::int32_t v = c < s.columns ? a[c] : s.rhs[r];
      if (v == 0) continue;
      ia.push_back(static_cast<int>(c + 1));
      ja.push_back(static_cast<int>(r + 1));
      ar.push_back(v);
    }
  }
  load_matrix(prob.p, ia, ja, ar);
  const int status = run_glpk(prob.p, exact);
  if (status == GLP_OPT) {
    y.resize(s.rows());
    for (std::size_t r = 0; r < s.rows(); ++r) y[r] = glp_get_col_prim(prob.p, static_cast<int>(r + 1));
  }
  return status;
}

// cddlib keeps solver state in globals (two threads segfault in dd_LPSolve,
// measured), so every cdd call is serialized; it is the fallback, rarely hot.
std::mutex cdd_mutex;
bool cdd_initialised = false;

struct CddMatrix {
  dd_MatrixPtr m;
  CddMatrix(dd_rowrange rows, dd_colrange cols) : m(dd_CreateMatrix(rows, cols)) {}
  ~CddMatrix() { dd_FreeMatrix(m); }
};
struct CddLp {
  dd_LPPtr lp = nullptr;
  ~CddLp() {
    if (lp) dd_FreeLPData(lp);
  }
};

// Solves max 0 over the H-representation in `matrix`; returns the exact
// solution (x_1..x_d) or nothing when the system is inconsistent.
// Returns 1 feasible, 0 inconsistent, -1 failure.
int cdd_solve(dd_MatrixPtr matrix, std::vector<mpq_class>& solution) {
  matrix->representation = dd_Inequality;
  matrix->objective = dd_LPmax;
  for (dd_colrange c = 0; c < matrix->colsize; ++c) dd_set_si(matrix->rowvec[c], 0);
  dd_ErrorType err = dd_NoError;
  CddLp holder;
  holder.lp = dd_Matrix2LP(matrix, &err);
  if (err != dd_NoError || !holder.lp) return -1;
  dd_LPSolve(holder.lp, dd_DualSimplex, &err);
  if (err != dd_NoError) return -1;
  if (holder.lp->LPS == dd_Optimal) {
    solution.resize(matrix->colsize - 1);
    for (dd_colrange c = 1; c < matrix->colsize; ++c) solution[c - 1] = mpq_class(holder.lp->sol[c]);
    return 1;
  }
  if (holder.lp->LPS == dd_Inconsistent || holder.lp->LPS == dd_StrucInconsistent) return 0;
  return -1;
}

// Rational point -> integer point: A z >= b with b >= 0 is kept by scaling
// with the positive lcm of the denominators.
bool integer_multiple(const std::vector<mpq_class>& q, std::vector<std::int64_t>& out) {
  mpz_class l = 1;
  for (const auto& v : q) mpz_lcm(l.get_mpz_t(), l.get_mpz_t(), v.get_den_mpz_t());
  out.assign(q.size(), 0);
  for (std::size_t i = 0; i < q.size(); ++i) {
    mpz_class scaled = q[i].get_num() * (l / q[i].get_den());
    if (!scaled.fits_slong_p()) return false;
    out[i] = scaled.get_si();
  }
  return true;
}

}  // namespace

LpAnswer solve_with_glpk(const InequalitySystem& system, bool exact) {
  LpAnswer answer;
  std::vector<double> z;
  const int status = glpk_primal(system, exact, z);
  if (status == GLP_OPT) {
    answer.feasible = true;
    if (!round_to_certified_point(system, z, answer.point)) {
      answer.point.assign(system.columns, 0);  // uncertified: the caller's check rejects it
      for (std::size_t c = 0; c < z.size(); ++c) answer.point[c] = static_cast<std::int64_t>(std::nearbyint(z[c]));
    }
    return answer;
  }
  if (status == GLP_NOFEAS) {
    std::vector<double> y;
    if (glpk_farkas(system, exact, y) == GLP_OPT && exact_multipliers_on_support(system, y, answer.multipliers)) {
      return answer;
    }
    answer.multipliers.assign(system.rows(), 0);
    return answer;
  }
  answer.multipliers.assign(system.rows(), 0);  // solver failure: uncertified
  return answer;
}

LpAnswer solve_with_dense(const InequalitySystem& system) {
  LpAnswer answer;
  const FloatAnswer f = solve_dense(system);
  if (f.kind == FloatAnswer::Kind::feasible) {
    answer.feasible = true;
    if (!round_to_certified_point(system, f.point, answer.point)) answer.point.assign(system.columns, 0);
    return answer;
  }
  if (f.kind == FloatAnswer::Kind::infeasible && exact_multipliers_on_support(system, f.multipliers, answer.multipliers)) {
    return answer;
  }
  answer.multipliers.assign(system.rows(), 0);  // uncertified: the caller's check rejects it
  return answer;
}

LpAnswer solve_with_cdd(const InequalitySystem& system) {
  std::lock_guard lock(cdd_mutex);
  if (!cdd_initialised) {
    dd_set_global_constants();
    cdd_initialised = true;
  }
  LpAnswer answer;
  const auto rows = static_cast<dd_rowrange>(system.rows());
  const auto d = static_cast<dd_colrange>(system.columns + 1);
  {
    // Row [-b_r, a_r]: -b_r + a_r z >= 0.
    CddMatrix m(rows, d);
    for (dd_rowrange r = 0; r < rows; ++r) {
      dd_set_si(m.m->matrix[r][0], -system.rhs[r]);
      const std::int32_t* a = system.row(r);
      for (std::size_t c = 0; c < system.columns; ++c) dd_set_si(m.m->matrix[r][c + 1], a[c]);
    }
    std::vector<mpq_class> z;
    const int status = cdd_solve(m.m, z);
    if (status == 1) {
      answer.feasible = true;
      if (!integer_multiple(z, answer.point)) answer.point.assign(system.columns, 0);
      return answer;
    }
    if (status < 0) {
      answer.multipliers.assign(system.rows(), 0);
      return answer;
    }
  }
  // Inconsistent: find y >= 0 with y A = 0, y b = 1 exactly (columns y_1..y_m).
  const auto farkas_rows = static_cast<dd_rowrange>(system.rows() + system.columns + 1);
  CddMatrix f(farkas_rows, rows + 1);
  for (dd_rowrange r = 0; r < rows; ++r) dd_set_si(f.m->matrix[r][r + 1], 1);  // y_r >= 0
  for (std::size_t c = 0; c < system.columns; ++c) {
    const auto row = static_cast<dd_rowrange>(system.rows() + c);
    for (dd_rowrange r = 0; r < rows; ++r) dd_set_si(f.m->matrix[row][r + 1], system.row(r)[c]);
    set_addelem(f.m->linset, row + 1);  // equality
  }
  const auto last = farkas_rows - 1;
  dd_set_si(f.m->matrix[last][0], -1);
  for (dd_rowrange r = 0; r < rows; ++r) dd_set_si(f.m->matrix[last][r + 1], system.rhs[r]);
  set_addelem(f.m->linset, last + 1);
  std::vector<mpq_class> y;
  if (cdd_solve(f.m, y) == 1 && integer_multiple(y, answer.multipliers)) return answer;
  answer.multipliers.assign(system.rows(), 0);
  return answer;
}

LpAnswer decide(const InequalitySystem& system, LpEngine engine, LpStatistics& stats) {
  ++stats.solved;
  auto attempt = [&](auto&& solve) {
    const auto start = Clock::now();
    LpAnswer answer = solve();
    const auto solved = Clock::now();
    stats.seconds_solving += std::chrono::duration<double>(solved - start).count();
    const bool ok = certifies(system, answer);
    stats.seconds_certifying += seconds_since(solved);
    return std::make_pair(ok, std::move(answer));
  };
  auto [ok, answer] = attempt([&] {
    switch (engine) {
      case LpEngine::float_certified: return solve_with_dense(system);
      case LpEngine::glpk_float: return solve_with_glpk(system, false);
      case LpEngine::glpk_exact: return solve_with_glpk(system, true);
      case LpEngine::cdd_exact: break;
    }
    return solve_with_cdd(system);
  });
  if (!ok && engine == LpEngine::float_certified) {
    ++stats.float_retries;
    std::tie(ok, answer) = attempt([&] { return solve_with_glpk(system, false); });
  }
  if (!ok && engine != LpEngine::cdd_exact) {
    ++stats.fallbacks;
    std::tie(ok, answer) = attempt([&] { return solve_with_cdd(system); });
    answer.exact_fallback = true;
  }
  if (!ok) throw std::logic_error("no LP engine produced a checkable certificate (a bug in quarks, not a count)");
  if (answer.feasible) ++stats.feasible;
  return answer;
}

}  // namespace quarks::count
