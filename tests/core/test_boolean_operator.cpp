#include <catch2/catch.hpp>

#include "core/boolean_operator.h"
#include "core/error.h"

using namespace quarks;

TEST_CASE("exactly 10 of the 16 binary operators are irreducible", "[boolean_operator]") {
  int irreducible = 0;
  std::vector<std::string> names;
  for (const auto& op : BooleanOperator::all_binary()) {
    if (op.irreducible()) {
      ++irreducible;
      names.push_back(op.describe());
    }
  }
  CHECK(irreducible == 10);
  // The six reducible ones are the two constants and the four projections/negations.
  for (const char* reducible : {"TRUE", "FALSE", "Z0", "Z1", "NOT_Z0", "NOT_Z1"}) {
    CHECK_FALSE(BooleanOperator::parse(reducible).irreducible());
  }
  for (const char* name : {"AND", "OR", "XOR", "NAND", "NOR", "XNOR", "IMPLY", "NIMPLY", "CIMPLY", "CNIMPLY"}) {
    CAPTURE(name);
    CHECK(BooleanOperator::parse(name).irreducible());
  }
}

TEST_CASE("named operators follow the +1 = true encoding", "[boolean_operator]") {
  auto AND = BooleanOperator::parse("and");
  CHECK(AND.truth_table() == "0001");
  CHECK(AND.evaluate_pm1({1, 1}) == 1);
  CHECK(AND.evaluate_pm1({1, -1}) == -1);
  CHECK(BooleanOperator::parse("XOR").evaluate_pm1({1, -1}) == 1);
  CHECK(BooleanOperator::parse("XOR").evaluate_pm1({-1, -1}) == -1);
  // Output gating of two +-1 gates multiplies them: that is XNOR (Sec. 4.2).
  auto XNOR = BooleanOperator::parse("XNOR");
  for (int a : {-1, 1}) for (int b : {-1, 1}) CHECK(XNOR.evaluate_pm1({a, b}) == a * b);
  // IMPLY is z0 -> z1: false only at z0 = +1, z1 = -1.
  CHECK(BooleanOperator::parse("IMPLY").evaluate_pm1({1, -1}) == -1);
  CHECK(BooleanOperator::parse("IMPLY").evaluate_pm1({-1, 1}) == 1);
  CHECK(BooleanOperator::parse("tt:0001") == AND);
  CHECK(AND.name().value() == "AND");
}

TEST_CASE("k-ary truth tables and irreducibility", "[boolean_operator]") {
  auto majority = BooleanOperator::parse("tt:00010111");
  CHECK(majority.arity() == 3);
  CHECK(majority.irreducible());
  auto ignores_z2 = BooleanOperator::parse("tt:00010001");  // AND(z0, z1), z2 ignored
  CHECK_FALSE(ignores_z2.depends_on(2));
  CHECK_FALSE(ignores_z2.irreducible());
  // Count irreducible operators of 3 variables: 256 - (functions of <= 2 of them) = 218.
  int count = 0;
  for (unsigned code = 0; code < 256; ++code) {
    std::vector<bool> rows(8);
    for (unsigned t = 0; t < 8; ++t) rows[t] = (code >> t) & 1U;
    count += BooleanOperator(3, rows).irreducible();
  }
  CHECK(count == 218);
}

TEST_CASE("malformed operators are rejected with a message", "[boolean_operator]") {
  CHECK_THROWS_AS(BooleanOperator::parse("ANDD"), InputError);
  CHECK_THROWS_AS(BooleanOperator::parse("tt:011"), InputError);
  CHECK_THROWS_AS(BooleanOperator::parse("tt:01x1"), InputError);
  CHECK_THROWS_AS(BooleanOperator::parse("tt:"), InputError);
  CHECK_THROWS_AS(BooleanOperator(2, std::vector<bool>(3)), InputError);
}
