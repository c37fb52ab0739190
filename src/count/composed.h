#pragma once
// T_B(n; d0, d1) = { B(f, g) : f in T(n;d0), g in T(n;d1) } for any binary B
// (Theorem 4.2 with k = 1, Eq. 5.2). Both lists come from certified censuses
// (tables.h); every count is the exact size of a set of truth tables.
#include <cstdint>
#include <vector>

#include "core/boolean_operator.h"

namespace quarks::count {

// |{ B(f, g) : f in first, g in second }| by all pairs, n <= 4 (a 2^16-bit set).
std::uint64_t composed_count(std::uint32_t n, const BooleanOperator& op, const std::vector<std::uint64_t>& first,
                             const std::vector<std::uint64_t>& second, unsigned threads);

}  // namespace quarks::count
