#include "smt/encode.h"

#include <z3++.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "core/error.h"

namespace quarks::smt {

namespace {

z3::expr constant(z3::context& ctx, const BigInt& value) {
  // Decimal strings only: Z3 4.8.12 silently truncates some int64 paths.
  return ctx.int_val(to_string(value).c_str());
}

// Builds polynomials over the 0/1 cube variables of one query (see encode.h).
class CubeEncoder {
 public:
  CubeEncoder(z3::context& ctx, std::uint32_t k, z3::expr_vector& side) : ctx_(ctx), k_(k), side_(side) {}

  z3::expr variable(std::uint32_t v) {
    auto it = variables_.find(v);
    if (it != variables_.end()) return it->second;
    z3::expr x = ctx_.int_const(variable_name(v, k_).c_str());
    side_.push_back(0 <= x && x <= 1);
    return variables_.emplace(v, x).first->second;
  }

  // 0/1 value of the product of the variables in `monomial` (claim indices).
  z3::expr indicator(const Monomial& monomial) {
    if (monomial.size() == 1) return variable(monomial[0]);
    auto it = indicators_.find(monomial);
    if (it != indicators_.end()) return it->second;
    std::string name = "m";
    z3::expr_vector factors(ctx_);
    for (std::uint32_t v : monomial) {
      name += "_" + variable_name(v, k_);
      factors.push_back(variable(v));
    }
    z3::expr m = ctx_.int_const(name.c_str());
    // Exact on 0/1 points: m = 1 iff every factor is 1.
    side_.push_back(0 <= m);
    for (unsigned t = 0; t < factors.size(); ++t) side_.push_back(m <= factors[t]);
    side_.push_back(m >= z3::sum(factors) - ctx_.int_val(static_cast<int>(monomial.size()) - 1));
    return indicators_.emplace(monomial, m).first->second;
  }

  // p with its variable v read as claim variable v + offset.
  z3::expr polynomial(const Polynomial& p, std::uint32_t offset) {
    z3::expr_vector terms(ctx_);
    terms.push_back(constant(ctx_, p.constant()));
    for (const Term& term : p.terms()) {
      if (term.monomial.empty()) continue;
      Monomial global;
      for (std::uint32_t v : term.monomial) global.push_back(v + offset);
      terms.push_back(constant(ctx_, term.coefficient) * indicator(global));
    }
    return terms.size() == 1 ? terms[0] : z3::sum(terms);
  }

  // `value` = p(v + offset), plus the bounds c0 + sum min(0, c) <= value <=
  // c0 + sum max(0, c), implied because every indicator is 0 or 1. Redundant,
  // but they let the solver refute "M q + theta p <= 0" from one row's bounds
  // instead of by simplex over big coefficients (measured on bench_z3, linear
  // n = 1024: 18.6 s -> 0.6 s for the whole claim).
  void define(const z3::expr& value, const Polynomial& p, std::uint32_t offset) {
    side_.push_back(value == polynomial(p, offset));
    BigInt low = p.constant(), high = p.constant();
    for (const Term& term : p.terms()) {
      if (term.monomial.empty()) continue;
      (term.coefficient < 0 ? low : high) += term.coefficient;
    }
    side_.push_back(constant(ctx_, low) <= value && value <= constant(ctx_, high));
  }

