#pragma once
// Exact capacities at small n, beside the paper's bounds:
//   |T(n-1;1)|^2 <= |T_B(n;1,1)| <= |T(n;1)|^2          (Thm 4.2, Eq. 5.13)
//   |intersection over the 10 irreducible B| >= |T(n-1;1)|^2   (Prop 5.5, Eq. 5.14)
// Classes are enumerated as sets of truth tables, so every count is exact.
#include <cstdint>
#include <string>
#include <vector>

namespace quarks {

inline constexpr std::uint32_t kMaxCapacityVariables = 4;

struct OperatorCount {
  std::string op;
  std::uint64_t count = 0;  // |T_B(n;1,1)|
};

struct CapacityCounts {
  std::uint32_t n = 0;
  std::uint64_t single = 0;           // |T(n;1)|
  std::uint64_t single_smaller = 0;   // |T(n-1;1)|
  std::vector<OperatorCount> per_operator;  // the 10 irreducible binary B
  std::uint64_t intersection = 0;     // |intersection of the 10 classes|
  std::uint64_t all_functions = 0;    // 2^(2^n)
};

// n in 2..4.
CapacityCounts composition_capacity(std::uint32_t n);

}  // namespace quarks
