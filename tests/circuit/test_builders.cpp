// Part 2: the depth-reduction circuits against direct references, gating examples, counts.
#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <cmath>

#include "circuit/builders_gated.h"
#include "circuit/builders_sm.h"
#include "circuit/depth_table.h"
#include "circuit/evaluate.h"
#include "circuit/metrics.h"
#include "circuit/reference.h"
#include "core/error.h"

using namespace quarks;
using namespace quarks::circuit;

namespace {
std::vector<double> concat(std::vector<double> a, const std::vector<double>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}
// |got - want| / max(|want|, scale): scale is the size of the terms (sum |u_i v_i|, max |V|),
// so a result that cancels to nearly 0 is judged against the magnitude it was computed from.
double scaled_error(double got, double want, double scale) {
  return std::abs(got - want) / std::max(std::abs(want), scale);
}
const std::uint64_t kSeeds[] = {11, 12, 13, 14, 15};
}  // namespace

TEST_CASE("dot products match the plain loop", "[circuit][dot]") {
  for (std::size_t m : {1u, 3u, 16u, 64u}) {
    CompiledCircuit pos(sm_dot_positive(m)), sgn(sm_dot_signed(m, 2)), gated(gated_dot(m));
    for (std::uint64_t seed : kSeeds) {
      auto up = uniform_vector(seed, m, 0.01, 3.0), vp = uniform_vector(seed + 100, m, 0.01, 3.0);
      auto us = uniform_vector(seed, m, -1.0, 1.0), vs = uniform_vector(seed + 100, m, -1.0, 1.0);
      double want_p = reference_dot(up, vp), want_s = reference_dot(us, vs);
      double scale_s = 0;
      for (std::size_t i = 0; i < m; ++i) scale_s += std::abs(us[i] * vs[i]);
      CHECK(scaled_error(pos.evaluate(concat(up, vp))[0], want_p, 0) <= 1e-12);
      CHECK(scaled_error(sgn.evaluate(concat(us, vs))[0], want_s, scale_s) <= 1e-12);
      CHECK(scaled_error(gated.evaluate(concat(us, vs))[0], want_s, scale_s) <= 1e-12);
    }
  }
  // Fig. 1b is only defined on positive inputs: log of a non-positive activation is rejected.
  CHECK_THROWS_AS(evaluate_double(sm_dot_positive(2), std::vector<double>{1, -1, 1, 1}), InputError);
  // The signed circuit's domain is |x| < B.
  CHECK_THROWS_AS(evaluate_double(sm_dot_signed(1, 2), std::vector<double>{-2.5, 1}), InputError);
  CHECK_THROWS_AS(sm_dot_positive(0), InputError);
  CHECK_THROWS_AS(sm_dot_signed(2, 0), InputError);
}

TEST_CASE("softmax circuits match the stable softmax", "[circuit][softmax]") {
  for (std::size_t n : {1u, 3u, 16u, 64u}) {
    CompiledCircuit sm(sm_softmax(n)), gated(gated_softmax(n));
    for (std::uint64_t seed : kSeeds) {
      auto u = uniform_vector(seed, n, -10.0, 10.0);
      auto want = reference_softmax(u);
      auto a = sm.evaluate(u), b = gated.evaluate(u);
      for (std::size_t i = 0; i < n; ++i) {
        CHECK(scaled_error(a[i], want[i], 0) <= 1e-12);
        CHECK(scaled_error(b[i], want[i], 0) <= 1e-12);
      }
    }
  }
  CircuitMetrics m = compute_metrics(sm_softmax(3));
  CHECK(m.depth == 3);  // Fig. 1a
  CHECK(m.neurons == 7);
  CHECK(m.distinct_weight_values == 2);  // weights -1 and +1 only
  CHECK(m.standard_model());
  CHECK(m.activation_list() == "exp,log");
  CircuitMetrics g = compute_metrics(gated_softmax(3));
  CHECK(g.depth == 3);
  CHECK(g.neurons == 8);
  CHECK(g.output_gatings == 3);
}

