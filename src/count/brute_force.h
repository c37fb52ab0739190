#pragma once
// The reference the census is tested against: one exact LP per function, no
// walk, no symmetry, no regularity rows. Every answer is certificate-checked.
#include <cstdint>

#include "count/lp.h"

namespace quarks::count {

// Is the function with truth table `table` (bit x = f(x)) on {0,1}^n (n <= 6)
// a threshold function of degree <= d? Decided by `engine`, checked exactly.
bool is_threshold_function(std::uint32_t n, std::uint32_t degree, std::uint64_t table, LpEngine engine,
                           LpStatistics& stats);

// |T(n;d)| by deciding all 2^(2^n) functions (n <= 4).
std::uint64_t brute_force_count(std::uint32_t n, std::uint32_t degree, LpEngine engine);

}  // namespace quarks::count
