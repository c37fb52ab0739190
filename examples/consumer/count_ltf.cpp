// The certified census of T(n;1) through the installed quarks::count: the
// number of linear threshold functions of n = 4 variables, which must be 1882
// (and |T(3;1)| = 104), counted by the walk with every LP answer checked.
#include <cstdint>
#include <iostream>

#include "count/census.h"

int main() {
  bool ok = true;
  for (const auto& [n, expected] : {std::pair<std::uint32_t, std::uint64_t>{3, 104}, {4, 1882}}) {
    quarks::count::CensusClass ltf;
    ltf.kind = quarks::count::CensusKind::regular_ltf;
    ltf.n = n;
    quarks::count::CensusOptions options;
    options.threads = 2;
    const auto result = quarks::count::run_census(ltf, options);
    const auto count = static_cast<std::uint64_t>(result.count);
    std::cout << "|T(" << n << ";1)| = " << count << " (" << result.decisions << " certified LP decisions)"
              << (count == expected && result.complete ? "" : "  WRONG") << "\n";
    ok &= count == expected && result.complete;
  }
  return ok ? 0 : 1;
}
