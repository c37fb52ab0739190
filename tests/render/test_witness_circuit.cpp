#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "circuit/evaluate.h"
#include "claim/reference.h"
#include "core/error.h"
#include "core/random.h"
#include "graphviz.h"
#include "render/dot.h"
#include "render/witness_circuit.h"
#include "witness/composition.h"
#include "witness/extension.h"
#include "witness/layer_gating.h"
#include "witness/ptf.h"

using namespace quarks;
using namespace quarks::circuit;
using quarks::render::circuit_from_claim;

namespace {

// Compares the circuit with B(sign F_0, ..., sign F_k) computed from the claim's polynomials at
// every point of {0,1}^n. Where some F_j is 0 the claim assigns no value and the circuit must
// refuse too (NonStrictError). Returns the number of points where both are defined.
std::size_t require_polynomial_semantics(const SelectorClaim& claim, const Circuit& c) {
  REQUIRE(c.inputs().size() == claim.n);
  REQUIRE(c.outputs().size() == 1);
  ExactEvaluator evaluator(c);
  std::size_t defined = 0;
  for (std::uint64_t bits = 0; bits < (std::uint64_t{1} << claim.n); ++bits) {
    CubePoint point(claim.n);
    std::vector<BigInt> inputs(claim.n);
    for (std::uint32_t v = 0; v < claim.n; ++v) {
      point[v] = bits >> v & 1U;
      inputs[v] = point[v];
    }
    std::vector<int> signs;
    bool strict = true;
    for (const Polynomial& F : claim.gates) {
      int s = signum(F.evaluate(point));
      strict = strict && s != 0;
      signs.push_back(s);
    }
    INFO("point " << bits);
    if (!strict) {
      CHECK_THROWS_AS(evaluator.evaluate(inputs), NonStrictError);
      continue;
    }
    std::vector<BigInt> out = evaluator.evaluate(inputs);
    REQUIRE(out.size() == 1);
    CHECK(out[0] == claim.combine.evaluate_pm1(signs));
    ++defined;
  }
  return defined;
}

std::size_t count_edges(const Circuit& c, EdgeKind kind) {
  std::size_t count = 0;
  for (const Node& n : c.nodes())
    for (const Edge& e : n.in) count += e.kind == kind;
  return count;
}

void require_valid_dot(const Circuit& c, const std::string& stem) {
  std::string dot = render::to_dot(c);
  if (!render::testing::have_graphviz()) {
    WARN("Graphviz 'dot' not found: DOT validity of " << stem << " not checked");
    return;
  }
  auto r = render::testing::run_dot_svg(dot, stem);
  CHECK(r.errors == "");
  CHECK(r.status == 0);
}

}  // namespace

TEST_CASE("lemma-5.3 circuit: one sign gate, the selector by multiplexing", "[render][witness]") {
  SeededRandom random(5);
  for (int degree : {1, 2}) {
    INFO("degree " << degree);
    Polynomial p = random_strict_polynomial(3, degree, 6, random);
    Witness w = extension_witness(p, 5, 2, 1, -1, {1, 0, -1}, degree);
    const auto& claim = std::get<SelectorClaim>(w.claim);
    Circuit c = circuit_from_claim(w.claim);
    REQUIRE(c.size() == 5 + 1);  // z_1, z_2, x_1..x_3, F_0; no Boolean unit for one gate
    CHECK(c.node(c.outputs()[0]).name == "F_0");
    CHECK(c.node(c.outputs()[0]).activation == Activation::Sign);
    CHECK(c.node(c.find("z_2")).group == "z");
    CHECK(c.node(c.find("x_3")).group == "x");
    // F = M q(z) + theta p(x) (Eq. 5.8): every z term is a multiplexing edge from z, every
    // degree-1 x term a synapse from x.
    const Node& F = c.node(c.outputs()[0]);
    CHECK(F.bias == claim.gates[0].constant());
    for (const Edge& e : F.in) {
      bool from_z = c.node(e.source).group == "z";
      CHECK((e.kind == EdgeKind::Multiplex) == from_z);
    }
    CHECK(count_edges(c, EdgeKind::Multiplex) == 2);
    CHECK(F.monomials.size() == (degree == 2 ? 3u : 0u));  // the 3 pairs of x_1..x_3
    CHECK(require_polynomial_semantics(claim, c) > 0);
    require_valid_dot(c, "lemma-5.3-d" + std::to_string(degree));
  }
}

