#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>

#include "claim/reference.h"
#include "core/error.h"
#include "paper_claims.h"
#include "smt/z3_checker.h"
#include "witness/composition.h"

using namespace quarks;
using namespace quarks::smt;
using quarks::test::lemma53;
using quarks::test::lemma54;
using quarks::test::odd_polynomial;

namespace {

Polynomial poly(std::uint32_t n, std::vector<Term> terms) { return Polynomial::from_terms(n, std::move(terms)); }

SmtOptions fast_options() {
  SmtOptions o;
  o.timeout_seconds = 30;
  return o;
}

// Lemma 5.4, B = AND, n = 4, k = 1, written out by hand. Lemma 5.1 for AND:
// theta_0 = theta_1 = +1, theta_01 = theta_10 = +1, so q_0 = z_1, q_1 = 1 - z_1.
// p_0 = 3 - 4x0 + 2x1 - 6x2 (|p_0| <= 7, M_0 = 8), p_1 = -5 + 2x0 + 4x1 + 8x2
// (|p_1| <= 9, M_1 = 10). Claim variable 0 is z_1, variables 1..3 are x0..x2.
SelectorClaim hand_and_claim() {
  SelectorClaim c;
  c.lemma = SelectorLemma::lemma_5_4;
  c.n = 4;
  c.k = 1;
  c.combine = BooleanOperator::parse("AND");
  c.gates = {poly(4, {{{}, 3}, {{0}, 8}, {{1}, -4}, {{2}, 2}, {{3}, -6}}),
             poly(4, {{{}, 5}, {{0}, -10}, {{1}, 2}, {{2}, 4}, {{3}, 8}})};
  c.degree_bounds = {1, 1};
  c.inputs = {poly(3, {{{}, 3}, {{0}, -4}, {{1}, 2}, {{2}, -6}}), poly(3, {{{}, -5}, {{0}, 2}, {{1}, 4}, {{2}, 8}})};
  c.cases = {{SelectorTarget::Kind::input, 1, 0}, {SelectorTarget::Kind::input, 1, 1}};
  return c;
}

void require_refuted(const Claim& claim) {
  REQUIRE(brute_force_violation(claim).has_value());  // the corruption really made it false
  CheckReport r = check_z3(claim, fast_options());
  INFO(r.reason);
  REQUIRE(r.verdict == Verdict::refuted);
  REQUIRE(r.counterexample.has_value());
  REQUIRE(!r.counterexample->empty());
}

// Adds `delta` to the coefficient of `monomial` in gate j.
SelectorClaim corrupt(SelectorClaim c, std::size_t j, const Monomial& monomial, const BigInt& delta) {
  Polynomial extra = Polynomial::from_terms(c.n, {{monomial, delta}});
  c.gates[j].add_shifted(extra, 0, 1);
  return c;
}

}  // namespace

TEST_CASE("hand-built lemma 5.4 AND instance is verified and agrees with brute force", "[smt]") {
  const SelectorClaim c = hand_and_claim();
  REQUIRE_FALSE(brute_force_violation(c).has_value());
  CheckReport r = check_z3(c, fast_options());
  INFO(r.reason);
  CHECK(r.method == CheckMethod::z3);
  CHECK(r.verdict == Verdict::verified);
  // 2 cases with 3 bounds each (F0, F1, f_i), 2 strictness checks with 1 bound each.
  CHECK(r.obligations == 2 * (1 + 3) + 2 * (1 + 1));
}

TEST_CASE("a +-1 change of one coefficient is refuted with a confirmed counterexample", "[smt]") {
  const SelectorClaim good = hand_and_claim();
  // F_0's x2 coefficient -6 -> -5: at z = 0, x = (0,1,1) F_0 = 3 + 2 - 5 = 0 (not strict).
  const SelectorClaim bad = corrupt(good, 0, {3}, 1);
  require_refuted(bad);
  // Every +-1 change: refuted exactly when brute force finds a violation.
  int broken = 0;
  for (std::size_t j = 0; j < good.gates.size(); ++j) {
    for (const auto& term : good.gates[j].terms()) {
      for (int delta : {-1, 1}) {
        SelectorClaim c = corrupt(good, j, term.monomial, delta);
        const bool false_claim = brute_force_violation(c).has_value();
        CheckReport r = check_z3(c, fast_options());
        INFO("gate " << j << " delta " << delta << ": " << r.reason);
        REQUIRE(r.verdict == (false_claim ? Verdict::refuted : Verdict::verified));
        broken += false_claim;
      }
    }
  }
  CHECK(broken > 0);
}

