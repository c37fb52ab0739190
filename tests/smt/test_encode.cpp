// The encoder without any solver: exact text for tiny claims, and the meaning
// of the text (tests/smt/smtlib_eval.h) at every cube point of small claims,
// against the reference semantics.
#include <catch2/catch.hpp>

#include <set>

#include "claim/reference.h"
#include "core/cube.h"
#include "paper_claims.h"
#include "smt/encode.h"
#include "smt/smtlib_writer.h"
#include "smtlib_eval.h"
#include "witness/composition.h"

using namespace quarks;
using namespace quarks::smt;
using quarks::test::SmtEnv;

namespace {

Polynomial poly(std::uint32_t n, std::vector<Term> terms) { return Polynomial::from_terms(n, std::move(terms)); }

// Lemma 5.3, n = 2, k = 1, j = 0, theta = +1: p = 1 - 2 x0, q = z1, M = 2,
// so F = 1 + 2 z1 - 2 x0; case 0 is +f, case 1 the constant +1.
SelectorClaim tiny_linear() {
  return test::lemma53(2, 1, 0, 1, {0, 1}, poly(1, {{{}, 1}, {{0}, -2}}), 1);
}

// Lemma 5.3, n = 3, k = 1: p = -1 + 2 x0 x1, M = 2: F = -1 + 2 z1 + 2 x0 x1.
SelectorClaim tiny_quadratic() {
  return test::lemma53(3, 1, 0, 1, {0, 1}, poly(2, {{{}, -1}, {{0, 1}, 2}}), 2);
}

const ObligationPlan& plan_named(const std::vector<ObligationPlan>& plans, const std::string& name) {
  for (const auto& p : plans) {
    if (p.name == name) return p;
  }
  FAIL("no obligation " << name);
  throw 0;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    out.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

// Assigns every constant of a selector obligation at one cube point: the
// cube variables from `bits` (by name), each indicator m_a_b.. as the
// product of its factors, each defined value by evaluating its definition.
SmtEnv complete(const test::SmtBody& body, const std::map<std::string, int>& bits) {
  SmtEnv env;
  for (const auto& [name, sort] : body.declarations) {
    if (bits.count(name)) env[name] = test::int_value(bits.at(name));
  }
  for (const auto& [name, sort] : body.declarations) {
    if (name.rfind("m_", 0) != 0) continue;
    int product = 1;
    std::size_t at = 2;
    while (at <= name.size()) {
      std::size_t end = name.find('_', at);
      // Factor names are z<i> or x<i>, which contain no '_'.
      product *= bits.at(name.substr(at, end == std::string::npos ? std::string::npos : end - at));
      if (end == std::string::npos) break;
      at = end + 1;
    }
    env[name] = test::int_value(product);
  }
  for (const auto& a : body.assertions) {
    if (a.list.size() == 3 && a.list[0].atom == "=" && !a.list[1].atom.empty() && !env.count(a.list[1].atom)) {
      env[a.list[1].atom] = test::eval_sexpr(a.list[2], env);
    }
  }
  return env;
}

// At every point: every assertion but the last holds (ranges, indicators,
// definitions and the asserted bounds), and the last (the negated claim or
// bound) holds exactly when the reference finds a violation there. Returns
// the number of (obligation, point) pairs where the negated claim holds.
// A cube of a split obligation (plan.fixed) is checked at the points of its
// cube; `covered` counts, per unsplit obligation, the points checked.
int check_meaning(const SelectorClaim& claim, std::uint32_t cube_free_variables = kCubeFreeVariables,
                  std::map<std::string, std::uint64_t>* covered = nullptr) {
  int violations = 0;
  const Claim any = claim;
  for (const auto& plan : plan_obligations(any, cube_free_variables)) {
    CAPTURE(plan.name);
    const test::SmtBody body = test::parse_body(encode_obligation(any, plan));
    if (plan.kind == ObligationPlan::Kind::implied_bound) {
      const auto& definition = body.assertions[body.assertions.size() - 2];
      REQUIRE(definition.list.at(1).atom == plan.value);
      const DefinedValue subject = bound_subject(any, plan);
      std::vector<Monomial> monomials;
      std::set<std::uint32_t> variables;
      for (const Term& t : subject.polynomial.terms()) {
        if (t.monomial.empty()) continue;
        monomials.emplace_back();
        for (std::uint32_t v : t.monomial) {
          monomials.back().push_back(v + subject.offset);
          variables.insert(v + subject.offset);
        }
      }
      // Every cube point, each indicator at the product of its factors, is a
      // model of everything but the negated bound, which fails there: so an
      // unsat companion proves the bound on the cube.
      const std::vector<std::uint32_t> vars(variables.begin(), variables.end());
      REQUIRE(vars.size() <= 16);
      for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << vars.size()); ++mask) {
        std::map<std::uint32_t, int> bit;
        for (std::size_t t = 0; t < vars.size(); ++t) bit[vars[t]] = mask >> t & 1U;
        SmtEnv env;
        for (const auto& m : monomials) {
          int product = 1;
          for (std::uint32_t v : m) product *= bit.at(v);
          env[monomial_name(m, claim.k)] = test::int_value(product);
        }
        for (const auto& [name, sort] : body.declarations) {
          for (std::uint32_t v : vars) {
            if (name == variable_name(v, claim.k)) env[name] = test::int_value(bit.at(v));
          }
        }
        env[plan.value] = test::eval_sexpr(definition.list.at(2), env);
        for (std::size_t a = 0; a + 1 < body.assertions.size(); ++a) {
          REQUIRE(test::eval_sexpr(body.assertions[a], env).b);
        }
        REQUIRE_FALSE(test::eval_sexpr(body.assertions.back(), env).b);
      }
      // And the bound is a true bound on the relaxation too: every 0/1 value
      // of the declared variables that meets the other assertions meets it.
      std::vector<std::string> names;
      for (const auto& [name, sort] : body.declarations) {
        if (name != plan.value) names.push_back(name);
      }
      REQUIRE(names.size() <= 20);
      for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << names.size()); ++mask) {
        SmtEnv env;
        for (std::size_t t = 0; t < names.size(); ++t) env[names[t]] = test::int_value(mask >> t & 1U);
        env[plan.value] = test::eval_sexpr(definition.list.at(2), env);
        bool holds = true;
        for (std::size_t a = 0; a + 1 < body.assertions.size(); ++a) {
          holds = holds && test::eval_sexpr(body.assertions[a], env).b;
        }
        if (holds) REQUIRE_FALSE(test::eval_sexpr(body.assertions.back(), env).b);
      }
      continue;
    }
    const bool on_x = plan.kind == ObligationPlan::Kind::selector_case;
    const std::uint32_t m = on_x ? claim.n - claim.k : claim.n;
    for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << m); ++mask) {
      const CubePoint point = point_from_mask(mask, m);
      CAPTURE(point_to_string(point));
      std::map<std::string, int> bits;
      bool in_cube = true;
      for (const FixedVariable& f : plan.fixed) in_cube = in_cube && point.at(f.variable - (on_x ? claim.k : 0)) == f.value;
      if (!in_cube) continue;
      if (covered) ++(*covered)[plan.name.substr(0, plan.name.find(".cube-"))];
      for (std::uint32_t v = 0; v < m; ++v) bits[variable_name(v + (on_x ? claim.k : 0), claim.k)] = point[v];
      SmtEnv env = complete(body, bits);
      for (std::size_t a = 0; a + 1 < body.assertions.size(); ++a) REQUIRE(test::eval_sexpr(body.assertions[a], env).b);
      // The indicators are exact: the other 0/1 value breaks some constraint.
      for (auto& [name, value] : env) {
        if (name.rfind("m_", 0) != 0) continue;
        SmtEnv flipped = env;
        flipped[name] = test::int_value(1 - value.i);
        bool all = true;
        for (std::size_t a = 0; a + 1 < body.assertions.size(); ++a) {
          const auto& as = body.assertions[a];
          const bool definition = as.list.size() == 3 && as.list[0].atom == "=" && !as.list[1].atom.empty();
          if (!definition) all = all && test::eval_sexpr(as, flipped).b;
        }
        REQUIRE_FALSE(all);
      }
      const bool negation = test::eval_sexpr(body.assertions.back(), env).b;
      violations += negation;
      switch (plan.kind) {
        case ObligationPlan::Kind::selector_case:
          REQUIRE(negation == case_violation_at(claim, static_cast<unsigned>(plan.index), point).has_value());
          break;
        case ObligationPlan::Kind::gate_strictness:
          REQUIRE(negation == strictness_violation_at(claim, plan.index, point).has_value());
          break;
        default:
          FAIL("unexpected kind");
      }
    }
  }
  return violations;
}

}  // namespace

