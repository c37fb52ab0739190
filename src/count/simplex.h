#pragma once
// A small dense simplex in double for the census' systems A z >= b (z free,
// at most a few dozen rows of 9 to 16 columns). It solves one LP that answers
// both ways: phase 1 of the Farkas system y >= 0, yA = 0, yb = 1. Optimum 0
// gives y (the branch is empty); a positive optimum gives the phase-1 dual u,
// and z = -u_w / u_b satisfies A z >= b (the branch is feasible), since the
// dual constraints read u_w . a_r + u_b b_r <= 0 for every row r.
// GLPK builds and tears down a problem object per call; at these sizes that
// overhead is most of its time (docs/performance.md). Nothing here is trusted:
// lp.cpp turns the float answer into an exact certificate and checks it, and
// falls back to GLPK and cdd when that fails.
#include <cstdint>
#include <vector>

#include "count/lp.h"

namespace quarks::count {

struct FloatAnswer {
  enum class Kind { feasible, infeasible, failed } kind = Kind::failed;
  std::vector<double> point;        // feasible: z
  std::vector<double> multipliers;  // infeasible: y, one per row
};

FloatAnswer solve_dense(const InequalitySystem& system);

}  // namespace quarks::count