TEST_CASE("M below the bound of Lemma 5.3 is refuted", "[smt]") {
  SeededRandom rng(7);
  const Polynomial p = odd_polynomial(rng, 4, 1, 8);
  const SelectorClaim good = lemma53(6, 2, 1, -1, {1, 0, -1}, p, 1);
  REQUIRE_FALSE(brute_force_violation(good).has_value());
  CHECK(check_z3(good, fast_options()).verdict == Verdict::verified);
  // Same construction with M = 1: the constant cases are no longer forced.
  SelectorClaim bad = good;
  bad.gates[0] = test::lift(6, 2, test::affine_q(2, 1, {1, 0, -1}), 1, -1, p);
  require_refuted(bad);
}

TEST_CASE("lemma 5.4 with M_j pushed below max |p_j| is refuted", "[smt]") {
  SeededRandom rng(11);
  const auto op = BooleanOperator::parse("XOR");
  // p_0 takes both signs (-5..3), so a small M_0 cannot dominate it.
  std::vector<Polynomial> p = {poly(3, {{{}, 1}, {{0}, -4}, {{1}, 2}, {{2}, -2}}), odd_polynomial(rng, 3, 1, 6)};
  const SelectorClaim good = lemma54(op, 4, p, {1, 1});
  REQUIRE_FALSE(brute_force_violation(good).has_value());
  CHECK(check_z3(good, fast_options()).verdict == Verdict::verified);
  const SelectorClaim bad = lemma54(op, 4, p, {1, 1}, {BigInt(1), BigInt(p[1].box_bound() + 1)});
  require_refuted(bad);
}

TEST_CASE("a gate that is 0 off the selector points is refuted only when strict_on_cube", "[smt]") {
  // k = 2, F = M q(z) + p(x) plus c z_1 z_2, which vanishes at e_0, e_1, e_2 but
  // makes F(1,1,x*) = 0 at x* = 0.
  SeededRandom rng(3);
  const Polynomial p = odd_polynomial(rng, 3, 2, 6);
  SelectorClaim c = lemma53(5, 2, 0, 1, {0, 1, 1}, p, 2);
  const CubePoint corner = {1, 1, 0, 0, 0};
  const BigInt value = c.gates[0].evaluate(corner);
  c = corrupt(c, 0, {0, 1}, -value);
  REQUIRE(c.gates[0].evaluate(corner) == 0);
  require_refuted(c);
  CheckReport r = check_z3(c, fast_options());
  CHECK(r.reason.find("strict-F0") != std::string::npos);
  CHECK(r.counterexample->find("not strict") != std::string::npos);

  c.strict_on_cube = false;
  REQUIRE_FALSE(brute_force_violation(c).has_value());
  CHECK(check_z3(c, fast_options()).verdict == Verdict::verified);
}

TEST_CASE("a non-strict input f is refuted", "[smt]") {
  // f = x0 - x1 is 0 at x = 00: Lemma 5.3's case theta f has no value there.
  const Polynomial p = poly(2, {{{0}, 1}, {{1}, -1}});
  const SelectorClaim c = lemma53(3, 1, 0, 1, {0, 1}, p, 1);
  require_refuted(c);
  // F = theta p at e_0, so the gate or the input is reported as 0.
  CHECK(check_z3(c, fast_options()).counterexample->find("not strict") != std::string::npos);
}

TEST_CASE("degree violations are refuted before any solver call", "[smt]") {
  SelectorClaim c = hand_and_claim();
  c = corrupt(c, 1, {1, 2}, 2);  // a degree-2 term in a gate bounded by 1
  CheckReport r = check_z3(c, fast_options());
  CHECK(r.verdict == Verdict::refuted);
  CHECK(r.obligations == 0);
  REQUIRE(r.counterexample.has_value());
  CHECK(r.counterexample->find("degree 2") != std::string::npos);
  CHECK_THROWS_AS(smt2_obligations(c, fast_options()), InputError);
}

