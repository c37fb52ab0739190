#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>

#include "claim/reference.h"
#include "core/error.h"
#include "paper_claims.h"
#include "verify/exhaustive.h"

using namespace quarks;

namespace {

Polynomial linear(std::uint32_t m, std::vector<long> coefficients) {  // c0, w_0 .. w_{m-1}
  std::vector<Term> terms{{{}, coefficients[0]}};
  for (std::uint32_t v = 0; v < m; ++v) terms.push_back({{v}, coefficients[v + 1]});
  return Polynomial::from_terms(m, std::move(terms));
}

std::uint64_t quantified_points(const SelectorClaim& c) {
  return c.strict_on_cube ? std::uint64_t{1} << c.n : (c.k + std::uint64_t{1}) << (c.n - c.k);
}

BooleanOperator random_irreducible(SeededRandom& rng, unsigned arity) {
  for (;;) {
    std::vector<bool> rows(std::size_t{1} << arity);
    for (std::size_t t = 0; t < rows.size(); ++t) rows[t] = rng.next() & 1U;
    BooleanOperator op(arity, rows);
    if (op.irreducible()) return op;
  }
}

Polynomial with_coefficient_nudged(const Polynomial& p, std::size_t term, int by) {
  auto terms = p.terms();
  terms[term % terms.size()].coefficient += by;
  return Polynomial::from_terms(p.num_variables(), terms);
}

// A walk of 2^m steps whose first failing step (by the reference) is
// first_step, if any: it reports that point, after that many points.
void check_walk_stops_at(const WalkResult& walk, const std::optional<std::uint64_t>& first_step, unsigned m) {
  REQUIRE(walk.failure.has_value() == first_step.has_value());
  if (walk.failure) {
    CHECK(*walk.failure == gray_code(*first_step));
    CHECK(walk.points == *first_step + 1);
  } else {
    CHECK(walk.points == std::uint64_t{1} << m);
  }
}

}  // namespace

TEST_CASE("Lemma 5.1 signs for AND and XOR are the ones the paper's argument gives", "[exhaustive]") {
  auto [t_and0, s_and0] = paper::lemma51_signs(BooleanOperator::parse("AND"), 0);
  CHECK(t_and0 == 1);
  CHECK(s_and0 == std::vector<int>{0, 1});  // AND(z_0, +1) = z_0
  auto [t_xor0, s_xor0] = paper::lemma51_signs(BooleanOperator::parse("XOR"), 0);
  CHECK(t_xor0 == 1);
  CHECK(s_xor0 == std::vector<int>{0, -1});  // XOR(z_0, -1) = z_0
  auto [t_xor1, s_xor1] = paper::lemma51_signs(BooleanOperator::parse("XOR"), 1);
  CHECK(t_xor1 == 1);
  CHECK(s_xor1 == std::vector<int>{-1, 0});
}

TEST_CASE("hand-built Lemma 5.4 claims for AND and XOR (k = 1) are verified on every point", "[exhaustive]") {
  // f_0 = sign(3 - 2 x_0 + 4 x_1 - 2 x_2), f_1 = sign(-1 + 2 x_0 + 2 x_1 - 6 x_2 + 2 x_3); both odd, so strict.
  const std::uint32_t m = 4;
  const Polynomial p0 = linear(m, {3, -2, 4, -2, 0});
  const Polynomial p1 = linear(m, {-1, 2, 2, -6, 2});
  const BigInt M0 = p0.box_bound() + 1, M1 = p1.box_bound() + 1;  // max |p| + 1
  CHECK(M0 == 8);   // max |p_0| = 7 at x = 0100
  CHECK(M1 == 8);   // max |p_1| = 7 at x = 0010
  for (const char* name : {"AND", "XOR"}) {
    const bool is_and = std::string(name) == "AND";
    const int theta01 = is_and ? 1 : -1, theta10 = is_and ? 1 : -1;  // z_1 / z_0 fixed when the other is active
    SelectorClaim c;
    c.lemma = SelectorLemma::lemma_5_4;
    c.n = m + 1;
    c.k = 1;
    c.combine = BooleanOperator::parse(name);
    // F_0: Lemma 5.3 with j = 0, theta = +1, theta_1 = theta_10: q(z) = theta_10 z_1.
    Polynomial F0 = Polynomial::from_terms(m + 1, {{{0}, M0 * theta10}});
    F0.add_shifted(p0, 1, 1);
    // F_1: j = 1, theta = +1, theta_0 = theta_01: q(z) = theta_01 - theta_01 z_1.
    Polynomial F1 = Polynomial::from_terms(m + 1, {{{}, M1 * theta01}, {{0}, -M1 * theta01}});
    F1.add_shifted(p1, 1, 1);
    c.gates = {F0, F1};
    c.degree_bounds = {1, 1};
    c.inputs = {p0, p1};
    c.cases = {{SelectorTarget::Kind::input, 1, 0}, {SelectorTarget::Kind::input, 1, 1}};
    // The generic construction of paper_claims.h builds the same gates.
    CHECK(paper::lemma54_claim(c.combine, 1, {p0, p1}).gates == c.gates);
    const auto report = check_exhaustive(c);
    CHECK(report.method == CheckMethod::exhaustive);
    CHECK(report.verdict == Verdict::verified);
    CHECK(report.points == 32);
    CHECK_FALSE(brute_force_violation(c));
    // Swapping the operator's sign convention breaks it.
    c.combine = BooleanOperator::parse(is_and ? "OR" : "XNOR");
    const auto wrong = check_exhaustive(c);
    CHECK(wrong.verdict == Verdict::refuted);
    REQUIRE(wrong.counterexample);
    CHECK(wrong.counterexample->find("i = ") != std::string::npos);
  }
}

