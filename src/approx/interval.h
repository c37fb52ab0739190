#pragma once
// Closed intervals of doubles with outward rounding, the enclosures behind the certified bound of
// `quarks approx` (docs/approximation.md, "How the bound is certified").
//
// + - * / and sqrt are rounded outward exactly: each is computed in round-to-nearest and its
// rounding error is recovered with an error-free transformation (TwoSum, or std::fma for the
// product, the quotient's remainder and the square root's residual); the result moves one ulp
// outward only on the side the exact value lies. sin, cos, exp and log are evaluated in long
// double (64-bit significand) and the double nearest that value is widened by two ulps on each
// side; the trust assumption is that glibc's long double functions are within 2^-60 relative
// error (they are documented at a few long double ulps, 2^-63 each).
#include <algorithm>
#include <cmath>
#include <limits>

namespace quarks::approx {

struct Interval {
  double lo = 0, hi = 0;
  static Interval point(double x) { return {x, x}; }
  bool finite() const { return std::isfinite(lo) && std::isfinite(hi); }
  bool contains(double x) const { return lo <= x && x <= hi; }
  bool contains_zero() const { return lo <= 0 && 0 <= hi; }
  double mag() const { return std::max(std::fabs(lo), std::fabs(hi)); }  // max |v|
  double mig() const { return contains_zero() ? 0.0 : std::min(std::fabs(lo), std::fabs(hi)); }  // min |v|
};

namespace rounding {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline double down1(double x) { return std::nextafter(x, -kInf); }
inline double up1(double x) { return std::nextafter(x, kInf); }
// Below this magnitude an fma residual may itself be rounded (subnormal range): widen both ways.
inline constexpr double kTiny = 0x1p-960;

// err is the exact value minus the rounded result r (or its sign).
inline double down_by(double r, double err) { return err < 0 ? down1(r) : r; }
inline double up_by(double r, double err) { return err > 0 ? up1(r) : r; }

inline double two_sum_err(double a, double b, double s) {
  const double bb = s - a;
  return (a - (s - bb)) + (b - bb);
}
inline double add_down(double a, double b) {
  const double s = a + b;
  return std::isfinite(s) ? down_by(s, two_sum_err(a, b, s)) : s;
}
inline double add_up(double a, double b) {
  const double s = a + b;
  return std::isfinite(s) ? up_by(s, two_sum_err(a, b, s)) : s;
}
inline double sub_down(double a, double b) { return add_down(a, -b); }
inline double sub_up(double a, double b) { return add_up(a, -b); }
inline double mul_down(double a, double b) {
  const double p = a * b;
  if (!std::isfinite(p)) return p;
  if (p != 0 && std::fabs(p) < kTiny) return down1(p);
  if (p == 0) return (a == 0 || b == 0) ? 0.0 : down1(p);
  return down_by(p, std::fma(a, b, -p));
}
inline double mul_up(double a, double b) {
  const double p = a * b;
  if (!std::isfinite(p)) return p;
  if (p != 0 && std::fabs(p) < kTiny) return up1(p);
  if (p == 0) return (a == 0 || b == 0) ? 0.0 : up1(p);
  return up_by(p, std::fma(a, b, -p));
}
// b != 0. The exact quotient minus q has the sign of (a - q b) / b.
inline double div_down(double a, double b) {
  const double q = a / b;
  if (!std::isfinite(q)) return q;
  if (std::fabs(q) < kTiny) return a == 0 ? 0.0 : down1(q);
  const double r = std::fma(-q, b, a);
  return down_by(q, b > 0 ? r : -r);
}
inline double div_up(double a, double b) {
  const double q = a / b;
  if (!std::isfinite(q)) return q;
  if (std::fabs(q) < kTiny) return a == 0 ? 0.0 : up1(q);
  const double r = std::fma(-q, b, a);
  return up_by(q, b > 0 ? r : -r);
}
// a >= 0.
inline double sqrt_down(double a) {
  const double s = std::sqrt(a);
  if (s == 0) return 0.0;
  if (a < kTiny) return down1(s);
  return down_by(s, std::fma(-s, s, a));
}
inline double sqrt_up(double a) {
  const double s = std::sqrt(a);
  if (a == 0) return 0.0;
  if (a < kTiny) return up1(s);
  return up_by(s, std::fma(-s, s, a));
}
// An enclosure of a value computed in long double: the nearest double, two ulps out each side.
inline Interval around(long double v) {
  const double r = static_cast<double>(v);
  return {down1(down1(r)), up1(up1(r))};
}

}  // namespace rounding

inline Interval hull(Interval a, Interval b) { return {std::min(a.lo, b.lo), std::max(a.hi, b.hi)}; }
inline Interval operator-(Interval a) { return {-a.hi, -a.lo}; }
inline Interval operator+(Interval a, Interval b) {
  return {rounding::add_down(a.lo, b.lo), rounding::add_up(a.hi, b.hi)};
}
inline Interval operator-(Interval a, Interval b) {
  return {rounding::sub_down(a.lo, b.hi), rounding::sub_up(a.hi, b.lo)};
}
inline Interval operator*(Interval a, Interval b) {
  using namespace rounding;
  const double lo = std::min({mul_down(a.lo, b.lo), mul_down(a.lo, b.hi), mul_down(a.hi, b.lo), mul_down(a.hi, b.hi)});
  const double hi = std::max({mul_up(a.lo, b.lo), mul_up(a.lo, b.hi), mul_up(a.hi, b.lo), mul_up(a.hi, b.hi)});
  return {lo, hi};
}
// The divisor must not contain 0 (the caller checks).
inline Interval operator/(Interval a, Interval b) {
  using namespace rounding;
  const double lo = std::min({div_down(a.lo, b.lo), div_down(a.lo, b.hi), div_down(a.hi, b.lo), div_down(a.hi, b.hi)});
  const double hi = std::max({div_up(a.lo, b.lo), div_up(a.lo, b.hi), div_up(a.hi, b.lo), div_up(a.hi, b.hi)});
  return {lo, hi};
}

Interval abs(Interval a);
Interval sqrt(Interval a);  // a.lo >= 0
Interval exp(Interval a);
Interval log(Interval a);   // a.lo > 0
Interval sin(Interval a);
Interval cos(Interval a);
Interval pow(Interval a, long n);  // n >= 0, or 0 not in a
Interval pi();

}  // namespace quarks::approx
