// Operator classes T_B(n;1,1), gated pairs T(n,1;x) and gated layers T(n,m,1;x), each against
// the plain definition: on all of T(n;1) for n <= 4 (layers n <= 3), on random negation-closed
// families at n = 5 and for the layers at n = 3, 4. All of T(5;1), the layers on all of T(4;1)
// and the comparison with capacity/counts.cpp are in test_operator_classes_slow.cpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <iterator>
#include <map>
#include <random>
#include <set>

#include "core/error.h"
#include "count/operator_classes.h"
#include "witness/threshold_functions.h"

using namespace quarks;
using namespace quarks::count;

namespace {

// T(m;1) for m <= 4 from the witness module's search (its own count check is independent).
const std::vector<std::uint64_t>& ltf(std::uint32_t m) {
  static std::map<std::uint32_t, std::vector<std::uint64_t>> cache;
  auto it = cache.find(m);
  if (it == cache.end()) {
    std::vector<std::uint64_t> t;
    for (const auto& p : all_linear_threshold_functions(m)) t.push_back(truth_table(p));
    it = cache.emplace(m, std::move(t)).first;
  }
  return it->second;
}

std::uint64_t popcount(const std::vector<std::uint64_t>& bits) {
  std::uint64_t s = 0;
  for (auto w : bits) s += static_cast<std::uint64_t>(std::popcount(w));
  return s;
}

std::uint64_t size_of_ltf_class(std::uint32_t n) { return n == 0 ? 2 : ltf(n).size(); }

}  // namespace

TEST_CASE("|T(n,1)| for n = 1..4 is 4, 14, 104, 1882", "[count][operator-classes]") {
  const std::uint64_t known[] = {4, 14, 104, 1882};
  for (std::uint32_t n = 1; n <= 4; ++n) {
    CAPTURE(n);
    CHECK(ltf(n).size() == known[n - 1]);
    CHECK(operator_class_counts(n, ltf(n), 1).ltf_count == known[n - 1]);
  }
}

TEST_CASE("every |T_B(n,1,1)| and the intersection equal the plain definition, n = 1..4",
          "[count][operator-classes][thm-4.2][prop-5.5]") {
  for (std::uint32_t n = 1; n <= 4; ++n) {
    CAPTURE(n);
    const OperatorClassCounts c = operator_class_counts(n, ltf(n), 2);
    REQUIRE(c.per_operator.size() == 16);
    CHECK(c.all_functions == std::uint64_t{1} << (1U << n));
    const auto ops = BooleanOperator::all_binary();
    std::vector<std::uint64_t> all_irreducible;
    unsigned irreducible = 0;
    for (std::size_t i = 0; i < 16; ++i) {
      const auto& oc = c.per_operator[i];
      CAPTURE(oc.name);
      CHECK(oc.op == ops[i]);
      CHECK(oc.irreducible == ops[i].irreducible());
      const auto ref = operator_class_reference(n, ops[i], ltf(n));
      CHECK(oc.count == popcount(ref));
      if (!ops[i].irreducible()) continue;
      ++irreducible;
      if (all_irreducible.empty()) {
        all_irreducible = ref;
      } else {
        for (std::size_t w = 0; w < ref.size(); ++w) all_irreducible[w] &= ref[w];
      }
    }
    CHECK(irreducible == 10);
    // Prop 5.5 by the definition (the ten sets intersected) against A ∩ ¬A ∩ X.
    CHECK(c.intersection == popcount(all_irreducible));
  }
}

TEST_CASE("the gated pair classes are the AND and XNOR classes, as sets", "[count][operator-classes][thm-4.1]") {
  for (std::uint32_t n = 1; n <= 4; ++n) {
    CAPTURE(n);
    const auto and_set = gated_pair_class(n, GateEncoding::zero_one, ltf(n), 1);
    const auto xnor_set = gated_pair_class(n, GateEncoding::plus_minus_one, ltf(n), 1);
    CHECK(and_set == operator_class_reference(n, BooleanOperator::parse("AND"), ltf(n)));
    CHECK(xnor_set == operator_class_reference(n, BooleanOperator::parse("XNOR"), ltf(n)));
    CHECK(gated_pair_class(n, GateEncoding::zero_one, ltf(n), 3) == and_set);
    CHECK(gated_pair_class(n, GateEncoding::plus_minus_one, ltf(n), 2) == xnor_set);
    const auto c = operator_class_counts(n, ltf(n), 1);
    CHECK(c.gated_pair(GateEncoding::zero_one) == popcount(and_set));
    CHECK(c.gated_pair(GateEncoding::plus_minus_one) == popcount(xnor_set));
  }
}