TEST_CASE("valid paper constructions are verified and every quantified point is counted", "[exhaustive]") {
  SeededRandom rng(11);
  for (unsigned k = 1; k <= 3; ++k) {
    for (int d = 1; d <= 2; ++d) {
      const unsigned m = 9 - k;
      std::vector<Polynomial> ps;
      for (unsigned i = 0; i <= k; ++i) ps.push_back(paper::random_strict(rng, m, d, 6));
      const auto op = k == 1 ? BooleanOperator::parse("XOR") : random_irreducible(rng, k + 1);
      SelectorClaim c = paper::lemma54_claim(op, k, ps);
      for (bool strict : {true, false}) {
        c.strict_on_cube = strict;
        const auto report = check_exhaustive(c);
        INFO("k = " << k << ", d = " << d << ", strict = " << strict);
        CHECK(report.verdict == Verdict::verified);
        CHECK(report.points == quantified_points(c));
      }
      // Lemma 5.3 with every index j.
      for (unsigned j = 0; j <= k; ++j) {
        std::vector<int> thetas(k + 1);
        for (unsigned i = 0; i <= k; ++i) thetas[i] = i == j ? 0 : (rng.next() & 1U ? 1 : -1);
        const auto p = ps[j];
        SelectorClaim c53 = paper::lemma53_claim(k, j, rng.next() & 1U ? 1 : -1, thetas, p, paper::lemma53_M(p));
        const auto report = check_exhaustive(c53);
        CHECK(report.verdict == Verdict::verified);
        CHECK(report.points == std::uint64_t{1} << c53.n);
      }
    }
  }
}