TEST_CASE("attention heads match direct attention, gating counts are m n^2 and n^2", "[circuit][attention]") {
  for (auto [m, n] : {std::pair<std::size_t, std::size_t>{1, 1}, {2, 3}, {4, 4}, {3, 7}, {16, 8}}) {
    Circuit gc = gated_attention(m, n), sc = sm_attention(m, n, 2);
    CircuitMetrics gm = compute_metrics(gc), smm = compute_metrics(sc);
    CHECK(gm.output_gatings == m * n * n);
    CHECK(gm.synaptic_gatings == n * n);
    CHECK(gm.gated_synapses == m * n * n);
    CHECK(smm.standard_model());
    CHECK(smm.output_gatings + smm.synaptic_gatings == 0);
    CHECK(gm.depth == 6);
    CHECK(smm.depth == 7);
    CompiledCircuit g(gc), s(sc);
    for (std::uint64_t seed : kSeeds) {
      auto Q = uniform_vector(seed, n * m, -1, 1), K = uniform_vector(seed + 1, n * m, -1, 1),
           V = uniform_vector(seed + 2, n * m, -1, 1);
      auto want = reference_attention(m, n, Q, K, V);
      auto in = concat(concat(Q, K), V);
      auto a = g.evaluate(in), b = s.evaluate(in);
      REQUIRE(a.size() == n * m);
      for (std::size_t k = 0; k < n * m; ++k) {
        CHECK(scaled_error(a[k], want[k], 1.0) <= 1e-12);
        CHECK(scaled_error(b[k], want[k], 1.0) <= 1e-12);
      }
    }
  }
  // Corrupting one synaptic gate (wrong softmax weight) must be caught by the comparison.
  Circuit bad = gated_attention(2, 2);
  NodeId out = bad.outputs()[0];
  std::swap(bad.mutable_node(out).in[0].gates, bad.mutable_node(out).in[1].gates);
  auto Q = uniform_vector(1, 4, -1, 1), K = uniform_vector(2, 4, -1, 1), V = uniform_vector(3, 4, -1, 1);
  auto want = reference_attention(2, 2, Q, K, V);
  CHECK(scaled_error(evaluate_double(bad, concat(concat(Q, K), V))[0], want[0], 1.0) > 1e-6);
}

TEST_CASE("Boolean inner product, SM threshold and gated, exact on all inputs (n <= 5)", "[circuit][boolean]") {
  for (std::size_t n = 1; n <= 5; ++n) {
    Circuit sm = sm_boolean_inner_product(n), gated = gated_boolean_inner_product(n);
    ExactEvaluator es(sm), eg(gated);
    CHECK(compute_metrics(sm).standard_model());
    CHECK(compute_metrics(gated).output_gatings == n);
    CHECK(compute_metrics(sm).depth == 2);
    CHECK(compute_metrics(gated).depth == 1);
    for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << (2 * n)); ++mask) {
      std::vector<BigInt> in;
      for (std::size_t i = 0; i < 2 * n; ++i) in.push_back(BigInt(static_cast<int>(mask >> i & 1)));
      std::uint64_t x = mask & ((std::uint64_t{1} << n) - 1), y = mask >> n;
      int count = std::popcount(x & y);
      auto a = es.evaluate(in), b = eg.evaluate(in);
      for (std::size_t c = 1; c <= n; ++c) {
        CHECK(a[c - 1] == (count >= static_cast<int>(c) ? 1 : 0));
        CHECK(b[c - 1] == (count >= static_cast<int>(c) ? 1 : 0));
      }
      CHECK(a[n] == count);
      CHECK(b[n] == count);
    }
  }
}

TEST_CASE("ReLU from gating a linear unit by a 0/1 threshold unit (journal)", "[circuit][relu]") {
  std::vector<BigInt> w{3, -2, 5};
  Circuit c = relu_by_gating(w, 1);
  ExactEvaluator ev(c);
  int checked = 0, zeros = 0;
  for (int a = -4; a <= 4; ++a)
    for (int b = -4; b <= 4; ++b)
      for (int d = -4; d <= 4; ++d) {
        long S = 3L * a - 2L * b + 5L * d + 1;
        std::vector<BigInt> in{BigInt(a), BigInt(b), BigInt(d)};
        if (S == 0) {
          CHECK_THROWS_AS(ev.evaluate(in), NonStrictError);  // H(0) has no value
          ++zeros;
          continue;
        }
        CHECK(ev.evaluate(in)[0] == std::max(S, 0L));
        ++checked;
      }
  CHECK(checked > 600);
  CHECK(zeros > 0);
  CircuitMetrics m = compute_metrics(c);
  CHECK(m.depth == 1);
  CHECK(m.output_gatings == 1);
  // In double on non-integer inputs too.
  CompiledCircuit cc(c);
  auto xs = uniform_vector(5, 3000, -3, 3);
  for (std::size_t k = 0; k + 3 <= xs.size(); k += 3) {
    double S = 1.0 + 3 * xs[k] + -2 * xs[k + 1] + 5 * xs[k + 2];  // the evaluator's order: bias first
    CHECK(cc.evaluate(std::vector<double>(xs.begin() + k, xs.begin() + k + 3))[0] == std::max(S, 0.0));
  }
}