TEST_CASE("the counts do not depend on the number of threads", "[count][operator-classes]") {
  for (std::uint32_t n = 1; n <= 4; ++n) {
    CAPTURE(n);
    const auto one = operator_class_counts(n, ltf(n), 1);
    for (unsigned threads : {2U, 3U, 7U}) {
      CAPTURE(threads);
      const auto more = operator_class_counts(n, ltf(n), threads);
      CHECK(more.and_class == one.and_class);
      CHECK(more.xor_class == one.xor_class);
      CHECK(more.intersection == one.intersection);
      for (std::size_t i = 0; i < 16; ++i) CHECK(more.per_operator[i].count == one.per_operator[i].count);
    }
  }
}

TEST_CASE("bounds of Thm 4.2 (Eq. 5.13) and Prop 5.5 (Eq. 5.14) hold, n = 1..4",
          "[count][operator-classes][thm-4.2][prop-5.5]") {
  for (std::uint32_t n = 1; n <= 4; ++n) {
    CAPTURE(n);
    const auto c = operator_class_counts(n, ltf(n), 2);
    const std::uint64_t smaller = size_of_ltf_class(n - 1), single = c.ltf_count;
    for (const auto& oc : c.per_operator) {
      CAPTURE(oc.name);
      switch (oc.kind) {
        case OperatorClassKind::constant: CHECK(oc.count == 1); break;
        case OperatorClassKind::projection: CHECK(oc.count == single); break;
        default:
          CHECK(oc.irreducible);
          CHECK(oc.count >= smaller * smaller);
          CHECK(oc.count <= std::min(single * single, c.all_functions));
      }
    }
    CHECK(c.intersection >= smaller * smaller);
    CHECK(c.intersection <= std::min(c.and_class, c.xor_class));
  }
}

TEST_CASE("gated layers T(n,m,1,x) equal the plain definition for n <= 3, m <= 2 and n <= 2, m = 3",
          "[count][gated-layer][thm-4.3]") {
  for (auto enc : {GateEncoding::zero_one, GateEncoding::plus_minus_one}) {
    for (std::uint32_t n = 1; n <= 3; ++n) {
      for (std::uint32_t m = 1; m <= 3; ++m) {
        if (n == 3 && m == 3) continue;  // slow tier
        CAPTURE(n, m, enc == GateEncoding::zero_one);
        const auto fast = gated_layer_count(n, m, enc, ltf(n), ltf(m), 2);
        CHECK(fast == gated_layer_reference(n, m, enc, ltf(n), ltf(m)));
        CHECK(gated_layer_count(n, m, enc, ltf(n), ltf(m), 1) == fast);
        // One gate (phi = a projection) already gives every product: P ⊆ layer class.
        const auto pair = operator_class_counts(n, ltf(n), 1).gated_pair(enc);
        CHECK(fast >= pair);
        CHECK(fast <= std::uint64_t{1} << (1U << n));
      }
    }
  }
}

TEST_CASE("gated layers grow with m", "[count][gated-layer][thm-4.3]") {
  for (auto enc : {GateEncoding::zero_one, GateEncoding::plus_minus_one}) {
    for (std::uint32_t n = 1; n <= 3; ++n) {
      CAPTURE(n);
      const auto one = gated_layer_count(n, 1, enc, ltf(n), ltf(1), 1);
      const auto two = gated_layer_count(n, 2, enc, ltf(n), ltf(2), 1);
      CHECK(one <= two);
    }
  }
}