TEST_CASE("corrupted claims: the exhaustive verdict equals the reference's, never verified when false",
          "[exhaustive]") {
  SeededRandom rng(2024);
  const std::vector<BooleanOperator> binary{BooleanOperator::parse("AND"), BooleanOperator::parse("XOR"),
                                            BooleanOperator::parse("OR"), BooleanOperator::parse("NAND"),
                                            BooleanOperator::parse("IMPLY")};
  const std::vector<BooleanOperator> ternary{BooleanOperator::parse("tt:00010111"),   // majority
                                             BooleanOperator::parse("tt:01101001")};  // parity
  int refuted = 0, verified = 0, tier_checks = 0;
  for (int round = 0; round < 360; ++round) {
    const unsigned k = 1 + static_cast<unsigned>(rng.below(3));
    const unsigned n = k + 2 + static_cast<unsigned>(rng.below(9 - k));  // n <= 10
    const unsigned m = n - k;
    const int d = 1 + static_cast<int>(rng.below(2));
    const unsigned bits = 1 + static_cast<unsigned>(rng.below(5));
    std::vector<Polynomial> ps;
    for (unsigned i = 0; i <= k; ++i) ps.push_back(paper::random_strict(rng, m, d, bits, 0.5));
    BooleanOperator op = k == 1   ? binary[rng.below(binary.size())]
                         : k == 2 ? (rng.below(3) < 2 ? ternary[rng.below(2)] : random_irreducible(rng, 3))
                                  : random_irreducible(rng, 4);
    const bool use53 = rng.below(4) == 0;
    SelectorClaim c;
    const unsigned kind = static_cast<unsigned>(rng.below(5));
    if (use53) {
      const unsigned j = static_cast<unsigned>(rng.below(k + 1));
      std::vector<int> thetas(k + 1);
      for (unsigned i = 0; i <= k; ++i) thetas[i] = i == j ? 0 : (rng.next() & 1U ? 1 : -1);
      const int theta = rng.next() & 1U ? 1 : -1;
      BigInt M = paper::lemma53_M(ps[0]);
      if (kind == 2) M = 1 + BigInt(rng.below(static_cast<std::uint64_t>(M)));  // M pushed to [1, bound]
      c = paper::lemma53_claim(k, j, theta, thetas, ps[0], M);
      if (kind == 3) {  // swap a sign: a constant case or theta
        const unsigned i = static_cast<unsigned>(rng.below(k + 1));
        c.cases[i].sign = -c.cases[i].sign;
      }
    } else {
      std::vector<BigInt> M;
      for (const auto& p : ps) M.push_back(paper::lemma53_M(p));
      if (kind == 2) {
        const auto j = rng.below(k + 1);
        M[j] = 1 + BigInt(rng.below(static_cast<std::uint64_t>(M[j])));
      }
      c = paper::lemma54_claim(op, k, ps, M);
      if (kind == 3) {  // swap a sign: negate one gate (its theta_j and every theta_ij at once)
        const auto j = rng.below(k + 1);
        Polynomial negated(n);
        negated.add_shifted(c.gates[j], 0, -1);
        c.gates[j] = negated;
      }
    }
    c.strict_on_cube = rng.below(4) != 0;
    if (kind == 0) {  // a gate coefficient +-1
      const auto j = rng.below(c.gates.size());
      c.gates[j] = with_coefficient_nudged(c.gates[j], rng.below(64), rng.next() & 1U ? 1 : -1);
    } else if (kind == 1) {  // an input coefficient +-1
      const auto j = rng.below(c.inputs.size());
      c.inputs[j] = with_coefficient_nudged(c.inputs[j], rng.below(64), rng.next() & 1U ? 1 : -1);
    }  // kind 4: unchanged

    const auto truth = brute_force_violation(c);
    const auto report = check_exhaustive(c);
    INFO("round " << round << ", k = " << k << ", n = " << n << ", kind = " << kind << ", op = "
                  << c.combine.describe() << ", reference: " << truth.value_or("none"));
    REQUIRE(report.verdict == (truth ? Verdict::refuted : Verdict::verified));
    if (truth) {
      ++refuted;
      REQUIRE(report.counterexample);
      CHECK(report.points <= quantified_points(c));
    } else {
      ++verified;
      CHECK(report.points == quantified_points(c));
    }
    if (round % 6 == 0) {  // the wider tiers agree on the same claim
      for (auto tier : {ArithmeticTier::int128, ArithmeticTier::bigint}) {
        ExhaustiveStats stats;
        ExhaustiveOptions wider;
        wider.minimum_tier = tier;
        const auto wide = check_exhaustive(c, wider, stats);
        CHECK(wide.verdict == report.verdict);
        CHECK(wide.points == report.points);
        CHECK(wide.counterexample == report.counterexample);
        CHECK(stats.walks_int64 == 0);
        ++tier_checks;
      }
    }
  }
  // The corruptions must actually produce both outcomes in quantity.
  CHECK(refuted > 150);
  CHECK(verified > 60);
  CHECK(tier_checks == 120);
}

TEST_CASE("degree bounds are checked syntactically first", "[exhaustive]") {
  SeededRandom rng(5);
  std::vector<Polynomial> ps{paper::random_strict(rng, 4, 2, 3), paper::random_strict(rng, 4, 1, 3)};
  SelectorClaim c = paper::lemma54_claim(BooleanOperator::parse("AND"), 1, ps);
  REQUIRE(c.degree_bounds[0] == 2);
  c.degree_bounds[0] = 1;
  const auto report = check_exhaustive(c);
  CHECK(report.verdict == Verdict::refuted);
  CHECK(report.points == 0);
  REQUIRE(report.counterexample);
  CHECK(*report.counterexample == *degree_violation(c));
}

