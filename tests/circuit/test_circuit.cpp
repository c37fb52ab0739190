// Part 1: the circuit model, exact and double evaluation, quark semantics, metrics, encodings,
// taxonomy reductions.
#include <catch2/catch.hpp>

#include <cmath>

#include "circuit/builders_gated.h"
#include "circuit/circuit.h"
#include "circuit/evaluate.h"
#include "circuit/metrics.h"
#include "circuit/taxonomy.h"
#include "core/error.h"

using namespace quarks;
using namespace quarks::circuit;

namespace {
std::vector<BigInt> ints(std::initializer_list<long> xs) {
  std::vector<BigInt> v;
  for (long x : xs) v.push_back(BigInt(x));
  return v;
}
}  // namespace

TEST_CASE("exact evaluation of a threshold circuit, strict at zero", "[circuit][exact]") {
  // Majority of 3 as sign(x0 + x1 + x2 - 1.5) scaled: sign(2x0 + 2x1 + 2x2 - 3), then identity 5*maj + 1.
  Circuit c;
  NodeId x0 = c.add_input("x0"), x1 = c.add_input("x1"), x2 = c.add_input("x2");
  NodeId maj = c.add_unit("maj", Activation::Sign, -3);
  for (NodeId x : {x0, x1, x2}) c.add_synapse(x, maj, 2);
  NodeId lin = c.add_unit("lin", Activation::Identity, 1);
  c.add_synapse(maj, lin, 5);
  c.mark_output(maj);
  c.mark_output(lin);
  ExactEvaluator ev(c);
  for (unsigned mask = 0; mask < 8; ++mask) {
    int ones = __builtin_popcount(mask);
    auto out = ev.evaluate(ints({long(mask & 1), long(mask >> 1 & 1), long(mask >> 2 & 1)}));
    int expected = ones >= 2 ? 1 : -1;
    CHECK(out[0] == expected);
    CHECK(out[1] == 5 * expected + 1);
  }
  // Bias -2 makes the activation exactly 0 at one input point: strictness must throw.
  Circuit z;
  NodeId a = z.add_input("a");
  NodeId g = z.add_unit("g", Activation::Heaviside, -2);
  z.add_synapse(a, g, 1);
  z.mark_output(g);
  CHECK(evaluate_exact(z, ints({3}))[0] == 1);
  CHECK(evaluate_exact(z, ints({1}))[0] == 0);
  CHECK_THROWS_AS(evaluate_exact(z, ints({2})), NonStrictError);
  CHECK_THROWS_AS(evaluate_double(z, std::vector<double>{2.0}), NonStrictError);
  // Huge weights stay exact.
  Circuit big;
  NodeId b = big.add_input("b");
  NodeId id = big.add_unit("id", Activation::Identity);
  BigInt w = parse_bigint("123456789012345678901234567890");
  big.add_synapse(b, id, w);
  big.mark_output(id);
  CHECK(evaluate_exact(big, ints({7}))[0] == w * 7);
}

TEST_CASE("exact evaluation rejects analytic activations and wrong input counts", "[circuit][exact]") {
  Circuit c;
  NodeId x = c.add_input("x");
  NodeId e = c.add_unit("e", Activation::Exp);
  c.add_synapse(x, e, 1);
  c.mark_output(e);
  CHECK_THROWS_AS(ExactEvaluator(c), InputError);
  CHECK(evaluate_double(c, std::vector<double>{1.0})[0] == Approx(std::exp(1.0)).epsilon(1e-15));
  Circuit d;
  d.add_input("x");
  CHECK_THROWS_AS(evaluate_exact(d, ints({1, 2})), InputError);
  CHECK_THROWS_AS(evaluate_double(d, std::vector<double>{}), InputError);
}