TEST_CASE("encoder: exact text of a tiny Lemma 5.3 claim", "[smt][encode]") {
  const Claim claim = tiny_linear();
  const auto plans = plan_obligations(claim);
  std::vector<std::string> names;
  for (const auto& p : plans) names.push_back(p.name);
  CHECK(names == std::vector<std::string>{"case-0", "case-0.bound-F0", "case-0.bound-f0", "case-1",
                                          "case-1.bound-F0", "strict-F0", "strict-F0.bound-F0"});

  const ObligationPlan& case0 = plan_named(plans, "case-0");
  CHECK(complete_script(claim, case0, encode_obligation(claim, case0), {ScriptAnswer::Kind::unsat, ""}) ==
        "; quarks proof obligation (negated claim; a model would be a counterexample)\n"
        "; claim: " + claim_id(claim) + ": " + statement(claim) + "\n"
        "; obligation: case-0: x with z = e_0 where some F_j is 0, the input is 0, or B(sign F) != target\n"
        "; expected: unsat\n"
        "(set-info :status unsat)\n"
        "; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting\n"
        "(set-option :produce-unsat-cores true)\n"
        "(set-logic QF_LIA)\n"
        "(declare-fun x0 () Int)\n"
        "(declare-fun F0 () Int)\n"
        "(declare-fun f0 () Int)\n"
        "(assert (<= 0 x0))\n"
        "(assert (<= x0 1))\n"
        "(assert (= F0 (+ 1 (* (- 2) x0))))\n"
        "(assert (<= (- 1) F0))\n"
        "(assert (<= F0 1))\n"
        "(assert (= f0 (+ 1 (* (- 2) x0))))\n"
        "(assert (<= (- 1) f0))\n"
        "(assert (<= f0 1))\n"
        "(assert (or (= F0 0) (= f0 0) (not (= (> F0 0) (> f0 0)))))\n"
        "(check-sat)\n");

  CHECK(encode_obligation(claim, plan_named(plans, "case-1")) ==
        "(declare-fun x0 () Int)\n"
        "(declare-fun F0 () Int)\n"
        "(assert (<= 0 x0))\n"
        "(assert (<= x0 1))\n"
        "(assert (= F0 (+ 3 (* (- 2) x0))))\n"
        "(assert (<= 1 F0))\n"
        "(assert (<= F0 3))\n"
        "(assert (or (= F0 0) (not (> F0 0))))\n");

  const ObligationPlan& bound = plan_named(plans, "case-0.bound-f0");
  CHECK(bound.kind == ObligationPlan::Kind::implied_bound);
  CHECK(bound.parent_name == "case-0");
  CHECK(encode_obligation(claim, bound) ==
        "(declare-fun x0 () Int)\n"
        "(declare-fun f0 () Int)\n"
        "(assert (<= 0 x0))\n"
        "(assert (<= x0 1))\n"
        "(assert (= f0 (+ 1 (* (- 2) x0))))\n"
        "(assert (or (< f0 (- 1)) (> f0 1)))\n");
  const std::string bound_script = complete_script(claim, bound, encode_obligation(claim, bound),
                                                   {ScriptAnswer::Kind::unsat, ""});
  CHECK(bound_script.rfind("; quarks proof obligation (a bound that case-0 asserts, negated; a model would be 0/1 "
                           "values of the monomials where it fails)\n", 0) == 0);
  CHECK(bound_script.find("; obligation: case-0.bound-f0: 0/1 values of the monomials where f0 (defined as in "
                          "case-0) is below -1 or above 1, the bounds case-0 asserts\n") != std::string::npos);

  CHECK(encode_obligation(claim, plan_named(plans, "strict-F0")) ==
        "(declare-fun z1 () Int)\n"
        "(declare-fun x0 () Int)\n"
        "(declare-fun F0 () Int)\n"
        "(assert (<= 0 z1))\n"
        "(assert (<= z1 1))\n"
        "(assert (<= 0 x0))\n"
        "(assert (<= x0 1))\n"
        "(assert (= F0 (+ 1 (* 2 z1) (* (- 2) x0))))\n"
        "(assert (<= (- 1) F0))\n"
        "(assert (<= F0 3))\n"
        "(assert (= F0 0))\n");
}

