#include "witness/composition.h"

#include <algorithm>

#include "core/error.h"
#include "witness/dense_selector.h"
#include "witness/extension.h"
#include "witness/sign_vectors.h"

namespace quarks {

namespace {
Witness dense_composition_witness(const BooleanOperator& op, const std::vector<Polynomial>& f, std::uint32_t n,
                                  const std::vector<int>& degrees);
}  // namespace

std::uint32_t composition_selector_variables(const BooleanOperator& op, SelectorEncoding selector) {
  const std::uint32_t k = op.arity() - 1;
  return selector == SelectorEncoding::dense ? dense_selector_bits(op.arity()) : k;
}

Witness composition_witness(const BooleanOperator& op, const std::vector<Polynomial>& f, std::uint32_t n,
                            const std::vector<int>& degrees, SelectorEncoding selector) {
  if (selector == SelectorEncoding::dense) return dense_composition_witness(op, f, n, degrees);
  if (!op.irreducible()) throw InputError("operator " + op.describe() + " is reducible; Lemma 5.4 needs an irreducible B");
  const std::uint32_t arity = op.arity();
  if (arity < 2) throw InputError("the Composition Theorem needs an operator of at least 2 variables");
  const std::uint32_t k = arity - 1;
  if (k > kMaxSelectorVariables) throw InputError("operator arity above 9 is not supported (k <= 8)");
  if (n > kMaxVariables) throw InputError("n = " + std::to_string(n) + " exceeds the limit of " + std::to_string(kMaxVariables));
  if (k >= n) throw InputError("k = " + std::to_string(k) + " must be below n = " + std::to_string(n));
  if (f.size() != arity) throw InputError("need one function f_j per operator variable (" + std::to_string(arity) + ")");
  if (degrees.size() != arity) throw InputError("need one degree per operator variable (" + std::to_string(arity) + ")");
  for (std::uint32_t j = 0; j < arity; ++j) {
    if (degrees[j] < 1) throw InputError("degree d_" + std::to_string(j) + " = " + std::to_string(degrees[j]) + " is below 1");
    if (f[j].num_variables() != n - k) throw InputError("f_" + std::to_string(j) + " must have n - k variables");
    if (f[j].degree() > degrees[j]) throw InputError("f_" + std::to_string(j) + " has degree above d_" + std::to_string(j));
    require_strict(f[j], "f_" + std::to_string(j));
  }
  // Lemma 5.1 at each index i: B = theta_i z_i once z_j = theta_ij (Eq. 5.10).
  std::vector<SignVectorItem> lemma51;
  for (std::uint32_t i = 0; i < arity; ++i) lemma51.push_back(sign_vector(op, i));

  SelectorClaim claim;
  claim.lemma = SelectorLemma::lemma_5_4;
  claim.n = n;
  claim.k = k;
  claim.combine = op;
  claim.degree_bounds = degrees;
  claim.inputs = f;
  std::vector<Info> gates_info;
  for (std::uint32_t j = 0; j < arity; ++j) {
    // Eq. 5.11: F_j(e_i + x) = theta_j f_j(x) at i = j and theta_ij elsewhere.
    std::vector<int> signs(arity, 0);
    for (std::uint32_t i = 0; i < arity; ++i) {
      if (i != j) signs[i] = lemma51[i].signs[j];
    }
    Extension e = multiplexing_extension(f[j], n, k, j, lemma51[j].theta, signs);
    claim.gates.push_back(e.gate);
    gates_info.push_back(Info::map({{"gate", "F_" + std::to_string(j)}, {"theta", lemma51[j].theta},
                                    {"signs", Info::integers(signs)}, {"M", to_string(e.multiplier)},
                                    {"max_abs_f", to_string(e.max_abs.value)},
                                    {"M_rule", "M = max|p| + 1; max|p| " + e.max_abs.rule},
                                    {"selector_q", Info::decimals(e.selector)}}));
  }
  for (std::uint32_t i = 0; i < arity; ++i) claim.cases.push_back({SelectorTarget::Kind::input, 1, i});
  validate(claim);
  Witness w;
  w.claim = claim;
  w.paper = "Lemma 5.4 (Eq. 5.9); injection of Theorem 4.2 (Eq. 4.6)";
  w.construction = Info::map({{"gates", Info::list(std::move(gates_info))}});
  return w;
}

Witness random_composition_witness(const BooleanOperator& op, std::uint32_t n, const std::vector<int>& degrees,
                                   std::uint64_t seed, unsigned bits, SelectorEncoding selector) {
  if (!op.irreducible()) throw InputError("operator " + op.describe() + " is reducible; Lemma 5.4 needs an irreducible B");
  const std::uint32_t k = composition_selector_variables(op, selector);
  if (n > kMaxVariables) throw InputError("n = " + std::to_string(n) + " exceeds the limit of " + std::to_string(kMaxVariables));
  if (k >= n) throw InputError("k = " + std::to_string(k) + " must be below n = " + std::to_string(n));
  if (degrees.size() != op.arity()) throw InputError("need one degree per operator variable (" + std::to_string(op.arity()) + ")");
  SeededRandom random(seed);
  std::vector<Polynomial> f;
  // n - k: the x variables (k is r for a dense selector).
  for (std::uint32_t j = 0; j < op.arity(); ++j) f.push_back(random_strict_polynomial(n - k, degrees[j], bits, random));
  Witness w = composition_witness(op, f, n, degrees, selector);
  w.generator = Info::map({{"seed", seed}, {"coefficient_bits", bits},
                           {"inputs", "random_strict_polynomial: odd constant, even other coefficients, |c| < 2^bits"}});
  return w;
}

namespace {

// Lemma 5.4 with dense selectors: the same Lemma 5.1 signs, the selector of
// Lemma 5.2 replaced by the multilinear s_j (docs/dense-selectors.md).
Witness dense_composition_witness(const BooleanOperator& op, const std::vector<Polynomial>& f, std::uint32_t n,
                                  const std::vector<int>& degrees) {
  if (!op.irreducible()) throw InputError("operator " + op.describe() + " is reducible; Lemma 5.4 needs an irreducible B");
  const std::uint32_t arity = op.arity();
  if (arity < 2 || arity > kMaxDenseCases) throw InputError("operator arity must be in 2..9");
  const std::uint32_t r = dense_selector_bits(arity);
  if (n > kMaxVariables) throw InputError("n = " + std::to_string(n) + " exceeds the limit of " + std::to_string(kMaxVariables));
  if (r >= n) throw InputError("r = " + std::to_string(r) + " must be below n = " + std::to_string(n));
  if (f.size() != arity) throw InputError("need one function f_j per operator variable (" + std::to_string(arity) + ")");
  if (degrees.size() != arity) throw InputError("need one degree per operator variable (" + std::to_string(arity) + ")");
  for (std::uint32_t j = 0; j < arity; ++j) {
    if (degrees[j] < 1) throw InputError("degree d_" + std::to_string(j) + " = " + std::to_string(degrees[j]) + " is below 1");
    if (f[j].num_variables() != n - r) throw InputError("f_" + std::to_string(j) + " must have n - r variables");
    if (f[j].degree() > degrees[j]) throw InputError("f_" + std::to_string(j) + " has degree above d_" + std::to_string(j));
    require_strict(f[j], "f_" + std::to_string(j));
  }
  std::vector<SignVectorItem> lemma51;
  for (std::uint32_t i = 0; i < arity; ++i) lemma51.push_back(sign_vector(op, i));
  std::vector<std::uint32_t> codes(arity);
  for (std::uint32_t i = 0; i < arity; ++i) codes[i] = i;  // c_i = i: variable b is bit b of i

  SelectorClaim claim;
  claim.lemma = SelectorLemma::lemma_5_4;
  claim.selector = SelectorEncoding::dense;
  claim.n = n;
  claim.k = r;
  claim.codes = codes;
  claim.combine = op;
  claim.inputs = f;
  std::vector<Info> gates_info;
  for (std::uint32_t j = 0; j < arity; ++j) {
    std::vector<int> signs(arity, 0);
    for (std::uint32_t i = 0; i < arity; ++i) {
      if (i != j) signs[i] = lemma51[i].signs[j];
    }
    DenseExtension e = dense_multiplexing_extension(f[j], n, r, codes, j, lemma51[j].theta, signs);
    claim.gates.push_back(e.gate);
    claim.degree_bounds.push_back(std::max(degrees[j], static_cast<int>(r)));
    gates_info.push_back(Info::map({{"gate", "F_" + std::to_string(j)}, {"theta", lemma51[j].theta},
                                    {"signs", Info::integers(signs)}, {"M", to_string(e.multiplier)},
                                    {"max_abs_f", to_string(e.max_abs.value)},
                                    {"M_rule", "M = max|p| + 1; max|p| " + e.max_abs.rule},
                                    {"selector_values", Info::integers(dense_selector_values(r, codes, j, signs))},
                                    {"selector_degree", e.selector.degree()}}));
  }
  for (std::uint32_t i = 0; i < arity; ++i) claim.cases.push_back({SelectorTarget::Kind::input, 1, i});
  validate(claim);
  std::vector<int> code_list(codes.begin(), codes.end());
  Witness w;
  w.claim = claim;
  w.paper = "beyond the paper: Lemma 5.4 (Eq. 5.9) with dense selectors, as remarked in the Appendix before Eq. 5.2 "
            "(docs/dense-selectors.md)";
  w.construction = Info::map(
      {{"selector", "dense: r = ceil(log2(k+1)) variables; s_j = multilinear interpolant with s_j(c_j) = 0, "
                    "s_j(c_i) = theta_ij, s_j = +1 on unused codes; F_j = M s_j(z) + theta_j p_j(x)"},
       {"r", r}, {"codes", Info::integers(code_list)},
       {"degree_bounds", "max(d_j, r)"}, {"gates", Info::list(std::move(gates_info))}});
  return w;
}

}  // namespace

}  // namespace quarks
