// BigInt backend choice: boost cpp_int versus the GMP backend (quarks::BigInt)
// on what quarks does with big integers: decimal parse and print (witness
// files) and multiply-add (building M q(z) + theta p(x), evaluation).
#include <benchmark/benchmark.h>
#include <boost/multiprecision/cpp_int.hpp>

#include <string>
#include <vector>

#include "core/bigint.h"
#include "core/random.h"

namespace {

using CppInt = boost::multiprecision::cpp_int;

// Decimal strings of `bits`-bit values, the same for both backends.
std::vector<std::string> decimals(unsigned bits) {
  quarks::SeededRandom rng(bits);
  std::vector<std::string> out;
  for (int i = 0; i < 256; ++i) out.push_back(quarks::to_string(rng.signed_bits(bits)));
  return out;
}

template <class Int>
void BM_Parse(benchmark::State& state) {
  const auto text = decimals(static_cast<unsigned>(state.range(0)));
  for (auto _ : state) {
    for (const auto& s : text) {
      Int v(s);
      benchmark::DoNotOptimize(v);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

template <class Int>
void BM_ToString(benchmark::State& state) {
  std::vector<Int> values;
  for (const auto& s : decimals(static_cast<unsigned>(state.range(0)))) values.emplace_back(s);
  for (auto _ : state) {
    for (const auto& v : values) {
      std::string s = v.str();
      benchmark::DoNotOptimize(s);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(values.size()));
}

// acc += a_i * b_i over 256 pairs.
template <class Int>
void BM_MultiplyAdd(benchmark::State& state) {
  const auto a_text = decimals(static_cast<unsigned>(state.range(0)));
  const auto b_text = decimals(static_cast<unsigned>(state.range(0)) + 1);
  std::vector<Int> a, b;
  for (std::size_t i = 0; i < a_text.size(); ++i) {
    a.emplace_back(a_text[i]);
    b.emplace_back(b_text[i]);
  }
  for (auto _ : state) {
    Int acc = 0;
    for (std::size_t i = 0; i < a.size(); ++i) acc += a[i] * b[i];
    benchmark::DoNotOptimize(acc);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(a.size()));
}

}  // namespace

BENCHMARK_TEMPLATE(BM_Parse, CppInt)->Arg(60)->Arg(1000);
BENCHMARK_TEMPLATE(BM_Parse, quarks::BigInt)->Arg(60)->Arg(1000);
BENCHMARK_TEMPLATE(BM_ToString, CppInt)->Arg(60)->Arg(1000);
BENCHMARK_TEMPLATE(BM_ToString, quarks::BigInt)->Arg(60)->Arg(1000);
BENCHMARK_TEMPLATE(BM_MultiplyAdd, CppInt)->Arg(60)->Arg(1000);
BENCHMARK_TEMPLATE(BM_MultiplyAdd, quarks::BigInt)->Arg(60)->Arg(1000);

BENCHMARK_MAIN();
