#pragma once
// Polynomial threshold functions f = sign(p) in T(m; d) (paper Sec. 4.2), and
// the exact quantity the multiplexing argument needs: max |p| over the cube.
#include <optional>
#include <string>

#include "core/polynomial.h"
#include "core/random.h"

namespace quarks {

inline constexpr std::uint32_t kExactMaxAbsVariables = 24;  // enumerate 2^24 points at most
inline constexpr std::size_t kMaxRandomMonomials = std::size_t{1} << 22;

// A random member of T(m; d): every monomial of degree <= d gets a coefficient;
// the constant is odd and all other coefficients even, so p(x) is odd, hence
// never 0, at every cube point (strict by construction). |coefficient| < 2^bits.
Polynomial random_strict_polynomial(std::uint32_t m, int degree, unsigned bits, SeededRandom& random);

struct MaxAbs {
  BigInt value;      // max |p(x)| over {0,1}^m, or an upper bound on it
  bool exact = true;
  std::string rule;  // how it was obtained (written into witnesses)
};

// Exact for degree <= 1 (closed form: the box bound is attained at a vertex),
// exact by Gray-code enumeration for degree >= 2 and m <= 24, otherwise the
// box bound (an upper bound).
MaxAbs max_abs_on_cube(const Polynomial& p);

// Throws InputError naming the point if p is 0 somewhere on the cube; checks
// exhaustively only when m <= 24 (returns false if it could not check).
bool require_strict(const Polynomial& p, const std::string& name);

}  // namespace quarks