 private:
  z3::context& ctx_;
  std::uint32_t k_;
  z3::expr_vector& side_;
  std::map<std::uint32_t, z3::expr> variables_;
  std::map<Monomial, z3::expr> indicators_;
};

// The operator as a Boolean formula of its arguments (true = +1), by Shannon
// expansion over the truth table; equal cofactors are merged (hash-consed ASTs).
z3::expr operator_formula(z3::context& ctx, const BooleanOperator& op, const std::vector<z3::expr>& args,
                          unsigned j = 0, std::uint64_t row = 0) {
  if (j == op.arity()) return ctx.bool_val(op.row(row));
  z3::expr high = operator_formula(ctx, op, args, j + 1, row | (std::uint64_t{1} << j));
  z3::expr low = operator_formula(ctx, op, args, j + 1, row);
  if (z3::eq(high, low)) return high;
  return z3::ite(args[j], high, low);
}

z3::expr sign_vector_item(z3::context& ctx, const SignVectorItem& item, std::size_t t, z3::expr_vector& side) {
  std::vector<z3::expr> z;
  for (unsigned j = 0; j < item.op.arity(); ++j) z.push_back(ctx.bool_const(item_variable(j, t).c_str()));
  for (unsigned j = 0; j < item.op.arity(); ++j) {
    if (j != item.index) side.push_back(z[j] == ctx.bool_val(item.signs[j] > 0));
  }
  // Negation of Eq. 5.3: B(z) != theta * z_i.
  z3::expr expected = item.theta > 0 ? z[item.index] : !z[item.index];
  return operator_formula(ctx, item.op, z) != expected;
}

z3::expr affine_item(z3::context& ctx, const AffineSelectorItem& item, std::size_t t, z3::expr_vector& side) {
  // z ranges over e_0..e_k: 0/1 integers with at most one set. On those
  // points both q and the required value are affine in z:
  //   q(z) = q_0 + sum q_l z_l,  target(z) = target_0 + sum (target_l - target_0) z_l,
  // so the query is linear, and for a correct item it simplifies to false
  // (ite over Bools made a 4096-item chunk time out).
  z3::expr_vector z(ctx);
  for (unsigned l = 1; l <= item.k; ++l) {
    z3::expr v = ctx.int_const(item_variable(l, t).c_str());
    side.push_back(0 <= v && v <= 1);
    z.push_back(v);
  }
  side.push_back(z3::sum(z) <= 1);
  auto target = [&](unsigned i) { return i == item.j ? 0 : item.signs[i]; };
  z3::expr_vector q(ctx), expected(ctx);
  q.push_back(constant(ctx, item.coefficients[0]));
  expected.push_back(ctx.int_val(target(0)));
  for (unsigned l = 1; l <= item.k; ++l) {
    q.push_back(constant(ctx, item.coefficients[l]) * z[l - 1]);
    expected.push_back(ctx.int_val(target(l) - target(0)) * z[l - 1]);
  }
  // Negation of Eq. 5.4.
  return z3::sum(q) != z3::sum(expected);
}

z3::expr selector_case(z3::context& ctx, const SelectorClaim& claim, unsigned i, z3::expr_vector& side) {
  CubeEncoder cube(ctx, claim.k, side);
  CubePoint e(claim.k, 0);
  if (i > 0) e[i - 1] = 1;
  z3::expr_vector bad(ctx);
  std::vector<z3::expr> positive;
  for (std::size_t j = 0; j < claim.gates.size(); ++j) {
    // The selector is fixed to e_i by substitution: F_j(e_i + x) as a polynomial in x.
    z3::expr value = ctx.int_const(("F" + std::to_string(j)).c_str());
    cube.define(value, claim.gates[j].restrict_prefix(e), claim.k);
    bad.push_back(value == 0);
    positive.push_back(value > 0);
  }
  const SelectorTarget& target = claim.cases[i];
  z3::expr expected = ctx.bool_val(target.sign > 0);
  if (target.kind == SelectorTarget::Kind::input) {
    z3::expr f = ctx.int_const(("f" + std::to_string(target.input)).c_str());
    cube.define(f, claim.inputs[target.input], claim.k);
    bad.push_back(f == 0);
    expected = target.sign > 0 ? f > 0 : !(f > 0);
  }
  // Negation of Eq. 5.6 / 5.9 at z = e_i: a zero activation or a wrong value.
  bad.push_back(operator_formula(ctx, claim.combine, positive) != expected);
  return z3::mk_or(bad);
}

z3::expr gate_strictness(z3::context& ctx, const SelectorClaim& claim, std::size_t j, z3::expr_vector& side) {
  CubeEncoder cube(ctx, claim.k, side);
  z3::expr value = ctx.int_const(("F" + std::to_string(j)).c_str());
  cube.define(value, claim.gates[j], 0);
  return value == 0;
}

// Z3's printer adds its own status and check-sat; the caller adds exactly one
// set-logic and one check-sat around what remains.
std::string strip_commands(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) {
    if (line.rfind("(check-sat", 0) == 0 || line.rfind("(set-info :status", 0) == 0 ||
        line.rfind("(set-logic", 0) == 0 || line.rfind("; benchmark", 0) == 0 || line == "; " || line == ";") {
      continue;
    }
    out += line + "\n";
  }
  return out;
}

std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

}  // namespace

