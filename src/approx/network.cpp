#include "approx/network.h"

#include <stdexcept>

namespace quarks::approx {

Network interpolant(const std::vector<Rational>& xs, const std::vector<Rational>& ys) {
  if (xs.size() < 2 || xs.size() != ys.size()) throw std::logic_error("interpolant: need n >= 2 matching points");
  Network n;
  n.a = xs.front();
  n.b = xs.back();
  n.breakpoints = xs;
  n.values = ys;
  Rational prev_w = 0, prev_c = 0;
  for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
    const Rational w = (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]);
    const Rational c = ys[i] - w * xs[i];
    GatedUnit u{w - prev_w, c - prev_c, std::nullopt};
    if (i > 0) u.threshold = xs[i];
    n.units.push_back(u);
    prev_w = w;
    prev_c = c;
  }
  return n;
}

Rational evaluate(const Network& n, const Rational& x, int gate_at_zero) {
  Rational sum = 0;
  for (const GatedUnit& u : n.units) {
    int gate = 1;
    if (u.threshold) gate = x > *u.threshold ? 1 : x < *u.threshold ? 0 : gate_at_zero;
    if (gate) sum += u.weight * x + u.bias;
  }
  return sum;
}

std::vector<std::pair<Rational, Rational>> piece_lines(const Network& n) {
  std::vector<std::pair<Rational, Rational>> lines;
  Rational w = 0, c = 0;
  for (const GatedUnit& u : n.units) {
    w += u.weight;
    c += u.bias;
    lines.emplace_back(w, c);
  }
  return lines;
}

}  // namespace quarks::approx
