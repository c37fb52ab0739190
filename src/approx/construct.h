#pragma once
// The constructions of `quarks approx --function` (docs/approximation.md): a network for an
// expression f on a domain, every piece's chord certified, then the whole network certified
// again from its units alone (certify_network).
#include <cstddef>
#include <string>

#include "approx/expr.h"
#include "approx/network.h"

namespace quarks::approx {

// The domain endpoint text: a decimal, or a constant expression (e.g. "pi"), in which case the
// outward double end of its enclosure is used (below for a left end, above for a right end).
struct Domain {
  Rational a, b;
  bool exact = true;   // both ends as written
};
Domain parse_domain(const std::string& text);

struct BuildStats {
  std::size_t pieces_tried = 0;
  std::size_t leaves = 0;
};

// Adaptive construction, greedy from the left: each piece is (nearly) the widest whose chord
// certifies eps (halving, doubling, then 8 bisection steps on its width).
Network build_adaptive(const Expr& f, const Domain& d, const Rational& eps, BuildStats* stats = nullptr);
// n equal pieces; CertifyError if they do not certify eps.
Network build_uniform(const Expr& f, const Domain& d, const Rational& eps, std::size_t pieces);

}  // namespace quarks::approx
