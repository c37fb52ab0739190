// Time of the exact class counts of count/operator_classes.h. n = 5 takes seconds per
// iteration, so those run once; e.g.
//   build/bench/bench_operator_classes --benchmark_filter=Counts/5
#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <numeric>

#include "count/operator_classes.h"

namespace {

using namespace quarks;
using namespace quarks::count;

// T(n;1) for n <= 5 from every integer weight vector with |w_i| <= 5 and every cut of its
// sorted values (a test-only stand-in for the certified enumerator; count checked below).
std::vector<std::uint64_t> small_weight_ltfs(std::uint32_t n) {
  const int w_max = 5;
  const std::uint32_t points = 1U << n;
  std::vector<std::uint64_t> out;
  std::vector<int> w(n, -w_max);
  std::vector<std::uint32_t> order(points);
  std::vector<int> s(points);
  for (;;) {
    for (std::uint32_t x = 0; x < points; ++x) {
      s[x] = 0;
      for (std::uint32_t v = 0; v < n; ++v) s[x] += (x >> v & 1U) ? w[v] : 0;
    }
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return s[a] > s[b]; });
    std::uint64_t table = 0;
    out.push_back(0);
    for (std::uint32_t k = 0; k < points; ++k) {
      table |= std::uint64_t{1} << order[k];
      if (k + 1 == points || s[order[k + 1]] != s[order[k]]) out.push_back(table);
    }
    std::uint32_t v = 0;
    while (v < n && w[v] == w_max) w[v++] = -w_max;
    if (v == n) break;
    ++w[v];
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const std::vector<std::uint64_t>& ltf(std::uint32_t n) {
  static std::map<std::uint32_t, std::vector<std::uint64_t>> cache;
  auto it = cache.find(n);
  if (it == cache.end()) it = cache.emplace(n, small_weight_ltfs(n)).first;
  return it->second;
}

void BM_OperatorClassCounts(benchmark::State& state) {
  const auto n = static_cast<std::uint32_t>(state.range(0));
  const auto threads = static_cast<unsigned>(state.range(1));
  const std::uint64_t known[] = {0, 4, 14, 104, 1882, 94572};
  if (ltf(n).size() != known[n]) state.SkipWithError("wrong |T(n;1)|");
  OperatorClassCounts c;
  for (auto _ : state) {
    c = operator_class_counts(n, ltf(n), threads);
    benchmark::DoNotOptimize(c);
  }
  state.counters["and_class"] = static_cast<double>(c.and_class);
  state.counters["xor_class"] = static_cast<double>(c.xor_class);
  state.counters["intersection"] = static_cast<double>(c.intersection);
}
BENCHMARK(BM_OperatorClassCounts)->Args({4, 1})->Args({4, 2})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OperatorClassCounts)->Args({5, 1})->Args({5, 2})->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

void BM_GatedLayerCount(benchmark::State& state) {
  const auto n = static_cast<std::uint32_t>(state.range(0));
  const auto m = static_cast<std::uint32_t>(state.range(1));
  const auto enc = state.range(2) == 0 ? GateEncoding::zero_one : GateEncoding::plus_minus_one;
  const auto threads = static_cast<unsigned>(state.range(3));
  std::uint64_t count = 0;
  for (auto _ : state) {
    count = gated_layer_count(n, m, enc, ltf(n), ltf(m), threads);
    benchmark::DoNotOptimize(count);
  }
  state.counters["count"] = static_cast<double>(count);
}
BENCHMARK(BM_GatedLayerCount)
    ->ArgNames({"n", "m", "pm1", "threads"})
    ->Args({3, 3, 0, 1})
    ->Args({3, 3, 1, 1})
    ->Args({4, 2, 0, 1})
    ->Args({4, 2, 0, 2})
    ->Args({4, 2, 1, 1})
    ->Args({4, 2, 1, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
