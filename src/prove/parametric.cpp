#include "prove/parametric.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>

#include "claim/reference.h"
#include "core/error.h"
#include "core/polynomial.h"
#include "smt/smtlib_writer.h"
#include "smt/solver.h"
#include "witness/affine_selector.h"
#include "witness/sign_vectors.h"

namespace quarks::prove {

namespace {

using namespace smt::smtlib;

constexpr unsigned kDegree = 2;  // Lemmas 5.3/5.4: every p of degree <= 2 (covers d = 1)

// Lemma 5.4 is proved for the 10 irreducible binary B and 3-input majority.
struct OperatorEntry {
  const char* id;    // the claim id's suffix
  const char* spec;  // BooleanOperator::parse text
};
constexpr OperatorEntry kSimultaneousOperators[] = {
    {"AND", "AND"},       {"OR", "OR"},           {"XOR", "XOR"},   {"NAND", "NAND"},
    {"NOR", "NOR"},       {"XNOR", "XNOR"},       {"IMPLY", "IMPLY"}, {"NIMPLY", "NIMPLY"},
    {"CIMPLY", "CIMPLY"}, {"CNIMPLY", "CNIMPLY"}, {"MAJ3", "tt:00010111"}};

// Largest sizes: Lemma 5.2's obligations grow as k^2 (k+1 coefficients, each an
// ite over j), those of Lemmas 5.3 and 5.4 with the 2^(n-k) cube points, the
// identities linearly in the synapses.
constexpr unsigned kMaxSelectorSize = 64, kMaxMultiplexingSize = 8, kMaxSimultaneousSize = 6, kMaxSynapses = 1024;

std::vector<ParametricClaim> make_claims() {
  std::vector<ParametricClaim> c;
  c.push_back({.id = "lemma-5.2",
               .paper = "Lemma 5.2, Eq. 5.4 (corrected Eq. 5.5)",
               .construction = Construction::corrected_selector,
               .size = SizeParameter::k,
               .statement = "for every j in 0..k and every theta in {-1,1}^(k+1): the corrected selector q has "
                            "q(e_j) = 0 and q(e_i) = theta_i (i != j)",
               .max_size = kMaxSelectorSize,
               .golden_up_to = 2,
               .expected = Expectation::proved,
               .op = std::nullopt});
  c.push_back({.id = "lemma-5.2-paper",
               .paper = "Lemma 5.2, Eq. 5.5 as printed",
               .construction = Construction::printed_selector,
               .size = SizeParameter::k,
               .statement = "Eq. 5.5 as printed fails for some j, theta (sat; the countermodel has j = 0) and holds "
                            "for every j >= 1 and every theta (unsat)",
               .max_size = kMaxSelectorSize,
               .golden_up_to = 2,
               .expected = Expectation::refuted,
               .op = std::nullopt});
  for (unsigned k : {1U, 2U}) {
    c.push_back({.id = "lemma-5.3-k" + std::to_string(k),
                 .paper = "Lemma 5.3, Eqs. 5.6-5.8",
                 .construction = Construction::multiplexing,
                 .size = SizeParameter::free_variables,
                 .statement = "k = " + std::to_string(k) +
                              ": for every integer p of degree <= 2 in n-k variables that is nonzero on the cube, "
                              "every M > |p(x)| (all x), every j, theta, theta_i: F = sign(M q(z) + theta p(x)) "
                              "meets Eq. 5.6",
                 .max_size = kMaxMultiplexingSize,
                 .golden_up_to = k == 1 ? 2U : 1U,
                 .expected = Expectation::proved,
                 .selector_variables = k,
                 .op = std::nullopt});
  }
  for (const OperatorEntry& op : kSimultaneousOperators) {
    c.push_back({.id = std::string("lemma-5.4-") + op.id,
                 .paper = "Lemma 5.4, Eq. 5.9",
                 .construction = Construction::simultaneous,
                 .size = SizeParameter::free_variables,
                 .statement = std::string("B = ") + op.id +
                              ": for all integer p_0..p_k of degree <= 2 in n-k variables, nonzero on the cube, and "
                              "all M_j > |p_j(x)|: B(F_0..F_k)(e_i + x) = sign p_i(x), every F_j nonzero there",
                 .max_size = kMaxSimultaneousSize,
                 .golden_up_to = 1,
                 .expected = Expectation::proved,
                 .selector_variables = 0,
                 .op = BooleanOperator::parse(op.spec)});
  }
  c.push_back({.id = "taxonomy-activation-gating",
               .paper = "Sec. 2 (activation gating)",
               .construction = Construction::activation_gating,
               .size = SizeParameter::synapses,
               .statement = "over the reals: g * sum_i w_i O_i = sum_i (g w_i) O_i (gating the activation = gating "
                            "every incoming synapse)",
               .max_size = kMaxSynapses,
               .golden_up_to = 2,
               .expected = Expectation::proved,
               .op = std::nullopt});
  c.push_back({.id = "taxonomy-output-gating",
               .paper = "Sec. 2, Fig. 2",
               .construction = Construction::output_gating,
               .size = SizeParameter::synapses,
               .statement = "over the reals: sum_i w_i (O_i g_i) = sum_i (w_i g_i) O_i (output gating of each source "
                            "and synaptic gating of each synapse deliver the same w_ki O_i O_j)",
               .max_size = kMaxSynapses,
               .golden_up_to = 2,
               .expected = Expectation::proved,
               .op = std::nullopt});
  return c;
}

std::string neg(const std::string& t) { return "(- " + t + ")"; }
std::string pm1(const std::string& v) { return or_({eq(v, integer(BigInt(-1))), eq(v, "1")}); }

BigInt model_int(const std::map<std::string, std::string>& model, const std::string& name) {
  auto it = model.find(name);
  if (it == model.end()) return BigInt(0);  // unconstrained by the model: any value, 0 is one
  std::string text = it->second;
  if (text.rfind("(- ", 0) == 0 && text.back() == ')') text = "-" + text.substr(3, text.size() - 4);
  return parse_bigint(text, "model value of " + name);
}
int model_sign(const std::map<std::string, std::string>& model, const std::string& name) {
  return model_int(model, name) > 0 ? 1 : -1;  // asserted to be +-1
}

// ---- the selector of Lemma 5.2 as a template linear in theta --------------
// Coefficient l of q for index j: a list of (factor, i): sum of factor * theta_i.
using LinearForm = std::vector<std::pair<int, unsigned>>;
std::vector<LinearForm> selector_template(unsigned k, unsigned j, bool paper) {
  std::vector<LinearForm> q(k + 1);
  if (j == 0 && !paper) {
    for (unsigned l = 1; l <= k; ++l) q[l] = {{1, l}};
    return q;
  }
  // Eq. 5.5: theta_0 - theta_0 z_j + sum_{i != j} (theta_i - theta_0) z_i; for
  // j = 0 (paper) theta_0 is a free sign and z_0 the constant 0 coordinate.
  q[0] = {{1, 0}};
  for (unsigned l = 1; l <= k; ++l) q[l] = l == j ? LinearForm{{-1, 0}} : LinearForm{{1, l}, {-1, 0}};
  return q;
}
std::string render(const LinearForm& form, const std::function<std::string(unsigned)>& name) {
  std::vector<std::string> terms;
  for (auto [f, i] : form) terms.push_back(f > 0 ? name(i) : neg(name(i)));
  return sum(terms);
}
// (ite (= j 0) e0 (ite (= j 1) e1 ... ek)): coefficient l for the symbolic j.
std::string by_j(unsigned k, const std::function<std::string(unsigned)>& expr_for_j) {
  std::string t = expr_for_j(k);
  for (unsigned c = k; c-- > 0;) t = ite(eq("j", std::to_string(c)), expr_for_j(c), t);
  return t;
}

// ---- script assembly -------------------------------------------------------
struct Query {
  std::string name;
  smt::Logic logic = smt::Logic::qf_lia;
  std::string body;        // declarations and assertions
  std::string negated;     // one line: what a model would be
  bool expect_sat = false; // the answer the claim expects (Eq. 5.5 as printed: sat where it fails)
  // sat: returns the confirmed violation, or nullopt if the reference does not confirm it.
  std::function<std::optional<std::string>(const std::map<std::string, std::string>&)> confirm;
};

std::string script(const ParametricClaim& claim, unsigned size, const Query& q, bool sat, const std::string& why) {
  std::string s = comment("quarks prove " + claim.id + " (" + claim.paper + "), " + to_string(claim.size) + " = " +
                          std::to_string(size) + ", obligation " + q.name);
  s += comment("claim: " + claim.statement);
  s += comment("negated (a model would be a counterexample): " + q.negated);
  s += comment(std::string("expected: ") + (sat ? "sat" : "unsat"));
  if (sat) s += comment("why sat: " + why);
  s += std::string("(set-info :status ") + (sat ? "sat" : "unsat") + ")\n";
  if (q.logic == smt::Logic::qf_lia) {
    s += comment("produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting");
    s += "(set-option :produce-unsat-cores true)\n";
  }
  s += "(set-logic " + smt::to_string(q.logic) + ")\n" + q.body + "(check-sat)\n";
  return s;
}

// ---- Lemma 5.2 -------------------------------------------------------------
void selector_declarations(SmtLibWriter& out, unsigned k) {
  out.declare_int("j");
  for (unsigned i = 0; i <= k; ++i) out.declare_int("t" + std::to_string(i));
  for (unsigned l = 0; l <= k; ++l) out.declare_int("q" + std::to_string(l));
  out.add_assertion(and_({le("0", "j"), le("j", std::to_string(k))}));
  for (unsigned i = 0; i <= k; ++i) out.add_assertion(pm1("t" + std::to_string(i)));
}

std::optional<std::string> confirm_selector(unsigned k, bool paper, const std::map<std::string, std::string>& model) {
  const unsigned j = static_cast<unsigned>(model_int(model, "j"));
  if (j > k) return std::nullopt;
  std::vector<int> signs(k + 1, 0);
  for (unsigned i = 0; i <= k; ++i) signs[i] = i == j ? 0 : model_sign(model, "t" + std::to_string(i));
  const int theta0 = model_sign(model, "t0");
  // The formula transcribed directly (any k); for k <= 8 it must equal src/witness's.
  AffineSelectorItem item{k, j, signs, std::vector<BigInt>(k + 1, 0)};
  const auto form = selector_template(k, j, paper);
  for (unsigned l = 0; l <= k; ++l) {
    for (auto [f, i] : form[l]) item.coefficients[l] += f * (i == j ? theta0 : signs[i]);
  }
  if (k <= kMaxSelectorVariables) {
    const auto w = paper ? paper_selector(k, j, signs, theta0) : corrected_selector(k, j, signs);
    if (w != item.coefficients) return std::nullopt;
  }
  for (unsigned i = 0; i <= k; ++i) {
    if (auto v = violation_at(item, i)) {
      std::string thetas;
      for (unsigned t = 0; t <= k; ++t) {
        if (t == j && !(paper && j == 0 && t == 0)) continue;
        thetas += ", theta_" + std::to_string(t) + " = " + (model_sign(model, "t" + std::to_string(t)) > 0 ? "+1" : "-1");
      }
      return "j = " + std::to_string(j) + thetas + ": " + *v;
    }
  }
  return std::nullopt;
}

std::vector<Query> lemma_5_2(unsigned k, bool paper) {
  SmtLibWriter out;
  selector_declarations(out, k);
  for (unsigned l = 0; l <= k; ++l) {
    out.add_assertion(eq("q" + std::to_string(l), by_j(k, [&](unsigned c) {
                           return render(selector_template(k, c, paper)[l], [](unsigned i) { return "t" + std::to_string(i); });
                         })));
  }
  std::vector<std::string> bad;
  for (unsigned i = 0; i <= k; ++i) {
    const std::string qe = i == 0 ? "q0" : sum({"q0", "q" + std::to_string(i)});
    bad.push_back(ite(eq("j", std::to_string(i)), not_(eq(qe, "0")), not_(eq(qe, "t" + std::to_string(i)))));
  }
  const std::string base = out.str();
  auto make = [&](const std::string& name, const std::string& extra, bool sat) {
    Query q;
    q.name = name;
    q.body = base + extra + "(assert " + or_(bad) + ")\n";
    q.negated = std::string("j, theta_0..theta_k in {-1,1}") + (extra.empty() ? "" : " with j >= 1") +
                " and some i with q(e_i) != (0 if i = j else theta_i)";
    q.expect_sat = sat;
    q.confirm = [k, paper](const auto& m) { return confirm_selector(k, paper, m); };
    return q;
  };
  if (!paper) return {make("all", "", false)};
  return {make("all", "", true), make("j-ge-1", "(assert " + le("1", "j") + ")\n", false)};
}

// ---- Lemmas 5.3 and 5.4: symbolic polynomials -------------------------------
std::vector<Monomial> monomials(unsigned m, unsigned d) {
  std::vector<Monomial> all;
  for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << m); ++mask) {
    Monomial mon;
    for (unsigned v = 0; v < m; ++v) {
      if ((mask >> v) & 1U) mon.push_back(v);
    }
    if (mon.size() <= d) all.push_back(mon);
  }
  std::stable_sort(all.begin(), all.end(), [](const Monomial& a, const Monomial& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  return all;
}
std::string coefficient_name(const std::string& prefix, const Monomial& mon) {
  std::string s = prefix + "c";
  for (auto v : mon) s += "_" + std::to_string(v);
  return s;
}

// Declares p's coefficients, P<x> = p(x) at each cube point, strictness and
// the bound hypothesis |p(x)| < M (or <= for the mutation). Names get `prefix`.
void symbolic_polynomial(SmtLibWriter& out, const std::string& prefix, unsigned m, const std::string& mult,
                         Mutation mutation) {
  const auto mons = monomials(m, kDegree);
  for (const auto& mon : mons) out.declare_int(coefficient_name(prefix, mon));
  for (std::uint64_t x = 0; x < (std::uint64_t{1} << m); ++x) out.declare_int(prefix + "P" + std::to_string(x));
  for (std::uint64_t x = 0; x < (std::uint64_t{1} << m); ++x) {
    std::vector<std::string> terms;
    for (const auto& mon : mons) {
      if (std::all_of(mon.begin(), mon.end(), [&](unsigned v) { return (x >> v) & 1U; })) {
        terms.push_back(coefficient_name(prefix, mon));
      }
    }
    const std::string P = prefix + "P" + std::to_string(x);
    out.add_assertion(eq(P, sum(terms)));
    out.add_assertion(not_(eq(P, "0")));
    if (mutation == Mutation::nonstrict_m) {
      out.add_assertion(le(P, mult));
      out.add_assertion(le(neg(mult), P));
    } else {
      out.add_assertion(lt(P, mult));
      out.add_assertion(lt(neg(mult), P));
    }
  }
}

Polynomial model_polynomial(const std::map<std::string, std::string>& model, const std::string& prefix, unsigned m) {
  std::vector<Term> terms;
  for (const auto& mon : monomials(m, kDegree)) terms.push_back({mon, model_int(model, coefficient_name(prefix, mon))});
  return Polynomial::from_terms(m, std::move(terms));
}

// The reference re-evaluates a model: its hypotheses hold exactly (with the
// mutation's version of the M bound), and the claim of quarks' reference is violated.
std::optional<std::string> check_hypotheses(const Polynomial& p, const BigInt& M, Mutation mutation,
                                            const std::string& name) {
  for (std::uint64_t x = 0; x < (std::uint64_t{1} << p.num_variables()); ++x) {
    const BigInt v = p.evaluate(point_from_mask(x, p.num_variables()));
    const BigInt a = v < 0 ? BigInt(-v) : v;
    if (v == 0 || (mutation == Mutation::nonstrict_m ? a > M : a >= M)) return name + " fails a hypothesis";
  }
  return std::nullopt;
}

std::string polynomial_text(const Polynomial& p) {
  std::string s;
  for (const auto& t : p.terms()) {
    s += (s.empty() ? "" : " + ") + quarks::to_string(t.coefficient);
    for (auto v : t.monomial) s += "*x" + std::to_string(v);
  }
  return s.empty() ? "0" : s;
}

// Gate M q(z) + theta p(x) over k + m variables (z first), as extension.cpp builds it.
Polynomial gate(const Polynomial& p, unsigned k, const std::vector<BigInt>& q, const BigInt& M, int theta) {
  std::vector<Term> terms{{{}, M * q[0]}};
  for (std::uint32_t l = 1; l <= k; ++l) terms.push_back({{l - 1}, M * q[l]});
  Polynomial g = Polynomial::from_terms(k + p.num_variables(), std::move(terms));
  g.add_shifted(p, k, BigInt(theta));
  return g;
}

std::vector<Query> lemma_5_3(unsigned k, unsigned m, Mutation mutation) {
  SmtLibWriter out;
  out.declare_int("j");
  out.declare_int("M");
  out.declare_int("theta");
  for (unsigned i = 0; i <= k; ++i) out.declare_int("t" + std::to_string(i));
  for (unsigned l = 0; l <= k; ++l) out.declare_int("g" + std::to_string(l));
  out.add_assertion(and_({le("0", "j"), le("j", std::to_string(k))}));
  out.add_assertion(pm1("theta"));
  for (unsigned i = 0; i <= k; ++i) out.add_assertion(pm1("t" + std::to_string(i)));
  symbolic_polynomial(out, "", m, "M", mutation);
  // g_l = M q_l: q_l is linear and homogeneous in theta, so M q_l is the same
  // form in M theta_i = (ite (= t_i 1) M (- M)); exact, since t_i is +-1.
  auto Mt = [](unsigned i) { return ite(eq("t" + std::to_string(i), "1"), "M", neg("M")); };
  for (unsigned l = 0; l <= k; ++l) {
    out.add_assertion(eq("g" + std::to_string(l),
                         by_j(k, [&](unsigned c) { return render(selector_template(k, c, false)[l], Mt); })));
  }
  const std::string base = out.str();
  const std::string theta_is_1 = mutation == Mutation::flipped_theta ? "(= theta (- 1))" : "(= theta 1)";
  std::vector<Query> queries;
  for (unsigned i = 0; i <= k; ++i) {
    std::vector<std::string> bad;
    for (std::uint64_t x = 0; x < (std::uint64_t{1} << m); ++x) {
      const std::string P = "P" + std::to_string(x);
      const std::string A = sum({i == 0 ? "g0" : sum({"g0", "g" + std::to_string(i)}), ite(theta_is_1, P, neg(P))});
      // target +1: i = j and theta sign(p(x)) = +1, or i != j and theta_i = +1
      const std::string plus = ite(eq("j", std::to_string(i)), eq("(= theta 1)", gt(P, "0")), eq("t" + std::to_string(i), "1"));
      bad.push_back(not_(ite(plus, gt(A, "0"), lt(A, "0"))));
    }
    Query q;
    q.name = "case-" + std::to_string(i);
    q.body = base + "(assert " + or_(bad) + ")\n";
    q.negated = "p, M, j, theta, theta_i and a point x where F(e_" + std::to_string(i) +
                " + x) is 0 or differs from theta f(x) (i = j) or theta_" + std::to_string(i) + " (i != j)";
    q.confirm = [k, m, i, mutation](const std::map<std::string, std::string>& model) -> std::optional<std::string> {
      const unsigned j = static_cast<unsigned>(model_int(model, "j"));
      if (j > k) return std::nullopt;
      const int theta = model_sign(model, "theta");
      std::vector<int> signs(k + 1, 0);
      for (unsigned t = 0; t <= k; ++t) signs[t] = t == j ? 0 : model_sign(model, "t" + std::to_string(t));
      const Polynomial p = model_polynomial(model, "", m);
      const BigInt M = model_int(model, "M");
      if (check_hypotheses(p, M, mutation, "p")) return std::nullopt;
      SelectorClaim claim;
      claim.lemma = SelectorLemma::lemma_5_3;
      claim.n = k + m;
      claim.k = k;
      claim.combine = BooleanOperator::parse("tt:01");
      claim.gates = {gate(p, k, corrected_selector(k, j, signs), M,
                          mutation == Mutation::flipped_theta ? -theta : theta)};
      claim.degree_bounds = {static_cast<int>(kDegree)};
      claim.inputs = {p};
      for (unsigned c = 0; c <= k; ++c) {
        claim.cases.push_back(c == j ? SelectorTarget{SelectorTarget::Kind::input, theta, 0}
                                     : SelectorTarget{SelectorTarget::Kind::constant, signs[c], 0});
      }
      for (std::uint64_t x = 0; x < (std::uint64_t{1} << m); ++x) {
        if (auto v = case_violation_at(claim, i, point_from_mask(x, m))) {
          return "p = " + polynomial_text(p) + ", M = " + quarks::to_string(M) + ", j = " + std::to_string(j) +
                 ", theta = " + std::to_string(theta) + ": " + *v;
        }
      }
      return std::nullopt;
    };
    queries.push_back(std::move(q));
  }
  return queries;
}

std::vector<Query> lemma_5_4(const BooleanOperator& op, unsigned m, Mutation mutation) {
  const unsigned arity = op.arity(), k = arity - 1;
  struct GateData {
    int theta;
    std::vector<int> signs;
    std::vector<BigInt> q;
  };
  std::vector<SignVectorItem> l51;
  for (unsigned i = 0; i < arity; ++i) l51.push_back(sign_vector(op, i));
  std::vector<GateData> gates;
  for (unsigned j = 0; j < arity; ++j) {
    GateData g;
    g.theta = l51[j].theta;
    g.signs.assign(arity, 0);
    for (unsigned i = 0; i < arity; ++i) {
      if (i != j) g.signs[i] = l51[i].signs[j];
    }
    g.q = corrected_selector(k, j, g.signs);
    gates.push_back(std::move(g));
  }
  SmtLibWriter out;
  for (unsigned j = 0; j < arity; ++j) out.declare_int("M" + std::to_string(j));
  for (unsigned j = 0; j < arity; ++j) symbolic_polynomial(out, "f" + std::to_string(j), m, "M" + std::to_string(j), mutation);
  const std::string base = out.str();
  std::vector<Query> queries;
  for (unsigned i = 0; i < arity; ++i) {
    std::vector<std::string> bad;
    for (std::uint64_t x = 0; x < (std::uint64_t{1} << m); ++x) {
      std::vector<std::string> positive, zero;
      for (unsigned j = 0; j < arity; ++j) {
        const BigInt qe = gates[j].q[0] + (i == 0 ? BigInt(0) : gates[j].q[i]);
        const std::string P = "f" + std::to_string(j) + "P" + std::to_string(x);
        const int theta = mutation == Mutation::flipped_theta ? -gates[j].theta : gates[j].theta;
        const std::string A = sum({product(qe, "M" + std::to_string(j)), theta > 0 ? P : neg(P)});
        positive.push_back(gt(A, "0"));
        zero.push_back(eq(A, "0"));
      }
      std::vector<std::string> rows;  // B(sign F) = +1: one minterm per true row
      for (std::uint64_t t = 0; t < op.rows(); ++t) {
        if (!op.row(t)) continue;
        std::vector<std::string> lits;
        for (unsigned j = 0; j < arity; ++j) lits.push_back((t >> j) & 1U ? positive[j] : not_(positive[j]));
        rows.push_back(and_(lits));
      }
      const std::string target = gt("f" + std::to_string(i) + "P" + std::to_string(x), "0");
      bad.push_back(or_({or_(zero), not_(eq(or_(rows), target))}));
    }
    Query q;
    q.name = "case-" + std::to_string(i);
    q.body = base + "(assert " + or_(bad) + ")\n";
    q.negated = "p_0..p_k, M_0..M_k and a point x where some F_j(e_" + std::to_string(i) +
                " + x) is 0 or B(sign F) differs from sign p_" + std::to_string(i) + "(x)";
    q.confirm = [op, k, m, i, mutation, gates](const std::map<std::string, std::string>& model)
        -> std::optional<std::string> {
      SelectorClaim claim;
      claim.lemma = SelectorLemma::lemma_5_4;
      claim.n = k + m;
      claim.k = k;
      claim.combine = op;
      std::string text;
      for (unsigned j = 0; j <= k; ++j) {
        const Polynomial p = model_polynomial(model, "f" + std::to_string(j), m);
        const BigInt M = model_int(model, "M" + std::to_string(j));
        if (check_hypotheses(p, M, mutation, "p_" + std::to_string(j))) return std::nullopt;
        const int theta = mutation == Mutation::flipped_theta ? -gates[j].theta : gates[j].theta;
        claim.gates.push_back(gate(p, k, gates[j].q, M, theta));
        claim.inputs.push_back(p);
        claim.degree_bounds.push_back(static_cast<int>(kDegree));
        claim.cases.push_back({SelectorTarget::Kind::input, 1, j});
        text += (j ? ", " : "") + std::string("p_") + std::to_string(j) + " = " + polynomial_text(p) + ", M_" +
                std::to_string(j) + " = " + quarks::to_string(M);
      }
      for (std::uint64_t x = 0; x < (std::uint64_t{1} << m); ++x) {
        if (auto v = case_violation_at(claim, i, point_from_mask(x, m))) return text + ": " + *v;
      }
      return std::nullopt;
    };
    queries.push_back(std::move(q));
  }
  return queries;
}

// ---- Section 2 identities over the reals ------------------------------------
std::vector<Query> taxonomy(bool activation, unsigned n) {
  std::string body;
  auto real = [&](const std::string& name) { body += "(declare-fun " + name + " () Real)\n"; };
  if (activation) real("g");
  for (unsigned i = 0; i < n; ++i) {
    real("w" + std::to_string(i));
    real("o" + std::to_string(i));
    if (!activation) real("g" + std::to_string(i));
  }
  std::vector<std::string> lhs, rhs;
  for (unsigned i = 0; i < n; ++i) {
    const std::string w = "w" + std::to_string(i), o = "o" + std::to_string(i), g = activation ? "g" : "g" + std::to_string(i);
    if (activation) {
      lhs.push_back("(* " + w + " " + o + ")");
    } else {
      lhs.push_back("(* " + w + " (* " + o + " " + g + "))");  // output gating: w_ki (O_i O_j)
    }
    rhs.push_back("(* (* " + w + " " + g + ") " + o + ")");  // synaptic gating: (w_ki O_j) O_i
  }
  const std::string left = activation ? "(* g " + sum(lhs) + ")" : sum(lhs);
  body += "(assert " + not_(eq(left, sum(rhs))) + ")\n";
  Query q;
  q.name = "identity";
  q.logic = smt::Logic::qf_nra;
  q.body = body;
  q.negated = activation ? "reals g, w_i, O_i with g * sum w_i O_i != sum (g w_i) O_i"
                         : "reals w_i, O_i, g_i with sum w_i (O_i g_i) != sum (w_i g_i) O_i";
  q.confirm = [](const auto&) { return std::nullopt; };  // real models are never reported
  return {q};
}

std::vector<Query> queries_for(const ParametricClaim& claim, unsigned size, Mutation mutation) {
  const bool mutable_claim =
      claim.construction == Construction::multiplexing || claim.construction == Construction::simultaneous;
  if (mutation != Mutation::none && !mutable_claim) throw InputError("mutations apply only to Lemmas 5.3 and 5.4");
  switch (claim.construction) {
    case Construction::corrected_selector: return lemma_5_2(size, false);
    case Construction::printed_selector: return lemma_5_2(size, true);
    case Construction::multiplexing: return lemma_5_3(claim.selector_variables, size, mutation);
    case Construction::simultaneous: return lemma_5_4(*claim.op, size, mutation);
    case Construction::activation_gating: return taxonomy(true, size);
    case Construction::output_gating: return taxonomy(false, size);
  }
  throw std::logic_error("parametric claim '" + claim.id + "' has no construction");
}

}  // namespace

std::string to_string(SizeParameter size) {
  switch (size) {
    case SizeParameter::k: return "k";
    case SizeParameter::free_variables: return "n-k";
    case SizeParameter::synapses: return "synapses";
  }
  return "k";
}

std::string file_tag(SizeParameter size) {
  switch (size) {
    case SizeParameter::k: return "k";
    case SizeParameter::free_variables: return "m";
    case SizeParameter::synapses: return "n";
  }
  return "k";
}

std::string to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::proved: return "proved";
    case Outcome::refuted: return "refuted";
    case Outcome::undecided: return "undecided";
    case Outcome::disagreement: return "disagreement";
  }
  return "undecided";
}