TEST_CASE("a gate that is 0 only off the selector points is refuted only when strict_on_cube", "[exhaustive]") {
  SeededRandom rng(8);
  const unsigned k = 2, m = 4;
  std::vector<Polynomial> ps;
  for (unsigned i = 0; i <= k; ++i) ps.push_back(paper::random_strict(rng, m, 2, 4));
  SelectorClaim c = paper::lemma54_claim(BooleanOperator::parse("tt:00010111"), k, ps);
  // z_1 z_2 vanishes at every selector point; choose its coefficient so F_1(z = 11, x = 0) = 0.
  const CubePoint at = point_from_mask(0b11, c.n);
  const BigInt value = c.gates[1].evaluate(at);
  REQUIRE(value != 0);
  c.gates[1] = Polynomial::from_terms(c.n, [&] {
    auto terms = c.gates[1].terms();
    terms.push_back({{0, 1}, -value});
    return terms;
  }());
  REQUIRE(c.gates[1].evaluate(at) == 0);
  c.strict_on_cube = false;
  CHECK(check_exhaustive(c).verdict == Verdict::verified);
  CHECK_FALSE(brute_force_violation(c));
  c.strict_on_cube = true;
  const auto report = check_exhaustive(c);
  CHECK(report.verdict == Verdict::refuted);
  REQUIRE(report.counterexample);
  CHECK(report.counterexample->find("F_1 is exactly 0") != std::string::npos);
  CHECK(brute_force_violation(c));
  // Case walks cover 3 * 2^4 points, then z = 11 fails at its first point x = 0.
  CHECK(report.points == 3 * 16 + 1);
}

TEST_CASE("tier selection follows the proven bound exactly at its boundaries", "[exhaustive][tier]") {
  const BigInt two61 = BigInt(1) << 61, two124 = BigInt(1) << 124;
  CHECK(select_tier(0) == ArithmeticTier::int64);
  CHECK(select_tier(two61 - 1) == ArithmeticTier::int64);
  CHECK(select_tier(two61) == ArithmeticTier::int128);
  CHECK(select_tier(two124 - 1) == ArithmeticTier::int128);
  CHECK(select_tier(two124) == ArithmeticTier::bigint);
  CHECK(to_string(ArithmeticTier::int128) == "int128");

  // Lemma 5.3, k = 1, j = 0: case 0 walks theta p alone, whose l1 is c0 + 4.
  for (const auto& [c0, expect] : {std::pair{two61 - 5, ArithmeticTier::int64},
                                   std::pair{two61 - 4, ArithmeticTier::int128}}) {
    const Polynomial p = Polynomial::from_terms(2, {{{}, c0}, {{0}, 2}, {{1}, 2}});
    REQUIRE(p.l1_norm() == c0 + 4);
    // theta_1 = +1: case 1 walks M + p, which is int128 in both runs.
    const SelectorClaim c = paper::lemma53_claim(1, 0, 1, {0, 1}, p, paper::lemma53_M(p));
    ExhaustiveStats stats;
    const auto report = check_exhaustive(c, {}, stats);
    CHECK(report.verdict == Verdict::verified);
    CHECK(stats.walks_int64 == (expect == ArithmeticTier::int64 ? 1U : 0U));
    CHECK(stats.walks_int128 == (expect == ArithmeticTier::int64 ? 1U : 2U));  // case 1 adds M
  }
}

TEST_CASE("each integer tier verifies valid and refutes corrupted claims", "[exhaustive][tier]") {
  struct Case {
    unsigned bits;
    ArithmeticTier tier;
  };
  SeededRandom rng(77);
  for (const auto& [bits, tier] : {Case{12, ArithmeticTier::int64}, Case{62, ArithmeticTier::int128},
                                   Case{125, ArithmeticTier::bigint}, Case{400, ArithmeticTier::bigint}}) {
    for (int d = 1; d <= 2; ++d) {
      const unsigned k = 2, m = 6;
      std::vector<Polynomial> ps;
      for (unsigned i = 0; i <= k; ++i) ps.push_back(paper::random_strict(rng, m, d, bits));
      SelectorClaim c = paper::lemma54_claim(BooleanOperator::parse("tt:01101001"), k, ps);
      ExhaustiveStats stats;
      const auto report = check_exhaustive(c, {}, stats);
      INFO("bits = " << bits << ", d = " << d);
      CHECK(report.verdict == Verdict::verified);
      CHECK(report.points == std::uint64_t{1} << c.n);
      const std::uint64_t walks = stats.walks_int64 + stats.walks_int128 + stats.walks_bigint;
      CHECK(walks == 4);  // 3 cases + z = 11
      if (tier == ArithmeticTier::int64) {
        CHECK(stats.walks_int64 == 4);
        CHECK(stats.linear_fast_walks == (d == 1 ? 4U : 0U));
      }
      if (tier == ArithmeticTier::int128) CHECK(stats.walks_int128 == 4);
      if (tier == ArithmeticTier::bigint) CHECK(stats.walks_bigint == 4);
      CHECK_FALSE(brute_force_violation(c));
      // M pushed below max |p|: F_1 = M q + theta p takes the wrong sign somewhere.
      std::vector<BigInt> M;
      for (const auto& p : ps) M.push_back(paper::lemma53_M(p));
      M[1] = M[1] / 4;
      SelectorClaim low = paper::lemma54_claim(c.combine, k, ps, M);
      const auto truth = brute_force_violation(low);
      const auto bad = check_exhaustive(low);
      CHECK(bad.verdict == (truth ? Verdict::refuted : Verdict::verified));
      // A gate coefficient nudged by +1: agree with the reference either way.
      SelectorClaim nudged = c;
      nudged.gates[2] = with_coefficient_nudged(c.gates[2], 1, 1);
      CHECK((check_exhaustive(nudged).verdict == Verdict::refuted) == brute_force_violation(nudged).has_value());
    }
  }
}

