#include "witness/layer_gating.h"

#include "core/error.h"
#include "witness/ptf.h"

namespace quarks {

namespace {

// Extremes of a degree <= 1 polynomial on the cube: c0 plus its positive
// (max) or negative (min) coefficients, each attained at a vertex.
BigInt linear_max(const Polynomial& p) {
  BigInt v = p.constant();
  for (const Term& t : p.terms()) {
    if (!t.monomial.empty() && t.coefficient > 0) v += t.coefficient;
  }
  return v;
}
BigInt linear_min(const Polynomial& p) {
  BigInt v = p.constant();
  for (const Term& t : p.terms()) {
    if (!t.monomial.empty() && t.coefficient < 0) v += t.coefficient;
  }
  return v;
}

// base(x^+) + factor * D_i(x^-) on n variables, where D_i(x^-) = sum_b
// (bit b of i ? 1 - x_b : x_b) is the Hamming distance of x^- from i:
// 0 exactly at x^- = i and >= 1 at every other code.
Polynomial with_distance(const Polynomial& base, std::uint32_t n, std::uint32_t s, std::uint32_t i,
                         const BigInt& factor) {
  std::vector<Term> terms;
  BigInt constant = base.constant();
  for (std::uint32_t b = 0; b < s; ++b) {
    if ((i >> b) & 1U) {
      constant += factor;
      terms.push_back({{b}, -factor});
    } else {
      terms.push_back({{b}, factor});
    }
  }
  terms.push_back({{}, constant});
  for (const Term& t : base.terms()) {
    if (t.monomial.empty()) continue;
    terms.push_back({{t.monomial[0] + s}, t.coefficient});
  }
  return Polynomial::from_terms(n, std::move(terms));
}

BigInt at_least_one(const BigInt& v) { return v < 1 ? BigInt(1) : v; }

}  // namespace

std::uint32_t layer_selector_bits(std::uint32_t n, std::uint32_t m) {
  if (m < 1 || m > kMaxLayerUnits) {
    throw InputError("m = " + std::to_string(m) + " is outside 1.." + std::to_string(kMaxLayerUnits));
  }
  if (n < 2 || n > kMaxVariables) {
    throw InputError("n = " + std::to_string(n) + " is outside 2.." + std::to_string(kMaxVariables));
  }
  std::uint32_t s = 0;
  while ((std::uint32_t{1} << s) < m) ++s;
  if (s >= n) {
    throw InputError("m = " + std::to_string(m) + " exceeds 2^(n-1) = " + std::to_string(std::uint64_t{1} << (n - 1)) +
                     ": x^+ would have no variables");
  }
  return s;
}

Witness layer_gating_witness(const std::vector<Polynomial>& h_plus, const std::vector<Polynomial>& g_plus,
                             std::uint32_t n, LayerFormula formula) {
  if (h_plus.size() != g_plus.size()) throw InputError("need as many gating as gated functions");
  const auto m = static_cast<std::uint32_t>(h_plus.size());
  const std::uint32_t s = layer_selector_bits(n, m);
  LayerClaim claim;
  claim.n = n;
  claim.m = m;
  claim.gated_inputs = h_plus;
  claim.gating_inputs = g_plus;
  std::vector<Info> units;
  for (std::uint32_t i = 0; i < m; ++i) {
    const std::string id = std::to_string(i);
    for (const auto* p : {&h_plus[i], &g_plus[i]}) {
      const std::string name = (p == &h_plus[i] ? "h+_" : "g+_") + id;
      if (p->num_variables() != n - s) {
        throw InputError(name + " has " + std::to_string(p->num_variables()) + " variables, expected n - s = " +
                         std::to_string(n - s));
      }
      if (p->degree() > 1) throw InputError(name + " has degree " + std::to_string(p->degree()) + " (an LTF has degree <= 1)");
      require_strict(*p, name);
    }
    // h_i = [x^- = i] AND h+_i: sign(p - M D) is -1 off selection iff M > max p
    // (worst case D = 1), so M = max p + 1, at least 1 so the selector is wired.
    const BigInt m_h = at_least_one(linear_max(h_plus[i]) + 1);
    claim.gated.push_back(with_distance(h_plus[i], n, s, i, -m_h));
    BigInt m_g;
    std::string g_rule;
    if (formula == LayerFormula::corrected) {
      // g_i = [x^- != i] OR g+_i: sign(q + N D) is +1 off selection iff N > -min q.
      m_g = at_least_one(1 - linear_min(g_plus[i]));
      claim.gating.push_back(with_distance(g_plus[i], n, s, i, m_g));
      g_rule = "g_i = sign(g+_i(x+) + N D_i(x-)), N = max(1, 1 - min g+_i): +1 off selection";
    } else {
      // Eq. 4.14 read literally for the gating unit too: -1 off selection.
      m_g = at_least_one(linear_max(g_plus[i]) + 1);
      claim.gating.push_back(with_distance(g_plus[i], n, s, i, -m_g));
      g_rule = "g_i = sign(g+_i(x+) - N D_i(x-)), N = max(1, max g+_i + 1): -1 off selection (Eq. 4.14 as printed)";
    }
    units.push_back(Info::map({{"unit", id}, {"M", to_string(m_h)}, {"N", to_string(m_g)},
                               {"h_rule", "h_i = sign(h+_i(x+) - M D_i(x-)), M = max(1, max h+_i + 1): -1 off selection"},
                               {"g_rule", g_rule}}));
  }
  // phi = OR of m +-1 values: sign(sum y_i + m - 1). The sum has m's parity,
  // so bias m - 1 is the one integer making every activation odd, hence nonzero.
  claim.output_weights.assign(m, BigInt(1));
  claim.output_bias = BigInt(m) - 1;
  validate(claim);
  Witness w;
  w.claim = claim;
  w.paper = "Theorem 4.3, lower bound (Eqs. 4.13-4.15)";
  w.construction = Info::map(
      {{"formula", formula == LayerFormula::corrected ? "corrected" : "paper"},
       {"selector_bits", static_cast<std::int64_t>(s)},
       {"distance", "D_i(x-) = sum_b (bit b of i ? 1 - x_b : x_b), 0 iff x- = i"},
       {"unused_codes", formula == LayerFormula::corrected
                            ? "every D_i >= 1: h_i = -1, g_i = +1, y_i = -1, phi = -1"
                            : "every D_i >= 1: h_i = g_i = -1, y_i = +1, phi = +1"},
       {"output", "phi = OR: weights 1, bias m - 1"},
       {"units", Info::list(std::move(units))}});
  return w;
}

Witness random_layer_gating_witness(std::uint32_t n, std::uint32_t m, std::uint64_t seed, unsigned bits,
                                    LayerFormula formula) {
  const std::uint32_t s = layer_selector_bits(n, m);
  SeededRandom random(seed);
  std::vector<Polynomial> h_plus, g_plus;
  for (std::uint32_t i = 0; i < m; ++i) {
    h_plus.push_back(random_strict_polynomial(n - s, 1, bits, random));
    g_plus.push_back(random_strict_polynomial(n - s, 1, bits, random));
  }
  Witness w = layer_gating_witness(h_plus, g_plus, n, formula);
  w.generator = Info::map({{"seed", seed}, {"coefficient_bits", bits},
                           {"inputs", "random_strict_polynomial: odd constant, even other coefficients, |c| < 2^bits"}});
  return w;
}

}  // namespace quarks
