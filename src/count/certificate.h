#pragma once
// Exact checks of the two certificates of an LP decision (trusted base: this
// file pair and census.cpp's replay). Integer arithmetic only; entries are
// int64 and sums are taken in __int128, which cannot overflow for the systems
// counted here (at most 2^16 rows with entries in {-1,0,1}).
#include <cstdint>
#include <vector>

#include "count/lp.h"

namespace quarks::count {

// A z >= b for every row.
bool satisfies_all(const InequalitySystem& system, const std::vector<std::int64_t>& point);

// y >= 0, y A = 0 and y b > 0: then no z satisfies A z >= b (Farkas' lemma),
// since y A z = 0 would have to be >= y b > 0.
bool is_farkas_certificate(const InequalitySystem& system, const std::vector<std::int64_t>& multipliers);

bool certifies(const InequalitySystem& system, const LpAnswer& answer);

}  // namespace quarks::count