TEST_CASE("encoder: exact text of a degree-2 gate with its 0/1 indicator", "[smt][encode]") {
  const Claim claim = tiny_quadratic();
  const auto plans = plan_obligations(claim);
  const std::string parent = encode_obligation(claim, plan_named(plans, "strict-F0"));
  CHECK(parent ==
        "(declare-fun z1 () Int)\n"
        "(declare-fun x0 () Int)\n"
        "(declare-fun x1 () Int)\n"
        "(declare-fun m_x0_x1 () Int)\n"
        "(declare-fun F0 () Int)\n"
        "(assert (<= 0 z1))\n"
        "(assert (<= z1 1))\n"
        "(assert (<= 0 x0))\n"
        "(assert (<= x0 1))\n"
        "(assert (<= 0 x1))\n"
        "(assert (<= x1 1))\n"
        "(assert (<= 0 m_x0_x1))\n"
        "(assert (<= m_x0_x1 x0))\n"
        "(assert (<= m_x0_x1 x1))\n"
        "(assert (>= m_x0_x1 (- (+ x0 x1) 1)))\n"
        "(assert (= F0 (+ (- 1) (* 2 z1) (* 2 m_x0_x1))))\n"
        "(assert (<= (- 1) F0))\n"
        "(assert (<= F0 3))\n"
        "(assert (= F0 0))\n");
  // The companion: a subset of the lines (the indicator keeps only m <= x0),
  // then the negated bound.
  CHECK(encode_obligation(claim, plan_named(plans, "strict-F0.bound-F0")) ==
        "(declare-fun z1 () Int)\n"
        "(declare-fun x0 () Int)\n"
        "(declare-fun m_x0_x1 () Int)\n"
        "(declare-fun F0 () Int)\n"
        "(assert (<= 0 z1))\n"
        "(assert (<= z1 1))\n"
        "(assert (<= 0 x0))\n"
        "(assert (<= x0 1))\n"
        "(assert (<= 0 m_x0_x1))\n"
        "(assert (<= m_x0_x1 x0))\n"
        "(assert (= F0 (+ (- 1) (* 2 z1) (* 2 m_x0_x1))))\n"
        "(assert (or (< F0 (- 1)) (> F0 3)))\n");
}