const std::vector<ParametricClaim>& parametric_claims() {
  static const std::vector<ParametricClaim> claims = make_claims();
  return claims;
}

const ParametricClaim& find_parametric_claim(const std::string& id) {
  for (const auto& c : parametric_claims()) {
    if (c.id == id) return c;
  }
  throw InputError("unknown claim '" + id + "' (quarks prove --list)");
}

namespace {
Verdict undecided_verdict(smt::SolveStatus status) {
  switch (status) {
    case smt::SolveStatus::timeout: return Verdict::timeout;
    case smt::SolveStatus::unknown: return Verdict::unknown;
    default: return Verdict::error;
  }
}
}  // namespace

SizeResult prove_size(const ParametricClaim& claim, unsigned size, const ProveOptions& options) {
  if (size < 1 || size > claim.max_size) {
    throw InputError(claim.id + ": " + to_string(claim.size) + " must be in 1.." + std::to_string(claim.max_size));
  }
  if (!(options.timeout_seconds > 0)) throw InputError("timeout must be positive");
  SizeResult result;
  result.size = size;
  result.outcome = Outcome::proved;
  result.verdict = Verdict::verified;
  auto settle = [&result](Outcome outcome, Verdict verdict, std::string detail) {
    result.outcome = outcome;
    result.verdict = verdict;
    result.detail = std::move(detail);
  };
  const auto queries = queries_for(claim, size, options.mutation);
  const auto start = std::chrono::steady_clock::now();
  for (const Query& q : queries) {
    const double used = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double left = options.timeout_seconds - used;
    if (left <= 0) {
      settle(Outcome::undecided, Verdict::timeout, q.name + ": timeout (budget used up)");
      break;
    }
    smt::SolverSettings settings;
    settings.timeout_ms = static_cast<unsigned>(left * 1000);
    settings.random_seed = options.random_seed;
    const smt::SolveResult r = smt::solve_smt2_in_logic(q.logic, q.body, settings);
    ParametricObligation ob;
    ob.name = q.name;
    ob.file = claim.id + "-" + file_tag(claim.size) + std::to_string(size) + "." + q.name + ".smt2";
    ob.expected_sat = q.expect_sat;
    ob.seconds = r.seconds;
    if (r.status == smt::SolveStatus::unsat) {
      ob.smt2 = script(claim, size, q, false, "");
      if (q.expect_sat && result.verdict == Verdict::verified) {
        result.verdict = Verdict::refuted;
        result.detail = q.name + ": unsat, where the claim expects a counterexample";
      }
      result.obligations.push_back(std::move(ob));
      continue;
    }
    if (r.status == smt::SolveStatus::sat) {
      std::optional<std::string> why;
      std::string failure;
      try {
        why = q.confirm(r.model);
      } catch (const std::exception& e) {
        failure = e.what();
      }
      if (!why) {
        settle(Outcome::disagreement, Verdict::disagreement,
               q.name + ": z3's model is not a counterexample by the reference (a bug in quarks)" +
                   (failure.empty() ? "" : ": " + failure));
        break;
      }
      ob.sat = true;
      ob.why_sat = *why;
      ob.smt2 = script(claim, size, q, true, *why);
      if (result.outcome == Outcome::proved) result.outcome = Outcome::refuted;
      if (!q.expect_sat && result.verdict == Verdict::verified) {
        result.verdict = Verdict::refuted;
        result.detail = q.name + ": " + *why;
      } else if (result.detail.empty()) {
        result.detail = q.name + ": " + *why;
      }
      result.obligations.push_back(std::move(ob));
      continue;
    }
    settle(Outcome::undecided, undecided_verdict(r.status),
           q.name + ": " + smt::to_string(r.status) + (r.reason.empty() ? "" : " (" + r.reason + ")"));
    break;
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (result.outcome == Outcome::undecided || result.outcome == Outcome::disagreement) result.obligations.clear();
  return result;
}

}  // namespace quarks::prove