TEST_CASE("gray_walk finds a failing point exactly when one exists, in every tier and degree", "[exhaustive][walk]") {
  SeededRandom rng(99);
  int failures = 0, passes = 0;
  for (int round = 0; round < 240; ++round) {
    const unsigned m = 1 + static_cast<unsigned>(rng.below(13));  // beyond one 2^10 block
    const std::size_t np = 1 + rng.below(5);
    const int d = static_cast<int>(rng.below(4));  // 0..3
    // 80 bits: int128 or BigInt; 40: int64 lanes of the linear kernel; 3: int32 lanes.
    const unsigned bits = round % 4 == 0 ? 80 : round % 4 == 2 ? 40 : 3;
    std::vector<Polynomial> polys;
    for (std::size_t j = 0; j < np; ++j) {
      // Every fourth round: odd constant, even coefficients (never 0) and B accepting all, so it passes.
      const bool strict = round % 4 == 1;
      std::vector<Term> terms{{{}, strict ? 2 * rng.signed_bits(bits) + 1 : rng.signed_bits(bits)}};
      for (int t = 0; t < 6; ++t) {
        const int deg = 1 + static_cast<int>(rng.below(std::max(d, 1)));
        if (d == 0) break;
        Monomial mono;
        for (int e = 0; e < deg; ++e) {
          const auto v = static_cast<std::uint32_t>(rng.below(m));
          if (std::find(mono.begin(), mono.end(), v) == mono.end()) mono.push_back(v);
        }
        terms.push_back({mono, strict ? 2 * rng.signed_bits(bits) : rng.signed_bits(bits)});
      }
      polys.push_back(Polynomial::from_terms(m, terms));
    }
    std::vector<bool> accept(std::size_t{1} << np);
    for (std::size_t s = 0; s < accept.size(); ++s) accept[s] = round % 4 == 1 || rng.below(8) != 0;
    auto fails = [&](std::uint64_t mask) {
      const CubePoint x = point_from_mask(mask, m);
      std::size_t s = 0;
      for (std::size_t j = 0; j < np; ++j) {
        const BigInt v = polys[j].evaluate(x);
        if (v == 0) return true;
        s |= static_cast<std::size_t>(v > 0) << j;
      }
      return !accept[s];
    };
    // The first failing step of the reflected Gray code (step t visits gray(t)).
    std::optional<std::uint64_t> first_step;
    for (std::uint64_t t = 0; t < (std::uint64_t{1} << m) && !first_step; ++t) {
      if (fails(gray_code(t))) first_step = t;
    }
    const bool any = first_step.has_value();
    const SignPredicate predicate = [&](const std::uint64_t* positive) { return static_cast<bool>(accept[*positive]); };
    // Threaded walks with small chunks (so that these small walks are split), and the predicate form.
    const std::vector<std::pair<unsigned, std::uint64_t>> splits{{1, 0}, {2, 3}, {3, 100}, {7, 1000}};
    for (auto tier : {ArithmeticTier::int64, ArithmeticTier::int128, ArithmeticTier::bigint}) {
      for (const auto& [threads, chunk] : splits) {
        for (bool as_predicate : {false, true}) {
          const WalkSettings settings{tier, threads, chunk};
          const WalkResult walk = as_predicate ? gray_walk(polys, predicate, settings) : gray_walk(polys, accept, settings);
          INFO("round " << round << ", m = " << m << ", np = " << np << ", tier " << to_string(tier) << ", threads "
                        << threads << ", chunk " << chunk << ", predicate " << as_predicate);
          CHECK(walk.tier >= tier);
          CHECK(walk.lane_bits == (walk.linear_fast ? (bits == 40 ? 64U : 32U) : 0U));
          check_walk_stops_at(walk, first_step, m);
        }
      }
    }
    (any ? failures : passes) += 1;
  }
  CHECK(failures > 40);
  CHECK(passes > 20);
}

