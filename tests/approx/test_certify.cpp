// The certified bound really bounds the error: networks are re-read from their JSON and evaluated
// with exact rationals (independently of src/approx), f with long double libm, at many points.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <random>

#include <nlohmann/json.hpp>

#include "approx/certify.h"
#include "approx/construct.h"
#include "approx/network.h"
#include "approx/table.h"
#include "core/error.h"
#include "io/approx_json.h"

using namespace quarks::approx;

namespace {

// An independent reading of the JSON network: N(x) = sum of [x > threshold or no threshold] (w x + b),
// with H(0) given by `at_zero`. `direct` sums every unit; operator() uses prefix sums over the
// thresholds (sorted, which reread() checks), and every 25th call is compared with `direct`.
struct Reread {
  std::vector<std::tuple<Rational, Rational, std::optional<Rational>>> units;
  Rational a, b, bound, eps;
  std::vector<Rational> thresholds, prefix_w, prefix_c;  // prefix_*[k]: units 0..k summed
  mutable int calls = 0;
  Rational direct(const Rational& x, int at_zero = 0) const {
    Rational sum = 0;
    for (const auto& [w, c, t] : units) {
      const bool on = !t || x > *t || (x == *t && at_zero == 1);
      if (on) sum += w * x + c;
    }
    return sum;
  }
  Rational operator()(const Rational& x, int at_zero = 0) const {
    // active units: 0 and those with threshold < x (or == x when H(0) = 1)
    std::size_t k = at_zero == 1 ? std::upper_bound(thresholds.begin(), thresholds.end(), x) - thresholds.begin()
                                 : std::lower_bound(thresholds.begin(), thresholds.end(), x) - thresholds.begin();
    Rational v = prefix_w[k] * x + prefix_c[k];
    if (++calls % 25 == 0) REQUIRE(v == direct(x, at_zero));
    return v;
  }
};

Reread reread(const std::string& json_text) {
  const auto j = nlohmann::json::parse(json_text);
  Reread r;
  auto q = [](const nlohmann::json& v) { return Rational(v.get<std::string>()); };
  for (const auto& u : j.at("units")) {
    std::optional<Rational> t;
    if (!u.at("threshold").is_null()) t = q(u.at("threshold"));
    r.units.emplace_back(q(u.at("weight")), q(u.at("bias")), t);
  }
  r.a = q(j.at("domain").at("a"));
  r.b = q(j.at("domain").at("b"));
  r.bound = q(j.at("bound"));
  r.eps = q(j.at("eps"));
  REQUIRE(!r.units.empty());
  REQUIRE(!std::get<2>(r.units[0]));
  Rational w = 0, c = 0;
  for (std::size_t i = 0; i < r.units.size(); ++i) {
    const auto& [uw, uc, t] = r.units[i];
    if (i > 0) {
      REQUIRE(t);
      if (!r.thresholds.empty()) REQUIRE(*t > r.thresholds.back());
      r.thresholds.push_back(*t);
    }
    w += uw;
    c += uc;
    r.prefix_w.push_back(w);
    r.prefix_c.push_back(c);
  }
  REQUIRE(j.at("linear_units").get<std::size_t>() == r.units.size());
  return r;
}

// Largest |f(x) - N(x)| seen at `count` grid points plus every breakpoint and its neighbours;
// requires it to stay within the certified bound (plus long double noise).
long double sampled_error(const Reread& n, const std::function<long double(long double)>& f, int count,
                          const std::vector<Rational>& extra = {}) {
  long double worst = 0;
  const long double bound = n.bound.convert_to<long double>();
  auto check = [&](const Rational& x) {
    if (x < n.a || x > n.b) return;
    const long double err = std::fabs(f(x.convert_to<long double>()) - n(x).convert_to<long double>());
    worst = std::max(worst, err);
    REQUIRE(err <= bound + 1e-15L);
  };
  for (int k = 0; k <= count; ++k) check(n.a + (n.b - n.a) * Rational(k) / Rational(count));
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<long> pick(0, 1L << 40);
  for (int k = 0; k < count; ++k) check(n.a + (n.b - n.a) * Rational(pick(rng), 1L << 40));
  for (const auto& [w, c, t] : n.units) {
    if (!t) continue;
    check(*t);
    CHECK(n(*t, 0) == n(*t, 1));  // H(0) does not matter
    check(*t + Rational(1, 1000000000));
    check(*t - Rational(1, 1000000000));
  }
  for (const Rational& x : extra) check(x);
  return worst;
}

Network built(const std::string& f, const std::string& domain, const std::string& eps) {
  return build_adaptive(Expr::parse(f), parse_domain(domain), parse_decimal(eps, "eps", false));
}

std::string json_of(const Network& n, const std::string& f, const std::string& domain, const std::string& eps) {
  return quarks::approx_network_to_json(n, f, domain, parse_decimal(eps, "eps", false), "adaptive");
}

}  // namespace