TEST_CASE("random lemma 5.3/5.4 claims and corruptions agree with brute force", "[smt]") {
  const std::vector<std::string> ops = {"AND", "OR", "XOR", "NAND", "IMPLY", "tt:01101001", "tt:00010111"};
  SeededRandom rng(2024);
  int refuted = 0, verified = 0;
  for (int round = 0; round < 24; ++round) {
    const auto op = BooleanOperator::parse(ops[rng.below(ops.size())]);
    const unsigned k = op.arity() - 1;
    const std::uint32_t n = k + 1 + static_cast<std::uint32_t>(rng.below(3));
    const int d = 1 + static_cast<int>(rng.below(2));
    std::vector<Polynomial> p;
    for (unsigned j = 0; j <= k; ++j) p.push_back(odd_polynomial(rng, n - k, d, 5));
    SelectorClaim c = lemma54(op, n, p, std::vector<int>(k + 1, d));
    if (round % 3 != 0) {
      const std::size_t j = rng.below(c.gates.size());
      const auto& terms = c.gates[j].terms();
      const Monomial m = terms[rng.below(terms.size())].monomial;
      c = corrupt(c, j, m, rng.below(2) ? BigInt(1) : BigInt(-(c.gates[j].box_bound() / 2)));
    }
    const bool false_claim = brute_force_violation(c).has_value();
    CheckReport r = check_z3(c, fast_options());
    INFO("round " << round << " " << op.describe() << " n = " << n << " d = " << d << ": " << r.reason);
    REQUIRE(r.verdict == (false_claim ? Verdict::refuted : Verdict::verified));
    if (false_claim) {
      ++refuted;
      REQUIRE(r.counterexample.has_value());
    } else {
      ++verified;
    }
  }
  CHECK(refuted > 0);
  CHECK(verified > 0);
}

TEST_CASE("lemma 5.1 sign vectors: valid items verified, wrong signs refuted", "[smt]") {
  SignVectorClaim c;
  c.items.push_back({BooleanOperator::parse("AND"), 0, 1, {0, 1}});
  c.items.push_back({BooleanOperator::parse("XOR"), 1, -1, {1, 0}});
  c.items.push_back({BooleanOperator::parse("tt:01101001"), 2, -1, {-1, 1, 0}});
  REQUIRE_FALSE(brute_force_violation(Claim{c}).has_value());
  CheckReport r = check_z3(c, fast_options());
  CHECK(r.verdict == Verdict::verified);
  CHECK(r.obligations == 1);  // all three items in one chunk (kItemsPerObligation)

  SignVectorClaim bad = c;
  bad.items[0].signs = {0, -1};  // AND with z_1 = -1 is constant, not theta z_0
  require_refuted(Claim{bad});
  SignVectorClaim bad_theta = c;
  bad_theta.items[1].theta = 1;
  require_refuted(Claim{bad_theta});
}

TEST_CASE("lemma 5.2 affine selectors: correct selectors verified, a wrong coefficient refuted", "[smt]") {
  AffineSelectorClaim c;
  for (unsigned k : {1U, 3U, 5U}) {
    for (unsigned j = 0; j <= k; ++j) {
      std::vector<int> sigma(k + 1);
      for (unsigned i = 0; i <= k; ++i) sigma[i] = i == j ? 0 : ((i * 7 + j) % 3 ? 1 : -1);
      const Polynomial q = test::affine_q(k, j, sigma);
      std::vector<BigInt> coefficients(k + 1, BigInt(0));
      for (const auto& t : q.terms()) coefficients[t.monomial.empty() ? 0 : t.monomial[0] + 1] = t.coefficient;
      c.items.push_back({k, j, sigma, coefficients});
    }
  }
  REQUIRE_FALSE(brute_force_violation(Claim{c}).has_value());
  CHECK(check_z3(c, fast_options()).verdict == Verdict::verified);
  for (std::size_t t : {std::size_t{0}, std::size_t{5}, c.items.size() - 1}) {
    AffineSelectorClaim bad = c;
    bad.items[t].coefficients.back() += 1;
    require_refuted(Claim{bad});
  }
}

TEST_CASE("a tiny timeout gives timeout or verified, never refuted", "[smt]") {
  SeededRandom rng(5);
  const auto op = BooleanOperator::parse("AND");
  std::vector<Polynomial> p = {odd_polynomial(rng, 29, 2, 59), odd_polynomial(rng, 29, 2, 59)};
  const SelectorClaim c = lemma54(op, 30, p, {2, 2});
  SmtOptions o;
  o.timeout_seconds = 0.001;
  CheckReport r = check_z3(c, o);
  INFO(r.reason);
  CHECK((r.verdict == Verdict::timeout || r.verdict == Verdict::verified));
  o.timeout_seconds = 60;
  CHECK(check_z3(c, o).verdict == Verdict::verified);
}

