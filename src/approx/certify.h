#pragma once
// The certified bound sup |f - N| <= eps of universal approximation (docs/approximation.md,
// "How the bound is certified"): adaptive bisection with outward-rounded interval enclosures.
#include <cstddef>
#include <stdexcept>
#include <string>

#include "approx/expr.h"
#include "approx/network.h"

namespace quarks::approx {

// Why a certification failed (exit 1: the network exists, eps is not certified).
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

// Bisection over [a, b] (at most 64 halvings, 100000 subintervals): InputError when f is undefined
// (or overflows) on a whole subinterval, or on one that 64 halvings cannot clear (a pole, log at 0).
void check_defined(const Expr& f, const Rational& a, const Rational& b);

}  // namespace quarks::approx
