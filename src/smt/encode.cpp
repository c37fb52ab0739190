#include "smt/encode.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "smt/smtlib_writer.h"

namespace quarks::smt {

namespace {

using namespace smtlib;

// Builds polynomials over the 0/1 cube variables of one query (see encode.h).
// Each variable and indicator is declared, with its constraints, on first use.
// A `relaxed` encoder (for the implied-bound companions) keeps of an
// indicator's constraints only 0 <= m <= v for its first factor v: a bound
// that holds for every 0/1 value of every monomial holds for the products
// too, and without the other linking rows z3 settles it quickly (degree 2,
// n = 64: 15-51 s per companion linked, 0.4 s relaxed). Every line of a
// relaxed query is still a line of the full one.
class CubeEncoder {
 public:
  CubeEncoder(SmtLibWriter& out, std::uint32_t k, bool relaxed = false) : out_(out), k_(k), relaxed_(relaxed) {}

  std::string variable(std::uint32_t v) {
    std::string name = variable_name(v, k_);
    if (!out_.declared(name)) {
      out_.declare_int(name);
      out_.add_assertion(le("0", name));
      out_.add_assertion(le(name, "1"));
    }
    return name;
  }

  // 0/1 value of the product of the variables in `monomial` (claim indices).
  std::string indicator(const Monomial& monomial) {
    if (monomial.size() == 1) return variable(monomial[0]);
    const std::string name = monomial_name(monomial, k_);
    if (out_.declared(name)) return name;
    std::vector<std::string> factors;
    for (std::uint32_t v : monomial) {
      factors.push_back(variable(v));
      if (relaxed_) break;
    }
    out_.declare_int(name);
    // Exact on 0/1 points: m = 1 iff every factor is 1.
    out_.add_assertion(le("0", name));
    for (const auto& f : factors) out_.add_assertion(le(name, f));
    if (!relaxed_) out_.add_assertion(ge(name, difference(sum(factors), integer(BigInt(monomial.size() - 1)))));
    return name;
  }

  // p with its variable v read as claim variable v + offset.
  std::string polynomial(const Polynomial& p, std::uint32_t offset) {
    std::vector<std::string> terms;
    for (const Term& term : p.terms()) {
      if (term.monomial.empty()) {
        terms.push_back(integer(term.coefficient));
        continue;
      }
      Monomial global;
      for (std::uint32_t v : term.monomial) global.push_back(v + offset);
      terms.push_back(product(term.coefficient, indicator(global)));
    }
    return sum(terms);
  }

  // Declares value.name and asserts value.name = its polynomial.
  void define(const DefinedValue& value) {
    const std::string p = polynomial(value.polynomial, value.offset);
    out_.declare_int(value.name);
    out_.add_assertion(eq(value.name, p));
  }

