// Theorem 4.3 (Eqs. 4.13-4.15): the gated threshold map built from m pairs
// (h+_i, g+_i), its smallest constants, the injection of gated maps into
// circuit functions at small sizes, and the erratum (Eq. 4.14 for both layers).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "claim/reference.h"
#include "core/error.h"
#include "witness/layer_gating.h"
#include "witness/threshold_functions.h"

using namespace quarks;

namespace {

Polynomial constant(std::uint32_t variables, int c) { return Polynomial::from_terms(variables, {{{}, BigInt(c)}}); }

// Circuit truth table on {0,1}^n (bit = point mask, variable 0 = bit 0), n <= 6.
std::uint64_t circuit_table(const LayerClaim& claim) {
  std::uint64_t table = 0;
  for (std::uint64_t x = 0; x < (std::uint64_t{1} << claim.n); ++x) {
    const auto out = layer_output_at(claim, point_from_mask(x, claim.n));
    REQUIRE(out.has_value());  // every gate and phi strict
    if (*out > 0) table |= std::uint64_t{1} << x;
  }
  return table;
}

const LayerClaim& layer(const Witness& w) { return std::get<LayerClaim>(w.claim); }

// Calls visit(h_plus, g_plus) for every m-tuple of pairs of LTFs of n^+ variables.
template <class Visit>
void every_gated_map(std::uint32_t plus, std::uint32_t m, Visit visit) {
  const auto ltf = all_linear_threshold_functions(plus);
  const std::size_t count = ltf.size();
  std::vector<std::size_t> digit(2 * m, 0);
  for (;;) {
    std::vector<Polynomial> h, g;
    for (std::uint32_t i = 0; i < m; ++i) {
      h.push_back(ltf[digit[2 * i]]);
      g.push_back(ltf[digit[2 * i + 1]]);
    }
    visit(h, g);
    std::size_t d = 0;
    while (d < digit.size() && digit[d] == count - 1) digit[d++] = 0;
    if (d == digit.size()) return;
    ++digit[d];
  }
}

// The injection at (n, m): distinct tuples of products h+_i g+_i give distinct
// circuit functions, the circuit at x- = i is the product, and -1 at unused codes.
void check_injection(std::uint32_t n, std::uint32_t m, std::size_t products_per_unit) {
  const std::uint32_t s = layer_selector_bits(n, m), plus = n - s;
  std::map<std::vector<std::uint64_t>, std::uint64_t> image;  // product tuple -> circuit table
  std::set<std::uint64_t> circuits, paper_circuits;
  std::size_t maps = 0;
  every_gated_map(plus, m, [&](const std::vector<Polynomial>& h, const std::vector<Polynomial>& g) {
    ++maps;
    const Witness w = layer_gating_witness(h, g, n, LayerFormula::corrected);
    const std::uint64_t table = circuit_table(layer(w));
    std::vector<std::uint64_t> products;
    for (std::uint32_t i = 0; i < m; ++i) products.push_back(~(truth_table(h[i]) ^ truth_table(g[i])) & ((1U << (1U << plus)) - 1));
    for (std::uint64_t code = 0; code < (std::uint64_t{1} << s); ++code) {
      std::uint64_t slice = 0;  // the circuit restricted to x- = code, as a table of x+
      for (std::uint64_t x = 0; x < (std::uint64_t{1} << plus); ++x) slice |= ((table >> (code | (x << s))) & 1U) << x;
      REQUIRE(slice == (code < m ? products[code] : 0));
    }
    const auto [it, fresh] = image.emplace(products, table);
    REQUIRE(it->second == table);  // the function depends only on the products
    circuits.insert(table);
    if (m >= 2) paper_circuits.insert(circuit_table(layer(layer_gating_witness(h, g, n, LayerFormula::paper))));
  });
  std::size_t tuples = 1;
  for (std::uint32_t i = 0; i < m; ++i) tuples *= products_per_unit;
  CHECK(image.size() == tuples);     // every tuple of products occurs
  CHECK(circuits.size() == tuples);  // ... and no two share a circuit function
  const std::size_t ltfs = all_linear_threshold_functions(plus).size();
  std::size_t all_maps = 1;
  for (std::uint32_t i = 0; i < 2 * m; ++i) all_maps *= ltfs;
  CHECK(maps == all_maps);
  // Eq. 4.14 read literally: every map gives the same (constant +1) circuit.
  if (m >= 2) CHECK(paper_circuits == std::set<std::uint64_t>{(std::uint64_t{1} << (1U << n)) - 1});
}

}  // namespace

TEST_CASE("Theorem 4.3 construction is verified by the reference for m = 1..9, 16, 64", "[thm-4.3]") {
  std::uint64_t seed = 1;
  for (std::uint32_t m : {1U, 2U, 3U, 4U, 5U, 6U, 7U, 8U, 9U, 16U, 64U}) {
    for (std::uint32_t n : {std::max(2U, layer_selector_bits(8, m) + 1), 8U}) {
      const Witness w = random_layer_gating_witness(n, m, seed++, 8, LayerFormula::corrected);
      CAPTURE(n, m);
      CHECK_FALSE(brute_force_violation(w.claim).has_value());
      const LayerClaim& c = layer(w);
      CHECK(c.output_bias == BigInt(m) - 1);  // phi = OR
      for (const auto& weight : c.output_weights) CHECK(weight == 1);
    }
  }
}