TEST_CASE("Lemma 5.1 and 5.2 claims are checked point by point", "[exhaustive]") {
  SignVectorClaim sv;
  for (const auto& op : BooleanOperator::all_binary()) {
    if (!op.irreducible()) continue;
    for (unsigned i = 0; i < 2; ++i) {
      auto [theta, signs] = paper::lemma51_signs(op, i);
      sv.items.push_back({op, i, theta, signs});
    }
  }
  CHECK(sv.items.size() == 20);  // ten irreducible binary operators (paper Sec. 5)
  auto report = check_exhaustive(sv);
  CHECK(report.verdict == Verdict::verified);
  CHECK(report.points == 40);
  for (std::size_t n = 0; n < sv.items.size(); n += 3) {
    SignVectorClaim bad = sv;
    bad.items[n].theta = -bad.items[n].theta;
    const auto r = check_exhaustive(bad);
    CHECK(r.verdict == Verdict::refuted);
    REQUIRE(r.counterexample);
    CHECK(*r.counterexample == *violation_at(bad.items[n], -1));  // z_i = -1 is tried first
    CHECK(r.points == 2 * n + 1);
  }

  SeededRandom rng(3);
  AffineSelectorClaim aff;
  std::uint64_t expected_points = 0;
  for (unsigned k = 1; k <= 4; ++k) {
    for (unsigned j = 0; j <= k; ++j) {
      std::vector<int> theta(k + 1);
      for (unsigned i = 0; i <= k; ++i) theta[i] = i == j ? 0 : (rng.next() & 1U ? 1 : -1);
      aff.items.push_back({k, j, theta, paper::lemma52_q(k, j, theta)});
      expected_points += k + 1;
    }
  }
  report = check_exhaustive(aff);
  CHECK(report.verdict == Verdict::verified);
  CHECK(report.points == expected_points);
  for (std::size_t n = 0; n < aff.items.size(); n += 2) {
    AffineSelectorClaim bad = aff;
    auto& item = bad.items[n];
    const auto l = rng.below(item.k + 1);
    item.coefficients[l] += rng.next() & 1U ? 1 : -1;
    const auto r = check_exhaustive(bad);
    CHECK(r.verdict == Verdict::refuted);
    CHECK(brute_force_violation(bad).has_value());
    REQUIRE(r.counterexample);
  }
}

TEST_CASE("selector claims beyond 40 variables are bad input", "[exhaustive]") {
  for (std::uint32_t n : {41U, 50U}) {
    const Polynomial p = linear(n - 1, std::vector<long>(n, 1));
    SelectorClaim c = paper::lemma54_claim(BooleanOperator::parse("AND"), 1, {p, p});
    REQUIRE(c.n == n);
    CHECK_THROWS_MATCHES(check_exhaustive(c), InputError,
                         Catch::Message("n = " + std::to_string(n) + " exceeds the exhaustive limit of 40 variables"));
  }
  SelectorClaim broken = paper::lemma54_claim(BooleanOperator::parse("AND"), 1,
                                              {linear(3, {1, 2, 2, 2}), linear(3, {1, 2, 2, 2})});
  broken.cases.pop_back();
  CHECK_THROWS_AS(check_exhaustive(broken), InputError);
}

TEST_CASE("fault injection: a walk that reports a violation the reference does not confirm is a disagreement",
          "[exhaustive][fault]") {
  SeededRandom rng(5);
  std::vector<Polynomial> ps;
  for (unsigned i = 0; i <= 1; ++i) ps.push_back(paper::random_strict(rng, 6, 1, 6));
  const SelectorClaim c = paper::lemma54_claim(BooleanOperator::parse("AND"), 1, ps);
  REQUIRE(check_exhaustive(c).verdict == Verdict::verified);
  for (unsigned corrupted_walk : {0U, 1U, 2U}) {  // case 0, case 1, then the strictness walk (k = 1: none)
    ExhaustiveOptions options;
    unsigned walks = 0;
    options.corrupt_walk = [&](WalkResult& walk) {
      if (walks++ == corrupted_walk) walk.failure = 3;  // x = 3 is no violation: the claim is true
    };
    const CheckReport report = check_exhaustive(c, options);
    CAPTURE(corrupted_walk, report.reason);
    if (corrupted_walk < 2) {
      CHECK(report.verdict == Verdict::disagreement);
      CHECK(exit_code(report.verdict) == 4);
      CHECK(report.reason.find("reference") != std::string::npos);
      CHECK_FALSE(report.counterexample.has_value());
    } else {
      CHECK(report.verdict == Verdict::verified);  // k = 1 has no third walk to corrupt
    }
  }
  // With k = 2 the strictness walk over z = (1,1) is corrupted too.
  std::vector<Polynomial> qs;
  for (unsigned i = 0; i <= 2; ++i) qs.push_back(paper::random_strict(rng, 5, 1, 6));
  const SelectorClaim c2 = paper::lemma54_claim(BooleanOperator::parse("tt:00010111"), 2, qs);
  ExhaustiveOptions options;
  unsigned walks = 0;
  options.corrupt_walk = [&](WalkResult& walk) {
    if (walks++ == 3) walk.failure = 0;
  };
  const CheckReport report = check_exhaustive(c2, options);
  CHECK(walks == 4);
  CHECK(report.verdict == Verdict::disagreement);
}

