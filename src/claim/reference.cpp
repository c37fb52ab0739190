#include "claim/reference.h"

#include "core/error.h"

namespace quarks {

namespace {
std::string sign_text(int s) { return s > 0 ? "+1" : "-1"; }
std::string signs_text(const std::vector<int>& z) {
  std::string t = "(";
  for (std::size_t j = 0; j < z.size(); ++j) t += (j ? "," : "") + sign_text(z[j]);
  return t + ")";
}
}  // namespace

std::optional<std::string> violation_at(const SignVectorItem& item, int zi) {
  std::vector<int> z = item.signs;
  z[item.index] = zi;
  int value = item.op.evaluate_pm1(z);
  if (value == item.theta * zi) return std::nullopt;
  return item.op.describe() + " at z = " + signs_text(z) + " is " + sign_text(value) + ", but theta * z_" +
         std::to_string(item.index) + " = " + sign_text(item.theta * zi);
}

std::optional<std::string> violation_at(const AffineSelectorItem& item, unsigned i) {
  BigInt value = item.coefficients[0];
  if (i > 0) value += item.coefficients[i];
  BigInt expected = i == item.j ? 0 : item.signs[i];
  if (value == expected) return std::nullopt;
  return "k = " + std::to_string(item.k) + ", j = " + std::to_string(item.j) + ": q(e_" + std::to_string(i) +
         ") = " + to_string(value) + ", expected " + to_string(expected);
}

std::optional<std::string> case_violation_at(const SelectorClaim& claim, unsigned i, const CubePoint& x) {
  const CubePoint point = claim.selector_point(i, x);
  const std::string where = "i = " + std::to_string(i) + ", x = " + point_to_string(x);
  std::vector<int> z;
  std::string values;
  for (std::size_t j = 0; j < claim.gates.size(); ++j) {
    BigInt v = claim.gates[j].evaluate(point);
    values += (j ? ", " : "") + std::string("F_") + std::to_string(j) + " = " + to_string(v);
    if (v == 0) return where + ": gate F_" + std::to_string(j) + " is exactly 0 (not strict)";
    z.push_back(v > 0 ? 1 : -1);
  }
  const SelectorTarget& target = claim.cases[i];
  int expected = target.sign;
  std::string expected_text = sign_text(target.sign);
  if (target.kind == SelectorTarget::Kind::input) {
    BigInt fv = claim.inputs[target.input].evaluate(x);
    if (fv == 0) return where + ": input f_" + std::to_string(target.input) + " is exactly 0 (not strict)";
    expected = target.sign * (fv > 0 ? 1 : -1);
    expected_text = (target.sign > 0 ? "" : "-") + std::string("f_") + std::to_string(target.input) +
                    "(x) = " + sign_text(expected) + " (p = " + to_string(fv) + ")";
  }
  int got = claim.combine.evaluate_pm1(z);
  if (got == expected) return std::nullopt;
  return where + ": " + values + "; B" + signs_text(z) + " = " + sign_text(got) + ", but " + expected_text;
}

std::optional<std::string> strictness_violation_at(const SelectorClaim& claim, std::size_t gate,
                                                   const CubePoint& point) {
  if (claim.gates[gate].evaluate(point) != 0) return std::nullopt;
  return "gate F_" + std::to_string(gate) + " is exactly 0 at " + point_to_string(point) + " (not strict)";
}

std::optional<std::string> degree_violation(const SelectorClaim& claim) {
  for (std::size_t j = 0; j < claim.gates.size(); ++j) {
    if (claim.gates[j].degree() > claim.degree_bounds[j]) {
      return "gate F_" + std::to_string(j) + " has degree " + std::to_string(claim.gates[j].degree()) +
             " > d_" + std::to_string(j) + " = " + std::to_string(claim.degree_bounds[j]);
    }
  }
  return std::nullopt;
}

std::optional<int> layer_output_at(const LayerClaim& claim, const CubePoint& point) {
  BigInt activation = claim.output_bias;
  for (std::uint32_t i = 0; i < claim.m; ++i) {
    const int h = claim.gated[i].evaluate(point).sign(), g = claim.gating[i].evaluate(point).sign();
    if (h == 0 || g == 0) return std::nullopt;
    if (h * g > 0) activation += claim.output_weights[i];
    else activation -= claim.output_weights[i];
  }
  if (activation == 0) return std::nullopt;
  return activation > 0 ? 1 : -1;
}

std::optional<std::string> layer_violation_at(const LayerClaim& claim, std::uint64_t code, const CubePoint& xplus) {
  const CubePoint point = claim.point(code, xplus);
  const std::string where = "x- = " + std::to_string(code) + ", x+ = " + point_to_string(xplus);
  int expected = -1;  // an unused code selects nothing: the OR of nothing
  std::string expected_text = "-1 (code " + std::to_string(code) + " >= m selects no pair)";
  if (code < claim.m) {
    const BigInt h = claim.gated_inputs[code].evaluate(xplus), g = claim.gating_inputs[code].evaluate(xplus);
    if (h == 0) return where + ": input h+_" + std::to_string(code) + " is exactly 0 (not strict)";
    if (g == 0) return where + ": input g+_" + std::to_string(code) + " is exactly 0 (not strict)";
    expected = h.sign() * g.sign();
    expected_text = "h+_" + std::to_string(code) + " g+_" + std::to_string(code) + " = " + sign_text(expected) +
                    " (" + to_string(h) + ", " + to_string(g) + ")";
  }
  BigInt activation = claim.output_bias;
  std::string values;
  for (std::uint32_t i = 0; i < claim.m; ++i) {
    const BigInt h = claim.gated[i].evaluate(point), g = claim.gating[i].evaluate(point);
    const std::string id = std::to_string(i);
    if (h == 0) return where + ": gate h_" + id + " is exactly 0 (not strict)";
    if (g == 0) return where + ": gate g_" + id + " is exactly 0 (not strict)";
    const int y = h.sign() * g.sign();
    values += (i ? ", " : "") + std::string("y_") + id + " = " + sign_text(y) + " (h_" + id + " = " + to_string(h) +
              ", g_" + id + " = " + to_string(g) + ")";
    if (y > 0) activation += claim.output_weights[i];
    else activation -= claim.output_weights[i];
  }
  if (activation == 0) return where + ": " + values + "; the output activation is exactly 0 (not strict)";
  const int got = activation > 0 ? 1 : -1;
  if (got == expected) return std::nullopt;
  return where + ": " + values + "; phi = sign(" + to_string(activation) + ") = " + sign_text(got) + ", but " +
         expected_text;
}

std::optional<std::string> layer_degree_violation(const LayerClaim& claim) {
  for (std::uint32_t i = 0; i < claim.m; ++i) {
    for (const auto* p : {&claim.gated[i], &claim.gating[i]}) {
      if (p->degree() > 1) {
        return std::string(p == &claim.gated[i] ? "gate h_" : "gate g_") + std::to_string(i) + " has degree " +
               std::to_string(p->degree()) + " > 1 (not a linear threshold gate)";
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> brute_force_violation(const Claim& any) {
  if (const auto* c = std::get_if<SignVectorClaim>(&any)) {
    for (const auto& item : c->items) {
      for (int zi : {-1, 1}) {
        if (auto v = violation_at(item, zi)) return v;
      }
    }
    return std::nullopt;
  }
  if (const auto* c = std::get_if<AffineSelectorClaim>(&any)) {
    for (const auto& item : c->items) {
      for (unsigned i = 0; i <= item.k; ++i) {
        if (auto v = violation_at(item, i)) return v;
      }
    }
    return std::nullopt;
  }
  if (const auto* c = std::get_if<LayerClaim>(&any)) {
    if (c->n > 24) throw InputError("brute-force reference is limited to n <= 24");
    if (auto v = layer_degree_violation(*c)) return v;
    const std::uint32_t s = c->selector_bits(), plus = c->n - s;
    for (std::uint64_t code = 0; code < (std::uint64_t{1} << s); ++code) {
      for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << plus); ++mask) {
        if (auto v = layer_violation_at(*c, code, point_from_mask(mask, plus))) return v;
      }
    }
    return std::nullopt;
  }
  const auto& claim = std::get<SelectorClaim>(any);
  if (claim.n > 24) throw InputError("brute-force reference is limited to n <= 24");
  if (auto v = degree_violation(claim)) return v;
  const std::uint32_t m = claim.n - claim.k;
  for (unsigned i = 0; i < claim.cases.size(); ++i) {
    for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << m); ++mask) {
      if (auto v = case_violation_at(claim, i, point_from_mask(mask, m))) return v;
    }
  }
  if (claim.strict_on_cube) {
    for (std::size_t j = 0; j < claim.gates.size(); ++j) {
      for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << claim.n); ++mask) {
        if (auto v = strictness_violation_at(claim, j, point_from_mask(mask, claim.n))) return v;
      }
    }
  }
  return std::nullopt;
}

}  // namespace quarks