TEST_CASE("encoder: exact text of Lemma 5.1 and 5.2 items", "[smt][encode]") {
  SignVectorClaim s;
  s.items.push_back({BooleanOperator::parse("AND"), 0, 1, {0, 1}});
  const Claim sv = s;
  const auto sv_plans = plan_obligations(sv);
  REQUIRE(sv_plans.size() == 1);
  CHECK(sv_plans[0].name == "items-0-0");
  // The fixed sign z_1 = +1 enters AND's formula as the constant true; the
  // Shannon expansion then merges AND(z_0, true) into z_0.
  CHECK(encode_obligation(sv, sv_plans[0]) ==
        "(declare-fun z0_0 () Bool)\n"
        "(assert (not (= z0_0 z0_0)))\n");
  // A fixed sign that the expansion does not merge stays a constant argument.
  SignVectorClaim s3;
  s3.items.push_back({BooleanOperator::parse("tt:01101001"), 2, -1, {-1, 1, 0}});
  const Claim sv3 = s3;
  CHECK(encode_obligation(sv3, plan_obligations(sv3)[0]) ==
        "(declare-fun z2_0 () Bool)\n"
        "(assert (= " + operator_formula(s3.items[0].op, {"false", "true", "z2_0"}) + " z2_0))\n");

  // k = 2, j = 1, theta = (+1, ., -1): q = 1 - z1 - 2 z2.
  AffineSelectorClaim a;
  a.items.push_back({2, 1, {1, 0, -1}, {BigInt(1), BigInt(-1), BigInt(-2)}});
  const Claim af = a;
  CHECK(encode_obligation(af, plan_obligations(af)[0]) ==
        "(declare-fun z1_0 () Int)\n"
        "(declare-fun z2_0 () Int)\n"
        "(assert (and (<= 0 z1_0) (<= z1_0 1) (<= 0 z2_0) (<= z2_0 1) (<= (+ z1_0 z2_0) 1) "
        "(not (= (+ 1 (* (- 1) z1_0) (* (- 2) z2_0)) (+ 1 (* (- 1) z1_0) (* (- 2) z2_0))))))\n");
}

