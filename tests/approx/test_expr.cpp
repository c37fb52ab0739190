// The expression grammar of docs/approximation.md: accepted forms, refused corners, and the
// interval evaluation with derivative enclosures.
#include <catch2/catch.hpp>

#include "approx/expr.h"
#include "core/error.h"

using namespace quarks::approx;

namespace {
Interval at(const std::string& text, double x) { return Expr::parse(text).evaluate(Interval::point(x)).value; }
bool near(Interval v, long double expected) { return v.lo <= expected && expected <= v.hi && v.hi - v.lo < 1e-12; }
}  // namespace

TEST_CASE("accepted expressions evaluate with the documented precedence", "[approx][grammar]") {
  CHECK(near(at("-x^2", 3), -9));               // unary minus binds looser than ^
  CHECK(near(at("(-x)^2", 3), 9));
  CHECK(near(at("2*x+1", 3), 7));
  CHECK(near(at("1-2-3", 0), -4));              // left associative
  CHECK(near(at("8/2/2", 0), 2));
  CHECK(near(at(" x * ( x + 1 ) ", 2), 6));     // spaces between tokens
  CHECK(near(at("x^-1", 4), 0.25L));
  CHECK(near(at("x^0", 5), 1));
  CHECK(near(at("sin(pi/2)+cos(0)+exp(0)+log(1)+sqrt(4)+abs(-3)", 0), 1 + 1 + 1 + 0 + 2 + 3));
  CHECK(near(at("0.1*10", 0), 1));
  CHECK(near(at("--x", 2), 2));
  CHECK(near(at("2^10", 0), 1024));
  CHECK(Expr::parse("sin(x)").uses_x());
  CHECK_FALSE(Expr::parse("pi/2").uses_x());
}

TEST_CASE("grammar corners are refused with one-line InputErrors", "[approx][grammar]") {
  for (const char* bad : {"", "   ", "sin", "sin x", "sin()", "foo(x)", "tan(x)", "X", "Sin(x)", "x^2.5", "x^02",
                          "x^-0", "x^+2", "x^1001", "x^2^3", "007", "01.5", "00", ".5", "5.", "1e3", "1E3", "x y",
                          "2x", "x)", "(x", "x +", "* x", "x**2", "1,5", "0x10", "x ^", "abs", "pi(x)", "x\n",
                          "sin(x))", "é"}) {
    CAPTURE(bad);
    try {
      Expr::parse(bad);
      FAIL("accepted");
    } catch (const quarks::InputError& e) {
      const std::string m = e.what();
      CHECK(m.find('\n') == std::string::npos);
      CHECK(m.rfind("--function", 0) == 0);
    }
  }
  CHECK_THROWS_WITH(Expr::parse("foo(x)"), Catch::Contains("unknown name 'foo'"));
  CHECK_THROWS_WITH(Expr::parse("x 1"), Catch::Contains("trailing"));
  CHECK_THROWS_WITH(Expr::parse(""), Catch::Contains("empty"));
  CHECK_THROWS_WITH(Expr::parse("007"), Catch::Contains("leading zero"));
}

TEST_CASE("decimal numbers: one grammar for expressions, --domain, --eps, tables", "[approx][grammar]") {
  CHECK(parse_decimal("0.1", "v", false) == Rational(1, 10));
  CHECK(parse_decimal("12.50", "v", false) == Rational(25, 2));
  CHECK(parse_decimal("-3", "v", true) == -3);
  CHECK(parse_decimal("0", "v", false) == 0);
  for (const char* bad : {"", "-0", "00", "01", "+1", "1.", ".1", "1e-6", " 1", "1 ", "--1", "0x1", "1/2", "inf", "nan"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_decimal(bad, "v", true), quarks::InputError);
  }
  CHECK_THROWS_AS(parse_decimal("-1", "v", false), quarks::InputError);
}

TEST_CASE("derivative enclosures, and where they are refused", "[approx][grammar]") {
  const Enclosure e = Expr::parse("x^3 - 2*sin(x)").evaluate({0.5, 0.75});
  REQUIRE(e.derivative_ok);
  for (long double x = 0.5L; x <= 0.75L; x += 0.01L) {
    const long double d = 3 * x * x - 2 * std::cos(x);
    CHECK(e.derivative.lo <= d);
    CHECK(d <= e.derivative.hi);
  }
  CHECK_FALSE(Expr::parse("sqrt(x)").evaluate({0, 0.25}).derivative_ok);  // not Lipschitz at 0
  CHECK(Expr::parse("sqrt(x)").evaluate({0.01, 0.25}).derivative_ok);
  const Enclosure kink = Expr::parse("abs(x)").evaluate({-1, 2});
  CHECK(kink.derivative.lo == -1);
  CHECK(kink.derivative.hi == 1);
  CHECK(Expr::parse("log(x)").evaluate({-2, -1}).status == EvalStatus::undefined_everywhere);
  CHECK(Expr::parse("log(x)").evaluate({0, 1}).status == EvalStatus::undefined_somewhere);
  CHECK(Expr::parse("1/x").evaluate({0, 0}).status == EvalStatus::undefined_everywhere);
  CHECK(Expr::parse("1/x").evaluate({-1, 1}).status == EvalStatus::undefined_somewhere);
  CHECK(Expr::parse("sqrt(x)").evaluate({-1, -0.5}).status == EvalStatus::undefined_everywhere);
  CHECK(Expr::parse("exp(exp(x))").evaluate({700, 701}).status == EvalStatus::overflow);
}
