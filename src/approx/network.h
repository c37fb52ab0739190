#pragma once
// The gated network of universal approximation by output gating (journal Thm 4.3), in 1-D.
//
// On [a, b] with breakpoints a = x_0 < x_1 < ... < x_n = b,
//   N(x) = u_0(x) + sum_{i=1}^{n-1} H(x - x_i) * u_i(x),      u_i(x) = w_i x + c_i,
// a sum of linear units, each output-gated (Table 1: output gating, O_i O_j) by a (0,1) linear
// threshold gate H(x - x_i) (u_0 by none). u_i = L_i - L_{i-1} where L_i is the chord of piece i,
// so N = L_i on [x_i, x_{i+1}]; u_i(x_i) = 0, so N does not depend on the value of H at 0.
// All breakpoints and coefficients are exact rationals. docs/approximation.md has the proofs.
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "approx/expr.h"

namespace quarks::approx {

struct GatedUnit {
  Rational weight, bias;               // the linear unit w x + c
  std::optional<Rational> threshold;   // gated by H(x - threshold); none for u_0
};

struct Network {
  Rational a, b;
  std::vector<Rational> breakpoints;   // x_0 = a < ... < x_n = b
  std::vector<Rational> values;        // y_i = N(x_i)
  std::vector<GatedUnit> units;        // n units, u_0 first
  std::vector<Rational> piece_bounds;  // certified sup |f - N| on [x_i, x_{i+1}]
  Rational bound;                      // max of piece_bounds
  std::size_t gates() const { return units.empty() ? 0 : units.size() - 1; }
};

// Interpolating network through (x_i, y_i); piece_bounds are left empty.
Network interpolant(const std::vector<Rational>& xs, const std::vector<Rational>& ys);
// Exact evaluation; `gate_at_zero` is the value given to H(0) (the result does not depend on it
// for a network built by interpolant()).
Rational evaluate(const Network& n, const Rational& x, int gate_at_zero = 0);
// The line (slope, intercept) N equals on each piece: piece i is the prefix sum of units 0..i.
std::vector<std::pair<Rational, Rational>> piece_lines(const Network& n);

}  // namespace quarks::approx