TEST_CASE("double evaluation of every activation", "[circuit][double]") {
  const Activation fs[] = {Activation::Identity, Activation::Heaviside, Activation::Sign, Activation::Relu,
                           Activation::Logistic, Activation::Tanh,      Activation::Exp,  Activation::Log};
  for (double s : {-1.75, 0.5, 2.25}) {
    Circuit c;
    NodeId x = c.add_input("x");
    for (Activation f : fs) {
      NodeId u = c.add_unit(std::string(activation_name(f)), f, 1);  // S = 2x + 1
      c.add_synapse(x, u, 2);
      c.mark_output(u);
    }
    double S = 2 * s + 1;
    if (S <= 0) {
      CHECK_THROWS_AS(evaluate_double(c, std::vector<double>{s}), InputError);  // log outside its domain
      continue;
    }
    auto o = evaluate_double(c, std::vector<double>{s});
    CHECK(o[0] == S);
    CHECK(o[1] == 1.0);
    CHECK(o[2] == 1.0);
    CHECK(o[3] == S);
    CHECK(o[4] == Approx(1 / (1 + std::exp(-S))).epsilon(1e-15));
    CHECK(o[5] == Approx(std::tanh(S)).epsilon(1e-15));
    CHECK(o[6] == Approx(std::exp(S)).epsilon(1e-15));
    CHECK(o[7] == Approx(std::log(S)).epsilon(1e-15));
  }
  Circuit neg;
  NodeId x = neg.add_input("x");
  for (Activation f : {Activation::Heaviside, Activation::Sign, Activation::Relu}) {
    NodeId u = neg.add_unit("u", f);
    neg.add_synapse(x, u, 1);
    neg.mark_output(u);
  }
  auto o = evaluate_double(neg, std::vector<double>{-3.0});
  CHECK(o == std::vector<double>{0.0, -1.0, 0.0});
}

TEST_CASE("output gating broadcasts to every target, synaptic gating affects one synapse", "[circuit][quarks]") {
  for (bool output_gating : {true, false}) {
    Circuit c;
    NodeId x = c.add_input("x"), y = c.add_input("y");
    NodeId i = c.add_unit("i", Activation::Identity);
    c.add_synapse(x, i, 1);
    NodeId k1 = c.add_unit("k1", Activation::Identity), k2 = c.add_unit("k2", Activation::Identity);
    EdgeRef e1 = c.add_synapse(i, k1, 3);
    c.add_synapse(i, k2, -2);
    if (output_gating) c.gate_output(i, y); else c.gate_synapse(e1, y);
    c.mark_output(k1);
    c.mark_output(k2);
    c.mark_output(i);
    auto t = ExactEvaluator(c).trace(ints({5, 7}));
    CHECK(t.activation[k1] == 3 * 5 * 7);  // both deliver w_ki O_i O_j (Fig. 2)
    CHECK(t.raw[i] == 5);
    if (output_gating) {
      CHECK(t.output[i] == 35);
      CHECK(t.activation[k2] == -2 * 35);
    } else {
      CHECK(t.output[i] == 5);
      CHECK(t.activation[k2] == -2 * 5);
    }
    // Same through the compiled double evaluator.
    auto d = evaluate_double(c, std::vector<double>{5, 7});
    CHECK(d[0] == 105);
    CHECK(d[1] == (output_gating ? -70 : -10));
  }
}