TEST_CASE("encoder: the operator formula is the operator, for every table of arity <= 3 and some of arity 4",
          "[smt][encode]") {
  std::vector<BooleanOperator> ops;
  for (unsigned arity = 1; arity <= 3; ++arity) {
    for (std::uint64_t table = 0; table < (std::uint64_t{1} << (1U << arity)); ++table) {
      std::vector<bool> rows;
      for (std::uint64_t t = 0; t < (std::uint64_t{1} << arity); ++t) rows.push_back(table >> t & 1U);
      ops.emplace_back(arity, rows);
    }
  }
  SeededRandom rng(17);
  for (int r = 0; r < 200; ++r) {
    std::vector<bool> rows;
    for (int t = 0; t < 16; ++t) rows.push_back(rng.below(2) == 1);
    ops.emplace_back(4, rows);
  }
  for (const auto& op : ops) {
    CAPTURE(op.describe());
    std::vector<std::string> args;
    for (unsigned j = 0; j < op.arity(); ++j) args.push_back("a" + std::to_string(j));
    const std::string formula = operator_formula(op, args);
    for (std::uint64_t t = 0; t < op.rows(); ++t) {
      SmtEnv env;
      for (unsigned j = 0; j < op.arity(); ++j) env[args[j]] = test::bool_value(t >> j & 1U);
      REQUIRE(test::eval_text(formula, env).b == op.row(t));
    }
  }
  // Equal cofactors merged: AND needs no ite and no constant.
  CHECK(operator_formula(BooleanOperator::parse("AND"), {"p", "q"}) == "(and p q)");
  CHECK(operator_formula(BooleanOperator::parse("XOR"), {"p", "q"}) == "(ite p (not q) q)");
  CHECK(operator_formula(BooleanOperator::parse("tt:0000"), {"p", "q"}) == "false");
}

