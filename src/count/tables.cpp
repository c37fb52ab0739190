#include "count/tables.h"

#include <algorithm>
#include <stdexcept>

#include "core/error.h"
#include "count/census.h"
#include "count/symmetry.h"

namespace quarks::count {

namespace {

CensusResult census_with_leaves(const CensusClass& cls, unsigned threads) {
  CensusOptions options;
  options.threads = threads;
  options.collect_leaves = true;
  return run_census(cls, options);
}

}  // namespace

std::vector<std::uint64_t> all_ltf_tables(std::uint32_t n, unsigned threads) {
  if (n < 1 || n > 6) throw InputError("all_ltf_tables: n must be in 1..6");
  const CensusResult census = census_with_leaves(CensusClass{CensusKind::regular_ltf, n, 1}, threads);
  const auto maps = block_symmetries(n, 0, n);
  std::vector<std::uint64_t> out;
  out.reserve(census.leaf_tables.size() * maps.size());
  for (std::uint64_t f : census.leaf_tables) {
    for (const auto& map : maps) out.push_back(compose(f, map));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.size() != census.count) {
    throw std::logic_error("the expansion of the regular leaves (" + std::to_string(out.size()) +
                           ") differs from the weighted count " + to_decimal(census.count));
  }
  return out;
}

std::vector<std::uint64_t> all_ptf_tables(std::uint32_t n, std::uint32_t degree, unsigned threads) {
  if (n < 1 || n > 4) throw InputError("all_ptf_tables: n must be in 1..4");
  const CensusResult census = census_with_leaves(CensusClass{CensusKind::ptf, n, degree}, threads);
  const std::uint64_t mask = low_bits(1u << n);
  std::vector<std::uint64_t> out;
  for (std::uint64_t f : census.leaf_tables) {
    out.push_back(f);
    out.push_back(~f & mask);  // the leaves have f(0) = 0; T(n;d) is closed under complement
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.size() != census.count) throw std::logic_error("PTF leaves and complements differ from the census count");
  return out;
}

}  // namespace quarks::count