TEST_CASE("lemma-5.4 circuit equals B(sign F_0, ..., sign F_k) on the whole cube", "[render][witness]") {
  struct Case {
    const char* op;
    std::uint32_t n;
    std::vector<int> degrees;
  };
  for (const Case& t : {Case{"AND", 5, {1, 1}}, Case{"XOR", 5, {2, 1}}, Case{"tt:00010111", 6, {1, 2, 1}}}) {
    INFO(t.op);
    Witness w = random_composition_witness(BooleanOperator::parse(t.op), t.n, t.degrees, 3, 8);
    const auto& claim = std::get<SelectorClaim>(w.claim);
    Circuit c = circuit_from_claim(claim);
    const Node& out = c.node(c.outputs()[0]);
    CHECK(out.activation == Activation::Boolean);
    REQUIRE(out.op.has_value());
    CHECK(*out.op == claim.combine);
    REQUIRE(out.operands.size() == claim.gates.size());
    for (std::size_t j = 0; j < out.operands.size(); ++j) {
      CHECK(c.node(out.operands[j]).name == "F_" + std::to_string(j));
    }
    CHECK(count_edges(c, EdgeKind::Multiplex) > 0);
    CHECK(require_polynomial_semantics(claim, c) > 0);
    require_valid_dot(c, std::string("lemma-5.4-") + (t.op[0] == 't' ? "MAJ3" : t.op));

    // The comparison is sensitive: moving one multiplexing weight changes some output.
    Circuit corrupted = c;
    bool flipped = false;
    for (NodeId id = 0; id < corrupted.size() && !flipped; ++id) {
      for (Edge& e : corrupted.mutable_node(id).in) {
        if (e.kind == EdgeKind::Multiplex && !flipped) {
          e.weight = -e.weight;
          flipped = true;
        }
      }
    }
    REQUIRE(flipped);
    ExactEvaluator original(c), changed(corrupted);
    bool differs = false;
    for (std::uint64_t bits = 0; bits < (std::uint64_t{1} << t.n) && !differs; ++bits) {
      std::vector<BigInt> in(t.n);
      for (std::uint32_t v = 0; v < t.n; ++v) in[v] = bits >> v & 1U;
      try {
        differs = original.evaluate(in) != changed.evaluate(in);
      } catch (const NonStrictError&) {
        differs = true;
      }
    }
    CHECK(differs);
  }
}

TEST_CASE("mixed and z-only higher-degree terms become monomials", "[render][witness]") {
  SelectorClaim claim;
  claim.lemma = SelectorLemma::lemma_5_4;
  claim.n = 4;
  claim.k = 2;
  claim.combine = BooleanOperator::parse("tt:00010111");
  auto poly = [](std::vector<Term> terms) { return Polynomial::from_terms(4, std::move(terms)); };
  claim.gates = {poly({{{}, 3}, {{0}, -6}, {{2}, 4}, {{0, 3}, -10}, {{0, 1}, 2}, {{0, 2, 3}, 8}}),
                 poly({{{}, -1}, {{1}, 4}, {{3}, -2}, {{2, 3}, 6}}),
                 poly({{{}, 5}, {{0}, -2}, {{1}, -8}, {{2}, 2}})};
  claim.degree_bounds = {3, 2, 1};
  for (int j = 0; j < 3; ++j) claim.inputs.push_back(Polynomial::from_terms(2, {{{}, 1}}));
  for (std::size_t i = 0; i < 3; ++i) claim.cases.push_back({SelectorTarget::Kind::input, 1, i});
  Circuit c = circuit_from_claim(claim);
  const Node& F0 = c.node(c.find("F_0"));
  CHECK(F0.bias == 3);
  REQUIRE(F0.in.size() == 2);
  CHECK(F0.in[0].kind == EdgeKind::Multiplex);
  CHECK(F0.in[0].source == c.find("z_1"));
  CHECK(F0.in[0].weight == -6);
  CHECK(F0.in[1].kind == EdgeKind::Synapse);
  CHECK(F0.in[1].source == c.find("x_1"));
  REQUIRE(F0.monomials.size() == 3);
  CHECK(count_edges(c, EdgeKind::Multiplex) == 4);
  CHECK(count_edges(c, EdgeKind::Synapse) == 3);
  CHECK(require_polynomial_semantics(claim, c) > 0);
  require_valid_dot(c, "mixed");
}