namespace {
struct Case {
  std::string f, domain, eps;
  std::function<long double(long double)> reference;
};
void check_cases(const std::vector<Case>& cases, int points);
}  // namespace

#ifndef QUARKS_APPROX_SLOW
TEST_CASE("certified bound holds at many points: sin, exp, sqrt, a kink, a product", "[approx][certify]") {
  check_cases({
      {"sin(x)", "0,pi", "0.001", [](long double x) { return std::sin(x); }},
      {"exp(x)", "0,1", "0.0001", [](long double x) { return std::exp(x); }},
      {"sqrt(x)", "0,1", "0.001", [](long double x) { return std::sqrt(x); }},
      {"abs(x-0.3)", "-1,1", "0.001", [](long double x) { return std::fabs(x - 0.3L); }},
      {"x*cos(3*x)-log(x+2)/2", "-1,2", "0.0005", [](long double x) { return x * std::cos(3 * x) - std::log(x + 2) / 2; }},
      {"1/(1+25*x^2)", "-1,1", "0.001", [](long double x) { return 1 / (1 + 25 * x * x); }},
  }, 4000);
}
#endif

#ifdef QUARKS_APPROX_SLOW
TEST_CASE("certified bound holds at many points down to eps = 1e-6", "[approx][certify][slow]") {
  check_cases({
      {"sin(x)", "0,pi", "0.000001", [](long double x) { return std::sin(x); }},
      {"exp(x)", "0,1", "0.000001", [](long double x) { return std::exp(x); }},
      {"sqrt(x)", "0,1", "0.000001", [](long double x) { return std::sqrt(x); }},
      {"sin(1/x)", "0.05,1", "0.00001", [](long double x) { return std::sin(1 / x); }},
  }, 40000);
}
#endif

namespace {
void check_cases(const std::vector<Case>& cases, int points) {
  for (const Case& c : cases) {
    CAPTURE(c.f, c.domain, c.eps);
    const Network n = built(c.f, c.domain, c.eps);
    const Reread r = reread(json_of(n, c.f, c.domain, c.eps));
    REQUIRE(r.bound <= r.eps);
    REQUIRE(r.bound == n.bound);
    std::vector<Rational> near_ends;  // 2^-k from each end, where sqrt is steepest
    Rational step = 1;
    for (int k = 1; k < 60; ++k) {
      step /= 2;
      near_ends.push_back(r.a + step);
      near_ends.push_back(r.b - step);
    }
    const long double worst = sampled_error(r, c.reference, points, near_ends);
    // The bound is not vacuous: the error it bounds comes within a factor 2 of it.
    CHECK(worst >= r.bound.convert_to<long double>() / 2);
  }
}
}  // namespace

#ifndef QUARKS_APPROX_SLOW
TEST_CASE("a too-small piece count is rejected, the smallest sufficient one accepted", "[approx][certify]") {
  // Uniform chords of sin on [0, pi]: the middle piece of an odd count is centred at pi/2, where
  // the chord error is 1 - cos(h/2). With eps = 0.001: 35 pieces give 1.0069e-3 > eps (rejected,
  // with a point where the error provably exceeds eps); 36 give 9.51e-4 (certified).
  const Expr f = Expr::parse("sin(x)");
  const Domain d = parse_domain("0,pi");
  const Rational eps = parse_decimal("0.001", "eps", false);
  for (std::size_t pieces : {1u, 2u, 10u, 34u, 35u}) {
    CAPTURE(pieces);
    CHECK_THROWS_WITH(build_uniform(f, d, eps, pieces), Catch::Contains("> eps at x ="));
  }
  const Network n = build_uniform(f, d, eps, 36);
  CHECK(n.units.size() == 36);
  CHECK(n.bound <= eps);
  sampled_error(reread(quarks::approx_network_to_json(n, "sin(x)", "0,pi", eps, "uniform")), [](long double x) { return std::sin(x); }, 5000);
  // sqrt on [0, 1] near 0: the chord of [0, h] is off by sqrt(h)/4, so no 100 equal pieces reach 0.01.
  CHECK_THROWS_AS(build_uniform(Expr::parse("sqrt(x)"), parse_domain("0,1"), Rational(1, 100), 100), CertifyError);
  CHECK_NOTHROW(build_uniform(Expr::parse("sqrt(x)"), parse_domain("0,1"), Rational(1, 100), 800));
}
#endif

