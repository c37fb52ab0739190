#pragma once
// Claims built by hand from the paper's constructions (Lemmas 5.1-5.4).
#include <vector>

#include "claim/claims.h"
#include "core/random.h"

namespace quarks::test {

// Random p over m variables of degree <= d: odd constant, even other
// coefficients, so p is odd and never 0 on the cube.
inline Polynomial odd_polynomial(SeededRandom& rng, std::uint32_t m, int d, unsigned bits) {
  std::vector<Term> terms;
  terms.push_back({{}, rng.signed_bits(bits) * 2 + 1});
  for (std::uint32_t a = 0; a < m; ++a) {
    terms.push_back({{a}, rng.signed_bits(bits) * 2});
    if (d >= 2) {
      for (std::uint32_t b = a + 1; b < m; ++b) terms.push_back({{a, b}, rng.signed_bits(bits) * 2});
    }
  }
  return Polynomial::from_terms(m, std::move(terms));
}

// Lemma 5.2, Eq. 5.5: q(e_j) = 0, q(e_i) = sigma_i (i != j), as a polynomial in z_1..z_k.
inline Polynomial affine_q(unsigned k, unsigned j, const std::vector<int>& sigma) {
  std::vector<Term> terms;
  if (j == 0) {
    for (unsigned i = 1; i <= k; ++i) terms.push_back({{i - 1}, sigma[i]});
  } else {
    terms.push_back({{}, sigma[0]});
    terms.push_back({{j - 1}, -sigma[0]});
    for (unsigned i = 1; i <= k; ++i) {
      if (i != j) terms.push_back({{i - 1}, sigma[i] - sigma[0]});
    }
  }
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

// Lemma 5.3 instance: case j is theta f, case i != j the constant theta_i.
inline SelectorClaim lemma53(std::uint32_t n, unsigned k, unsigned j, int theta, const std::vector<int>& sigma,
                             const Polynomial& p, int d) {
  SelectorClaim claim;
  claim.lemma = SelectorLemma::lemma_5_3;
  claim.n = n;
  claim.k = k;
  claim.combine = BooleanOperator::parse("tt:01");
  claim.gates.push_back(lift(n, k, affine_q(k, j, sigma), p.box_bound() + 1, theta, p));
  claim.degree_bounds.push_back(d);
  claim.inputs.push_back(p);
  for (unsigned i = 0; i <= k; ++i) {
    if (i == j) claim.cases.push_back({SelectorTarget::Kind::input, theta, 0});
    else claim.cases.push_back({SelectorTarget::Kind::constant, sigma[i], 0});
  }
  return claim;
}

// Lemma 5.1 signs of an irreducible operator by search over its table:
// theta[i] and theta_ij[i][j] with B = theta_i z_i whenever z_j = theta_ij (Eq. 5.10).
struct LemmaSigns {
  std::vector<int> theta;
  std::vector<std::vector<int>> theta_ij;
};
inline LemmaSigns lemma51_signs(const BooleanOperator& op) {
  const unsigned a = op.arity();
  LemmaSigns s{std::vector<int>(a, 0), std::vector<std::vector<int>>(a, std::vector<int>(a, 0))};
  for (unsigned i = 0; i < a; ++i) {
    for (std::uint64_t row = 0; row < op.rows(); ++row) {
      if (row >> i & 1U) continue;
      const bool low = op.row(row), high = op.row(row | (std::uint64_t{1} << i));
      if (low == high) continue;
      s.theta[i] = high ? 1 : -1;
      for (unsigned j = 0; j < a; ++j) s.theta_ij[i][j] = j == i ? 0 : ((row >> j & 1U) ? 1 : -1);
      break;
    }
  }
  return s;
}

// Lemma 5.4 construction: F_j = M_j q_j(z) + theta_j p_j(x), q_j from Lemma 5.2
// with signs theta_ij (i != j), M_j = box_bound(p_j) + 1 unless `M` overrides it.
inline SelectorClaim lemma54(const BooleanOperator& op, std::uint32_t n, const std::vector<Polynomial>& p,
                             const std::vector<int>& degrees, const std::vector<BigInt>& M = {}) {
  const unsigned k = op.arity() - 1;
  const LemmaSigns s = lemma51_signs(op);
  SelectorClaim claim;
  claim.lemma = SelectorLemma::lemma_5_4;
  claim.n = n;
  claim.k = k;
  claim.combine = op;
  for (unsigned j = 0; j <= k; ++j) {
    std::vector<int> sigma(k + 1, 0);
    for (unsigned i = 0; i <= k; ++i) sigma[i] = i == j ? 0 : s.theta_ij[i][j];
    const BigInt m = M.empty() ? BigInt(p[j].box_bound() + 1) : M[j];
    claim.gates.push_back(lift(n, k, affine_q(k, j, sigma), m, s.theta[j], p[j]));
    claim.degree_bounds.push_back(degrees[j]);
    claim.inputs.push_back(p[j]);
    claim.cases.push_back({SelectorTarget::Kind::input, 1, j});
  }
  return claim;
}

}  // namespace quarks::test
