#include "witness/extension.h"

#include "core/error.h"
#include "witness/affine_selector.h"

namespace quarks {

Extension multiplexing_extension(const Polynomial& p, std::uint32_t n, std::uint32_t k, unsigned j, int theta,
                                 const std::vector<int>& signs) {
  if (k < 1 || k >= n) throw InputError("k = " + std::to_string(k) + " must satisfy 1 <= k < n = " + std::to_string(n));
  if (p.num_variables() != n - k) throw InputError("f must have n - k variables");
  if (theta != 1 && theta != -1) throw InputError("theta must be +1 or -1");
  Extension e;
  e.selector = corrected_selector(k, j, signs);
  e.max_abs = max_abs_on_cube(p);
  e.multiplier = e.max_abs.value + 1;
  // F = M q_0 + sum_l M q_l z_l + theta p(x), with x shifted past the k selector variables.
  std::vector<Term> terms;
  terms.push_back({{}, e.multiplier * e.selector[0]});
  for (std::uint32_t l = 1; l <= k; ++l) terms.push_back({{l - 1}, e.multiplier * e.selector[l]});
  e.gate = Polynomial::from_terms(n, std::move(terms));
  e.gate.add_shifted(p, k, BigInt(theta));
  return e;
}

Witness extension_witness(const Polynomial& p, std::uint32_t n, std::uint32_t k, unsigned j, int theta,
                          const std::vector<int>& signs, int degree) {
  if (degree < 1) throw InputError("degree " + std::to_string(degree) + " is below 1");
  if (p.degree() > degree) throw InputError("f has degree " + std::to_string(p.degree()) + " > d = " + std::to_string(degree));
  require_strict(p, "f");
  Extension e = multiplexing_extension(p, n, k, j, theta, signs);
  SelectorClaim claim;
  claim.lemma = SelectorLemma::lemma_5_3;
  claim.n = n;
  claim.k = k;
  claim.combine = BooleanOperator::parse("tt:01");
  claim.gates = {e.gate};
  claim.degree_bounds = {degree};
  claim.inputs = {p};
  for (unsigned i = 0; i <= k; ++i) {
    SelectorTarget target;
    if (i == j) {
      target.kind = SelectorTarget::Kind::input;
      target.sign = theta;
      target.input = 0;
    } else {
      target.kind = SelectorTarget::Kind::constant;
      target.sign = signs[i];
    }
    claim.cases.push_back(target);
  }
  validate(claim);
  Witness w;
  w.claim = claim;
  w.paper = "Lemma 5.3 (Eqs. 5.6, 5.8)";
  w.construction = Info::map({{"j", j}, {"theta", theta}, {"signs", Info::integers(signs)},
                              {"M", to_string(e.multiplier)}, {"max_abs_p", to_string(e.max_abs.value)},
                              {"M_rule", "M = max|p| + 1; max|p| " + e.max_abs.rule},
                              {"selector_q", Info::decimals(e.selector)}});
  return w;
}

}  // namespace quarks
