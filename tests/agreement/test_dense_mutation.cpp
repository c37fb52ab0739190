// Dense selectors (docs/dense-selectors.md): corruptions of a selector
// coefficient, of the constant M and of the code assignment. Each false claim
// is refuted by both checkers (the reference confirms it), each structurally
// invalid one is bad input for both, and a valid one is verified by both.
#include <catch2/catch.hpp>

#include "claim/reference.h"
#include "core/error.h"
#include "smt/z3_checker.h"
#include "verify/exhaustive.h"
#include "witness/composition.h"
#include "witness/dense_selector.h"

using namespace quarks;
using namespace quarks::smt;

namespace {

SmtOptions smt_options() {
  SmtOptions o;
  o.timeout_seconds = 30;
  return o;
}

// Both checkers give the reference's answer; returns whether the claim is false.
bool agree(const SelectorClaim& claim, const std::string& label) {
  const bool is_false = brute_force_violation(claim).has_value();
  const CheckReport exhaustive = check_exhaustive(claim);
  const CheckReport z3 = check_z3(claim, smt_options());
  CAPTURE(label, is_false, exhaustive.reason, z3.reason);
  const Verdict expected = is_false ? Verdict::refuted : Verdict::verified;
  CHECK(exhaustive.verdict == expected);
  CHECK(z3.verdict == expected);
  if (is_false) {
    CHECK(exhaustive.counterexample.has_value());
    CHECK(z3.counterexample.has_value());
  }
  return is_false;
}

void both_bad_input(const SelectorClaim& claim, const std::string& label) {
  CAPTURE(label);
  CHECK_THROWS_AS(check_exhaustive(claim), InputError);
  CHECK_THROWS_AS(check_z3(claim, smt_options()), InputError);
}

const char* const kOperators[] = {"tt:00010111", "tt:0110100110010110", "tt:0001011101111111"};
const std::string kAnd5 = "tt:" + std::string(31, '0') + "1";

SelectorClaim dense_claim(const std::string& op, std::uint32_t n, int degree, std::uint64_t seed) {
  const auto B = BooleanOperator::parse(op);
  Witness w = random_composition_witness(B, n, std::vector<int>(B.arity(), degree), seed, 6, SelectorEncoding::dense);
  return std::get<SelectorClaim>(w.claim);
}

// f_i = sign(2 x_i - 1 + 2 x_{i+1 mod m}): pairwise distinct and non-constant, so a gate or a
// code that is wrong anywhere makes the claim false for certain.
SelectorClaim distinct_inputs_claim(const std::string& op, int degree) {
  const auto B = BooleanOperator::parse(op);
  const std::uint32_t r = dense_selector_bits(B.arity()), m = B.arity();
  std::vector<Polynomial> f;
  for (std::uint32_t i = 0; i < m; ++i) {
    f.push_back(Polynomial::from_terms(m, {{{}, -1}, {{i}, 2}, {{(i + 1) % m}, 2 * static_cast<int>(i + 1)}}));
  }
  Witness w = composition_witness(B, f, r + m, std::vector<int>(m, degree), SelectorEncoding::dense);
  return std::get<SelectorClaim>(w.claim);
}

}  // namespace

TEST_CASE("dense witnesses are verified by both checkers", "[mutation][dense-selectors]") {
  std::uint64_t seed = 1;
  for (const std::string& op : {std::string(kOperators[0]), std::string(kOperators[1]), std::string(kOperators[2]), kAnd5}) {
    for (int degree : {1, 2}) {
      const SelectorClaim claim = dense_claim(op, 7, degree, seed++);
      CHECK_FALSE(agree(claim, op + " valid"));
    }
  }
}

TEST_CASE("dense: a corrupted selector coefficient is refuted by both checkers", "[mutation][dense-selectors]") {
  // F_j = M s_j(z) + theta_j p_j(x). The coefficient of the monomial prod_{b in c_j} z_b (the constant
  // for c_j = 0) moved by M makes s_j(c_j) = 1 instead of 0: F_j is then +1 at every c_j + x, and
  // B(F)(c_j + x) = theta_j is constant while f_j is not.
  int total = 0;
  for (const std::string& op : {std::string(kOperators[0]), std::string(kOperators[1]), kAnd5}) {
    for (int degree : {1, 3}) {
      const SelectorClaim base = distinct_inputs_claim(op, degree);
      CHECK_FALSE(agree(base, op + " valid"));
      for (std::size_t j = 0; j < base.gates.size(); ++j) {
        Monomial mono;
        for (std::uint32_t b = 0; b < base.k; ++b) {
          if ((base.codes[j] >> b) & 1U) mono.push_back(b);
        }
        // M = max |p_j| + 1, read off the gate: s_j(c_i) = +-1 elsewhere, so |F_j(c_i + x) - theta p| = M.
        const BigInt at_other = base.gates[j].evaluate(base.selector_point(j == 0 ? 1 : 0, CubePoint(base.n - base.k, 0)));
        const BigInt p0 = base.gates[j].evaluate(base.selector_point(static_cast<unsigned>(j), CubePoint(base.n - base.k, 0)));
        const BigInt M = at_other > p0 ? BigInt(at_other - p0) : BigInt(p0 - at_other);
        SelectorClaim mutated = base;
        mutated.gates[j].add_shifted(Polynomial::from_terms(base.k, {{mono, 1}}), 0, M);
        CHECK(agree(mutated, op + " selector coefficient of F_" + std::to_string(j) + " + M"));
        ++total;
      }
    }
  }
  CHECK(total == 2 * (3 + 4 + 5));
}