TEST_CASE("encoder: every obligation means the negated claim at every point (no solver)", "[smt][encode]") {
  CHECK(check_meaning(tiny_linear()) == 0);
  CHECK(check_meaning(tiny_quadratic()) == 0);
  SeededRandom rng(31);
  for (const char* name : {"AND", "XOR", "IMPLY", "tt:00010111", "tt:01101001"}) {
    const auto op = BooleanOperator::parse(name);
    const unsigned k = op.arity() - 1;
    const std::uint32_t n = k + 3;
    std::vector<Polynomial> p;
    for (unsigned j = 0; j <= k; ++j) p.push_back(test::odd_polynomial(rng, n - k, 2, 4));
    SelectorClaim good = test::lemma54(op, n, p, std::vector<int>(k + 1, 2));
    CAPTURE(name);
    REQUIRE_FALSE(brute_force_violation(Claim{good}).has_value());
    CHECK(check_meaning(good) == 0);
    // Gate j negated: at e_j the other gates fix B to theta_j sign F_j
    // (Lemma 5.1), so case j now fails at every x.
    for (std::size_t j = 0; j <= k; ++j) {
      SelectorClaim bad = good;
      bad.gates[j] = Polynomial(n);
      bad.gates[j].add_shifted(good.gates[j], 0, -1);
      CHECK(check_meaning(bad) >= (1 << (n - k)));
    }
  }
}

TEST_CASE("encoder: Lemma 5.1/5.2 items mean the negated item at every point (no solver)", "[smt][encode]") {
  SignVectorClaim s;
  for (const char* name : {"AND", "XOR", "NIMPLY", "tt:01101001", "tt:00010111"}) {
    const auto op = BooleanOperator::parse(name);
    for (unsigned i = 0; i < op.arity(); ++i) {
      for (int theta : {-1, 1}) {
        std::vector<int> signs(op.arity(), 1);
        signs[i] = 0;
        if (op.arity() > 1) signs[(i + 1) % op.arity()] = -1;
        s.items.push_back({op, i, theta, signs});  // some valid, some not
      }
    }
  }
  int violations = 0;
  const Claim sv = s;
  for (std::size_t t = 0; t < s.items.size(); ++t) {
    ObligationPlan plan;
    plan.kind = ObligationPlan::Kind::sign_vector_item;
    plan.index = t;
    const auto body = test::parse_body(encode_obligation(sv, plan));
    const auto& item = s.items[t];
    for (int zi : {-1, 1}) {
      SmtEnv env;
      for (unsigned j = 0; j < item.op.arity(); ++j) {
        env[item_variable(j, t)] = test::bool_value(j == item.index ? zi > 0 : item.signs[j] > 0);
      }
      for (std::size_t a = 0; a + 1 < body.assertions.size(); ++a) REQUIRE(test::eval_sexpr(body.assertions[a], env).b);
      const bool v = violation_at(item, zi).has_value();
      REQUIRE(test::eval_sexpr(body.assertions.back(), env).b == v);
      violations += v;
    }
  }
  CHECK(violations > 0);

  AffineSelectorClaim a;
  SeededRandom rng(8);
  for (unsigned k : {1U, 2U, 4U}) {
    for (unsigned j = 0; j <= k; ++j) {
      std::vector<int> sigma(k + 1, 1);
      sigma[j] = 0;
      std::vector<BigInt> c(k + 1);
      for (auto& x : c) x = BigInt(static_cast<long>(rng.below(5)) - 2);
      a.items.push_back({k, j, sigma, c});
    }
  }
  const Claim af = a;
  violations = 0;
  for (std::size_t t = 0; t < a.items.size(); ++t) {
    ObligationPlan plan;
    plan.kind = ObligationPlan::Kind::affine_item;
    plan.index = t;
    const auto body = test::parse_body(encode_obligation(af, plan));
    const auto& item = a.items[t];
    for (unsigned i = 0; i <= item.k; ++i) {
      SmtEnv env;
      for (unsigned l = 1; l <= item.k; ++l) env[item_variable(l, t)] = test::int_value(l == i ? 1 : 0);
      for (std::size_t b = 0; b + 1 < body.assertions.size(); ++b) REQUIRE(test::eval_sexpr(body.assertions[b], env).b);
      const bool v = violation_at(item, i).has_value();
      REQUIRE(test::eval_sexpr(body.assertions.back(), env).b == v);
      violations += v;
    }
    // Off the points e_i (two ones, or a value outside 0/1) the item is
    // false: its ranges are inside its own conjunct.
    for (unsigned l = 1; l <= item.k; ++l) {
      for (int off : {-1, 2}) {
        SmtEnv env;
        for (unsigned m = 1; m <= item.k; ++m) env[item_variable(m, t)] = test::int_value(m == l ? off : 0);
        REQUIRE_FALSE(test::eval_sexpr(body.assertions.back(), env).b);
      }
      if (l >= 2) {
        SmtEnv env;
        for (unsigned m = 1; m <= item.k; ++m) env[item_variable(m, t)] = test::int_value(m == l || m == 1 ? 1 : 0);
        REQUIRE_FALSE(test::eval_sexpr(body.assertions.back(), env).b);
      }
    }
  }
  CHECK(violations > 0);
}

