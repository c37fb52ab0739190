// The certified census and the LP engines on the census's own LPs.
//   build/bench/bench_census --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include "count/census.h"
#include "count/certificate.h"
#include "count/lp.h"

using namespace quarks::count;

namespace {

// The first 200 decisions of the T(n;1) census: real systems, real sizes.
const std::vector<InequalitySystem>& systems(std::uint32_t n) {
  static std::vector<InequalitySystem> cache[9];
  if (cache[n].empty()) cache[n] = sample_decision_systems(CensusClass{CensusKind::regular_ltf, n, 1}, 200);
  return cache[n];
}

// One LP decided and certified per iteration (decide(): engine + exact check + fallback).
void BM_Decide(benchmark::State& state, LpEngine engine) {
  const auto& all = systems(static_cast<std::uint32_t>(state.range(0)));
  LpStatistics stats;
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(decide(all[i], engine, stats));
    i = (i + 1) % all.size();
  }
  state.counters["fallbacks"] = static_cast<double>(stats.fallbacks);
  state.counters["rows"] = static_cast<double>(all.back().rows());
}
BENCHMARK_CAPTURE(BM_Decide, float, LpEngine::float_certified)->Arg(4)->Arg(6)->Arg(8)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Decide, glpk, LpEngine::glpk_float)->Arg(4)->Arg(6)->Arg(8)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Decide, cdd, LpEngine::cdd_exact)->Arg(4)->Arg(6)->Arg(8)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Decide, glpk_exact, LpEngine::glpk_exact)->Arg(4)->Arg(6)->Arg(8)->Unit(benchmark::kMicrosecond);

// Every 200th of the first 400000 decisions of T(8;1): the sizes of the
// whole walk, not only of its first tasks (the per-decision figure of
// docs/performance.md).
const std::vector<InequalitySystem>& spread_systems() {
  static const std::vector<InequalitySystem> cache =
      sample_decision_systems(CensusClass{CensusKind::regular_ltf, 8, 1}, 2000, 200);
  return cache;
}

void BM_DecideSpread(benchmark::State& state, LpEngine engine) {
  const auto& all = spread_systems();
  LpStatistics stats;
  std::size_t i = 0, rows = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(decide(all[i], engine, stats));
    rows += all[i].rows();
    i = (i + 1) % all.size();
  }
  state.counters["fallbacks"] = static_cast<double>(stats.fallbacks + stats.float_retries);
  state.counters["mean_rows"] = static_cast<double>(rows) / static_cast<double>(state.iterations());
}
BENCHMARK_CAPTURE(BM_DecideSpread, float_n8, LpEngine::float_certified)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_DecideSpread, glpk_n8, LpEngine::glpk_float)->Unit(benchmark::kMicrosecond);

// The exact check alone (what certifying costs per decision).
void BM_CheckCertificate(benchmark::State& state) {
  const auto& all = systems(static_cast<std::uint32_t>(state.range(0)));
  std::vector<LpAnswer> answers;
  LpStatistics stats;
  for (const auto& s : all) answers.push_back(decide(s, LpEngine::float_certified, stats));
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(certifies(all[i], answers[i]));
    i = (i + 1) % all.size();
  }
}
BENCHMARK(BM_CheckCertificate)->Arg(4)->Arg(6)->Arg(8)->Unit(benchmark::kMicrosecond);

// Whole certified censuses of T(n;1), one thread and all threads.
void BM_CensusLtf(benchmark::State& state) {
  CensusOptions o;
  o.threads = static_cast<unsigned>(state.range(1));
  for (auto _ : state) {
    benchmark::DoNotOptimize(run_census(CensusClass{CensusKind::regular_ltf, static_cast<std::uint32_t>(state.range(0)), 1}, o));
  }
}
BENCHMARK(BM_CensusLtf)->Args({5, 1})->Args({6, 1})->Args({6, 2})->Args({7, 1})->Args({7, 2})->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