 private:
  SmtLibWriter& out_;
  std::uint32_t k_;
  bool relaxed_;
};

// p (variable v is claim variable v + offset) with the fixed claim variables
// substituted; the other variables keep their indices.
Polynomial fix_variables(const Polynomial& p, std::uint32_t offset, const std::vector<FixedVariable>& fixed) {
  if (fixed.empty()) return p;
  std::vector<Term> terms;
  for (const Term& term : p.terms()) {
    Monomial rest;
    bool vanishes = false;
    for (std::uint32_t v : term.monomial) {
      auto it = std::find_if(fixed.begin(), fixed.end(), [&](const FixedVariable& f) { return f.variable == v + offset; });
      if (it == fixed.end()) rest.push_back(v);
      else if (!it->value) vanishes = true;
    }
    if (!vanishes) terms.push_back({std::move(rest), term.coefficient});
  }
  return Polynomial::from_terms(p.num_variables(), std::move(terms));
}

DefinedValue make_value(std::string name, Polynomial p, std::uint32_t offset,
                        const std::vector<FixedVariable>& fixed = {}) {
  DefinedValue v{std::move(name), fix_variables(p, offset, fixed), offset, 0, 0};
  // Every non-constant monomial is 0 or 1 on the cube.
  v.low = v.high = v.polynomial.constant();
  for (const Term& term : v.polynomial.terms()) {
    if (term.monomial.empty()) continue;
    (term.coefficient < 0 ? v.low : v.high) += term.coefficient;
  }
  return v;
}

// Shannon expansion of op over arguments j.. with arguments 0..j-1 fixed by `row`.
std::string shannon(const BooleanOperator& op, const std::vector<std::string>& args, unsigned j, std::uint64_t row) {
  if (j == op.arity()) return boolean(op.row(row));
  const std::string high = shannon(op, args, j + 1, row | (std::uint64_t{1} << j));
  const std::string low = shannon(op, args, j + 1, row);
  const std::string& c = args[j];
  if (high == low) return high;
  if (high == "true" && low == "false") return c;
  if (high == "false" && low == "true") return not_(c);
  if (low == "false") return and_({c, high});
  if (high == "false") return and_({not_(c), low});
  if (high == "true") return or_({c, low});
  if (low == "true") return or_({not_(c), high});
  return ite(c, high, low);
}

std::string sign_vector_item(SmtLibWriter& out, const SignVectorItem& item, std::size_t t) {
  // The fixed signs z_j = theta_j (j != i) enter B's formula as the constants
  // true/false, so only z_i is a variable and z3's rewriter evaluates B on
  // them while asserting: a correct item becomes false before any search.
  // (Declaring each z_j with a unit assertion left the Lemma 5.1 arity-4
  // chunks to the search; docs/performance.md.)
  std::vector<std::string> z;
  for (unsigned j = 0; j < item.op.arity(); ++j) z.push_back(j == item.index ? item_variable(j, t) : boolean(item.signs[j] > 0));
  out.declare_bool(z[item.index]);
  // Negation of Eq. 5.3: B(z) != theta * z_i, i.e. B(z) != z_i for theta = +1
  // and B(z) = z_i for theta = -1.
  const std::string b = operator_formula(item.op, z);
  return item.theta > 0 ? not_(eq(b, z[item.index])) : eq(b, z[item.index]);
}

std::string affine_item(SmtLibWriter& out, const AffineSelectorItem& item, std::size_t t) {
  // z ranges over e_0..e_k: 0/1 integers with at most one set. On those
  // points both q and the required value are affine in z:
  //   q(z) = q_0 + sum q_l z_l,  target(z) = target_0 + sum (target_l - target_0) z_l,
  // so the query is linear, and for a correct item it simplifies to false
  // (ite over Bools made a 4096-item chunk time out). Zero terms are omitted.
  // The ranges of z are part of the item's own conjunct, not top-level
  // assertions: a correct item then vanishes with all its variables, and z3
  // sets up its simplex only for the wrong ones (Eq. 5.5 as printed, k <= 8:
  // 33788 columns and 5.4 s with the ranges asserted, 4098 and 0.4 s
  // without, stock z3 4.8.12).
  std::vector<std::string> z, range;
  for (unsigned l = 1; l <= item.k; ++l) {
    z.push_back(item_variable(l, t));
    out.declare_int(z.back());
    range.push_back(le("0", z.back()));
    range.push_back(le(z.back(), "1"));
  }
  if (item.k >= 2) range.push_back(le(sum(z), "1"));
  auto target = [&](unsigned i) { return BigInt(i == item.j ? 0 : item.signs[i]); };
  std::vector<std::string> q, expected;
  if (item.coefficients[0] != 0) q.push_back(integer(item.coefficients[0]));
  if (target(0) != 0) expected.push_back(integer(target(0)));
  for (unsigned l = 1; l <= item.k; ++l) {
    if (item.coefficients[l] != 0) q.push_back(product(item.coefficients[l], z[l - 1]));
    const BigInt step = target(l) - target(0);
    if (step != 0) expected.push_back(product(step, z[l - 1]));
  }
  // Negation of Eq. 5.4 at some point e_i.
  range.push_back(not_(eq(sum(q), sum(expected))));
  return and_(range);
}

// Defines every value of the obligation with its implied bounds asserted.
void define_with_bounds(SmtLibWriter& out, CubeEncoder& cube, const std::vector<DefinedValue>& values) {
  for (const auto& v : values) {
    cube.define(v);
    out.add_assertion(le(integer(v.low), v.name));
    out.add_assertion(le(v.name, integer(v.high)));
  }
}

std::string selector_case(SmtLibWriter& out, const SelectorClaim& claim, unsigned i,
                          const std::vector<FixedVariable>& fixed) {
  CubeEncoder cube(out, claim.k);
  const auto values = defined_values(claim, ObligationPlan::Kind::selector_case, i, fixed);
  define_with_bounds(out, cube, values);
  std::vector<std::string> bad, positive;
  for (std::size_t j = 0; j < claim.gates.size(); ++j) positive.push_back(gt(values[j].name, "0"));
  for (const auto& v : values) bad.push_back(eq(v.name, "0"));
  const std::string b = operator_formula(claim.combine, positive);
  // Negation of Eq. 5.6 / 5.9 at z = e_i: a zero activation or a wrong value.
  const SelectorTarget& target = claim.cases[i];
  if (target.kind == SelectorTarget::Kind::input) {
    // B != sign * (f > 0): B != (f > 0) for +1, B = (f > 0) for -1.
    const std::string f_positive = gt(values.back().name, "0");
    bad.push_back(target.sign > 0 ? not_(eq(b, f_positive)) : eq(b, f_positive));
  } else {
    bad.push_back(target.sign > 0 ? not_(b) : b);
  }
  return or_(bad);
}

std::string gate_strictness(SmtLibWriter& out, const SelectorClaim& claim, std::size_t j,
                            const std::vector<FixedVariable>& fixed) {
  CubeEncoder cube(out, claim.k);
  const auto values = defined_values(claim, ObligationPlan::Kind::gate_strictness, j, fixed);
  define_with_bounds(out, cube, values);
  return eq(values[0].name, "0");
}

// Negation of the Theorem 4.3 claim at x^- = c (Eqs. 4.13-4.15): a zero gate,
// input or output activation, or phi's sign other than h+_c g+_c (c < m) or -1.
std::string layer_case(SmtLibWriter& out, const LayerClaim& claim, std::uint64_t code) {
  CubeEncoder cube(out, claim.selector_bits());
  const auto values = defined_values(claim, code);
  define_with_bounds(out, cube, values);
  std::vector<std::string> bad, phi{integer(claim.output_bias)};
  for (const auto& v : values) bad.push_back(eq(v.name, "0"));
  for (std::uint32_t i = 0; i < claim.m; ++i) {
    // y_i = h_i g_i = +1 iff the two gates have the same sign.
    const std::string y = eq(gt(values[i].name, "0"), gt(values[claim.m + i].name, "0"));
    phi.push_back(ite(y, integer(claim.output_weights[i]), integer(-claim.output_weights[i])));
  }
  out.declare_int("phi");
  out.add_assertion(eq("phi", sum(phi)));
  bad.push_back(eq("phi", "0"));
  const std::string positive = gt("phi", "0");
  if (code < claim.m) {
    const std::string target = eq(gt(values[2 * claim.m].name, "0"), gt(values[2 * claim.m + 1].name, "0"));
    bad.push_back(not_(eq(positive, target)));
  } else {
    bad.push_back(positive);
  }
  return or_(bad);
}

std::string implied_bound(SmtLibWriter& out, const Claim& claim, const ObligationPlan& plan) {
  const DefinedValue v = bound_subject(claim, plan);
  CubeEncoder cube(out, selector_width(claim), /*relaxed=*/true);
  cube.define(v);
  // The negated bound: a point where the parent's assertion low <= v <= high fails.
  return or_({lt(v.name, integer(v.low)), gt(v.name, integer(v.high))});
}

// Whether some value of degree >= 2 has a sign that neither its asserted
// bounds nor an input settle: its box interval [low, high] contains 0 and it
// is not +-f for an input f of the claim (whose sign the claim relates it
// to). With the exact minimal M that is F = +-M + p(x) (docs/performance.md);
// with a loose M (the box bound) the interval excludes 0, and such claims are
// not split. Strictness obligations are judged at each selector point.
bool has_open_sign(const SelectorClaim& claim, const std::vector<DefinedValue>& values) {
  std::vector<Polynomial> tied;
  for (const Polynomial& f : claim.inputs) {
    tied.push_back(f);
    Polynomial minus(f.num_variables());
    minus.add_shifted(f, 0, -1);
    tied.push_back(minus);
  }
  auto open = [&](const Polynomial& p) {
    if (p.degree() < 2) return false;
    const DefinedValue v = make_value("", p, 0);
    if (v.low > 0 || v.high < 0) return false;
    return std::find(tied.begin(), tied.end(), p) == tied.end();
  };
  for (const auto& v : values) {
    if (v.offset == claim.k) {
      if (open(v.polynomial)) return true;
      continue;
    }
    // A strict-F_j value over all n variables: at each selector point.
    for (std::uint64_t z = 0; z < (std::uint64_t{1} << claim.k); ++z) {
      if (open(v.polynomial.restrict_prefix(point_from_mask(z, claim.k)))) return true;
    }
  }
  return false;
}

// The claim variables a selector_case or gate_strictness obligation is split
// on (encode.h, kCubeFreeVariables), in increasing order; empty: no split.
std::vector<std::uint32_t> split_variables(const SelectorClaim& claim, const std::vector<DefinedValue>& values,
                                           std::uint32_t free_limit) {
  int degree = 0;
  std::map<std::uint32_t, BigInt> influence;  // claim variable -> sum of |c| over its terms
  for (const auto& v : values) {
    degree = std::max(degree, v.polynomial.degree());
    for (const Term& term : v.polynomial.terms()) {
      const BigInt size = term.coefficient < 0 ? BigInt(-term.coefficient) : term.coefficient;
      for (std::uint32_t x : term.monomial) influence[x + v.offset] += size;
    }
  }
  if (degree < 2 || influence.size() <= free_limit || !has_open_sign(claim, values)) return {};
  const std::size_t c = std::min<std::size_t>(influence.size() - free_limit, kMaxCubeBits);
  std::vector<std::pair<std::uint32_t, BigInt>> order(influence.begin(), influence.end());
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::uint32_t> split;
  for (std::size_t i = 0; i < c; ++i) split.push_back(order[i].first);
  std::sort(split.begin(), split.end());
  return split;
}

std::string bound_meaning(const DefinedValue& v, const std::string& parent) {
  return "0/1 values of the monomials where " + v.name + " (defined as in " + parent + ") is below " +
         to_string(v.low) + " or above " + to_string(v.high) + ", the bounds " + parent + " asserts";
}

}  // namespace

std::string operator_formula(const BooleanOperator& op, const std::vector<std::string>& args) {
  if (args.size() != op.arity()) throw std::logic_error("operator_formula: wrong number of arguments");
  return shannon(op, args, 0, 0);
}

std::string item_variable(unsigned j, std::size_t item) {
  return "z" + std::to_string(j) + "_" + std::to_string(item);
}

std::string variable_name(std::uint32_t v, std::uint32_t k) {
  return v < k ? "z" + std::to_string(v + 1) : "x" + std::to_string(v - k);
}

std::string monomial_name(const Monomial& monomial, std::uint32_t k) {
  if (monomial.size() == 1) return variable_name(monomial[0], k);
  std::string name = "m";
  for (std::uint32_t v : monomial) name += "_" + variable_name(v, k);
  return name;
}

std::vector<DefinedValue> defined_values(const SelectorClaim& claim, ObligationPlan::Kind kind, std::size_t index,
                                         const std::vector<FixedVariable>& fixed) {
  std::vector<DefinedValue> values;
  if (kind == ObligationPlan::Kind::gate_strictness) {
    values.push_back(make_value("F" + std::to_string(index), claim.gates.at(index), 0, fixed));
    return values;
  }
  if (kind != ObligationPlan::Kind::selector_case) throw std::logic_error("defined_values: not a selector obligation");
  // The selector is fixed to e_i (dense: c_i) by substitution: F_j(e_i + x) as a polynomial in x.
  if (index >= claim.cases.size()) throw std::logic_error("defined_values: no case " + std::to_string(index));
  const CubePoint e = point_from_mask(claim.case_mask(static_cast<unsigned>(index)), claim.k);
  for (std::size_t j = 0; j < claim.gates.size(); ++j) {
    values.push_back(make_value("F" + std::to_string(j), claim.gates[j].restrict_prefix(e), claim.k, fixed));
  }
  const SelectorTarget& target = claim.cases.at(index);
  if (target.kind == SelectorTarget::Kind::input) {
    values.push_back(make_value("f" + std::to_string(target.input), claim.inputs.at(target.input), claim.k, fixed));
  }
  return values;
}

std::vector<DefinedValue> defined_values(const LayerClaim& claim, std::uint64_t code) {
  const std::uint32_t s = claim.selector_bits();
  const CubePoint prefix = point_from_mask(code, s);
  std::vector<DefinedValue> values;
  for (std::uint32_t i = 0; i < claim.m; ++i) {
    values.push_back(make_value("H" + std::to_string(i), claim.gated[i].restrict_prefix(prefix), s));
  }
  for (std::uint32_t i = 0; i < claim.m; ++i) {
    values.push_back(make_value("G" + std::to_string(i), claim.gating[i].restrict_prefix(prefix), s));
  }
  if (code < claim.m) {
    values.push_back(make_value("hp" + std::to_string(code), claim.gated_inputs[code], s));
    values.push_back(make_value("gp" + std::to_string(code), claim.gating_inputs[code], s));
  }
  return values;
}

std::uint32_t selector_width(const Claim& claim) {
  if (const auto* l = std::get_if<LayerClaim>(&claim)) return l->selector_bits();
  return std::get<SelectorClaim>(claim).k;
}

DefinedValue bound_subject(const Claim& claim, const ObligationPlan& plan) {
  const auto values = plan.parent == ObligationPlan::Kind::layer_case
                          ? defined_values(std::get<LayerClaim>(claim), plan.index)
                          : defined_values(std::get<SelectorClaim>(claim), plan.parent, plan.index, plan.fixed);
  for (auto& v : values) {
    if (v.name == plan.value) return v;
  }
  throw std::logic_error("obligation " + plan.name + ": " + plan.parent_name + " defines no " + plan.value);
}

std::vector<ObligationPlan> plan_obligations(const Claim& any, std::uint32_t cube_free_variables) {
  using Kind = ObligationPlan::Kind;
  std::vector<ObligationPlan> plans;
  auto chunks = [&](Kind kind, std::size_t items, const std::string& meaning) {
    for (std::size_t first = 0; first < items; first += kItemsPerObligation) {
      ObligationPlan plan;
      plan.kind = kind;
      plan.index = first;
      plan.count = std::min(kItemsPerObligation, items - first);
      plan.name = "items-" + std::to_string(first) + "-" + std::to_string(first + plan.count - 1);
      plan.meaning = meaning;
      plans.push_back(plan);
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
  // A parent, then one companion per bound it asserts.
  auto add_one = [&](Kind kind, std::size_t index, std::string name, std::string meaning,
                     const std::vector<FixedVariable>& fixed) {
    ObligationPlan parent;
    parent.kind = kind;
    parent.index = index;
    parent.name = std::move(name);
    parent.meaning = std::move(meaning);
    parent.fixed = fixed;
    plans.push_back(parent);
    const auto values = kind == Kind::layer_case ? defined_values(std::get<LayerClaim>(any), index)
                                                 : defined_values(std::get<SelectorClaim>(any), kind, index, fixed);
    for (const auto& v : values) {
      ObligationPlan bound;
      bound.kind = Kind::implied_bound;
      bound.index = index;
      bound.name = parent.name + ".bound-" + v.name;
      bound.meaning = bound_meaning(v, parent.name);
      bound.parent = kind;
      bound.parent_name = parent.name;
      bound.value = v.name;
      bound.fixed = fixed;
      plans.push_back(bound);
    }
  };
  auto add = [&](Kind kind, std::size_t index, std::string name, std::string meaning) {
    if (kind == Kind::layer_case) return add_one(kind, index, std::move(name), std::move(meaning), {});
    const auto& claim = std::get<SelectorClaim>(any);
    const auto split = split_variables(claim, defined_values(claim, kind, index), cube_free_variables);
    if (split.empty()) return add_one(kind, index, std::move(name), std::move(meaning), {});
    const std::uint64_t cubes = std::uint64_t{1} << split.size();
    for (std::uint64_t cube = 0; cube < cubes; ++cube) {
      std::vector<FixedVariable> fixed;
      std::string where;
      for (std::size_t b = 0; b < split.size(); ++b) {
        fixed.push_back({split[b], ((cube >> b) & 1U) != 0});
        where += (b ? ", " : "") + variable_name(split[b], claim.k) + " = " + (fixed.back().value ? "1" : "0");
      }
      add_one(kind, index, name + ".cube-" + std::to_string(cube),
              meaning + ", in cube " + std::to_string(cube) + " of " + std::to_string(cubes) + " (" + where + ")",
              fixed);
    }
  };
  if (const auto* layer = std::get_if<LayerClaim>(&any)) {
    // One query per selector code; together they cover {0,1}^n.
    for (std::uint64_t code = 0; code < (std::uint64_t{1} << layer->selector_bits()); ++code) {
      const std::string c = std::to_string(code);
      add(Kind::layer_case, code, "code-" + c,
          "x+ with x- = " + c + " where a gate, an input or phi's activation is 0, or phi != " +
              (code < layer->m ? "h+_" + c + " g+_" + c : std::string("-1 (unused code)")));
    }
    return plans;
  }
  const auto& claim = std::get<SelectorClaim>(any);
  for (unsigned i = 0; i < claim.cases.size(); ++i) {
    const std::string z = claim.selector == SelectorEncoding::dense
                              ? "z = c_" + std::to_string(i) + " = code " + std::to_string(claim.codes[i])
                              : "z = e_" + std::to_string(i);
    add(Kind::selector_case, i, "case-" + std::to_string(i),
        "x with " + z + " where some F_j is 0, the input is 0, or B(sign F) != target");
  }
  if (claim.strict_on_cube) {
    for (std::size_t j = 0; j < claim.gates.size(); ++j) {
      add(Kind::gate_strictness, j, "strict-F" + std::to_string(j),
          "a point of {0,1}^" + std::to_string(claim.n) + " where F_" + std::to_string(j) + " = 0");
    }
  }
  return plans;
}

std::string encode_obligation(const Claim& any, const ObligationPlan& plan) {
  SmtLibWriter out;
  std::string negated;
  switch (plan.kind) {
    case ObligationPlan::Kind::sign_vector_item: {
      std::vector<std::string> any_item;
      for (std::size_t t = plan.index; t < plan.index + plan.count; ++t) {
        any_item.push_back(sign_vector_item(out, std::get<SignVectorClaim>(any).items.at(t), t));
      }
      negated = or_(any_item);
      break;
    }
    case ObligationPlan::Kind::affine_item: {
      std::vector<std::string> any_item;
      for (std::size_t t = plan.index; t < plan.index + plan.count; ++t) {
        any_item.push_back(affine_item(out, std::get<AffineSelectorClaim>(any).items.at(t), t));
      }
      negated = or_(any_item);
      break;
    }
    case ObligationPlan::Kind::selector_case:
      negated = selector_case(out, std::get<SelectorClaim>(any), static_cast<unsigned>(plan.index), plan.fixed);
      break;
    case ObligationPlan::Kind::gate_strictness:
      negated = gate_strictness(out, std::get<SelectorClaim>(any), plan.index, plan.fixed);
      break;
    case ObligationPlan::Kind::layer_case:
      negated = layer_case(out, std::get<LayerClaim>(any), plan.index);
      break;
    case ObligationPlan::Kind::implied_bound:
      negated = implied_bound(out, any, plan);
      break;
  }
  out.add_assertion(negated);
  return out.str();
}

std::string complete_script(const Claim& claim, const ObligationPlan& plan, const std::string& assertions,
                            const ScriptAnswer& answer) {
  std::string s;
  if (plan.kind == ObligationPlan::Kind::implied_bound) {
    s += comment("quarks proof obligation (a bound that " + plan.parent_name +
                 " asserts, negated; a model would be 0/1 values of the monomials where it fails)");
  } else {
    s += comment("quarks proof obligation (negated claim; a model would be a counterexample)");
  }
  s += comment("claim: " + claim_id(claim) + ": " + statement(claim));
  s += comment("obligation: " + plan.name + ": " + plan.meaning);
  switch (answer.kind) {
    case ScriptAnswer::Kind::unsat:
      s += comment("expected: unsat");
      s += "(set-info :status unsat)\n";
      break;
    case ScriptAnswer::Kind::sat:
      s += comment("expected: sat");
      s += comment("why sat: " + answer.note);
      s += "(set-info :status sat)\n";
      break;
    case ScriptAnswer::Kind::undecided:
      s += comment("not decided by quarks: " + answer.note);
      s += "(set-info :status unknown)\n";
      break;
  }
  s += comment("produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting");
  s += "(set-option :produce-unsat-cores true)\n";
  s += "(set-logic QF_LIA)\n";
  s += assertions;
  s += "(check-sat)\n";
  return s;
}

}  // namespace quarks::smt