TEST_CASE("inputs outside the limits are refused with InputError", "[count][operator-classes][gated-layer]") {
  CHECK_THROWS_AS(operator_class_counts(0, ltf(1), 1), InputError);
  CHECK_THROWS_AS(operator_class_counts(6, ltf(1), 1), InputError);
  CHECK_THROWS_AS(operator_class_counts(2, ltf(2), 0), InputError);
  CHECK_THROWS_AS(gated_pair_class(5, GateEncoding::zero_one, ltf(1), 1), InputError);
  // Tables of more points than 2^n, duplicates, and a list not closed under negation.
  CHECK_THROWS_AS(operator_class_counts(2, ltf(3), 1), InputError);
  auto twice = ltf(2);
  twice.push_back(twice.front());
  CHECK_THROWS_AS(operator_class_counts(2, twice, 1), InputError);
  auto open = ltf(3);
  open.erase(open.begin() + 5);
  CHECK_THROWS_AS(operator_class_counts(3, open, 1), InputError);
  // T(m;1) without an input flip of one of its members: x0 AND x1 without ¬x0 AND x1 and its negation.
  std::vector<std::uint64_t> phis;
  for (auto t : ltf(2)) {
    if (t != 0b0100 && t != 0b1011) phis.push_back(t);
  }
  CHECK_THROWS_AS(gated_layer_count(2, 2, GateEncoding::zero_one, ltf(2), phis, 1), InputError);
  try {
    (void)gated_layer_count(4, 3, GateEncoding::zero_one, ltf(4), ltf(3), 1);
    FAIL("expected InputError");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("n = 4 with m <= 2") != std::string::npos);
  }
  CHECK_THROWS_AS(gated_layer_count(5, 1, GateEncoding::zero_one, ltf(4), ltf(1), 1), InputError);
  CHECK_THROWS_AS(gated_layer_count(3, 4, GateEncoding::zero_one, ltf(3), ltf(4), 1), InputError);
  CHECK_THROWS_AS(gated_layer_count(2, 0, GateEncoding::zero_one, ltf(2), ltf(1), 1), InputError);
}

namespace {

// k random members of `from` and their negations: a family closed under negation, which is
// all the operator-class code assumes of T(n;1).
std::vector<std::uint64_t> negation_closed_sample(const std::vector<std::uint64_t>& from, std::uint32_t n,
                                                  std::size_t k, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  const std::uint64_t mask = (std::uint64_t{1} << (1U << n)) - 1;
  std::set<std::uint64_t> s;
  while (s.size() < 2 * k) {
    const std::uint64_t f = from[rng() % from.size()];
    s.insert(f);
    s.insert(~f & mask);
  }
  return {s.begin(), s.end()};
}

// Random threshold functions of 5 variables (|w_i| <= 5, odd bias so never 0) and negations.
std::vector<std::uint64_t> random_ltfs5(std::size_t k, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::set<std::uint64_t> s;
  while (s.size() < 2 * k) {
    int w[5];
    for (int& v : w) v = static_cast<int>(rng() % 11) - 5;
    const int b = static_cast<int>(rng() % 21) - 10;
    std::uint64_t t = 0;
    for (std::uint32_t x = 0; x < 32; ++x) {
      int s2 = 2 * b + 1;
      for (int v = 0; v < 5; ++v) s2 += (x >> v & 1U) ? 2 * w[v] : 0;
      if (s2 > 0) t |= std::uint64_t{1} << x;
    }
    s.insert(t);
    s.insert(~t & 0xFFFFFFFFULL);
  }
  return {s.begin(), s.end()};
}

// The flips and negations of phi: a family with the closures gated_layer_count needs.
std::vector<std::uint64_t> flip_orbit(std::uint64_t phi, std::uint32_t m) {
  const std::uint64_t mask = (std::uint64_t{1} << (1U << m)) - 1;
  std::set<std::uint64_t> s;
  for (std::uint64_t flips = 0; flips < (std::uint64_t{1} << m); ++flips) {
    std::uint64_t t = 0;
    for (std::uint64_t r = 0; r < (std::uint64_t{1} << m); ++r) t |= (phi >> (r ^ flips) & 1U) << r;
    s.insert(t);
    s.insert(~t & mask);
  }
  return {s.begin(), s.end()};
}

}  // namespace

