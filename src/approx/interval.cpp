#include "approx/interval.h"

namespace quarks::approx {

using namespace rounding;

Interval pi() { return {M_PI, up1(M_PI)}; }  // the double M_PI is below pi, its successor above

Interval abs(Interval a) {
  if (a.lo >= 0) return a;
  if (a.hi <= 0) return -a;
  return {0.0, a.mag()};
}

Interval sqrt(Interval a) { return {sqrt_down(std::max(a.lo, 0.0)), sqrt_up(a.hi)}; }

Interval exp(Interval a) {
  Interval lo = around(std::exp(static_cast<long double>(a.lo)));
  Interval hi = around(std::exp(static_cast<long double>(a.hi)));
  return {std::max(lo.lo, 0.0), hi.hi};
}

Interval log(Interval a) {
  return {around(std::log(static_cast<long double>(a.lo))).lo, around(std::log(static_cast<long double>(a.hi))).hi};
}

namespace {

// f is sin or cos: monotone between consecutive critical points c_k = (k + offset) pi, where
// f(c_k) = (-1)^k. The range over [lo, hi] is the hull of the endpoint values and of the
// critical values at every c_k that may lie in [lo, hi] (an enclosure of c_k meets [lo, hi]).
template <class F>
Interval trig(Interval a, F f, double offset) {
  if (!(a.hi - a.lo < 6) || std::fabs(a.lo) > 1e9 || std::fabs(a.hi) > 1e9) return {-1.0, 1.0};  // wide, huge or NaN
  Interval r = hull(around(f(static_cast<long double>(a.lo))), around(f(static_cast<long double>(a.hi))));
  const double kmin = std::floor(a.lo / M_PI - offset) - 1, kmax = std::ceil(a.hi / M_PI - offset) + 1;
  for (double k = kmin; k <= kmax; ++k) {
    Interval c = Interval::point(k + offset) * pi();
    if (c.hi >= a.lo && c.lo <= a.hi) {
      if (std::fmod(std::fabs(k), 2.0) == 0) r.hi = 1.0; else r.lo = -1.0;
    }
  }
  return {std::max(r.lo, -1.0), std::min(r.hi, 1.0)};
}

}  // namespace

Interval sin(Interval a) { return trig(a, [](long double x) { return std::sin(x); }, 0.5); }
Interval cos(Interval a) { return trig(a, [](long double x) { return std::cos(x); }, 0.0); }

Interval pow(Interval a, long n) {
  if (n == 0) return {1.0, 1.0};
  if (n < 0) return Interval::point(1.0) / pow(a, -n);
  // |a|^n rounded down / up from nonnegative factors.
  auto power = [n](double v, bool up) {
    double r = 1.0;
    for (long i = 0; i < n; ++i) r = up ? mul_up(r, v) : mul_down(r, v);
    return r;
  };
  if (n % 2 == 1) {
    // odd: increasing; (-v)^n = -(v^n)
    double lo = a.lo >= 0 ? power(a.lo, false) : -power(-a.lo, true);
    double hi = a.hi >= 0 ? power(a.hi, true) : -power(-a.hi, false);
    return {lo, hi};
  }
  return {power(a.mig(), false), power(a.mag(), true)};
}

}  // namespace quarks::approx
