#include "approx/construct.h"

#include <algorithm>
#include <vector>

#include "approx/certify.h"
#include "core/bigint.h"
#include "core/error.h"

namespace quarks::approx {

namespace {

// f at a breakpoint: the midpoint of its enclosure (any value near f(x) serves; the chords are
// certified afterwards).
Rational node_value(const Expr& f, const Rational& x) {
  const Enclosure e = f.evaluate(enclose(x));
  if (e.status == EvalStatus::undefined_everywhere) {
    throw InputError("f is undefined at x = " + decimal(x, 17) + " (" + e.problem + ")");
  }
  if (e.status != EvalStatus::ok) {
    throw InputError("cannot establish that f is defined at x = " + decimal(x, 17) + " (" + e.problem + ")");
  }
  return Rational(e.value.lo + (e.value.hi - e.value.lo) / 2);
}


}  // namespace

Domain parse_domain(const std::string& text) {
  const std::size_t comma = text.find(',');
  if (comma == std::string::npos || text.find(',', comma + 1) != std::string::npos) {
    throw InputError("--domain '" + text + "' must be two endpoints a,b");
  }
  if (text.find_first_of(" \t\n\r") != std::string::npos) throw InputError("--domain '" + text + "' must not contain white space");
  Domain d;
  auto end = [&d](const std::string& part, bool left) -> Rational {
    const bool plain = !part.empty() && part.find_first_not_of("-0123456789.") == std::string::npos;
    if (plain) return parse_decimal(part, "--domain endpoint", true);
    Expr e = Expr::parse(part);  // same grammar; "--function" in its messages
    if (e.uses_x()) throw InputError("--domain endpoint '" + part + "' must not use x");
    const Enclosure v = e.evaluate({0, 0});
    if (v.status != EvalStatus::ok) throw InputError("--domain endpoint '" + part + "' is undefined (" + v.problem + ")");
    if (v.value.hi - v.value.lo > 1e-9 * std::max(1.0, v.value.mag())) {
      throw InputError("--domain endpoint '" + part + "' is not enclosed tightly enough");
    }
    d.exact = d.exact && v.value.lo == v.value.hi;
    return Rational(left ? v.value.lo : v.value.hi);
  };
  d.a = end(text.substr(0, comma), true);
  d.b = end(text.substr(comma + 1), false);
  if (!(d.a < d.b)) throw InputError("--domain '" + text + "' must have a < b");
  if (abs(d.a) > 1000000 || abs(d.b) > 1000000) throw InputError("--domain endpoints must lie in [-1000000, 1000000]");
  return d;
}

Network build_adaptive(const Expr& f, const Domain& d, const Rational& eps, BuildStats* stats) {
  constexpr std::size_t kMaxPieces = 1000000;
  CertifyOptions quick;
  quick.max_depth = 12;
  quick.max_leaves = 4096;
  check_defined(f, d.a, d.b);
  BuildStats local;
  std::vector<Rational> xs{d.a}, ys{node_value(f, d.a)};
  // Breakpoints lie on the grid a + (b - a) m / 2^62 (m an integer), so their denominators stay
  // bounded however many pieces there are.
  const BigInt total = BigInt(1) << 62;
  const Rational unit = (d.b - d.a) / Rational(total);
  // Certifies the chord of [l, l + w units]; its right value goes to `yr`.
  auto attempt = [&](const Rational& l, const Rational& yl, const BigInt& w, Rational& yr) {
    ++local.pieces_tried;
    const Rational width = unit * Rational(w);
    yr = node_value(f, l + width);
    const Rational s = (yr - yl) / width;
    const PieceResult r = certify_piece(f, l, l + width, s, yl - s * l, eps, quick);
    local.leaves += r.leaves;
    return r;
  };
  BigInt at = 0, h = total;  // h: the width to try first, the last accepted one
  while (at < total) {
    const Rational l = xs.back(), yl = ys.back();
    const BigInt room = total - at;
    if (h > room) h = room;
    BigInt good = 0, bad = 0;
    Rational y_good, yr;
    while (true) {  // halve until the chord certifies
      const PieceResult r = attempt(l, yl, h, yr);
      if (r.outcome == PieceOutcome::certified) {
        good = h;
        y_good = yr;
        break;
      }
      if (h <= 4) {  // below 2^-60 (b - a)
        if (r.outcome == PieceOutcome::undefined) {
          throw InputError("cannot establish that f is defined near x = " + double_text(r.where) + " (" + r.problem + ")");
        }
        throw CertifyError("cannot certify eps on a piece of width below 2^-60 (b - a) at x = " + decimal(l, 17));
      }
      bad = h;
      h /= 2;
    }
    while (bad == 0 && good < room) {  // double while it certifies
      const BigInt next = std::min(BigInt(good * 2), room);
      if (attempt(l, yl, next, yr).outcome == PieceOutcome::certified) {
        good = next;
        y_good = yr;
      } else {
        bad = next;
      }
    }
    for (int k = 0; k < 8 && bad > good + 1; ++k) {  // then bisect between a width that certifies and one that does not
      const BigInt mid = (good + bad) / 2;
      if (attempt(l, yl, mid, yr).outcome == PieceOutcome::certified) {
        good = mid;
        y_good = yr;
      } else {
        bad = mid;
      }
    }
    at += good;
    xs.push_back(at == total ? d.b : d.a + unit * Rational(at));
    ys.push_back(y_good);
    h = good;
    if (xs.size() > kMaxPieces + 1) throw CertifyError("more than 1000000 pieces would be needed");
  }
  if (stats) *stats = local;
  Network n = interpolant(xs, ys);
  certify_network(f, n, eps);
  return n;
}

Network build_uniform(const Expr& f, const Domain& d, const Rational& eps, std::size_t pieces) {
  check_defined(f, d.a, d.b);
  std::vector<Rational> xs, ys;
  for (std::size_t k = 0; k <= pieces; ++k) {
    xs.push_back(k == pieces ? d.b : d.a + (d.b - d.a) * Rational(k) / Rational(pieces));
    ys.push_back(node_value(f, xs.back()));
  }
  Network n = interpolant(xs, ys);
  certify_network(f, n, eps);
  return n;
}

}  // namespace quarks::approx