TEST_CASE("encoder: every line of a companion but the last is a line of its parent, and the last negates its bound",
          "[smt][encode]") {
  SeededRandom rng(4);
  const auto op = BooleanOperator::parse("tt:00010111");
  std::vector<Polynomial> p;
  for (int j = 0; j < 3; ++j) p.push_back(test::odd_polynomial(rng, 4, 2, 30));
  const Claim claim = test::lemma54(op, 6, p, {2, 2, 2});
  const auto plans = plan_obligations(claim);
  std::size_t companions = 0;
  for (const auto& plan : plans) {
    if (plan.kind != ObligationPlan::Kind::implied_bound) continue;
    ++companions;
    CAPTURE(plan.name);
    CHECK(plan.name == plan.parent_name + ".bound-" + plan.value);
    const auto parent_lines = lines(encode_obligation(claim, plan_named(plans, plan.parent_name)));
    const auto own = lines(encode_obligation(claim, plan));
    for (std::size_t l = 0; l + 1 < own.size(); ++l) {
      CAPTURE(own[l]);
      CHECK(std::find(parent_lines.begin(), parent_lines.end(), own[l]) != parent_lines.end());
    }
    const DefinedValue v = bound_subject(claim, plan);
    CHECK(own.back() == "(assert (or (< " + v.name + " " + smtlib::integer(v.low) + ") (> " + v.name + " " +
                            smtlib::integer(v.high) + ")))");
    const std::string low = "(assert (<= " + smtlib::integer(v.low) + " " + v.name + "))";
    const std::string high = "(assert (<= " + v.name + " " + smtlib::integer(v.high) + "))";
    CHECK(std::count(parent_lines.begin(), parent_lines.end(), low) == 1);
    CHECK(std::count(parent_lines.begin(), parent_lines.end(), high) == 1);
  }
  // 3 cases with 3 gates and one input each, 3 strictness checks with one gate each.
  CHECK(companions == 3 * 4 + 3);
  CHECK(plans.size() == 3 + 3 + companions);
}

TEST_CASE("encoder: dense selector claims mean the negated claim at every point (no solver)",
          "[smt][encode][dense-selectors]") {
  // Parity of 4 (r = 2, every code used) and AND of 5 (r = 3, codes 5..7 unused).
  for (const std::string& name : {std::string("tt:0110100110010110"), "tt:" + std::string(31, '0') + "1"}) {
    const auto op = BooleanOperator::parse(name);
    const std::uint32_t r = dense_selector_bits(op.arity()), n = r + 2;
    Witness w = random_composition_witness(op, n, std::vector<int>(op.arity(), 1), 5, 6, SelectorEncoding::dense);
    const SelectorClaim good = std::get<SelectorClaim>(w.claim);
    CAPTURE(name);
    REQUIRE(good.k == r);
    REQUIRE_FALSE(brute_force_violation(Claim{good}).has_value());
    CHECK(check_meaning(good) == 0);
    const auto plans = plan_obligations(Claim{good});
    CHECK(plans.front().name == "case-0");
    CHECK(plans.front().meaning.find("z = c_0 = code 0") != std::string::npos);
    // Codes 0 and 1 exchanged: case 0 now reads F at code 1.
    SelectorClaim swapped = good;
    std::swap(swapped.codes[0], swapped.codes[1]);
    check_meaning(swapped);  // REQUIREs the text's meaning to equal the reference's at every point
  }
}

