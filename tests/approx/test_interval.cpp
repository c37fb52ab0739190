// Outward rounding: every enclosure contains the exact value (exact rationals for + - * / sqrt,
// long double libm for the transcendental functions, whose enclosures are 2 double ulps wide).
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "approx/expr.h"
#include "approx/interval.h"

using namespace quarks::approx;

namespace {
bool holds(const Interval& i, const Rational& exact) { return Rational(i.lo) <= exact && exact <= Rational(i.hi); }
double random_double(std::mt19937_64& rng) {
  std::uniform_real_distribution<double> mantissa(-1, 1);
  std::uniform_int_distribution<int> exponent(-60, 60);
  return std::ldexp(mantissa(rng), exponent(rng));
}
}  // namespace

TEST_CASE("basic operations round outward around the exact rational result", "[approx][interval]") {
  std::mt19937_64 rng(1);
  int inexact = 0;
  for (int k = 0; k < 20000; ++k) {
    const double a = random_double(rng), b = random_double(rng);
    const Rational qa(a), qb(b);
    const Interval A = Interval::point(a), B = Interval::point(b);
    REQUIRE(holds(A + B, qa + qb));
    REQUIRE(holds(A - B, qa - qb));
    REQUIRE(holds(A * B, qa * qb));
    REQUIRE(holds(A / B, qa / qb));
    const Interval p = A * B;
    // tight: at most one ulp wide, and a point when exact
    REQUIRE((p.lo == p.hi || std::nextafter(p.lo, 1e300) == p.hi));
    if (p.lo != p.hi) ++inexact;
    const Interval r = sqrt(abs(A));
    REQUIRE(Rational(r.lo) * Rational(r.lo) <= abs(qa));
    REQUIRE(abs(qa) <= Rational(r.hi) * Rational(r.hi));
  }
  CHECK(inexact > 10000);  // the test exercised rounding, not only exact cases
  CHECK((Interval::point(0.5) * Interval::point(4.0)).lo == 2.0);
  CHECK((Interval::point(0.5) * Interval::point(4.0)).hi == 2.0);
}

TEST_CASE("enclose() of a rational brackets it by adjacent doubles", "[approx][interval]") {
  const Rational tenth(1, 10);
  const Interval t = enclose(tenth);
  CHECK(Rational(t.lo) < tenth);
  CHECK(tenth < Rational(t.hi));
  CHECK(std::nextafter(t.lo, 1.0) == t.hi);
  CHECK(enclose(Rational(3, 4)).lo == 0.75);
  CHECK(enclose(Rational(3, 4)).hi == 0.75);
}

TEST_CASE("transcendental enclosures contain long double values over whole intervals", "[approx][interval]") {
  std::mt19937_64 rng(2);
  std::uniform_real_distribution<double> start(-20, 20), width(0, 4);
  for (int k = 0; k < 3000; ++k) {
    const double lo = start(rng), hi = lo + (k % 3 == 0 ? 0.0 : width(rng));
    const Interval X{lo, hi};
    const Interval s = sin(X), c = cos(X), e = exp(Interval{lo / 4, hi / 4});
    const double l_lo = std::fabs(lo) + 1e-3, l_hi = l_lo + (hi - lo);
    const Interval l = log(Interval{l_lo, l_hi});
    for (int j = 0; j <= 50; ++j) {
      const long double x = std::clamp<long double>(lo + (hi - lo) * j / 50.0L, lo, hi);  // stay inside [lo, hi]
      REQUIRE(s.lo <= std::sin(x));
      REQUIRE(std::sin(x) <= s.hi);
      REQUIRE(c.lo <= std::cos(x));
      REQUIRE(std::cos(x) <= c.hi);
      REQUIRE(e.lo <= std::exp(x / 4));
      REQUIRE(std::exp(x / 4) <= e.hi);
      const long double y = std::clamp<long double>(std::fabs(static_cast<long double>(lo)) + 1e-3L + (hi - lo) * j / 50.0L, l_lo, l_hi);
      REQUIRE(l.lo <= std::log(y));
      REQUIRE(std::log(y) <= l.hi);
    }
  }
  // extrema inside the interval are included exactly
  CHECK(sin(Interval{0, 3.2}).hi == 1.0);
  CHECK(sin(Interval{4, 5}).lo == -1.0);
  CHECK(cos(Interval{3, 3.3}).lo == -1.0);
  CHECK(cos(Interval{0.1, 3}).hi < 1.0);
  const Interval p = pi();
  CHECK(p.lo < p.hi);
  CHECK(p.lo < 3.14159265358979323846L);
  CHECK(3.14159265358979323846L < p.hi);
}

TEST_CASE("integer powers respect signs and even powers of intervals around 0", "[approx][interval]") {
  const Interval sq = pow(Interval{-2, 1}, 2);
  CHECK(sq.lo == 0);
  CHECK(sq.hi == 4);
  const Interval cube = pow(Interval{-2, 1}, 3);
  CHECK(cube.lo == -8);
  CHECK(cube.hi == 1);
  const Interval inv = pow(Interval{2, 4}, -1);
  CHECK(inv.lo == 0.25);
  CHECK(inv.hi == 0.5);
  const Interval tenth = pow(Interval::point(0.1), 3);
  CHECK(holds(tenth, Rational(0.1) * Rational(0.1) * Rational(0.1)));
}