TEST_CASE("bad input and options are rejected", "[smt]") {
  SelectorClaim c = hand_and_claim();
  SmtOptions o;
  o.timeout_seconds = 0;
  CHECK_THROWS_AS(check_z3(c, o), InputError);
  c.cases.pop_back();
  CHECK_THROWS_AS(check_z3(c, fast_options()), InputError);
  CHECK_THROWS_AS(smt2_obligations(c, fast_options()), InputError);
}

TEST_CASE("dump_dir receives every query", "[smt]") {
  const auto dir = std::filesystem::temp_directory_path() / "quarks-smt-dump-test";
  std::filesystem::remove_all(dir);
  SmtOptions o = fast_options();
  o.dump_dir = dir.string();
  CHECK(check_z3(hand_and_claim(), o).verdict == Verdict::verified);
  for (const char* name : {"case-0", "case-0.bound-F0", "case-0.bound-F1", "case-0.bound-f0", "case-1",
                           "case-1.bound-f1", "strict-F0", "strict-F0.bound-F0", "strict-F1", "strict-F1.bound-F1"}) {
    CAPTURE(name);
    REQUIRE(std::filesystem::exists(dir / ("lemma-5.4." + std::string(name) + ".smt2")));
    std::ifstream in(dir / ("lemma-5.4." + std::string(name) + ".smt2"));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text.find("\n; expected: unsat\n(set-info :status unsat)\n") != std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

namespace {

// The files of a dump directory, by name.
std::map<std::string, std::string> dumped(const std::filesystem::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(e.path());
    files[e.path().filename().string()] = std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  return files;
}

// check_z3 and smt2_obligations with 1, 2 and 4 threads: the same verdict,
// reason, counterexample, obligation count, dumped files and exported text.
void require_thread_independent(const Claim& claim, SmtOptions o, Verdict expected) {
  const auto root = std::filesystem::temp_directory_path() / "quarks-smt-threads-test";
  std::optional<CheckReport> first;
  std::map<std::string, std::string> first_files;
  std::vector<Obligation> first_export;
  for (unsigned threads : {1U, 2U, 4U}) {
    CAPTURE(threads);
    std::filesystem::remove_all(root);
    o.threads = threads;
    o.dump_dir = root.string();
    const CheckReport r = check_z3(claim, o);
    INFO(r.reason);
    REQUIRE(r.verdict == expected);
    o.dump_dir.clear();
    const auto exported = smt2_obligations(claim, o);
    if (!first) {
      first = r;
      first_files = dumped(root);
      first_export = exported;
      continue;
    }
    CHECK(r.reason == first->reason);
    CHECK(r.counterexample == first->counterexample);
    CHECK(r.obligations == first->obligations);
    CHECK(dumped(root) == first_files);
    REQUIRE(exported.size() == first_export.size());
    for (std::size_t i = 0; i < exported.size(); ++i) {
      CHECK(exported[i].name == first_export[i].name);
      CHECK(exported[i].smt2 == first_export[i].smt2);
      CHECK(exported[i].why_sat == first_export[i].why_sat);
    }
  }
  std::filesystem::remove_all(root);
}

// Three chunks of Lemma 5.1 items (AND), with wrong items 4103 (chunk 1)
// and 8195 (chunk 2): AND with z_1 = -1 is constant.
SignVectorClaim three_chunks_two_wrong() {
  SignVectorClaim c;
  const SignVectorItem good{BooleanOperator::parse("AND"), 0, 1, {0, 1}};
  for (std::size_t t = 0; t < 2 * kItemsPerObligation + 10; ++t) c.items.push_back(good);
  SignVectorItem bad = good;
  bad.signs = {0, -1};
  c.items[kItemsPerObligation + 7] = bad;
  c.items[2 * kItemsPerObligation + 3] = bad;
  return c;
}

}  // namespace

TEST_CASE("threads: verdict, reason, counterexample, dumps and exports do not depend on the thread count",
          "[smt][threads]") {
  // Three chunks of Lemma 5.1 items, wrong items in the second and third:
  // with several threads the third is solved beside the second, yet only
  // what one thread would report (up to the second) is reported or dumped.
  const SignVectorClaim c = three_chunks_two_wrong();
  require_thread_independent(c, fast_options(), Verdict::refuted);
  SmtOptions o = fast_options();
  o.threads = 4;
  const CheckReport r = check_z3(c, o);
  CHECK(r.obligations == 2);
  CHECK(r.reason.rfind("items-4096-8191: ", 0) == 0);
  REQUIRE(r.counterexample.has_value());
  CHECK(r.counterexample->rfind("item 4103: ", 0) == 0);
  const auto dir = std::filesystem::temp_directory_path() / "quarks-smt-threads-dump";
  std::filesystem::remove_all(dir);
  o.dump_dir = dir.string();
  check_z3(c, o);
  CHECK(dumped(dir).size() == 2);
  std::filesystem::remove_all(dir);

  require_thread_independent(hand_and_claim(), fast_options(), Verdict::verified);
}

TEST_CASE("threads: an error in a later obligation is dropped after an earlier refutation, and raised without one",
          "[smt][threads]") {
  // As above: wrong items in chunks 1 and 2 (of 0..2). The hook throws on
  // a model from chunk 2 (item numbers >= 2 * kItemsPerObligation) and,
  // when asked, from chunk 1 too.
  const SignVectorClaim c = three_chunks_two_wrong();
  auto throwing_from = [](std::size_t first_item) {
    return [first_item](std::map<std::string, std::string>& model) {
      for (const auto& [name, value] : model) {
        const auto underscore = name.find('_');
        if (name[0] == 'z' && underscore != std::string::npos &&
            std::stoul(name.substr(underscore + 1)) >= first_item) {
          throw std::runtime_error("hook: model of item " + name.substr(underscore + 1));
        }
      }
    };
  };
  for (unsigned threads : {1u, 2u, 4u}) {
    CAPTURE(threads);
    SmtOptions o = fast_options();
    o.threads = threads;
    o.corrupt_model = throwing_from(2 * kItemsPerObligation);
    const CheckReport r = check_z3(c, o);
    CHECK(r.verdict == Verdict::refuted);
    CHECK(r.obligations == 2);
    CHECK(r.reason.rfind("items-4096-8191: ", 0) == 0);
    o.corrupt_model = throwing_from(kItemsPerObligation);
    CHECK_THROWS_WITH(check_z3(c, o), Catch::Contains("hook: model of item 4103"));
  }
}

TEST_CASE("cube splitting: split checks agree with unsplit ones and with brute force, for any thread count",
          "[smt][cube]") {
  // XOR, degree 2, exact minimal M: split down to 3 free variables per query.
  const Witness w = random_composition_witness(BooleanOperator::parse("XOR"), 8, {2, 2}, 1, 16);
  const SelectorClaim good = std::get<SelectorClaim>(w.claim);
  SmtOptions split = fast_options();
  split.cube_free_variables = 3;
  SmtOptions unsplit = fast_options();
  unsplit.cube_free_variables = kNoCubeSplit;
  std::size_t cubes = 0;
  for (const auto& plan : plan_obligations(Claim{good}, split.cube_free_variables)) cubes += !plan.fixed.empty();
  REQUIRE(cubes > 0);
  CHECK(check_z3(good, unsplit).verdict == Verdict::verified);
  const CheckReport r = check_z3(good, split);
  CHECK(r.verdict == Verdict::verified);
  CHECK(r.obligations == plan_obligations(Claim{good}, split.cube_free_variables).size());
  require_thread_independent(good, split, Verdict::verified);

  // The gate's constant moved by one: zero (or the wrong sign) at the point
  // where |p| is largest, inside one cube.
  int refuted = 0;
  for (int delta : {-1, 1}) {
    CAPTURE(delta);
    SelectorClaim bad = good;
    bad.gates[1].add_shifted(Polynomial::from_terms(good.n, {{{}, BigInt(delta)}}), 0, 1);
    if (!brute_force_violation(Claim{bad})) continue;
    ++refuted;
    const CheckReport s = check_z3(bad, split);
    INFO(s.reason);
    CHECK(s.verdict == Verdict::refuted);
    CHECK(s.reason.find(".cube-") != std::string::npos);
    CHECK(check_z3(bad, unsplit).verdict == Verdict::refuted);
    require_thread_independent(bad, split, Verdict::refuted);
  }
  CHECK(refuted > 0);
}