TEST_CASE("shaping: f gated by g on the same activation gives f(S) g(S) (journal)", "[circuit][shaping]") {
  std::vector<BigInt> w{2, -1};
  auto xs = uniform_vector(9, 400, -2, 2);
  for (auto [f, g] : {std::pair{Activation::Tanh, Activation::Logistic}, {Activation::Identity, Activation::Exp},
                      {Activation::Sign, Activation::Tanh}}) {
    CompiledCircuit c(shaping(f, g, w, 1));
    for (std::size_t k = 0; k + 2 <= xs.size(); k += 2) {
      double S = 2 * xs[k] - xs[k + 1] + 1;
      auto ap = [](Activation a, double s) {
        switch (a) {
          case Activation::Tanh: return std::tanh(s);
          case Activation::Logistic: return 1 / (1 + std::exp(-s));
          case Activation::Exp: return std::exp(s);
          case Activation::Sign: return s > 0 ? 1.0 : -1.0;
          default: return s;
        }
      };
      double want = ap(f, S) * ap(g, S);
      CHECK(scaled_error(c.evaluate(std::vector<double>{xs[k], xs[k + 1]})[0], want, 1e-300) <= 1e-12);
    }
  }
}

TEST_CASE("XOR = OR gated by NAND, no hidden layer, all 4 inputs exactly (journal)", "[circuit][xor]") {
  Circuit c = xor_by_gating();
  for (int x = 0; x < 2; ++x)
    for (int y = 0; y < 2; ++y) CHECK(evaluate_exact(c, {BigInt(x), BigInt(y)})[0] == (x ^ y));
  CircuitMetrics m = compute_metrics(c);
  CHECK(m.depth == 1);  // both gates read the inputs: no hidden layer
  CHECK(m.neurons == 2);
  CHECK(m.output_gatings == 1);
  // Without the gate the circuit is OR, which differs from XOR at (1,1).
  Circuit ungated = c;
  ungated.mutable_node(c.find("OR")).output_gates.clear();
  CHECK(evaluate_exact(ungated, {BigInt(1), BigInt(1)})[0] == 1);
}

TEST_CASE("depth table: metrics from the graphs, limits enforced", "[circuit][depth]") {
  auto rows = depth_rows(4, 4);
  REQUIRE(rows.size() == 9);
  auto find = [&](const std::string& circuit, const std::string& family) {
    for (const auto& r : rows)
      if (r.circuit == circuit && r.family == family) return r.metrics;
    FAIL("row missing");
    return CircuitMetrics{};
  };
  CHECK(find("dot(u,v>0)", "SM").depth == 3);
  CHECK(find("dot(u,v>0)", "SM").neurons == 13);  // 2m logs, m exps, 1 sum
  CHECK(find("dot", "gated").depth == 1);
  CHECK(find("dot", "gated").neurons == 1);
  CHECK(find("dot", "gated").output_gatings == 4);
  CHECK(find("attention", "gated").output_gatings == 64);
  CHECK(find("attention", "gated").synaptic_gatings == 16);
  CHECK_THROWS_AS(depth_rows(0, 4), InputError);
  CHECK_THROWS_AS(depth_rows(4, kMaxDepthSize + 1), InputError);
  std::string text = format_depth_table(rows, 4, 4, false);
  INFO(text);
  CHECK(text.find("attention   gated") != std::string::npos);
  std::string tsv = format_depth_table(rows, 4, 4, true);
  CHECK(std::count(tsv.begin(), tsv.end(), '\n') == 10);
}
