#pragma once
// Universal approximation by output gating (journal Thm 4.3), constructive and certified, in 1-D.
//
// The network on [a, b] with breakpoints a = x_0 < x_1 < ... < x_n = b is
//   N(x) = u_0(x) + sum_{i=1}^{n-1} H(x - x_i) * u_i(x),      u_i(x) = w_i x + c_i,
// a sum of linear units, each output-gated (Table 1: output gating, O_i O_j) by a (0,1) linear
// threshold gate H(x - x_i) (u_0 by none). u_i = L_i - L_{i-1} where L_i is the chord of piece i,
// so N = L_i on [x_i, x_{i+1}]; u_i(x_i) = 0, so N does not depend on the value of H at 0.
// All breakpoints and coefficients are exact rationals. docs/approximation.md has the proofs.
#include <cstddef>
#include <optional>
#include <string>
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
// The linear function N equals on piece i (prefix sum of the units), exactly.
std::pair<Rational, Rational> piece_line(const Network& n, std::size_t piece);

// Why a certification failed.
class CertifyError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CertifyOptions {
  int max_depth = 40;              // bisection depth inside one piece
  std::size_t max_leaves = 200000; // subintervals inside one piece
};

enum class PieceOutcome { certified, exceeds, undecided, undefined };
struct PieceResult {
  PieceOutcome outcome = PieceOutcome::certified;
  double bound = 0;      // certified: sup over the piece of |f - L| <= bound
  double where = 0;      // exceeds: |f - L| > eps at this x; undefined / undecided: near this x
  double lower = 0;      // exceeds: a certified lower bound on |f(where) - L(where)|
  std::string problem;
  std::size_t leaves = 0;
};

// Certifies |f(x) - (s x + t)| <= eps for every x in [l, r] by adaptive bisection (mean-value form
// where f' has an enclosure, plain enclosure otherwise). Throws InputError when f is undefined on
// a whole subinterval.
PieceResult certify_piece(const Expr& f, const Rational& l, const Rational& r, const Rational& s, const Rational& t,
                          const Rational& eps, const CertifyOptions& options);

// Re-certifies a network from its units alone: thresholds strictly increasing inside (a, b),
// every u_i zero at its threshold, every piece within eps. Sets piece_bounds and bound; throws
// CertifyError (exit 1) naming the first piece that fails, InputError where f is undefined.
void certify_network(const Expr& f, Network& n, const Rational& eps, const CertifyOptions& options = {});

// The domain endpoint text: a decimal, or a constant expression (e.g. "pi"), in which case the
// outward double end of its enclosure is used (below for a left end, above for a right end).
struct Domain {
  Rational a, b;
  bool exact = true;   // both ends as written
};
Domain parse_domain(const std::string& text);

// Bisection over [a, b] (at most 64 halvings, 100000 subintervals): InputError when f is undefined
// (or overflows) on a whole subinterval, or on one that 64 halvings cannot clear (a pole, log at 0).
void check_defined(const Expr& f, const Rational& a, const Rational& b);

struct BuildStats {
  std::size_t pieces_tried = 0;
  std::size_t leaves = 0;
};

// Adaptive construction, greedy from the left: each piece is (nearly) the widest whose chord
// certifies eps (halving, doubling, then 8 bisection steps on its width); then the assembled
// network is certified again from its units alone (certify_network).
Network build_adaptive(const Expr& f, const Domain& d, const Rational& eps, BuildStats* stats = nullptr);
// n equal pieces; CertifyError if they do not certify eps.
Network build_uniform(const Expr& f, const Domain& d, const Rational& eps, std::size_t pieces);

// --table FILE --lipschitz L: rows "x y" (decimals, x strictly increasing, at least 2 rows).
struct Table {
  std::vector<Rational> xs, ys;
};
Table parse_table(const std::string& text);  // InputError with the line number
// Interpolates the table; bound on piece i is h (L^2 - s^2) / (2 L), exact. InputError when two
// adjacent rows violate the Lipschitz bound (|dy| > L dx); CertifyError when the bound exceeds eps.
Network build_from_table(const Table& table, const Rational& lipschitz, const Rational& eps);

// Outputs.
std::string to_json(const Network& n, const std::string& source, const std::string& domain_text, const Rational& eps,
                    const std::string& mode);
std::string to_dot(const Network& n, const std::string& title);
// Sample table for gnuplot: x, f(x) (long double, or the table's values), N(x), f - N, +bound, -bound.
std::string plot_data(const Network& n, const Expr* f, std::size_t samples = 1001);
std::string plot_script(const std::string& data_file, const std::string& svg_file, const std::string& title);

std::string decimal(const Rational& q, int digits = 6);  // for labels and messages

}  // namespace quarks::approx
