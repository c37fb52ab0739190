#include "count/certificate.h"

namespace quarks::count {

bool satisfies_all(const InequalitySystem& system, const std::vector<std::int64_t>& point) {
  if (point.size() != system.columns) return false;
  for (std::size_t r = 0; r < system.rows(); ++r) {
    const std::int32_t* a = system.row(r);
    __int128 sum = 0;
    for (std::size_t c = 0; c < system.columns; ++c) sum += static_cast<__int128>(a[c]) * point[c];
    if (sum < system.rhs[r]) return false;
  }
  return true;
}

bool is_farkas_certificate(const InequalitySystem& system, const std::vector<std::int64_t>& multipliers) {
  if (multipliers.size() != system.rows()) return false;
  std::vector<__int128> combination(system.columns, 0);
  __int128 rhs = 0;
  for (std::size_t r = 0; r < system.rows(); ++r) {
    const std::int64_t y = multipliers[r];
    if (y < 0) return false;
    if (y == 0) continue;
    const std::int32_t* a = system.row(r);
    for (std::size_t c = 0; c < system.columns; ++c) combination[c] += static_cast<__int128>(a[c]) * y;
    rhs += static_cast<__int128>(system.rhs[r]) * y;
  }
  for (auto v : combination) {
    if (v != 0) return false;
  }
  return rhs > 0;
}

bool certifies(const InequalitySystem& system, const LpAnswer& answer) {
  return answer.feasible ? satisfies_all(system, answer.point) : is_farkas_certificate(system, answer.multipliers);
}

}  // namespace quarks::count