TEST_CASE("claims without a circuit and malformed claims are bad input", "[render][witness]") {
  try {
    circuit_from_claim(Claim{SignVectorClaim{}});
    FAIL("lemma-5.1 accepted");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == "lemma-5.1 witnesses hold no circuit");
  }
  CHECK_THROWS_AS(circuit_from_claim(Claim{AffineSelectorClaim{}}), InputError);
  Witness w = random_composition_witness(BooleanOperator::parse("AND"), 4, {1, 1}, 1, 4);
  auto claim = std::get<SelectorClaim>(w.claim);
  claim.k = 0;
  CHECK_THROWS_AS(circuit_from_claim(claim), InputError);
  claim = std::get<SelectorClaim>(w.claim);
  claim.gates.pop_back();
  CHECK_THROWS_AS(circuit_from_claim(claim), InputError);
}

TEST_CASE("theorem-4.3 circuit: y_i = h_i g_i by output gating, phi equals the reference everywhere",
          "[render][witness][thm-4.3]") {
  for (const LayerFormula formula : {LayerFormula::corrected, LayerFormula::paper}) {
    for (const auto& [n, m] : std::vector<std::pair<std::uint32_t, std::uint32_t>>{{2, 1}, {3, 2}, {4, 3}, {5, 4}}) {
      INFO("n = " << n << ", m = " << m << (formula == LayerFormula::paper ? ", Eq. 4.14 as printed" : ""));
      const Witness w = random_layer_gating_witness(n, m, 7 + n, 4, formula);
      const LayerClaim& claim = std::get<LayerClaim>(w.claim);
      const Circuit c = circuit_from_claim(claim);
      REQUIRE(c.inputs().size() == n);
      REQUIRE(c.outputs().size() == 1);
      CHECK(c.node(c.inputs()[0]).name == (claim.selector_bits() > 0 ? "x-_0" : "x+_0"));
      std::size_t gated = 0;
      for (const Node& node : c.nodes()) gated += node.output_gates.size();
      CHECK(gated == m);  // one output gating per pair
      ExactEvaluator evaluator(c);
      for (std::uint64_t bits = 0; bits < (std::uint64_t{1} << n); ++bits) {
        const CubePoint point = point_from_mask(bits, n);
        std::vector<BigInt> inputs(point.begin(), point.end());
        const std::optional<int> expected = layer_output_at(claim, point);
        REQUIRE(expected.has_value());  // the generators' gates are strict on the cube
        CHECK(evaluator.evaluate(inputs)[0] == *expected);
      }
      require_valid_dot(c, "layer-" + std::to_string(n) + "-" + std::to_string(m));
    }
  }
  // A malformed layer claim is bad input, not a circuit.
  LayerClaim bad = std::get<LayerClaim>(random_layer_gating_witness(4, 2, 1, 4, LayerFormula::corrected).claim);
  bad.output_weights.pop_back();
  CHECK_THROWS_AS(circuit_from_claim(bad), InputError);
}
