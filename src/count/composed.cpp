#include "count/composed.h"

#include <algorithm>
#include <bit>
#include <stdexcept>
#include <thread>

#include "core/error.h"

namespace quarks::count {

std::uint64_t composed_count(std::uint32_t n, const BooleanOperator& op, const std::vector<std::uint64_t>& first,
                             const std::vector<std::uint64_t>& second, unsigned threads) {
  if (n < 1 || n > 4) throw InputError("composed classes by pairs: n must be in 1..4");
  if (op.arity() != 2) throw InputError("composed classes: B must be binary");
  const std::uint64_t functions = std::uint64_t{1} << (1u << n);
  const std::uint64_t mask = functions - 1;
  threads = std::max(1u, threads);
  // One set per thread over a fixed split of `first`, ORed at the end: the
  // result does not depend on the thread count.
  std::vector<std::vector<std::uint64_t>> sets(threads, std::vector<std::uint64_t>((functions + 63) / 64, 0));
  auto work = [&](unsigned t) {
    auto& set = sets[t];
    for (std::size_t i = t; i < first.size(); i += threads) {
      const std::uint64_t f = first[i];
      for (std::uint64_t g : second) {
        // Bitwise B on whole truth tables: row (g, f) = bit (f + 2 g) of B's table.
        std::uint64_t h = 0;
        if (op.row(0)) h |= ~f & ~g;
        if (op.row(1)) h |= f & ~g;
        if (op.row(2)) h |= ~f & g;
        if (op.row(3)) h |= f & g;
        h &= mask;
        set[h >> 6] |= std::uint64_t{1} << (h & 63);
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work, t);
  for (auto& th : pool) th.join();
  std::uint64_t count = 0;
  for (std::size_t w = 0; w < sets[0].size(); ++w) {
    std::uint64_t word = 0;
    for (const auto& s : sets) word |= s[w];
    count += static_cast<std::uint64_t>(std::popcount(word));
  }
  return count;
}

}  // namespace quarks::count