std::string item_variable(unsigned j, std::size_t item) {
  return "z" + std::to_string(j) + "_" + std::to_string(item);
}

std::string variable_name(std::uint32_t v, std::uint32_t k) {
  return v < k ? "z" + std::to_string(v + 1) : "x" + std::to_string(v - k);
}

std::vector<ObligationPlan> plan_obligations(const Claim& any) {
  using Kind = ObligationPlan::Kind;
  std::vector<ObligationPlan> plans;
  auto chunks = [&](Kind kind, std::size_t items, const std::string& meaning) {
    for (std::size_t first = 0; first < items; first += kItemsPerObligation) {
      const std::size_t count = std::min(kItemsPerObligation, items - first);
      plans.push_back({kind, first, count,
                       "items-" + std::to_string(first) + "-" + std::to_string(first + count - 1), meaning});
    }
  };
  if (const auto* c = std::get_if<SignVectorClaim>(&any)) {
    chunks(Kind::sign_vector_item, c->items.size(),
           "an item and z with z_j = theta_j (j != i) and B(z) != theta * z_i (Eq. 5.3)");
    return plans;
  }
  if (const auto* c = std::get_if<AffineSelectorClaim>(&any)) {
    chunks(Kind::affine_item, c->items.size(),
           "an item and some e_i with q(e_i) != (0 if i = j else theta_i) (Eq. 5.4)");
    return plans;
  }
  const auto& claim = std::get<SelectorClaim>(any);
  for (unsigned i = 0; i <= claim.k; ++i) {
    plans.push_back({Kind::selector_case, i, 1, "case-" + std::to_string(i),
                     "x with z = e_" + std::to_string(i) +
                         " where some F_j is 0, the input is 0, or B(sign F) != target"});
  }
  if (claim.strict_on_cube) {
    for (std::size_t j = 0; j < claim.gates.size(); ++j) {
      plans.push_back({Kind::gate_strictness, j, 1, "strict-F" + std::to_string(j),
                       "a point of {0,1}^" + std::to_string(claim.n) + " where F_" + std::to_string(j) + " = 0"});
    }
  }
  return plans;
}

std::string encode_obligation(const Claim& any, const ObligationPlan& plan) {
  z3::context ctx;
  z3::expr_vector side(ctx);
  z3::expr negated = ctx.bool_val(true);
  switch (plan.kind) {
    case ObligationPlan::Kind::sign_vector_item: {
      z3::expr_vector any_item(ctx);
      for (std::size_t t = plan.index; t < plan.index + plan.count; ++t) {
        any_item.push_back(sign_vector_item(ctx, std::get<SignVectorClaim>(any).items.at(t), t, side));
      }
      negated = z3::mk_or(any_item);
      break;
    }
    case ObligationPlan::Kind::affine_item: {
      z3::expr_vector any_item(ctx);
      for (std::size_t t = plan.index; t < plan.index + plan.count; ++t) {
        any_item.push_back(affine_item(ctx, std::get<AffineSelectorClaim>(any).items.at(t), t, side));
      }
      negated = z3::mk_or(any_item);
      break;
    }
    case ObligationPlan::Kind::selector_case:
      negated = selector_case(ctx, std::get<SelectorClaim>(any), static_cast<unsigned>(plan.index), side);
      break;
    case ObligationPlan::Kind::gate_strictness:
      negated = gate_strictness(ctx, std::get<SelectorClaim>(any), plan.index, side);
      break;
  }
  z3::solver printer(ctx, z3::solver::simple());
  for (unsigned t = 0; t < side.size(); ++t) printer.add(side[t]);
  printer.add(negated);
  return strip_commands(printer.to_smt2());
}

std::string complete_script(const Claim& claim, const ObligationPlan& plan, const std::string& assertions) {
  std::string s;
  s += "; quarks proof obligation (negated claim; a model would be a counterexample)\n";
  s += "; claim: " + claim_id(claim) + ": " + one_line(statement(claim)) + "\n";
  s += "; obligation: " + plan.name + ": " + one_line(plan.meaning) + "\n";
  s += "; expected: unsat\n";
  s += "; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting\n";
  s += "(set-option :produce-unsat-cores true)\n";
  s += "(set-logic QF_LIA)\n";
  s += assertions;
  s += "(check-sat)\n";
  return s;
}

}  // namespace quarks::smt