#ifndef QUARKS_APPROX_SLOW
TEST_CASE("piece_lines: the prefix sums of the units are the chords, exactly", "[approx][certify]") {
  const std::vector<Rational> xs{0, Rational(1, 3), 1, 2, Rational(7, 2)}, ys{1, -2, Rational(5, 7), 0, 4};
  const Network n = interpolant(xs, ys);
  const auto lines = piece_lines(n);
  REQUIRE(lines.size() == xs.size() - 1);
  for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
    INFO("piece " << i);
    const auto& [slope, intercept] = lines[i];
    CHECK(slope * xs[i] + intercept == ys[i]);
    CHECK(slope * xs[i + 1] + intercept == ys[i + 1]);
    const Rational mid = (xs[i] + xs[i + 1]) / 2;  // N is that line inside the piece
    CHECK(evaluate(n, mid) == slope * mid + intercept);
  }
}

TEST_CASE("a network changed after certification is refused by certify_network", "[approx][certify]") {
  const Expr f = Expr::parse("exp(x)");
  const Rational eps(1, 1000);
  const Network good = build_adaptive(f, parse_domain("0,1"), eps);
  REQUIRE(good.units.size() > 4);
  {
    Network n = good;  // shift the whole network by 2 eps: every piece exceeds
    n.units[0].bias += 2 * eps;
    CHECK_THROWS_WITH(certify_network(f, n, eps), Catch::Contains("> eps"));
  }
  {
    Network n = good;  // a gated unit no longer 0 at its threshold: N would depend on H(0)
    n.units[2].bias += Rational(1, 1000000);
    CHECK_THROWS_WITH(certify_network(f, n, eps), Catch::Contains("H(0)"));
  }
  {
    Network n = good;  // tilt one unit about its threshold: continuous, but wrong from there on
    const Rational t = *n.units[2].threshold;
    n.units[2].weight += Rational(1, 10);
    n.units[2].bias -= Rational(1, 10) * t;
    CHECK_THROWS_AS(certify_network(f, n, eps), CertifyError);
  }
  {
    Network n = good;  // thresholds out of order
    std::swap(n.units[1], n.units[2]);
    CHECK_THROWS_WITH(certify_network(f, n, eps), Catch::Contains("increase"));
  }
  {
    Network n = good;  // same network, a smaller eps than it was built for
    CHECK_THROWS_AS(certify_network(f, n, eps / 4), CertifyError);
  }
  Network n = good;
  CHECK_NOTHROW(certify_network(f, n, eps));
  CHECK(n.bound == good.bound);
}
#endif

#ifndef QUARKS_APPROX_SLOW
TEST_CASE("domain errors: f undefined somewhere on [a, b] is bad input", "[approx][certify]") {
  const Rational eps(1, 100);
  auto build = [&](const char* f, const char* d) { return build_adaptive(Expr::parse(f), parse_domain(d), eps); };
  CHECK_THROWS_WITH(build("log(x)", "-1,1"), Catch::Contains("log"));
  CHECK_THROWS_WITH(build("log(x)", "0,1"), Catch::Contains("log"));
  CHECK_THROWS_WITH(build("sqrt(x)", "-1,1"), Catch::Contains("sqrt"));
  CHECK_THROWS_WITH(build("sqrt(x-2)", "0,1"), Catch::Contains("undefined on all"));
  CHECK_THROWS_WITH(build("1/x", "-1,1"), Catch::Contains("division"));
  CHECK_THROWS_WITH(build("1/(x-0.3)", "0,1"), Catch::Contains("division"));   // a pole at a non-dyadic point
  CHECK_THROWS_WITH(build("x^-2", "-1,1"), Catch::Contains("negative power"));
  CHECK_THROWS_WITH(build("exp(exp(x))", "0,1000"), Catch::Contains("overflow"));
  CHECK_THROWS_AS(build_uniform(Expr::parse("log(x)"), parse_domain("-1,1"), eps, 10), quarks::InputError);
  // defined everywhere, even where a naive enclosure would touch the boundary
  CHECK_NOTHROW(build("sqrt(1-x^2)", "-1,1"));
  CHECK_NOTHROW(build("sqrt(x)", "0,1"));
  CHECK_NOTHROW(build("1/(x-0.3)", "0.31,1"));
  // --domain
  CHECK_THROWS_AS(parse_domain("1,0"), quarks::InputError);
  CHECK_THROWS_AS(parse_domain("0"), quarks::InputError);
  CHECK_THROWS_AS(parse_domain("0,1,2"), quarks::InputError);
  CHECK_THROWS_AS(parse_domain("0,x"), quarks::InputError);
  CHECK_THROWS_AS(parse_domain("00,1"), quarks::InputError);
  CHECK_THROWS_AS(parse_domain("0, 1"), quarks::InputError);
  CHECK_THROWS_AS(parse_domain("0,log(0)"), quarks::InputError);
  const Domain pi = parse_domain("-pi,pi");
  CHECK_FALSE(pi.exact);
  CHECK(pi.a < -3.14159265358979323846L);  // the certified domain contains the requested one
  CHECK(pi.b > 3.14159265358979323846L);
  CHECK(parse_domain("-0.5,2").exact);
  CHECK(parse_domain("-0.5,2").a == Rational(-1, 2));
}
#endif

