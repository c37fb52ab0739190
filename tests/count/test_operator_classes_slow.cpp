// Operator classes at n = 5 on all of T(5;1), gated layers on all of T(3;1) (m = 3) and
// T(4;1) (m = 2) against the plain definition, and agreement with capacity/counts.cpp
// (LABEL slow: about a minute on 2 cores).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <numeric>

#include "capacity/counts.h"
#include "count/operator_classes.h"
#include "witness/threshold_functions.h"

using namespace quarks;
using namespace quarks::count;

namespace {

// T(n;1) for n <= 5, test-only: every integer weight vector with |w_i| <= 5 and every cut
// between consecutive distinct values of w.x. Complete because every LTF of n <= 5 variables
// has such weights; the tests check the counts 4, 14, 104, 1882, 94572 (OEIS A000609).
std::vector<std::uint64_t> small_weight_ltfs(std::uint32_t n) {
  const int w_max = 5;
  const std::uint32_t points = 1U << n;
  std::vector<std::uint64_t> out;
  std::vector<int> w(n, -w_max);
  std::vector<std::uint32_t> order(points);
  std::vector<int> s(points);
  for (;;) {
    for (std::uint32_t x = 0; x < points; ++x) {
      s[x] = 0;
      for (std::uint32_t v = 0; v < n; ++v) s[x] += (x >> v & 1U) ? w[v] : 0;
    }
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return s[a] > s[b]; });
    std::uint64_t table = 0;
    out.push_back(0);  // the cut above every value
    for (std::uint32_t k = 0; k < points; ++k) {
      table |= std::uint64_t{1} << order[k];
      if (k + 1 == points || s[order[k + 1]] != s[order[k]]) out.push_back(table);
    }
    std::uint32_t v = 0;
    while (v < n && w[v] == w_max) w[v++] = -w_max;
    if (v == n) break;
    ++w[v];
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const std::vector<std::uint64_t>& ltf(std::uint32_t n) {
  static std::map<std::uint32_t, std::vector<std::uint64_t>> cache;
  auto it = cache.find(n);
  if (it == cache.end()) it = cache.emplace(n, small_weight_ltfs(n)).first;
  return it->second;
}

}  // namespace

TEST_CASE("the small-weight generator gives T(n,1) for n = 1..5", "[count][operator-classes][slow]") {
  const std::size_t known[] = {4, 14, 104, 1882, 94572};
  for (std::uint32_t n = 1; n <= 5; ++n) {
    CAPTURE(n);
    CHECK(ltf(n).size() == known[n - 1]);
    if (n > kMaxEnumeratedVariables) continue;
    std::vector<std::uint64_t> witness;
    for (const auto& p : all_linear_threshold_functions(n)) witness.push_back(truth_table(p));
    std::sort(witness.begin(), witness.end());
    CHECK(witness == ltf(n));
  }
}

TEST_CASE("operator classes at n = 5: 1 and 2 threads agree, bounds of Eq. 5.13 and 5.14",
          "[count][operator-classes][thm-4.2][prop-5.5][thm-4.1][slow]") {
  REQUIRE(ltf(5).size() == 94572);
  const auto two = operator_class_counts(5, ltf(5), 2);
  const auto one = operator_class_counts(5, ltf(5), 1);
  CHECK(one.and_class == two.and_class);
  CHECK(one.xor_class == two.xor_class);
  CHECK(one.intersection == two.intersection);
  const std::uint64_t smaller = ltf(4).size(), single = ltf(5).size();
  CHECK(two.ltf_count == single);
  REQUIRE(two.per_operator.size() == 16);
  for (std::size_t i = 0; i < 16; ++i) {
    const auto& oc = two.per_operator[i];
    CAPTURE(oc.name);
    CHECK(oc.count == one.per_operator[i].count);
    if (!oc.irreducible) continue;
    CHECK(oc.count >= smaller * smaller);  // Eq. 5.13, lower
    CHECK(oc.count <= single * single);    // Eq. 5.13, upper
  }
  CHECK(two.intersection >= smaller * smaller);  // Eq. 5.14
  CHECK(two.intersection <= std::min(two.and_class, two.xor_class));
  // A ⊆ X would make the intersection A ∩ ¬A; it is not (and X is the larger class).
  CHECK(two.and_class < two.xor_class);
}

TEST_CASE("gated layers on all of T(3,1), m = 3, and T(4,1), m = 2, equal the plain definition",
          "[count][gated-layer][thm-4.3][slow]") {
  for (auto enc : {GateEncoding::zero_one, GateEncoding::plus_minus_one}) {
    for (auto [n, m] : {std::pair<std::uint32_t, std::uint32_t>{3, 3}, {4, 1}, {4, 2}}) {
      CAPTURE(n, m, enc == GateEncoding::zero_one);
      const auto fast = gated_layer_count(n, m, enc, ltf(n), ltf(m), 2);
      CHECK(fast == gated_layer_reference(n, m, enc, ltf(n), ltf(m)));
    }
  }
}

TEST_CASE("the ten irreducible classes and the intersection equal capacity/counts.cpp, n = 2..4",
          "[count][operator-classes][capacity][slow]") {
  for (std::uint32_t n = 2; n <= 4; ++n) {
    CAPTURE(n);
    const auto mine = operator_class_counts(n, ltf(n), 2);
    const auto theirs = composition_capacity(n);
    CHECK(mine.ltf_count == theirs.single);
    CHECK(mine.intersection == theirs.intersection);
    CHECK(mine.all_functions == theirs.all_functions);
    REQUIRE(theirs.per_operator.size() == 10);
    for (const auto& oc : theirs.per_operator) {
      CAPTURE(oc.op);
      const auto it = std::find_if(mine.per_operator.begin(), mine.per_operator.end(),
                                   [&](const OperatorClassCount& c) { return c.name == oc.op; });
      REQUIRE(it != mine.per_operator.end());
      CHECK(it->irreducible);
      CHECK(it->count == oc.count);
    }
  }
}
