#include "claim/claims.h"

#include <set>

#include "core/error.h"

namespace quarks {

namespace {
void require(bool condition, const std::string& message) {
  if (!condition) throw InputError(message);
}
bool is_sign(int s) { return s == 1 || s == -1; }
}  // namespace

std::string to_string(SelectorLemma lemma) {
  return lemma == SelectorLemma::lemma_5_3 ? "lemma-5.3" : "lemma-5.4";
}

std::uint64_t SelectorClaim::case_mask(unsigned i) const {
  if (selector == SelectorEncoding::dense) return codes.at(i);
  return i == 0 ? 0 : std::uint64_t{1} << (i - 1);
}

CubePoint SelectorClaim::selector_point(unsigned i, const CubePoint& x) const {
  CubePoint point(n, 0);
  const std::uint64_t mask = case_mask(i);
  for (std::uint32_t b = 0; b < k; ++b) point[b] = (mask >> b) & 1U;
  for (std::size_t v = 0; v < x.size(); ++v) point[k + v] = x[v];
  return point;
}

std::uint32_t dense_selector_bits(std::size_t cases) {
  std::uint32_t r = 0;
  while ((std::size_t{1} << r) < cases) ++r;
  return r;
}

void validate(const SignVectorClaim& claim) {
  require(!claim.items.empty(), "lemma-5.1 claim has no items");
  for (const auto& item : claim.items) {
    const unsigned a = item.op.arity();
    require(a >= 1, "lemma-5.1 item has no operator");
    require(item.op.irreducible(), "lemma-5.1 operator " + item.op.describe() + " is reducible");
    require(item.index < a, "lemma-5.1 index " + std::to_string(item.index) + " is not below the arity " +
                                std::to_string(a));
    require(is_sign(item.theta), "lemma-5.1 theta must be +1 or -1");
    require(item.signs.size() == a, "lemma-5.1 signs must have one entry per operator variable");
    for (unsigned j = 0; j < a; ++j) {
      if (j == item.index) require(item.signs[j] == 0, "lemma-5.1 sign at the index i must be 0 (unused)");
      else require(is_sign(item.signs[j]), "lemma-5.1 signs must be +1 or -1 away from the index");
    }
  }
}

void validate(const AffineSelectorClaim& claim) {
  require(!claim.items.empty(), "lemma-5.2 claim has no items");
  for (const auto& item : claim.items) {
    require(item.k >= 1 && item.k <= kMaxSelectorVariables,
            "lemma-5.2 k = " + std::to_string(item.k) + " is outside 1.." + std::to_string(kMaxSelectorVariables));
    require(item.j <= item.k, "lemma-5.2 j = " + std::to_string(item.j) + " exceeds k");
    require(item.signs.size() == item.k + 1, "lemma-5.2 signs must have k+1 entries");
    require(item.coefficients.size() == item.k + 1, "lemma-5.2 q must have k+1 coefficients (q_0..q_k)");
    for (unsigned i = 0; i <= item.k; ++i) {
      if (i == item.j) require(item.signs[i] == 0, "lemma-5.2 sign at j must be 0 (unused)");
      else require(is_sign(item.signs[i]), "lemma-5.2 signs must be +1 or -1 away from j");
    }
  }
}

void validate(const SelectorClaim& claim) {
  require(claim.n >= 2 && claim.n <= kMaxVariables,
          "n = " + std::to_string(claim.n) + " is outside 2.." + std::to_string(kMaxVariables));
  require(claim.k >= 1 && claim.k <= kMaxSelectorVariables,
          "k = " + std::to_string(claim.k) + " is outside 1.." + std::to_string(kMaxSelectorVariables));
  require(claim.k < claim.n, "k = " + std::to_string(claim.k) + " must be below n = " + std::to_string(claim.n));
  const bool dense = claim.selector == SelectorEncoding::dense;
  if (dense) {
    require(claim.lemma == SelectorLemma::lemma_5_4, "a dense selector is defined for lemma-5.4 claims only");
    require(claim.cases.size() >= 2 && claim.cases.size() <= kMaxDenseCases,
            "a dense claim lists " + std::to_string(claim.cases.size()) + " cases, expected 2.." +
                std::to_string(kMaxDenseCases));
    require(claim.k == dense_selector_bits(claim.cases.size()),
            "a dense claim with " + std::to_string(claim.cases.size()) + " cases has k = ceil(log2 " +
                std::to_string(claim.cases.size()) + ") = " + std::to_string(dense_selector_bits(claim.cases.size())) +
                " selector variables, not " + std::to_string(claim.k));
    require(claim.codes.size() == claim.cases.size(), "a dense claim needs one code per case");
    std::set<std::uint32_t> seen;
    for (std::size_t i = 0; i < claim.codes.size(); ++i) {
      require(claim.codes[i] < (std::uint32_t{1} << claim.k),
              "case " + std::to_string(i) + " code " + std::to_string(claim.codes[i]) + " is outside 0..2^k - 1 = " +
                  std::to_string((std::uint32_t{1} << claim.k) - 1));
      require(seen.insert(claim.codes[i]).second,
              "case " + std::to_string(i) + " repeats code " + std::to_string(claim.codes[i]) + " of an earlier case");
    }
  }
  require(!claim.gates.empty(), "claim has no gates");
  require(claim.combine.arity() == claim.gates.size(),
          "operator arity " + std::to_string(claim.combine.arity()) + " does not match the " +
              std::to_string(claim.gates.size()) + " gates");
  require(claim.degree_bounds.size() == claim.gates.size(), "one degree bound per gate is required");
  for (std::size_t j = 0; j < claim.gates.size(); ++j) {
    require(claim.gates[j].num_variables() == claim.n,
            "gate F_" + std::to_string(j) + " has " + std::to_string(claim.gates[j].num_variables()) +
                " variables, the claim says n = " + std::to_string(claim.n));
    require(claim.degree_bounds[j] >= 1, "degree bound d_" + std::to_string(j) + " must be at least 1");
  }
  for (std::size_t j = 0; j < claim.inputs.size(); ++j) {
    require(claim.inputs[j].num_variables() == claim.n - claim.k,
            "input f_" + std::to_string(j) + " has " + std::to_string(claim.inputs[j].num_variables()) +
                " variables, expected n - k = " + std::to_string(claim.n - claim.k));
  }
  if (!dense) {
    require(claim.codes.empty(), "a sparse claim has no codes");
    require(claim.cases.size() == claim.k + 1,
            "claim lists " + std::to_string(claim.cases.size()) + " cases, expected k + 1 = " +
                std::to_string(claim.k + 1));
  }
  const std::size_t count = claim.cases.size();
  for (const auto& c : claim.cases) {
    require(is_sign(c.sign), "case sign must be +1 or -1");
    if (c.kind == SelectorTarget::Kind::input) {
      require(c.input < claim.inputs.size(), "case refers to input f_" + std::to_string(c.input) + ", which is missing");
    }
  }
  if (claim.lemma == SelectorLemma::lemma_5_4) {
    require(claim.combine.irreducible(), "operator " + claim.combine.describe() + " is reducible (Lemma 5.4 needs an irreducible B)");
    require(claim.gates.size() == count, dense ? "a dense lemma-5.4 claim needs one gate per case"
                                               : "lemma-5.4 needs k + 1 gates");
    require(claim.inputs.size() == count, dense ? "a dense lemma-5.4 claim needs one input per case"
                                                : "lemma-5.4 needs k + 1 inputs f_0..f_k");
    for (unsigned i = 0; i < count; ++i) {
      const auto& c = claim.cases[i];
      require(c.kind == SelectorTarget::Kind::input && c.input == i && c.sign == 1,
              "lemma-5.4 case " + std::to_string(i) + " must state B(F)(" + (dense ? "c_i" : "e_i") + " + x) = f_" +
                  std::to_string(i) + "(x)");
    }
  } else {
    require(claim.gates.size() == 1 && claim.inputs.size() == 1, "lemma-5.3 has one gate F and one input f");
    require(claim.combine == BooleanOperator::parse("tt:01"), "lemma-5.3 combines its single gate by the identity");
    unsigned function_cases = 0;
    for (const auto& c : claim.cases) function_cases += c.kind == SelectorTarget::Kind::input;
    require(function_cases == 1, "lemma-5.3 has exactly one case equal to theta * f");
  }
}

std::uint32_t LayerClaim::selector_bits() const {
  std::uint32_t s = 0;
  while ((std::uint64_t{1} << s) < m) ++s;
  return s;
}

CubePoint LayerClaim::point(std::uint64_t code, const CubePoint& xplus) const {
  const std::uint32_t s = selector_bits();
  CubePoint p(n, 0);
  for (std::uint32_t b = 0; b < s; ++b) p[b] = (code >> b) & 1U;
  for (std::size_t v = 0; v < xplus.size(); ++v) p[s + v] = xplus[v];
  return p;
}

void validate(const LayerClaim& claim) {
  require(claim.n >= 2 && claim.n <= kMaxVariables,
          "n = " + std::to_string(claim.n) + " is outside 2.." + std::to_string(kMaxVariables));
  require(claim.m >= 1 && claim.m <= kMaxLayerUnits,
          "m = " + std::to_string(claim.m) + " is outside 1.." + std::to_string(kMaxLayerUnits));
  const std::uint32_t s = claim.selector_bits();
  // n^+ >= 1, i.e. m <= 2^(n-1): each pair needs at least one variable of its own.
  require(s < claim.n, "m = " + std::to_string(claim.m) + " needs " + std::to_string(s) +
                           " selector variables, leaving none of n = " + std::to_string(claim.n) + " for x^+");
  const auto count = [&](std::size_t size, const char* what) {
    require(size == claim.m, std::string(what) + " has " + std::to_string(size) + " entries, expected m = " +
                                 std::to_string(claim.m));
  };
  count(claim.gated_inputs.size(), "h_plus");
  count(claim.gating_inputs.size(), "g_plus");
  count(claim.gated.size(), "h");
  count(claim.gating.size(), "g");
  count(claim.output_weights.size(), "output.weights");
  for (std::uint32_t i = 0; i < claim.m; ++i) {
    const std::string id = std::to_string(i);
    for (const auto* p : {&claim.gated_inputs[i], &claim.gating_inputs[i]}) {
      const std::string name = (p == &claim.gated_inputs[i] ? "h+_" : "g+_") + id;
      require(p->num_variables() == claim.n - s, "input " + name + " has " + std::to_string(p->num_variables()) +
                                                      " variables, expected n - s = " + std::to_string(claim.n - s));
      // The inputs are the premise (LTFs of Theorem 4.3), so a higher degree is not an instance.
      require(p->degree() <= 1, "input " + name + " has degree " + std::to_string(p->degree()) + " (an LTF has degree <= 1)");
    }
    for (const auto* p : {&claim.gated[i], &claim.gating[i]}) {
      const std::string name = (p == &claim.gated[i] ? "h_" : "g_") + id;
      require(p->num_variables() == claim.n, "gate " + name + " has " + std::to_string(p->num_variables()) +
                                                 " variables, the claim says n = " + std::to_string(claim.n));
    }
  }
}

void validate(const Claim& claim) {
  std::visit([](const auto& c) { validate(c); }, claim);
}

std::string claim_id(const Claim& claim) {
  if (std::holds_alternative<SignVectorClaim>(claim)) return "lemma-5.1";
  if (std::holds_alternative<AffineSelectorClaim>(claim)) return "lemma-5.2";
  if (std::holds_alternative<LayerClaim>(claim)) return "theorem-4.3";
  return to_string(std::get<SelectorClaim>(claim).lemma);
}

std::string statement(const Claim& claim) {
  if (std::holds_alternative<SignVectorClaim>(claim)) {
    return "for each item: B(z) = theta * z_i whenever z_j = theta_j for all j != i (Eq. 5.3)";
  }
  if (std::holds_alternative<AffineSelectorClaim>(claim)) {
    return "for each item: q(e_j) = 0 and q(e_i) = theta_i for i != j (Eq. 5.4)";
  }
  if (const auto* l = std::get_if<LayerClaim>(&claim)) {
    const std::uint32_t s = l->selector_bits();
    return "for all codes c < 2^" + std::to_string(s) + ", x+ in {0,1}^" + std::to_string(l->n - s) +
           ": phi(h_0 g_0..h_" + std::to_string(l->m - 1) + " g_" + std::to_string(l->m - 1) +
           ")(x- = c, x+) = h+_c(x+) g+_c(x+) if c < m = " + std::to_string(l->m) +
           ", -1 otherwise (Eqs. 4.13-4.15); h_i, g_i of degree <= 1; every gate, input and phi strict on {0,1}^" +
           std::to_string(l->n);
  }
  const auto& c = std::get<SelectorClaim>(claim);
  if (c.selector == SelectorEncoding::dense) {
    const std::string last = std::to_string(c.cases.size() - 1);
    std::string s = "for all i in 0.." + last + ", x in {0,1}^" + std::to_string(c.n - c.k) + ": B(F_0..F_" + last +
                    ")(c_i + x) = f_i(x), c_i the dense code of case i on " + std::to_string(c.k) +
                    " selector variables (Eq. 5.9 with dense selectors, docs/dense-selectors.md); deg F_j <= d_j; "
                    "f strict; F strict on ";
    s += c.strict_on_cube ? "{0,1}^n" : "the selector points";
    return s;
  }
  std::string s = "for all i in 0.." + std::to_string(c.k) + ", x in {0,1}^" + std::to_string(c.n - c.k) + ": ";
  s += c.lemma == SelectorLemma::lemma_5_4 ? "B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9)"
                           : "F(e_i + x) = theta f(x) if i = j, theta_i otherwise (Eq. 5.6)";
  s += "; deg F_j <= d_j; f strict; F strict on ";
  s += c.strict_on_cube ? "{0,1}^n" : "the selector points";
  return s;
}

}  // namespace quarks