TEST_CASE("dense: M lowered to max |p| is refuted by both checkers", "[mutation][dense-selectors]") {
  // AND of 5: r = 3, theta = +1 and theta_ij = +1, so s_j = +1 off c_j. p = -5 + 2 x_0 + 2 x_1 has
  // max |p| = 5 at x = 0 with the harmful sign, so M = 6 is the least M: with M = 5 the gate is 0 there.
  const auto op = BooleanOperator::parse(kAnd5);
  const auto p = Polynomial::from_terms(2, {{{}, -5}, {{0}, 2}, {{1}, 2}});
  Witness w = composition_witness(op, std::vector<Polynomial>(5, p), 5, std::vector<int>(5, 1), SelectorEncoding::dense);
  const auto& base = std::get<SelectorClaim>(w.claim);
  CHECK_FALSE(agree(base, "AND5, M = 6"));
  REQUIRE(w.construction.at("gates").at(0).at("M").text() == "6");
  const std::vector<std::uint32_t> codes = {0, 1, 2, 3, 4};
  for (unsigned j = 0; j < 5; ++j) {
    std::vector<int> signs(5, 1);
    signs[j] = 0;
    SelectorClaim mutated = base;
    mutated.gates[j].add_shifted(dense_selector(3, codes, j, signs), 0, BigInt(-1));  // (M - 1) s_j + p
    CHECK(agree(mutated, "AND5, F_" + std::to_string(j) + " with M = 5"));
    const auto why = brute_force_violation(mutated);
    REQUIRE(why.has_value());
    CHECK(why->find("exactly 0") != std::string::npos);
  }
}

TEST_CASE("dense: a corrupted code assignment is refuted or bad input for both checkers", "[mutation][dense-selectors]") {
  for (const std::string& op : {std::string(kOperators[0]), std::string(kOperators[1]), kAnd5}) {
    const SelectorClaim base = distinct_inputs_claim(op, 2);
    // Two cases exchange their codes: F is read at c_1 where f_0 is claimed.
    SelectorClaim swapped = base;
    std::swap(swapped.codes[0], swapped.codes[1]);
    CHECK(agree(swapped, op + " codes 0 and 1 swapped"));
    // A repeated code, and a code outside 0..2^k - 1: bad input.
    SelectorClaim repeated = base;
    repeated.codes[1] = repeated.codes[0];
    both_bad_input(repeated, op + " repeated code");
    SelectorClaim outside = base;
    outside.codes[0] = std::uint32_t{1} << base.k;
    both_bad_input(outside, op + " code 2^k");
    // Sparse reading of dense gates (the codes dropped): bad input when k + 1 != number of cases;
    // with 3 cases and k = 2 the codes 0, 1, 2 are exactly e_0, e_1, e_2, so it is the same claim.
    SelectorClaim sparse = base;
    sparse.selector = SelectorEncoding::sparse;
    sparse.codes.clear();
    if (base.cases.size() == base.k + 1) CHECK_FALSE(agree(sparse, op + " read as sparse (same points)"));
    else both_bad_input(sparse, op + " read as sparse");
    // k one above ceil(log2 cases): bad input.
    SelectorClaim wide = base;
    wide.k += 1;
    both_bad_input(wide, op + " k + 1");
  }
  // A case moved to an unused code: there every F_j is +1, so B(F) is constant there.
  const SelectorClaim and5 = distinct_inputs_claim(kAnd5, 1);
  for (std::uint32_t unused : {5U, 6U, 7U}) {
    SelectorClaim moved = and5;
    moved.codes[2] = unused;
    CHECK(agree(moved, "AND5 case 2 at unused code " + std::to_string(unused)));
  }
}

TEST_CASE("dense: a gate that is 0 only at an unused code is refuted (strictness covers the unused codes)",
          "[mutation][dense-selectors]") {
  // 3-input majority: k = 2, code 3 unused. F_0 + c z_0 z_1 x_0..x_{m-1}, with c = -F_0(code 3, x = 1..1),
  // is 0 only at that one point, where no case is evaluated.
  const SelectorClaim base = distinct_inputs_claim("tt:00010111", 1);
  REQUIRE(base.k == 2);
  CubePoint point(base.n, 1);  // z = 11 (code 3), x = 1..1
  const BigInt at = base.gates[0].evaluate(point);
  REQUIRE(at != 0);
  Monomial all;
  for (std::uint32_t v = 0; v < base.n; ++v) all.push_back(v);
  SelectorClaim mutated = base;
  mutated.gates[0].add_shifted(Polynomial::from_terms(base.n, {{all, 1}}), 0, -at);
  mutated.degree_bounds[0] = static_cast<int>(base.n);
  CHECK(agree(mutated, "F_0 zero at the unused code"));
  const CheckReport exhaustive = check_exhaustive(mutated);
  CHECK(exhaustive.reason.find("non-selector point") != std::string::npos);
  // The weakened claim (gates strict only at the selector points) holds.
  mutated.strict_on_cube = false;
  CHECK_FALSE(agree(mutated, "weakened"));
}