namespace {

// A random polynomial of degree <= d that may vanish on the cube (constant
// and coefficients of any parity), so that walks fail at zeros as well.
Polynomial random_loose(SeededRandom& rng, unsigned m, int d, unsigned bits) {
  std::vector<Term> terms{{{}, rng.signed_bits(bits)}};
  for (std::uint32_t a = 0; a < m; ++a) terms.push_back({{a}, rng.signed_bits(bits)});
  for (int t = 0; d >= 2 && t < 4; ++t) {
    const auto a = static_cast<std::uint32_t>(rng.below(m)), b = static_cast<std::uint32_t>(rng.below(m));
    if (a != b) terms.push_back({{std::min(a, b), std::max(a, b)}, rng.signed_bits(bits)});
  }
  return Polynomial::from_terms(m, std::move(terms));
}

bool word_bit(const std::uint64_t* words, std::size_t j) { return (words[j >> 6] >> (j & 63)) & 1U; }

}  // namespace

TEST_CASE("walks with more polynomials than a table serves: the predicate, every thread count", "[exhaustive][walk]") {
  SeededRandom rng(1313);
  int failures = 0, passes = 0;
  for (int round = 0; round < 40; ++round) {
    const unsigned m = 4 + static_cast<unsigned>(rng.below(8));
    const std::size_t np = 17 + rng.below(60);  // beyond one 64-bit word of signs at times
    const int d = 1 + static_cast<int>(rng.below(2));
    const bool strict = round % 2 == 0;  // odd constants, even coefficients: never 0
    std::vector<Polynomial> polys;
    for (std::size_t j = 0; j < np; ++j) {
      polys.push_back(strict ? paper::random_strict(rng, m, d, 20) : random_loose(rng, m, d, 6));
    }
    // Accept iff the signs of p_0 and p_np-1 agree or more than a third of all signs are positive.
    const auto rule = [np](const std::uint64_t* positive) {
      std::size_t count = 0;
      for (std::size_t j = 0; j < np; ++j) count += word_bit(positive, j);
      return word_bit(positive, 0) == word_bit(positive, np - 1) || 3 * count > np;
    };
    auto fails = [&](std::uint64_t mask) {
      const CubePoint x = point_from_mask(mask, m);
      std::vector<std::uint64_t> words((np + 63) / 64, 0);
      for (std::size_t j = 0; j < np; ++j) {
        const BigInt v = polys[j].evaluate(x);
        if (v == 0) return true;
        if (v > 0) words[j >> 6] |= std::uint64_t{1} << (j & 63);
      }
      return !rule(words.data());
    };
    std::optional<std::uint64_t> first_step;
    for (std::uint64_t t = 0; t < (std::uint64_t{1} << m) && !first_step; ++t) {
      if (fails(gray_code(t))) first_step = t;
    }
    for (auto tier : {ArithmeticTier::int64, ArithmeticTier::bigint}) {
      for (unsigned threads : {1U, 2U, 3U, 7U}) {
        const WalkResult walk = gray_walk(polys, SignPredicate(rule), {tier, threads, 5});
        INFO("round " << round << ", m = " << m << ", np = " << np << ", threads " << threads);
        CHECK_FALSE(walk.linear_fast);
        CHECK(walk.threads == (threads == 1 ? 1U : std::min<unsigned>(threads, (1U << m) / 5 + 1)));
        check_walk_stops_at(walk, first_step, m);
      }
    }
    (first_step ? failures : passes) += 1;
  }
  CHECK(failures >= 8);
  CHECK(passes >= 8);
  CHECK_THROWS_AS(gray_walk({}, SignPredicate([](const std::uint64_t*) { return true; })), InputError);
  CHECK_THROWS_AS(gray_walk(std::vector<Polynomial>(17, Polynomial(2)), std::vector<bool>(1U << 17, true)), InputError);
}