#ifndef QUARKS_APPROX_SLOW
TEST_CASE("tables: exact Lipschitz bound, detectable violations, and what cannot be detected", "[approx][table]") {
  // Two rows (0,0), (1,0) with L = 1: the bound h (L^2 - s^2) / (2L) = 1/2 is attained by min(x, 1-x).
  Network n = build_from_table(parse_table("0 0\n1 0\n"), 1, 1);
  CHECK(n.bound == Rational(1, 2));
  CHECK(build_from_table(parse_table("0 0\n1 1\n"), 1, Rational(1, 1000000)).bound == 0);  // only x fits
  // sin sampled every 0.01 on [0, 1] with L = 1: bound <= 0.005, so eps = 0.005 certifies and 0.001 does not.
  std::string text = "# x sin(x)\n";
  for (int k = 0; k <= 100; ++k) {
    char row[64];
    std::snprintf(row, sizeof row, "%s %.12f\n", k == 0 ? "0" : k == 100 ? "1" : (std::string("0.") + (k < 10 ? "0" : "") + std::to_string(k)).c_str(), std::sin(k / 100.0));
    text += row;
  }
  const Table t = parse_table(text);
  REQUIRE(t.xs.size() == 101);
  const Network sin_net = build_from_table(t, 1, Rational(5, 1000));
  CHECK(sin_net.bound <= Rational(5, 1000));
  CHECK(sin_net.units.size() == 100);
  for (int k = 0; k <= 10000; ++k) {  // the true sin (Lipschitz 1) lies within the bound, up to the 1e-12 rounding of the table
    const Rational x(k, 10000);
    CHECK(std::fabs(std::sin(x.convert_to<long double>()) - evaluate(sin_net, x).convert_to<long double>()) <=
          sin_net.bound.convert_to<long double>() + 1e-12L);
  }
  CHECK_THROWS_AS(build_from_table(t, 1, Rational(1, 1000)), CertifyError);
  // A Lipschitz constant that adjacent rows contradict is caught (and adjacent rows suffice: the
  // triangle inequality extends it to all pairs).
  CHECK_THROWS_WITH(build_from_table(t, Rational(9, 10), 1), Catch::Contains("rows 1 and 2"));
  CHECK_THROWS_WITH(build_from_table(parse_table("0 0\n1 0.5\n2 2\n"), 1, 10), Catch::Contains("rows 2 and 3"));
  // Not detectable: sin(100 x) sampled at multiples of pi/100 is all zeros, consistent with L = 1,
  // though its true constant is 100. The table is accepted and the bound holds only for functions
  // that really are 1-Lipschitz.
  std::string zeros;
  for (int k = 0; k <= 10; ++k) zeros += std::to_string(k) + " 0\n";
  CHECK_NOTHROW(build_from_table(parse_table(zeros), 1, 1));
  CHECK_THROWS_AS(build_from_table(t, 0, 1), quarks::InputError);
}
#endif

#ifndef QUARKS_APPROX_SLOW
TEST_CASE("table grammar", "[approx][table]") {
  CHECK(parse_table("0 1\n2\t3").xs.size() == 2);
  CHECK(parse_table("# c\n\n-1 0\n0.5   -2\n").ys[1] == -2);
  for (const char* bad : {"", "0 0\n", "0,0\n1,1\n", "0 0 0\n1 1\n", "01 0\n1 1\n", " 0 0\n1 1\n", "0 0 \n1 1\n",
                          "1 0\n0 1\n", "0 0\n0 1\n", "0 1e-3\n1 1\n", "0 0\r\n1 1\r\n", "0 .5\n1 1\n", "0 -0\n1 1\n",
                          "x 0\n1 1\n"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_table(bad), quarks::InputError);
  }
  CHECK_THROWS_WITH(parse_table("0 0\n1 1\n1.5 x\n"), Catch::Contains("table line 3"));
}
#endif