TEST_CASE("multiplexing, activation gating, additive attention, monomials, Boolean units", "[circuit][quarks]") {
  Circuit c;
  NodeId x = c.add_input("x"), y = c.add_input("y"), z = c.add_input("z");
  NodeId k = c.add_unit("k", Activation::Identity, 1);
  EdgeRef e = c.add_synapse(x, k, 2);
  c.add_multiplex(y, k, -4);
  c.add_to_synapse(e, z);             // weight 2 + z
  c.add_monomial(k, {x, y}, 3);       // + 3xy
  c.gate_activation(k, z);            // S *= z
  NodeId out = c.add_unit("out", Activation::Identity);
  c.add_synapse(k, out, 1);
  c.add_to_output(k, y);              // O_k + y
  c.mark_output(out);
  for (long xv : {-2L, 0L, 3L})
    for (long yv : {-1L, 2L})
      for (long zv : {-3L, 1L}) {
        long S = (1 + (2 + zv) * xv - 4 * yv + 3 * xv * yv) * zv;
        CHECK(evaluate_exact(c, ints({xv, yv, zv}))[0] == S + yv);
        CHECK(evaluate_double(c, std::vector<double>{double(xv), double(yv), double(zv)})[0] == double(S + yv));
      }
  CHECK_THROWS_AS(c.add_monomial(k, {x}, 1), InputError);  // degree 1 is a synapse

  Circuit b;
  NodeId p = b.add_input("p"), q = b.add_input("q");
  NodeId sp = b.add_unit("sp", Activation::Sign, -1), sq = b.add_unit("sq", Activation::Sign, -1);
  b.add_synapse(p, sp, 2);
  b.add_synapse(q, sq, 2);
  NodeId bx = b.add_boolean("xor", BooleanOperator::parse("XOR"), {sp, sq});
  b.mark_output(bx);
  for (int pv = 0; pv < 2; ++pv)
    for (int qv = 0; qv < 2; ++qv) CHECK(evaluate_exact(b, ints({pv, qv}))[0] == (pv != qv ? 1 : -1));
  // Operands must be +-1.
  Circuit bad;
  NodeId u = bad.add_input("u"), v = bad.add_input("v");
  bad.mark_output(bad.add_boolean("and", BooleanOperator::parse("AND"), {u, v}));
  CHECK(evaluate_exact(bad, ints({1, -1}))[0] == -1);
  CHECK_THROWS_AS(evaluate_exact(bad, ints({0, 1})), InputError);
  CHECK_THROWS_AS(evaluate_double(bad, std::vector<double>{0.5, 1.0}), InputError);
  CHECK_THROWS_AS(bad.add_boolean("and3", BooleanOperator::parse("AND"), {u}), InputError);
}

TEST_CASE("cycles, including through gating signals, are rejected", "[circuit]") {
  Circuit c;
  NodeId x = c.add_input("x");
  NodeId a = c.add_unit("a", Activation::Identity), b = c.add_unit("b", Activation::Identity);
  c.add_synapse(x, a, 1);
  c.add_synapse(a, b, 1);
  c.gate_output(a, b);  // a's effective output depends on b, which reads a
  c.mark_output(b);
  CHECK_THROWS_AS(c.topological_order(), InputError);
  CHECK_THROWS_AS(CompiledCircuit(c), InputError);
  CHECK_THROWS_AS(c.add_synapse(x, x, 1), InputError);  // an input has no activation
  CHECK_THROWS_AS(c.add_synapse(x, 99, 1), InputError);
}

TEST_CASE("metrics of hand-built circuits", "[circuit][metrics]") {
  // x, y inputs; h = relu(x + y - 1) gated by g = heaviside(x - y); k = sign(h + mux y) with
  // synapse h->k gated by x; depth: h, g = 1, h_eff = 1, k = 2.
  Circuit c;
  NodeId x = c.add_input("x"), y = c.add_input("y");
  NodeId h = c.add_unit("h", Activation::Relu, -1);
  c.add_synapse(x, h, 1);
  c.add_synapse(y, h, 1);
  NodeId g = c.add_unit("g", Activation::Heaviside);
  c.add_synapse(x, g, 1);
  c.add_synapse(y, g, -1);
  c.gate_output(h, g);
  NodeId k = c.add_unit("k", Activation::Sign);
  c.gate_synapse(c.add_synapse(h, k, 1), x);
  c.add_multiplex(y, k, 1);
  c.mark_output(k);
  CircuitMetrics m = compute_metrics(c);
  CHECK(m.depth == 2);
  CHECK(m.inputs == 2);
  CHECK(m.neurons == 3);
  CHECK(m.edges == 6);
  CHECK(m.multiplexing_edges == 1);
  CHECK(m.weights == 7);  // 6 edge weights + 1 nonzero bias
  CHECK(m.distinct_weight_values == 2);
  CHECK(m.output_gatings == 1);
  CHECK(m.synaptic_gatings == 1);
  CHECK(m.gated_synapses == 1);
  CHECK(m.activation_list() == "heaviside,sign,relu");
  CHECK_FALSE(m.standard_model());
  // A gate deeper than the gated unit sets the depth of the gated output.
  Circuit d;
  NodeId u = d.add_input("u");
  NodeId a1 = d.add_unit("a1", Activation::Identity), a2 = d.add_unit("a2", Activation::Identity);
  NodeId a3 = d.add_unit("a3", Activation::Identity), t = d.add_unit("t", Activation::Identity);
  d.add_synapse(u, a1, 1);
  d.add_synapse(a1, a2, 1);
  d.add_synapse(a2, a3, 1);
  d.add_synapse(u, t, 1);
  NodeId t2 = d.add_unit("t2", Activation::Identity);
  d.add_synapse(t, t2, 1);
  d.gate_output(t, a3);
  CHECK(node_depths(d)[t] == 3);
  CHECK(compute_metrics(d).depth == 4);
  CHECK(compute_metrics(d).output_gatings == 1);
  // Synaptic gating bundles: one gater on 3 synapses between two named groups counts once.
  Circuit e;
  NodeId gate = e.add_input("p");
  std::vector<NodeId> vs;
  for (int l = 0; l < 3; ++l) vs.push_back(e.add_input("v" + std::to_string(l), "V"));
  for (int l = 0; l < 3; ++l) {
    NodeId o = e.add_unit("o" + std::to_string(l), Activation::Identity, 0, "O");
    e.gate_synapse(e.add_synapse(vs[l], o, 1), gate);
  }
  CHECK(compute_metrics(e).synaptic_gatings == 1);
  CHECK(compute_metrics(e).gated_synapses == 3);
  CHECK(compute_metrics(e).depth == 1);
}

