#include "witness/composition.h"

#include "core/error.h"
#include "witness/extension.h"
#include "witness/sign_vectors.h"

namespace quarks {

Witness composition_witness(const BooleanOperator& op, const std::vector<Polynomial>& f, std::uint32_t n,
                            const std::vector<int>& degrees) {
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
                                   std::uint64_t seed, unsigned bits) {
  if (!op.irreducible()) throw InputError("operator " + op.describe() + " is reducible; Lemma 5.4 needs an irreducible B");
  const std::uint32_t k = op.arity() - 1;
  if (n > kMaxVariables) throw InputError("n = " + std::to_string(n) + " exceeds the limit of " + std::to_string(kMaxVariables));
  if (k >= n) throw InputError("k = " + std::to_string(k) + " must be below n = " + std::to_string(n));
  if (degrees.size() != op.arity()) throw InputError("need one degree per operator variable (" + std::to_string(op.arity()) + ")");
  SeededRandom random(seed);
  std::vector<Polynomial> f;
  for (std::uint32_t j = 0; j < op.arity(); ++j) f.push_back(random_strict_polynomial(n - k, degrees[j], bits, random));
  Witness w = composition_witness(op, f, n, degrees);
  w.generator = Info::map({{"seed", seed}, {"coefficient_bits", bits},
                           {"inputs", "random_strict_polynomial: odd constant, even other coefficients, |c| < 2^bits"}});
  return w;
}

}  // namespace quarks
