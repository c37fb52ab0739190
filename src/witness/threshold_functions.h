#pragma once
// Explicit enumeration of small classes T(m; 1), for the injection of
// Theorem 4.2 and exact small-m counts. Truth tables are packed in a word:
// bit x (x = point mask, x_v = bit v) is 1 iff f(x) = +1.
#include <cstdint>
#include <vector>

#include "core/polynomial.h"

namespace quarks {

inline constexpr std::uint32_t kMaxEnumeratedVariables = 4;

// Truth table of sign(p) on {0,1}^m (m <= 6); throws NonStrictError if p = 0 somewhere.
std::uint64_t truth_table(const Polynomial& p);

// One strict integer realization per linear threshold function of m <= 4
// variables, sorted by truth table. Found by a search over small integer
// weights; the count is checked against the known values 2, 4, 14, 104, 1882.
std::vector<Polynomial> all_linear_threshold_functions(std::uint32_t m);

}  // namespace quarks
