#include "count/synaptic.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <filesystem>

#include "core/error.h"
#include "count/census.h"
#include "count/certificate.h"
#include "count/summary.h"
#include "count/symmetry.h"

namespace quarks::count {

std::vector<std::int64_t> gate_witness(std::uint32_t n, std::uint64_t table) {
  InequalitySystem s;
  s.columns = n;
  std::vector<std::int32_t> a(n);
  for (std::uint32_t x = 0; x < (1u << (n - 1)); ++x) {
    const std::int32_t sign = (table >> x) & 1 ? 1 : -1;  // true: u.x - t >= 1; false: -u.x + t >= 1
    for (std::uint32_t j = 0; j + 1 < n; ++j) a[j] = sign * static_cast<std::int32_t>((x >> j) & 1);
    a[n - 1] = -sign;
    s.add_row(a.data(), 1);
  }
  LpStatistics stats;
  const LpAnswer answer = decide(s, LpEngine::float_certified, stats);
  if (!answer.feasible || !realizes_gate(n, table, answer.point)) {
    throw InputError("gate " + std::to_string(table) + " is not a linear threshold function");
  }
  return answer.point;
}

SynapticCount synaptic_count(std::uint32_t n, GateEncoding encoding, unsigned threads,
                             const std::string& certificate_dir, bool compress) {
  if (n < 2 || n > kMaxSynapticVariables) throw InputError("synaptic gating counts: n must be in 2..5");
  const auto start = std::chrono::steady_clock::now();
  const bool certificates = !certificate_dir.empty();
  auto subdir = [&](const std::string& name) {
    const std::string d = (std::filesystem::path(certificate_dir) / name).string();
    std::filesystem::create_directories(d);
    return d;
  };
  SynapticCount out;
  out.n = n;
  out.encoding = encoding;
  // One gate per orbit: the regular positive functions of n - 1 inputs.
  CensusOptions gate_options;
  gate_options.threads = threads;
  gate_options.collect_leaves = true;
  gate_options.compress = compress;
  if (certificates) gate_options.certificate_dir = subdir("gates");
  const CensusResult gates = run_census(CensusClass{CensusKind::regular_ltf, n - 1, 1}, gate_options);
  if (certificates) write_certificate_summary(gate_options.certificate_dir, gates);
  out.decisions += gates.decisions;

  const std::uint64_t mask = low_bits(1u << n);
  UnionSummary summary;
  summary.n = n;
  summary.encoding = encoding;
  std::vector<std::uint64_t> members;  // union over the gates, before closing under the group
  for (std::uint64_t h : gates.leaf_tables) {  // sorted, distinct
    const std::size_t k = summary.gates.size();
    summary.gates.push_back(GateLine{h, gate_witness(n, h)});
    CensusOptions o;
    o.threads = threads;
    o.collect_leaves = true;
    o.compress = compress;
    if (certificates) o.certificate_dir = subdir("gate-" + std::to_string(k));
    CensusClass cls{CensusKind::synaptic, n, 1, h, encoding};
    const CensusResult r = run_census(cls, o);
    if (certificates) write_certificate_summary(o.certificate_dir, r, summary.gates[k].witness);
    for (std::uint64_t f : r.leaf_tables) {
      members.push_back(f);
      members.push_back(~f & mask);  // the leaves have F(0) = 0; complements are members (leaf weight 2)
    }
    out.decisions += r.decisions;
    out.leaves += r.leaves;
  }
  out.gates = summary.gates.size();
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  // Close under permutations and negations of x' = bits 1..n-1 of the point.
  const auto maps = block_symmetries(n, 1, n - 1);
  std::vector<std::uint64_t> set(std::max<std::uint64_t>(1, (std::uint64_t{1} << (1u << n)) / 64), 0);
  for (std::uint64_t f : members) {
    for (const auto& map : maps) {
      const std::uint64_t g = compose(f, map);
      set[g >> 6] |= std::uint64_t{1} << (g & 63);
    }
  }
  for (auto w : set) out.count += static_cast<std::uint64_t>(std::popcount(w));
  summary.count = out.count;
  if (certificates) write_union_summary(certificate_dir, summary);  // last: the directory's claim
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

}  // namespace quarks::count