TEST_CASE("n = 5 block machinery equals the plain definition on a random negation-closed family",
          "[count][operator-classes][thm-4.2][prop-5.5]") {
  const auto family = random_ltfs5(150, 11);
  const auto fast = operator_class_counts(5, family, 2);
  CHECK(fast.ltf_count == family.size());
  CHECK(fast.all_functions == std::uint64_t{1} << 32);
  // Every B by its rows on all ordered pairs, as sorted sets; the ten irreducible intersected.
  std::vector<std::uint64_t> meet;
  bool first = true;
  const auto ops = BooleanOperator::all_binary();
  for (std::size_t i = 0; i < 16; ++i) {
    std::vector<std::uint64_t> cls;
    for (auto f : family) {
      for (auto g : family) {
        std::uint64_t h = 0;
        for (std::uint64_t r = 0; r < 4; ++r) {
          if (ops[i].row(r)) h |= ((r & 1U) ? f : ~f) & ((r & 2U) ? g : ~g);
        }
        cls.push_back(h & 0xFFFFFFFFULL);
      }
    }
    std::sort(cls.begin(), cls.end());
    cls.erase(std::unique(cls.begin(), cls.end()), cls.end());
    CAPTURE(ops[i].describe());
    CHECK(fast.per_operator[i].count == cls.size());
    if (!ops[i].irreducible()) continue;
    if (first) {
      meet = cls;
      first = false;
    } else {
      std::vector<std::uint64_t> both;
      std::set_intersection(meet.begin(), meet.end(), cls.begin(), cls.end(), std::back_inserter(both));
      meet = both;
    }
  }
  CHECK(fast.intersection == meet.size());
  const auto one = operator_class_counts(5, family, 1);
  CHECK(one.and_class == fast.and_class);
  CHECK(one.xor_class == fast.xor_class);
  CHECK(one.intersection == fast.intersection);
}

TEST_CASE("gated layers equal the plain definition on sub-families that do not saturate",
          "[count][gated-layer][thm-4.3]") {
  for (auto enc : {GateEncoding::zero_one, GateEncoding::plus_minus_one}) {
    const bool zero_one = enc == GateEncoding::zero_one;
    // n = 4, three LTFs and their negations: |P| <= 21 and |P ∪ ¬P| <= 42, so with |T(2;1)| = 14
    // at most 14 * 42^2 < 2^16 functions: the class cannot be all of them.
    for (std::uint64_t seed : {1U, 2U, 3U}) {
      const auto fam = negation_closed_sample(ltf(4), 4, 3, seed);
      for (std::uint32_t m = 1; m <= 2; ++m) {
        CAPTURE(zero_one, seed, m);
        const auto fast = gated_layer_count(4, m, enc, fam, ltf(m), 2);
        CHECK(fast == gated_layer_reference(4, m, enc, fam, ltf(m)));
        CHECK(fast < 65536);
      }
    }
    // n = 3 with the full T(3;1) and families of phi: the flip orbits of AND (m = 2) and of
    // majority and of x0 AND (x1 OR x2) (m = 3).
    const std::pair<std::uint32_t, std::uint64_t> phis[] = {{2, 0b1000}, {3, 0b11101000}, {3, 0b10101000}};
    for (const auto& [m, phi] : phis) {
      CAPTURE(zero_one, m, phi);
      const auto fam_m = flip_orbit(phi, m);
      const auto fast = gated_layer_count(3, m, enc, ltf(3), fam_m, 1);
      CHECK(fast == gated_layer_reference(3, m, enc, ltf(3), fam_m));
      CHECK(gated_layer_count(3, m, enc, ltf(3), fam_m, 2) == fast);
    }
    // n = 3, a small family of gates, m = 3 on all of T(3;1).
    const auto fam3 = negation_closed_sample(ltf(3), 3, 2, 5);
    CAPTURE(zero_one);
    const auto fast = gated_layer_count(3, 3, enc, fam3, ltf(3), 2);
    CHECK(fast == gated_layer_reference(3, 3, enc, fam3, ltf(3)));
  }
}

TEST_CASE("a list of phi with a table that is not unate is refused", "[count][gated-layer]") {
  auto phis = ltf(2);
  phis.push_back(0b0110);  // XOR and XNOR: closed under flips and negation, but no LTF
  phis.push_back(0b1001);
  CHECK_THROWS_AS(gated_layer_count(2, 2, GateEncoding::zero_one, ltf(2), phis, 1), InputError);
}
