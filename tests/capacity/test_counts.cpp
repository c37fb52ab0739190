#include <catch2/catch.hpp>

#include <cmath>

#include "capacity/counts.h"
#include "core/error.h"

using namespace quarks;

TEST_CASE("exact |T_B(n,1,1)| lies between the bounds of Theorem 4.2", "[thm-4.2][capacity]") {
  for (std::uint32_t n = 2; n <= 4; ++n) {
    auto c = composition_capacity(n);
    CAPTURE(n);
    REQUIRE(c.per_operator.size() == 10);
    for (const auto& oc : c.per_operator) {
      CAPTURE(oc.op);
      CHECK(oc.count >= c.single_smaller * c.single_smaller);                     // lower bound (5.13)
      CHECK(oc.count <= std::min(c.single * c.single, c.all_functions));         // upper bound
      CHECK(oc.count >= c.single);  // B(f, g) with g fixed to a constant that B passes f through
    }
  }
}

TEST_CASE("Proposition 5.5: the intersection over the 10 operators is at least |T(n-1,1)|^2", "[prop-5.5][capacity]") {
  for (std::uint32_t n = 2; n <= 4; ++n) {
    auto c = composition_capacity(n);
    CAPTURE(n);
    CHECK(c.intersection >= c.single_smaller * c.single_smaller);
    for (const auto& oc : c.per_operator) CHECK(c.intersection <= oc.count);
  }
}

TEST_CASE("counts follow the symmetries of the operators", "[capacity]") {
  auto c = composition_capacity(3);
  auto count = [&](const std::string& op) {
    for (const auto& oc : c.per_operator) if (oc.op == op) return oc.count;
    FAIL("missing " << op);
    return std::uint64_t{0};
  };
  // T(n;1) is closed under negation, so B and its De Morgan duals reach the same classes size.
  CHECK(count("AND") == count("OR"));
  CHECK(count("AND") == count("NAND"));
  CHECK(count("AND") == count("NOR"));
  CHECK(count("XOR") == count("XNOR"));
  CHECK(count("AND") == count("IMPLY"));
  CHECK(c.single == 104);
  CHECK(c.single_smaller == 14);
  CHECK_THROWS_AS(composition_capacity(5), InputError);
}
