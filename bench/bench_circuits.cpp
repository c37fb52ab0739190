// Evaluation time of every depth-reduction circuit (CompiledCircuit, built once) against its
// direct plain-loop reference, at sizes 4, 16, 64 (m = n for attention). Each benchmark runs
// 5 repetitions and reports mean/median/stddev; docs/depth.md quotes the medians.
// Target (docs/depth.md): gated attention within 3x of the reference at m = n = 64, so that the
// general circuit model costs little over a hand-written loop.
#include <benchmark/benchmark.h>

#include <bit>
#include <functional>
#include <memory>
#include <string>

#include "circuit/builders_gated.h"
#include "circuit/builders_sm.h"
#include "circuit/evaluate.h"
#include "circuit/reference.h"

using namespace quarks;
using namespace quarks::circuit;

namespace {

void run_circuit(benchmark::State& state, const std::function<Circuit()>& build, std::vector<double> input) {
  CompiledCircuit c(build());
  std::vector<double> scratch(c.num_nodes()), out(c.num_outputs());
  for (auto _ : state) {
    c.evaluate(input, out, scratch);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
}

std::vector<double> concat(std::vector<double> a, const std::vector<double>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

void add(const std::string& name, std::function<void(benchmark::State&)> fn) {
  benchmark::RegisterBenchmark(name.c_str(), [fn](benchmark::State& s) { fn(s); })
      ->Repetitions(5)
      ->ReportAggregatesOnly(true)
      ->Unit(benchmark::kMicrosecond);
}

void register_all() {
  for (std::size_t k : {4u, 16u, 64u}) {
    const std::string tag = "/" + std::to_string(k);
    auto u = uniform_vector(1, k, -1, 1), v = uniform_vector(2, k, -1, 1);
    auto up = uniform_vector(1, k, 0.01, 2), vp = uniform_vector(2, k, 0.01, 2);
    add("dot/reference" + tag, [u, v](benchmark::State& s) {
      for (auto _ : s) benchmark::DoNotOptimize(reference_dot(u, v));
    });
    add("dot/SM_positive" + tag, [=](benchmark::State& s) { run_circuit(s, [k] { return sm_dot_positive(k); }, concat(up, vp)); });
    add("dot/SM_signed" + tag, [=](benchmark::State& s) { run_circuit(s, [k] { return sm_dot_signed(k, 2); }, concat(u, v)); });
    add("dot/gated" + tag, [=](benchmark::State& s) { run_circuit(s, [k] { return gated_dot(k); }, concat(u, v)); });

    auto su = uniform_vector(3, k, -10, 10);
    add("softmax/reference" + tag, [su](benchmark::State& s) {
      for (auto _ : s) benchmark::DoNotOptimize(reference_softmax(su).data());
    });
    add("softmax/SM" + tag, [=](benchmark::State& s) { run_circuit(s, [k] { return sm_softmax(k); }, su); });
    add("softmax/gated" + tag, [=](benchmark::State& s) { run_circuit(s, [k] { return gated_softmax(k); }, su); });

    auto Q = uniform_vector(4, k * k, -1, 1), K = uniform_vector(5, k * k, -1, 1), V = uniform_vector(6, k * k, -1, 1);
    add("attention/reference" + tag, [=](benchmark::State& s) {
      std::vector<double> row(k), out(k * k);
      for (auto _ : s) {
        reference_attention_into(k, k, Q.data(), K.data(), V.data(), row.data(), out.data());
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
      }
    });
    auto qkv = concat(concat(Q, K), V);
    add("attention/SM" + tag, [=](benchmark::State& s) { run_circuit(s, [k] { return sm_attention(k, k, 2); }, qkv); });
    add("attention/gated" + tag, [=](benchmark::State& s) { run_circuit(s, [k] { return gated_attention(k, k); }, qkv); });

    std::vector<double> bits(2 * k);
    for (std::size_t i = 0; i < 2 * k; ++i) bits[i] = static_cast<double>((i * 2654435761u >> 7) & 1);
    add("bool-inner/reference" + tag, [=](benchmark::State& s) {
      for (auto _ : s) {
        int count = 0;
        for (std::size_t i = 0; i < k; ++i) count += bits[i] != 0 && bits[k + i] != 0;
        benchmark::DoNotOptimize(count);
      }
    });
    add("bool-inner/SM" + tag, [=](benchmark::State& s) { run_circuit(s, [k] { return sm_boolean_inner_product(k); }, bits); });
    add("bool-inner/gated" + tag, [=](benchmark::State& s) { run_circuit(s, [k] { return gated_boolean_inner_product(k); }, bits); });
  }
}

}  // namespace

int main(int argc, char** argv) {
  register_all();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