TEST_CASE("int32 lanes below l1 = 2^30, int64 lanes from there, both exact at a zero", "[exhaustive][walk][tier]") {
  // p = -(a + b) + a x0 + b x1 + x2 - x2: with x0 = x1 = 1 it is 0. l1 = 2(a + b).
  for (const std::int64_t l1 : {(std::int64_t{1} << 30) - 2, std::int64_t{1} << 30}) {
    const std::int64_t a = l1 / 4, b = l1 / 2 - a;
    const Polynomial p = Polynomial::from_terms(14, {{{}, BigInt(-(a + b))}, {{0}, BigInt(a)}, {{1}, BigInt(b)}});
    const Polynomial q = Polynomial::from_terms(14, {{{}, BigInt(1)}, {{13}, BigInt(2)}});
    for (unsigned threads : {1U, 2U}) {
      const WalkResult walk = gray_walk({q, p}, std::vector<bool>(4, true), {ArithmeticTier::int64, threads, 1});
      CHECK(walk.lane_bits == (l1 < (std::int64_t{1} << 30) ? 32U : 64U));
      REQUIRE(walk.failure.has_value());
      CHECK(*walk.failure == 3);  // x0 = x1 = 1 is gray(2), the third point
      CHECK(walk.points == 3);
    }
  }
}

TEST_CASE("small walks run on the calling thread, large ones on the threads asked for", "[exhaustive][walk]") {
  SeededRandom rng(5);
  for (const unsigned m : {10U, 24U}) {
    const std::vector<Polynomial> polys{paper::random_strict(rng, m, 1, 15), paper::random_strict(rng, m, 1, 15)};
    const WalkResult walk = gray_walk(polys, std::vector<bool>(4, true), {ArithmeticTier::int64, 2});
    CHECK(walk.linear_fast);
    CHECK(walk.failure == std::nullopt);
    CHECK(walk.threads == (m == 10 ? 1U : 2U));
  }
}

TEST_CASE("verdict, counterexample and points do not depend on the thread count", "[exhaustive][threads]") {
  SeededRandom rng(4242);
  int refuted = 0, verified = 0, threaded = 0;
  for (int d = 1; d <= 2; ++d) {
    for (auto tier : {ArithmeticTier::int64, ArithmeticTier::int128, ArithmeticTier::bigint}) {
      for (int trial = 0; trial < 4; ++trial) {
        const unsigned k = 1 + trial % 2, m = tier == ArithmeticTier::int64 ? 14 : 11;
        std::vector<Polynomial> ps;
        for (unsigned i = 0; i <= k; ++i) ps.push_back(paper::random_strict(rng, m, d, 12));
        SelectorClaim c = paper::lemma54_claim(k == 1 ? BooleanOperator::parse("AND") : BooleanOperator::parse("tt:01101001"), k, ps);
        // trial 0, 1: valid; 2: M too small for one gate (may stay true); 3: f_0 replaced, and a gate
        // coefficient nudged: almost surely false.
        if (trial == 2) {
          std::vector<BigInt> M;
          for (const auto& p : ps) M.push_back(paper::lemma53_M(p));
          M[1] = M[1] / 3;
          c = paper::lemma54_claim(c.combine, k, ps, M);
        }
        if (trial == 3) {
          c.inputs[0] = paper::random_strict(rng, m, d, 12);
          c.gates[1] = with_coefficient_nudged(c.gates[1], 3, 1);
        }
        ExhaustiveOptions one;
        one.minimum_tier = tier;
        one.threads = 1;
        const CheckReport expected = check_exhaustive(c, one);
        for (unsigned threads : {2U, 3U, 7U}) {
          for (std::uint64_t chunk : {std::uint64_t{0}, std::uint64_t{64}, std::uint64_t{777}}) {
            ExhaustiveOptions options = one;
            options.threads = threads;
            options.chunk_points = chunk;
            unsigned most = 1;
            options.corrupt_walk = [&](WalkResult& walk) { most = std::max(most, walk.threads); };  // observes only
            const CheckReport report = check_exhaustive(c, options);
            INFO("d = " << d << ", tier " << to_string(tier) << ", trial " << trial << ", threads " << threads
                        << ", chunk " << chunk);
            CHECK(report.verdict == expected.verdict);
            CHECK(report.reason == expected.reason);
            CHECK(report.counterexample == expected.counterexample);
            CHECK(report.points == expected.points);
            if (chunk != 0) CHECK(most > 1);  // the split path really ran
            threaded += most > 1;
          }
        }
        CHECK((expected.verdict == Verdict::refuted) == brute_force_violation(c).has_value());
        (expected.verdict == Verdict::refuted ? refuted : verified) += 1;
      }
    }
  }
  CHECK(refuted >= 8);
  CHECK(verified >= 12);
  CHECK(threaded > 0);
}