TEST_CASE("Theorem 4.3: off selection h_i = -1 and g_i = +1, so phi = -1 on unused codes", "[thm-4.3]") {
  const Witness w = random_layer_gating_witness(6, 5, 11, 12, LayerFormula::corrected);
  const LayerClaim& c = layer(w);
  REQUIRE(c.selector_bits() == 3);
  for (std::uint64_t code = 0; code < 8; ++code) {
    for (std::uint64_t x = 0; x < 8; ++x) {
      const CubePoint point = c.point(code, point_from_mask(x, 3));
      for (std::uint32_t i = 0; i < c.m; ++i) {
        if (i == code) continue;
        CHECK(c.gated[i].evaluate(point) < 0);
        CHECK(c.gating[i].evaluate(point) > 0);
      }
      if (code >= c.m) CHECK(layer_output_at(c, point) == -1);
    }
  }
}

TEST_CASE("Theorem 4.3: the selector constants are the smallest that work", "[thm-4.3]") {
  // h+ = 1 + 4 x0 - 2 x1 (max 5), g+ = -3 + 2 x0 - 6 x1 (min -9): M = 6, N = 10.
  const Polynomial h = Polynomial::from_terms(2, {{{}, 1}, {{0}, 4}, {{1}, -2}});
  const Polynomial g = Polynomial::from_terms(2, {{{}, -3}, {{0}, 2}, {{1}, -6}});
  const Witness w = layer_gating_witness({h, h}, {g, g}, 3, LayerFormula::corrected);
  const LayerClaim& c = layer(w);
  CHECK_FALSE(brute_force_violation(w.claim).has_value());
  // Unit 0 (bit 0 clear): h_0 = h+ - 6 x_sel, g_0 = g+ + 10 x_sel.
  CHECK(c.gated[0] == Polynomial::from_terms(3, {{{}, 1}, {{0}, -6}, {{1}, 4}, {{2}, -2}}));
  CHECK(c.gating[0] == Polynomial::from_terms(3, {{{}, -3}, {{0}, 10}, {{1}, 2}, {{2}, -6}}));
  // One less, and the unselected gate is exactly 0 at the extreme point: refuted.
  for (int which : {0, 1}) {
    LayerClaim smaller = c;
    auto& poly = which == 0 ? smaller.gated[0] : smaller.gating[0];
    auto terms = poly.terms();
    for (auto& t : terms) {
      if (t.monomial == Monomial{0}) t.coefficient += which == 0 ? 1 : -1;
    }
    poly = Polynomial::from_terms(3, terms);
    const auto v = brute_force_violation(Claim{smaller});
    REQUIRE(v.has_value());
    CHECK(v->find("exactly 0") != std::string::npos);
  }
}

TEST_CASE("Theorem 4.3 injection: every gated map of n = 2, m = 2 (n+ = 1)", "[thm-4.3][injection]") {
  check_injection(2, 2, 4);  // all 4 functions of one variable are products of two LTFs
}

TEST_CASE("Theorem 4.3 injection: every gated map of n = 3, m = 3 (unused code 3)", "[thm-4.3][injection]") {
  check_injection(3, 3, 4);
}

TEST_CASE("Theorem 4.3 injection: every gated map of n = 3, m = 2 (n+ = 2)", "[thm-4.3][injection]") {
  check_injection(3, 2, 16);  // the 16 functions of 2 variables, XOR = x0 * x1 included
}

TEST_CASE("Theorem 4.3 erratum: smallest failing instance of Eq. 4.14 for both layers", "[thm-4.3][erratum]") {
  // n = 2, m = 2, n+ = 1: h+_0 = -1, g+_0 = h+_1 = g+_1 = +1. At x- = 0 the
  // product is -1, but unit 1 gives (-1)(-1) = +1 and phi = OR = +1.
  const std::vector<Polynomial> h{constant(1, -1), constant(1, 1)}, g{constant(1, 1), constant(1, 1)};
  const Witness paper = layer_gating_witness(h, g, 2, LayerFormula::paper);
  const auto v = brute_force_violation(paper.claim);
  REQUIRE(v.has_value());
  CHECK(v->find("x- = 0") != std::string::npos);
  CHECK(v->find("y_1 = +1") != std::string::npos);
  CHECK_FALSE(brute_force_violation(layer_gating_witness(h, g, 2, LayerFormula::corrected).claim).has_value());
  // m = 1 has no selector, so Eq. 4.14 is vacuous there and holds.
  const Witness single = layer_gating_witness({constant(2, -1)}, {constant(2, 1)}, 2, LayerFormula::paper);
  CHECK_FALSE(brute_force_violation(single.claim).has_value());
}

TEST_CASE("Theorem 4.3 generator refuses what is not an instance", "[thm-4.3]") {
  const Polynomial p = constant(1, 1);
  CHECK_THROWS_AS(layer_gating_witness({}, {}, 2, LayerFormula::corrected), InputError);                   // m = 0
  CHECK_THROWS_AS(layer_gating_witness({p, p, p}, {p, p, p}, 2, LayerFormula::corrected), InputError);     // m > 2^(n-1)
  CHECK_THROWS_AS(layer_gating_witness({p}, {p, p}, 2, LayerFormula::corrected), InputError);              // unequal
  CHECK_THROWS_AS(layer_gating_witness({constant(1, 0)}, {p}, 2, LayerFormula::corrected), InputError);   // not strict
  const Polynomial quadratic = Polynomial::from_terms(2, {{{}, 1}, {{0, 1}, 2}});
  CHECK_THROWS_AS(layer_gating_witness({quadratic}, {constant(2, 1)}, 2, LayerFormula::corrected), InputError);
  CHECK_THROWS_AS(layer_selector_bits(12, kMaxLayerUnits + 1), InputError);  // m above kMaxLayerUnits
  CHECK(layer_selector_bits(11, kMaxLayerUnits) == 10);
  CHECK_THROWS_AS(layer_selector_bits(10, kMaxLayerUnits), InputError);  // no variable left for x+
}