TEST_CASE("encoder: the cubes of a split obligation cover it, and each means the negated claim on its cube (no solver)",
          "[smt][encode][cube]") {
  // XOR, degree 2, exact minimal M (n - k = 5 <= 24), split down to 2 free
  // variables per query: F = +-M + p(x) has a box interval around 0 there.
  Witness w = random_composition_witness(BooleanOperator::parse("XOR"), 6, {2, 2}, 3, 6);
  const SelectorClaim good = std::get<SelectorClaim>(w.claim);
  REQUIRE_FALSE(brute_force_violation(Claim{good}).has_value());
  const auto plans = plan_obligations(Claim{good}, 2);
  std::map<std::string, std::set<std::vector<bool>>> cubes;  // obligation -> the assignments of its cubes
  std::map<std::string, std::vector<std::uint32_t>> split_on;
  for (const auto& plan : plans) {
    if (plan.kind == ObligationPlan::Kind::implied_bound || plan.fixed.empty()) continue;
    const std::string base = plan.name.substr(0, plan.name.find(".cube-"));
    std::vector<std::uint32_t> vars;
    std::vector<bool> values;
    for (const auto& f : plan.fixed) vars.push_back(f.variable), values.push_back(f.value);
    if (split_on.count(base)) CHECK(split_on[base] == vars);
    split_on[base] = vars;
    CHECK(cubes[base].insert(values).second);
  }
  REQUIRE(cubes.size() >= 2);  // some case and some strictness obligation are split
  // Each cube's values equal the unsplit obligation's at every point of the
  // cube (its fixed variables at their values), not only in sign.
  std::size_t compared = 0;
  for (const auto& plan : plans) {
    if (plan.kind == ObligationPlan::Kind::implied_bound || plan.fixed.empty()) continue;
    CAPTURE(plan.name);
    const auto whole = defined_values(good, plan.kind, plan.index);
    const auto cube = defined_values(good, plan.kind, plan.index, plan.fixed);
    REQUIRE(whole.size() == cube.size());
    for (std::size_t v = 0; v < whole.size(); ++v) {
      CHECK(cube[v].name == whole[v].name);
      const std::uint32_t vars = whole[v].polynomial.num_variables(), offset = whole[v].offset;
      for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << vars); ++mask) {
        CubePoint point = point_from_mask(mask, vars);
        bool in_cube = true;
        for (const auto& f : plan.fixed) {
          if (f.variable >= offset && f.variable - offset < vars) in_cube &= (point[f.variable - offset] != 0) == f.value;
        }
        if (!in_cube) continue;
        CHECK(cube[v].polynomial.evaluate(point) == whole[v].polynomial.evaluate(point));
        ++compared;
      }
    }
  }
  CHECK(compared > 0);
  for (const auto& [base, set] : cubes) {
    CAPTURE(base);
    CHECK(set.size() == (std::size_t{1} << split_on[base].size()));
  }
  std::map<std::string, std::uint64_t> covered;
  CHECK(check_meaning(good, 2, &covered) == 0);
  for (const auto& [base, count] : covered) {
    CAPTURE(base);
    CHECK(count == (std::uint64_t{1} << (base.rfind("case-", 0) == 0 ? good.n - good.k : good.n)));
  }
  // A corrupted gate (its constant moved until the claim fails somewhere):
  // the split text still means the negated claim at every point.
  SelectorClaim bad = good;
  for (int delta : {-1, 1, -2, 2, -3, 3}) {
    bad = good;
    bad.gates[0].add_shifted(Polynomial::from_terms(good.n, {{{}, BigInt(delta)}}), 0, 1);
    if (brute_force_violation(Claim{bad})) break;
  }
  REQUIRE(brute_force_violation(Claim{bad}).has_value());
  CHECK(check_meaning(bad, 2) > 0);
  // The default limit (kCubeFreeVariables) leaves a claim this small unsplit.
  for (const auto& plan : plan_obligations(Claim{good})) CHECK(plan.fixed.empty());
}
