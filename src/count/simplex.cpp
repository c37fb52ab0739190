#include "count/simplex.h"

#include <cmath>

namespace quarks::count {

namespace {

constexpr double kEps = 1e-9;

}  // namespace

FloatAnswer solve_dense(const InequalitySystem& system) {
  FloatAnswer answer;
  const std::size_t m = system.rows(), n = system.columns, rows = n + 1;
  const std::size_t width = m + rows + 1, rhs = width - 1;
  // Tableau of M y + I a = e: M's column r is (a_r, b_r), e = (0, ..., 0, 1).
  std::vector<double> t(rows * width, 0.0);
  auto at = [&](std::size_t i, std::size_t j) -> double& { return t[i * width + j]; };
  for (std::size_t r = 0; r < m; ++r) {
    const std::int32_t* a = system.row(r);
    for (std::size_t c = 0; c < n; ++c) at(c, r) = a[c];
    at(n, r) = system.rhs[r];
  }
  std::vector<std::size_t> basis(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    at(i, m + i) = 1;
    basis[i] = m + i;
  }
  at(n, rhs) = 1;
  // Phase-1 reduced costs: 0 - sum of the column (every basic variable is an artificial of cost 1).
  std::vector<double> d(width, 0.0);
  for (std::size_t j = 0; j < m; ++j) {
    for (std::size_t i = 0; i < rows; ++i) d[j] -= at(i, j);
  }
  // Bland's rule (smallest index enters and, among tied ratios, leaves): no
  // cycling on these degenerate systems; they need a few dozen pivots at most.
  const std::size_t max_pivots = 50 * (m + rows);
  for (std::size_t pivots = 0;; ++pivots) {
    if (pivots == max_pivots) return answer;
    std::size_t enter = m;
    for (std::size_t j = 0; j < m; ++j) {
      if (d[j] < -kEps) {
        enter = j;
        break;
      }
    }
    if (enter == m) break;  // optimal
    std::size_t leave = rows;
    double best = 0;
    for (std::size_t i = 0; i < rows; ++i) {
      const double a = at(i, enter);
      if (a <= kEps) continue;
      const double ratio = at(i, rhs) / a;
      if (leave == rows || ratio < best - kEps || (ratio <= best + kEps && basis[i] < basis[leave])) {
        leave = i;
        best = ratio;
      }
    }
    if (leave == rows) return answer;  // unbounded: impossible for phase 1, so round-off
    const double p = at(leave, enter);
    for (std::size_t j = 0; j < width; ++j) at(leave, j) /= p;
    for (std::size_t i = 0; i < rows; ++i) {
      if (i == leave) continue;
      const double f = at(i, enter);
      if (f == 0) continue;
      for (std::size_t j = 0; j < width; ++j) at(i, j) -= f * at(leave, j);
    }
    const double f = d[enter];
    for (std::size_t j = 0; j < width; ++j) d[j] -= f * at(leave, j);
    basis[leave] = enter;
  }
  double objective = 0;
  for (std::size_t i = 0; i < rows; ++i) {
    if (basis[i] >= m) objective += at(i, rhs);
  }
  if (objective < kEps) {
    answer.kind = FloatAnswer::Kind::infeasible;
    answer.multipliers.assign(m, 0.0);
    for (std::size_t i = 0; i < rows; ++i) {
      if (basis[i] < m) answer.multipliers[basis[i]] = at(i, rhs);
    }
    return answer;
  }
  // u = c_B B^-1; B^-1 is the tableau's artificial block.
  std::vector<double> u(rows, 0.0);
  for (std::size_t i = 0; i < rows; ++i) {
    if (basis[i] < m) continue;
    for (std::size_t k = 0; k < rows; ++k) u[k] += at(i, m + k);
  }
  if (!(u[n] > kEps)) return answer;
  answer.kind = FloatAnswer::Kind::feasible;
  answer.point.resize(n);
  for (std::size_t c = 0; c < n; ++c) answer.point[c] = -u[c] / u[n];
  return answer;
}

}  // namespace quarks::count
