#include "count/symmetry.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "core/error.h"

namespace quarks::count {

std::uint64_t low_bits(std::uint32_t bits) {
  if (bits > 64) throw InputError("low_bits: at most 64 bits");
  return bits == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bits) - 1;
}

bool uses_half_orbits(const CensusClass& cls) { return cls.kind == CensusKind::ptf && cls.n >= 5; }

std::vector<PointMap> block_symmetries(std::uint32_t n, std::uint32_t first, std::uint32_t k) {
  if (n > 6 || first + k > n) throw InputError("block_symmetries: variables outside 0..n-1 (n <= 6)");
  const std::uint32_t pts = 1u << n;
  std::vector<std::uint32_t> perm(k);
  std::iota(perm.begin(), perm.end(), 0);
  std::vector<PointMap> maps;
  do {
    for (std::uint32_t flip = 0; flip < (1u << k); ++flip) {
      PointMap map(pts);
      for (std::uint32_t x = 0; x < pts; ++x) {
        std::uint32_t block = 0;
        for (std::uint32_t i = 0; i < k; ++i) block |= ((x >> (first + i)) & 1) << perm[i];
        block ^= flip;
        const std::uint32_t outside = x & ~(((1u << k) - 1) << first);
        map[x] = outside | (block << first);
      }
      maps.push_back(std::move(map));
    }
  } while (std::next_permutation(perm.begin(), perm.end()));
  return maps;
}

std::uint64_t compose(std::uint64_t table, const PointMap& map) {
  std::uint64_t out = 0;
  for (std::uint32_t x = 0; x < map.size(); ++x) out |= ((table >> map[x]) & 1) << x;
  return out;
}

std::vector<std::uint64_t> half_orbit_weights(std::uint32_t m, const std::vector<std::uint64_t>& f0) {
  const std::uint64_t mask = low_bits(1u << m);
  const std::vector<PointMap> maps = block_symmetries(m, 0, m);
  std::map<std::uint64_t, std::vector<std::size_t>> orbits;
  for (std::size_t i = 0; i < f0.size(); ++i) {
    std::uint64_t canonical = ~std::uint64_t{0};
    for (const auto& map : maps) {
      const std::uint64_t g = compose(f0[i] & mask, map);
      canonical = std::min({canonical, g, ~g & mask});
    }
    orbits[canonical].push_back(i);
  }
  std::vector<std::uint64_t> weights(f0.size(), 0);
  for (const auto& [canonical, members] : orbits) weights[members.front()] = members.size();
  return weights;
}

}  // namespace quarks::count
