#pragma once
// The test oracle: claims built by hand from the paper's constructions
// (Lemmas 5.1-5.4), for the checkers' tests and benchmarks. Deliberately
// independent of src/witness, so a checker test never trusts the generator
// it is meant to catch: only the paper's formulas, written out again.
#include <stdexcept>
#include <utility>
#include <vector>

#include "claim/claims.h"
#include "core/random.h"

namespace quarks::paper {

// Lemma 5.1 by search: the first assignment of the other variables (in mask
// order, bit set = +1) under which B is not constant in z_i. Returns theta and
// the signs (signs[i] = 0).
inline std::pair<int, std::vector<int>> lemma51_signs(const BooleanOperator& op, unsigned i) {
  const unsigned a = op.arity();
  for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << a); ++mask) {
    if (mask >> i & 1U) continue;
    const bool lo = op.row(mask), hi = op.row(mask | (std::uint64_t{1} << i));
    if (lo == hi) continue;
    std::vector<int> signs(a, 0);
    for (unsigned j = 0; j < a; ++j) {
      if (j != i) signs[j] = (mask >> j & 1U) ? 1 : -1;
    }
    return {hi ? 1 : -1, signs};
  }
  throw std::invalid_argument("operator does not depend on the variable");
}

// Lemma 5.2, Eq. 5.5: coefficients q_0..q_k with q(e_j) = 0, q(e_i) = theta_i.
inline std::vector<BigInt> lemma52_q(unsigned k, unsigned j, const std::vector<int>& theta) {
  std::vector<BigInt> q(k + 1, 0);
  if (j == 0) {
    for (unsigned i = 1; i <= k; ++i) q[i] = theta[i];
  } else {
    q[0] = theta[0];
    q[j] = -theta[0];
    for (unsigned i = 1; i <= k; ++i) {
      if (i != j) q[i] = theta[i] - theta[0];
    }
  }
  return q;
}

// Lemma 5.3, Eq. 5.8: F(z + x) = M q(z) + theta p(x) on n = k + p.num_variables() variables.
inline Polynomial lemma53_gate(unsigned k, unsigned j, int theta, const std::vector<int>& thetas,
                               const Polynomial& p, const BigInt& M) {
  const auto q = lemma52_q(k, j, thetas);
  std::vector<Term> terms;
  terms.push_back({{}, M * q[0]});
  for (unsigned l = 1; l <= k; ++l) terms.push_back({{l - 1}, M * q[l]});
  Polynomial F = Polynomial::from_terms(k + p.num_variables(), std::move(terms));
  F.add_shifted(p, k, theta);
  return F;
}

// M = max|p| + 1 over the cube (box_bound is exact for degree 1, an upper bound otherwise).
inline BigInt lemma53_M(const Polynomial& p) { return p.box_bound() + 1; }

// Lemma 5.4 (Eqs. 5.10, 5.11): F_j is Lemma 5.3 for f_j with index j, theta = theta_j
// and the signs theta_{ij} (the value of z_j when i is the active index).
// `M` overrides the magnitudes (to corrupt a claim); empty = lemma53_M(p_j).
// `degrees` overrides the bounds d_j; empty = max(1, deg p_j).
inline SelectorClaim lemma54_claim(const BooleanOperator& op, unsigned k, const std::vector<Polynomial>& ps,
                                   std::vector<BigInt> M = {}, const std::vector<int>& degrees = {}) {
  SelectorClaim c;
  c.lemma = SelectorLemma::lemma_5_4;
  c.k = k;
  c.n = k + ps.at(0).num_variables();
  c.combine = op;
  c.inputs = ps;
  std::vector<int> theta(k + 1);
  std::vector<std::vector<int>> theta_ij(k + 1);
  for (unsigned i = 0; i <= k; ++i) std::tie(theta[i], theta_ij[i]) = lemma51_signs(op, i);
  for (unsigned j = 0; j <= k; ++j) {
    std::vector<int> thetas(k + 1, 0);
    for (unsigned i = 0; i <= k; ++i) {
      if (i != j) thetas[i] = theta_ij[i][j];
    }
    const BigInt Mj = M.empty() ? lemma53_M(ps[j]) : M[j];
    c.gates.push_back(lemma53_gate(k, j, theta[j], thetas, ps[j], Mj));
    c.degree_bounds.push_back(degrees.empty() ? std::max(1, ps[j].degree()) : degrees[j]);
    c.cases.push_back({SelectorTarget::Kind::input, 1, j});
  }
  return c;
}