TEST_CASE("encodings: product of 0/1 gates is AND, of +-1 gates is XNOR (Sec. 4.2)", "[circuit][encodings]") {
  Circuit h = encoding_product(Activation::Heaviside), s = encoding_product(Activation::Sign);
  for (int a = 0; a < 2; ++a)
    for (int b = 0; b < 2; ++b) {
      CHECK(evaluate_exact(h, ints({a, b}))[0] == (a && b ? 1 : 0));
      CHECK(evaluate_exact(s, ints({a, b}))[0] == (a == b ? 1 : -1));
    }
  CHECK(compute_metrics(h).output_gatings == 1);
  CHECK_THROWS_AS(encoding_product(Activation::Relu), InputError);
}

TEST_CASE("taxonomy reductions hold (Sec. 2, Table 1, Fig. 2)", "[circuit][taxonomy]") {
  for (std::uint64_t seed : {1u, 2u, 3u}) {
    auto checks = check_taxonomy(seed, 30);
    REQUIRE(checks.size() == 5);
    for (const auto& r : checks) {
      INFO(r.name << ": " << r.detail);
      CHECK(r.holds);
      CHECK(r.cases >= 30);
      CHECK(r.max_error <= 1e-12);
    }
  }
}

TEST_CASE("taxonomy rewrites on known circuits, and their refusals", "[circuit][taxonomy]") {
  // Activation gating with a bias: (2x + 3) * y becomes gated synapses from x and a constant unit.
  Circuit c;
  NodeId x = c.add_input("x"), y = c.add_input("y");
  NodeId k = c.add_unit("k", Activation::Identity, 3);
  c.add_synapse(x, k, 2);
  c.gate_activation(k, y);
  c.mark_output(k);
  Circuit r = activation_gating_to_synaptic(c);
  CHECK(compute_metrics(r).activation_gatings == 0);
  CHECK(compute_metrics(r).gated_synapses == 2);
  CHECK(r.node(k).bias == 0);
  for (long xv : {-3L, 4L})
    for (long yv : {-2L, 5L}) CHECK(evaluate_exact(r, ints({xv, yv}))[0] == (2 * xv + 3) * yv);
  // Corrupted rewrite: dropping the bias gate would change the value, and the check sees it.
  Circuit wrong = r;
  wrong.mutable_node(k).in.back().gates.clear();
  CHECK(evaluate_exact(wrong, ints({1, 2})) != evaluate_exact(c, ints({1, 2})));

  // Additive output attention into a node used as a gate is not an SM rewrite.
  Circuit a;
  NodeId p = a.add_input("p"), q = a.add_input("q");
  NodeId i = a.add_unit("i", Activation::Identity), t = a.add_unit("t", Activation::Identity);
  a.add_synapse(p, i, 1);
  a.add_synapse(q, t, 1);
  a.add_to_output(i, q);
  a.gate_output(t, i);
  a.mark_output(t);
  CHECK_THROWS_AS(additive_output_to_synapses(a), InputError);
  // Output gating of a node that itself gates another node is not a synaptic rewrite.
  Circuit g2;
  NodeId g2p = g2.add_input("p"), g2q = g2.add_input("q");
  NodeId g2i = g2.add_unit("i", Activation::Identity), g2t = g2.add_unit("t", Activation::Identity);
  g2.add_synapse(g2p, g2i, 1);
  g2.add_synapse(g2q, g2t, 1);
  g2.gate_output(g2i, g2q);
  g2.gate_output(g2t, g2i);
  g2.mark_output(g2t);
  CHECK_THROWS_AS(output_gating_to_synaptic(g2), InputError);
  // Output gating of an output node becomes a gated relay.
  Circuit o;
  NodeId u = o.add_input("u"), v = o.add_input("v");
  NodeId w = o.add_unit("w", Activation::Identity);
  o.add_synapse(u, w, 1);
  o.gate_output(w, v);
  o.mark_output(w);
  Circuit ro = output_gating_to_synaptic(o);
  CHECK(ro.outputs()[0] != w);
  CHECK(evaluate_exact(ro, ints({6, -7}))[0] == -42);
  CHECK(compute_metrics(ro).output_gatings == 0);
}

