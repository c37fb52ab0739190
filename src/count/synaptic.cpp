#include "count/synaptic.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <filesystem>
#include <numeric>

#include "core/error.h"

namespace quarks::count {

SynapticCount synaptic_count(std::uint32_t n, bool plus_minus_one, unsigned threads,
                             const std::string& certificate_dir) {
  if (n < 2 || n > kMaxSynapticVariables) throw InputError("synaptic gating counts: n must be in 2..5");
  const auto start = std::chrono::steady_clock::now();
  SynapticCount out;
  out.n = n;
  out.plus_minus_one = plus_minus_one;
  // One gate per orbit: the regular positive functions of n - 1 inputs
  // (their tables over x' are the gates h).
  CensusOptions leaves_options;
  leaves_options.collect_leaves = true;
  const CensusResult gates = run_census(CensusClass{CensusKind::regular_ltf, n - 1, 1}, leaves_options);
  const std::uint32_t pts = 1u << n;
  const std::uint64_t mask = pts == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << pts) - 1;
  std::vector<std::uint64_t> members;  // union over the gates, before closing under the group
  std::size_t k = 0;
  for (std::uint64_t h : gates.leaf_tables) {
    CensusOptions o;
    o.threads = threads;
    o.collect_leaves = true;
    if (!certificate_dir.empty()) {
      o.certificate_dir = (std::filesystem::path(certificate_dir) / ("gate-" + std::to_string(k))).string();
      std::filesystem::create_directories(o.certificate_dir);
    }
    CensusClass cls{CensusKind::synaptic, n, 1, h, plus_minus_one};
    const CensusResult r = run_census(cls, o);
    if (!certificate_dir.empty()) write_certificate_summary(o.certificate_dir, r);
    for (std::uint64_t f : r.leaf_tables) {
      members.push_back(f);
      members.push_back(~f & mask);  // the leaves have F(0) = 0; complements are members (leaf weight 2)
    }
    out.decisions += r.decisions;
    out.leaves += r.leaves;
    ++k;
  }
  out.gates = k;
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  // Close under permutations and negations of x' = bits 1..n-1 of the point.
  std::vector<std::uint32_t> perm(n - 1);
  std::iota(perm.begin(), perm.end(), 1);
  std::vector<std::vector<std::uint32_t>> maps;
  do {
    for (std::uint32_t flip = 0; flip < (1u << (n - 1)); ++flip) {
      std::vector<std::uint32_t> map(pts);
      for (std::uint32_t x = 0; x < pts; ++x) {
        std::uint32_t y = x & 1;
        for (std::uint32_t i = 1; i < n; ++i) y |= ((x >> i) & 1) << perm[i - 1];
        map[x] = y ^ (flip << 1);
      }
      maps.push_back(std::move(map));
    }
  } while (std::next_permutation(perm.begin(), perm.end()));
  const std::uint64_t functions_words = std::uint64_t{1} << (pts >= 6 ? pts - 6 : 0);
  std::vector<std::uint64_t> set(std::max<std::uint64_t>(1, functions_words), 0);
  for (std::uint64_t f : members) {
    for (const auto& map : maps) {
      std::uint64_t g = 0;
      for (std::uint32_t x = 0; x < pts; ++x) g |= ((f >> map[x]) & 1) << x;
      set[g >> 6] |= std::uint64_t{1} << (g & 63);
    }
  }
  for (auto w : set) out.count += static_cast<std::uint64_t>(std::popcount(w));
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

}  // namespace quarks::count
