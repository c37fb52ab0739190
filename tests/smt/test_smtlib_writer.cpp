#include <catch2/catch.hpp>

#include <stdexcept>

#include "smt/smtlib_writer.h"
#include "smtlib_eval.h"

using namespace quarks;
using namespace quarks::smt::smtlib;

TEST_CASE("smtlib writer: integers from their exact decimal string, negatives as (- n)", "[smt][smtlib]") {
  CHECK(integer(BigInt(0)) == "0");
  CHECK(integer(BigInt(17)) == "17");
  CHECK(integer(BigInt(-17)) == "(- 17)");
  // Beyond every machine integer, both signs.
  const std::string big = "123456789012345678901234567890123456789";
  CHECK(integer(parse_bigint(big)) == big);
  CHECK(integer(parse_bigint("-" + big)) == "(- " + big + ")");
  CHECK(integer(parse_bigint("-9223372036854775808")) == "(- 9223372036854775808)");
  CHECK(product(BigInt(-3), "x0") == "(* (- 3) x0)");
  CHECK(product(BigInt(1), "x0") == "(* 1 x0)");
}

TEST_CASE("smtlib writer: sums, and, or never have fewer than two arguments", "[smt][smtlib]") {
  CHECK(sum({}) == "0");
  CHECK(sum({"x"}) == "x");  // cvc5 rejects (+ x)
  CHECK(sum({"x", "(* 2 y)", "(- 5)"}) == "(+ x (* 2 y) (- 5))");
  CHECK(and_({}) == "true");
  CHECK(and_({"a"}) == "a");
  CHECK(and_({"a", "b"}) == "(and a b)");
  CHECK(or_({}) == "false");
  CHECK(or_({"a"}) == "a");
  CHECK(or_({"a", "b", "c"}) == "(or a b c)");
  CHECK(difference("a", "1") == "(- a 1)");
  CHECK(eq("a", "b") == "(= a b)");
  CHECK(le("a", "b") == "(<= a b)");
  CHECK(lt("a", "b") == "(< a b)");
  CHECK(ge("a", "b") == "(>= a b)");
  CHECK(gt("a", "b") == "(> a b)");
  CHECK(not_("a") == "(not a)");
  CHECK(ite("c", "a", "b") == "(ite c a b)");
  CHECK(boolean(true) == "true");
  CHECK(boolean(false) == "false");
  CHECK(comment("two\nlines\r") == "; two lines \n");
}

TEST_CASE("smtlib writer: declarations first, in order, one command per line", "[smt][smtlib]") {
  SmtLibWriter w;
  w.declare_int("x0");
  w.add_assertion(le("0", "x0"));
  w.declare_bool("p_1");
  w.add_assertion(or_({"p_1", gt("x0", integer(BigInt(-2)))}));
  CHECK(w.declared("x0"));
  CHECK_FALSE(w.declared("x1"));
  CHECK(w.str() ==
        "(declare-fun x0 () Int)\n"
        "(declare-fun p_1 () Bool)\n"
        "(assert (<= 0 x0))\n"
        "(assert (or p_1 (> x0 (- 2))))\n");
}

TEST_CASE("smtlib writer: bad or repeated symbols are refused", "[smt][smtlib]") {
  SmtLibWriter w;
  w.declare_int("F0");
  CHECK_THROWS_AS(w.declare_int("F0"), std::logic_error);
  CHECK_THROWS_AS(w.declare_bool("F0"), std::logic_error);
  for (const char* bad : {"", "0x", "a b", "x-1", "(x)", "true", "and", "ite", "let", "|x|"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(w.declare_int(bad), std::logic_error);
  }
  CHECK(w.str() == "(declare-fun F0 () Int)\n");
}

TEST_CASE("smtlib writer: what it writes means what it says (test evaluator)", "[smt][smtlib]") {
  using quarks::test::bool_value;
  using quarks::test::eval_text;
  using quarks::test::int_value;
  quarks::test::SmtEnv env{{"x", int_value(7)}, {"p", bool_value(false)}};
  const std::string big = "-98765432109876543210987654321";
  CHECK(eval_text(integer(parse_bigint(big)), env).i == parse_bigint(big));
  CHECK(eval_text(sum({product(BigInt(-3), "x"), integer(BigInt(22))}), env).i == 1);
  CHECK(eval_text(ite(not_("p"), difference("x", "1"), "0"), env).i == 6);
  CHECK(eval_text(and_({ge("x", "7"), lt("x", "8"), not_(eq("p", "true"))}), env).b);
}