TEST_CASE("compiled shapes agree with the exact evaluator and report errors by node", "[circuit][double]") {
  // Relay runs (one synapse + one output gate) with non-unit weights and several activations,
  // gated sums, plain sums and general records mixed; compared with ExactEvaluator on integers.
  Circuit c;
  std::vector<NodeId> x;
  for (int k = 0; k < 4; ++k) x.push_back(c.add_input("x" + std::to_string(k)));
  std::vector<NodeId> relays;
  const Activation fs[] = {Activation::Identity, Activation::Relu, Activation::Sign, Activation::Identity};
  for (int k = 0; k < 8; ++k) {
    NodeId r = c.add_unit("r" + std::to_string(k), fs[k % 4]);
    c.add_synapse(x[k % 4], r, k % 3 == 0 ? 1 : -(k + 1));
    c.gate_output(r, x[(k + 1) % 4]);
    relays.push_back(r);
  }
  NodeId sum = c.add_unit("sum", Activation::Identity, 2);
  for (int k = 0; k < 8; ++k) c.add_synapse(relays[k], sum, k + 1);
  NodeId gs = c.add_unit("gs", Activation::Identity, -1);
  for (int k = 0; k < 4; ++k) c.gate_synapse(c.add_synapse(relays[k], gs, k - 2), x[k]);
  NodeId relay2 = c.add_unit("relay2", Activation::Relu);  // relay reading a relay
  c.add_synapse(relays[0], relay2, -3);
  c.gate_output(relay2, relays[1]);
  for (NodeId o : {sum, gs, relay2}) c.mark_output(o);
  for (NodeId r : relays) c.mark_output(r);
  CompiledCircuit cc(c);
  ExactEvaluator ev(c);
  int compared = 0;
  for (int a = -2; a <= 2; ++a)
    for (int b = -2; b <= 2; ++b)
      for (int d = 1; d <= 2; ++d)
        for (int e = -1; e <= 1; e += 2) {
          std::vector<BigInt> in{BigInt(a), BigInt(b), BigInt(d), BigInt(e)};
          std::vector<double> din{double(a), double(b), double(d), double(e)};
          bool exact_throws = false;
          std::vector<BigInt> want;
          try { want = ev.evaluate(in); } catch (const NonStrictError&) { exact_throws = true; }
          if (exact_throws) {
            CHECK_THROWS_AS(cc.evaluate(din), NonStrictError);
            continue;
          }
          auto got = cc.evaluate(din);
          for (std::size_t k = 0; k < want.size(); ++k) CHECK(got[k] == want[k].convert_to<double>());
          std::vector<double> all(c.size());
          cc.evaluate_all(din, all);
          CHECK(all[sum] == got[0]);
          ++compared;
        }
  CHECK(compared > 20);
  try {
    std::vector<double> zero{1, 1, 0, 1};  // x2 = 0: the sign relay r2 (inside a relay run) has S = 0
    cc.evaluate(zero);
    FAIL("expected NonStrictError");
  } catch (const NonStrictError& e) {
    CHECK(std::string(e.what()).find("'r2'") != std::string::npos);
  }
}
