#include "count/brute_force.h"

#include <bit>

#include "core/error.h"

namespace quarks::count {

bool is_threshold_function(std::uint32_t n, std::uint32_t degree, std::uint64_t table, LpEngine engine,
                           LpStatistics& stats) {
  if (n < 1 || n > 6 || degree < 1 || degree > n) throw InputError("brute force: n in 1..6 and degree in 1..n");
  const std::uint32_t pts = 1u << n;
  std::vector<std::uint32_t> monomials;
  for (std::uint32_t mask = 1; mask < pts; ++mask) {
    if (static_cast<std::uint32_t>(std::popcount(mask)) <= degree) monomials.push_back(mask);
  }
  InequalitySystem system;
  system.columns = monomials.size() + 1;
  std::vector<std::int32_t> a(system.columns);
  for (std::uint32_t x = 0; x < pts; ++x) {
    const std::int32_t sign = (table >> x) & 1 ? 1 : -1;
    for (std::size_t s = 0; s < monomials.size(); ++s) a[s] = (monomials[s] & x) == monomials[s] ? sign : 0;
    a.back() = -sign;
    system.add_row(a.data(), 1);
  }
  return decide(system, engine, stats).feasible;  // decide() returns only checked answers
}

std::uint64_t brute_force_count(std::uint32_t n, std::uint32_t degree, LpEngine engine) {
  if (n < 1 || n > 4) throw InputError("brute force counts are for n in 1..4");
  const std::uint64_t functions = std::uint64_t{1} << (1u << n);
  LpStatistics stats;
  std::uint64_t count = 0;
  for (std::uint64_t f = 0; f < functions; ++f) count += is_threshold_function(n, degree, f, engine, stats);
  return count;
}

}  // namespace quarks::count
