// Exhaustive checker throughput: Gray-code walk versus a per-point BigInt
// evaluation (Polynomial::evaluate at every point), both in this binary so one
// run compares them. "s_per_point" is seconds per cube point (kInvert rate);
// "ns_per_point_core" is wall time x threads / points (issue 13).
#include <benchmark/benchmark.h>

#include "paper_claims.h"
#include "verify/exhaustive.h"
#include "witness/layer_gating.h"

namespace {

using namespace quarks;

// Lemma 5.4 for AND with k = 1 and f_0, f_1 of degree d with ~16-bit coefficients.
SelectorClaim and_claim(unsigned n, int d, std::uint64_t seed) {
  SeededRandom rng(seed);
  const unsigned m = n - 1;
  std::vector<Polynomial> ps{paper::random_strict(rng, m, d, 15), paper::random_strict(rng, m, d, 15)};
  return paper::lemma54_claim(BooleanOperator::parse("AND"), 1, ps);
}

void set_point_counter(benchmark::State& state, std::uint64_t points_per_iteration) {
  state.counters["points"] = static_cast<double>(points_per_iteration);
  state.counters["s_per_point"] = benchmark::Counter(
      static_cast<double>(points_per_iteration) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void set_core_counter(benchmark::State& state, std::uint64_t points, unsigned threads) {
  state.counters["threads"] = threads;
  state.counters["ns_per_point_core"] = benchmark::Counter(
      static_cast<double>(points) * static_cast<double>(state.iterations()) * 1e-9 / threads,
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// Checks `claim` once per iteration (skipping with an error unless it is
// verified) and sets the per-point counters; cores > 0 also sets the
// per-point-per-core counter.
void time_check(benchmark::State& state, const Claim& claim, const ExhaustiveOptions& options, unsigned cores) {
  std::uint64_t points = 0;
  for (auto _ : state) {
    CheckReport report = check_exhaustive(claim, options);
    if (report.verdict != Verdict::verified) state.SkipWithError("claim not verified");
    points = report.points;
    benchmark::DoNotOptimize(report);
  }
  set_point_counter(state, points);
  if (cores > 0) set_core_counter(state, points, cores);
}

void exhaustive(benchmark::State& state, int degree, ArithmeticTier tier, unsigned threads = 1) {
  const auto n = static_cast<unsigned>(state.range(0));
  ExhaustiveOptions options;
  options.minimum_tier = tier;
  options.threads = threads;
  time_check(state, and_claim(n, degree, 42 + n), options, threads);
}

// Where splitting a walk starts to pay: n = range(0), two chunks per walk on
// range(1) threads (1 = the same walk unsplit).
void BM_SplitCutoff(benchmark::State& state) {
  const auto n = static_cast<unsigned>(state.range(0));
  ExhaustiveOptions options;
  options.threads = static_cast<unsigned>(state.range(1));
  options.chunk_points = std::uint64_t{1} << (n - 2);  // each of the two case walks has 2^(n-1) points
  time_check(state, and_claim(n, static_cast<int>(state.range(2)), 42 + n), options, 0);
}

// Theorem 4.3 with m = range(1) gated pairs on n = range(0) variables: 2^s
// walks of 2m + 2 linear polynomials, phi evaluated from the signs.
void BM_ExhaustiveLayer(benchmark::State& state) {
  const auto n = static_cast<std::uint32_t>(state.range(0)), m = static_cast<std::uint32_t>(state.range(1));
  ExhaustiveOptions options;
  options.threads = static_cast<unsigned>(state.range(2));
  time_check(state, random_layer_gating_witness(n, m, 7, 16, LayerFormula::corrected).claim, options, options.threads);
}

void BM_ExhaustiveLinearAnd(benchmark::State& state) { exhaustive(state, 1, ArithmeticTier::int64); }
void BM_ExhaustiveLinearAndInt128(benchmark::State& state) { exhaustive(state, 1, ArithmeticTier::int128); }
void BM_ExhaustiveLinearAndBigInt(benchmark::State& state) { exhaustive(state, 1, ArithmeticTier::bigint); }
void BM_ExhaustiveQuadraticAnd(benchmark::State& state) { exhaustive(state, 2, ArithmeticTier::int64); }
// range(1) = threads.
void BM_ExhaustiveLinearAndThreads(benchmark::State& state) {
  exhaustive(state, 1, ArithmeticTier::int64, static_cast<unsigned>(state.range(1)));
}
void BM_ExhaustiveQuadraticAndThreads(benchmark::State& state) {
  exhaustive(state, 2, ArithmeticTier::int64, static_cast<unsigned>(state.range(1)));
}

// Baseline: every gate and f evaluated with Polynomial::evaluate at each of
// 2^16 points of the claim (both cases), then B applied, as reference.h does.
void BM_PerPointBigIntBaseline(benchmark::State& state) {
  const auto n = static_cast<unsigned>(state.range(0));
  const int degree = static_cast<int>(state.range(1));
  const SelectorClaim claim = and_claim(n, degree, 42 + n);
  const unsigned m = n - claim.k;
  constexpr std::uint64_t kSample = std::uint64_t{1} << 16;
  SeededRandom rng(7);
  std::vector<std::pair<unsigned, CubePoint>> sample;
  for (std::uint64_t s = 0; s < kSample; ++s) {
    const auto i = static_cast<unsigned>(s & 1U);
    sample.emplace_back(i, claim.selector_point(i, point_from_mask(rng.next() & ((std::uint64_t{1} << m) - 1), m)));
  }
  std::uint64_t failures = 0;
  for (auto _ : state) {
    for (const auto& [i, point] : sample) {
      std::vector<int> z;
      for (const auto& g : claim.gates) z.push_back(g.evaluate(point).sign());
      const CubePoint x(point.begin() + claim.k, point.end());
      const int expected = claim.inputs[claim.cases[i].input].evaluate(x).sign();
      failures += claim.combine.evaluate_pm1(z) != expected;
    }
  }
  if (failures != 0) state.SkipWithError("baseline found a violation");
  set_point_counter(state, kSample);
}

}  // namespace

BENCHMARK(BM_ExhaustiveLinearAnd)->Arg(20)->Arg(24)->Arg(28)->Arg(30)->Unit(benchmark::kMillisecond)->UseRealTime();
// Issue 13's target: n = 32 on 2 cores in <= 1.0 s; threads 1 and 2 in the same run.
BENCHMARK(BM_ExhaustiveLinearAndThreads)
    ->Args({30, 1})->Args({30, 2})->Args({32, 1})->Args({32, 2})
    ->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SplitCutoff)
    ->ArgsProduct({{16, 18, 20, 22, 24}, {1, 2}, {1}})
    ->ArgsProduct({{8, 10, 12, 14}, {1, 2}, {2}})
    ->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK(BM_ExhaustiveLayer)
    ->Args({8, 7, 1})->Args({20, 16, 1})->Args({20, 16, 2})->Args({22, 64, 1})->Args({22, 64, 2})
    ->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExhaustiveLinearAndInt128)->Arg(24)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExhaustiveLinearAndBigInt)->Arg(20)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExhaustiveQuadraticAnd)->Arg(16)->Arg(20)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExhaustiveQuadraticAndThreads)->Args({20, 1})->Args({20, 2})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PerPointBigIntBaseline)->Args({30, 1})->Args({20, 2})->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
