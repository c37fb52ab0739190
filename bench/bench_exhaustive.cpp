// Exhaustive checker throughput: Gray-code walk versus a per-point BigInt
// evaluation (Polynomial::evaluate at every point), both in this binary so one
// run compares them. "s_per_point" is seconds per cube point (kInvert rate).
#include <benchmark/benchmark.h>

#include "paper_claims.h"
#include "verify/exhaustive.h"

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

void exhaustive(benchmark::State& state, int degree, ArithmeticTier tier) {
  const auto n = static_cast<unsigned>(state.range(0));
  const Claim claim = and_claim(n, degree, 42 + n);
  ExhaustiveOptions options;
  options.minimum_tier = tier;
  std::uint64_t points = 0;
  for (auto _ : state) {
    CheckReport report = check_exhaustive(claim, options);
    if (report.verdict != Verdict::verified) state.SkipWithError("claim not verified");
    points = report.points;
    benchmark::DoNotOptimize(report);
  }
  set_point_counter(state, points);
}

void BM_ExhaustiveLinearAnd(benchmark::State& state) { exhaustive(state, 1, ArithmeticTier::int64); }
void BM_ExhaustiveLinearAndInt128(benchmark::State& state) { exhaustive(state, 1, ArithmeticTier::int128); }
void BM_ExhaustiveLinearAndBigInt(benchmark::State& state) { exhaustive(state, 1, ArithmeticTier::bigint); }
void BM_ExhaustiveQuadraticAnd(benchmark::State& state) { exhaustive(state, 2, ArithmeticTier::int64); }

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
BENCHMARK(BM_ExhaustiveLinearAndInt128)->Arg(24)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExhaustiveLinearAndBigInt)->Arg(20)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExhaustiveQuadraticAnd)->Arg(16)->Arg(20)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PerPointBigIntBaseline)->Args({30, 1})->Args({20, 2})->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