// Lemma 5.3 as a claim: case j is theta f, case i != j the constant theta_i.
// `degree` overrides the bound; 0 = max(1, deg p).
inline SelectorClaim lemma53_claim(unsigned k, unsigned j, int theta, const std::vector<int>& thetas,
                                   const Polynomial& p, const BigInt& M, int degree = 0) {
  SelectorClaim c;
  c.lemma = SelectorLemma::lemma_5_3;
  c.k = k;
  c.n = k + p.num_variables();
  c.combine = BooleanOperator::parse("tt:01");
  c.gates.push_back(lemma53_gate(k, j, theta, thetas, p, M));
  c.degree_bounds.push_back(degree > 0 ? degree : std::max(1, p.degree()));
  c.inputs.push_back(p);
  for (unsigned i = 0; i <= k; ++i) {
    if (i == j) c.cases.push_back({SelectorTarget::Kind::input, theta, 0});
    else c.cases.push_back({SelectorTarget::Kind::constant, thetas[i], 0});
  }
  return c;
}

// A random polynomial of degree <= d in m variables that is never 0 on the
// cube: an odd constant plus even coefficients, so every value is odd.
inline Polynomial random_strict(SeededRandom& rng, unsigned m, int d, unsigned bits, double density = 1.0) {
  std::vector<Term> terms;
  BigInt c0 = rng.signed_bits(bits);
  terms.push_back({{}, 2 * c0 + 1});
  for (std::uint32_t a = 0; a < m; ++a) terms.push_back({{a}, 2 * rng.signed_bits(bits)});
  if (d >= 2) {
    const auto threshold = static_cast<std::uint64_t>(density * 1000000);
    for (std::uint32_t a = 0; a < m; ++a) {
      for (std::uint32_t b = a + 1; b < m; ++b) {
        if (rng.below(1000000) < threshold) terms.push_back({{a, b}, 2 * rng.signed_bits(bits)});
      }
    }
  }
  return Polynomial::from_terms(m, std::move(terms));
}

}  // namespace quarks::paper

// Shorthands the SMT tests use, each one of the formulas above.
namespace quarks::test {

inline Polynomial odd_polynomial(SeededRandom& rng, std::uint32_t m, int d, unsigned bits) {
  return paper::random_strict(rng, m, d, bits);
}

// Lemma 5.2, Eq. 5.5, as a polynomial in z_1..z_k.
inline Polynomial affine_q(unsigned k, unsigned j, const std::vector<int>& sigma) {
  const std::vector<BigInt> q = paper::lemma52_q(k, j, sigma);
  std::vector<Term> terms{{{}, q[0]}};
  for (unsigned l = 1; l <= k; ++l) terms.push_back({{l - 1}, q[l]});
  return Polynomial::from_terms(k, std::move(terms));
}

// Eq. 5.8: F(z + x) = M q(z) + theta p(x).
inline Polynomial lift(std::uint32_t n, unsigned k, const Polynomial& q, const BigInt& M, int theta,
                       const Polynomial& p) {
  Polynomial F(n);
  F.add_shifted(q, 0, M);
  F.add_shifted(p, k, theta);
  return F;
}

inline SelectorClaim lemma53(std::uint32_t n, unsigned k, unsigned j, int theta, const std::vector<int>& sigma,
                             const Polynomial& p, int d) {
  if (n != k + p.num_variables()) throw std::invalid_argument("lemma53: n must be k + variables of p");
  return paper::lemma53_claim(k, j, theta, sigma, p, paper::lemma53_M(p), d);
}

struct LemmaSigns {
  std::vector<int> theta;
  std::vector<std::vector<int>> theta_ij;
};
inline LemmaSigns lemma51_signs(const BooleanOperator& op) {
  LemmaSigns s;
  for (unsigned i = 0; i < op.arity(); ++i) {
    auto [theta, signs] = paper::lemma51_signs(op, i);
    s.theta.push_back(theta);
    s.theta_ij.push_back(signs);
  }
  return s;
}

inline SelectorClaim lemma54(const BooleanOperator& op, std::uint32_t n, const std::vector<Polynomial>& p,
                             const std::vector<int>& degrees, const std::vector<BigInt>& M = {}) {
  const unsigned k = op.arity() - 1;
  if (n != k + p.at(0).num_variables()) throw std::invalid_argument("lemma54: n must be k + variables of p");
  return paper::lemma54_claim(op, k, p, M, degrees);
}

}  // namespace quarks::test
