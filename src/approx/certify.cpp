#include "approx/certify.h"

#include <algorithm>
#include <vector>

#include "core/error.h"

namespace quarks::approx {

using namespace rounding;

PieceResult certify_piece(const Expr& f, const Rational& l, const Rational& r, const Rational& s, const Rational& t,
                          const Rational& eps, const CertifyOptions& options) {
  const Interval S = enclose(s), T = enclose(t), E = enclose(eps);
  const double eps_down = E.lo, eps_up = E.hi;
  auto line = [&](double x) { return Interval::point(x) * S + T; };
  struct Item {
    Interval x;
    int depth;
  };
  std::vector<Item> stack{{{enclose(l).lo, enclose(r).hi}, 0}};
  PieceResult result;
  auto give_up = [&](PieceOutcome outcome, double where, std::string problem) {
    result.outcome = outcome;
    result.where = where;
    result.problem = std::move(problem);
    return result;
  };
  while (!stack.empty()) {
    const Item item = stack.back();
    stack.pop_back();
    const Interval X = item.x;
    if (++result.leaves > options.max_leaves) {
      return give_up(PieceOutcome::undecided, X.lo, "more than " + std::to_string(options.max_leaves) + " subintervals");
    }
    double c = X.lo + (X.hi - X.lo) / 2;
    c = std::clamp(c, X.lo, X.hi);
    const bool splittable = c > X.lo && c < X.hi && item.depth < options.max_depth;
    auto split = [&]() {
      stack.push_back({{c, X.hi}, item.depth + 1});
      stack.push_back({{X.lo, c}, item.depth + 1});
    };
    const Enclosure e = f.evaluate(X);
    if (e.status == EvalStatus::undefined_everywhere) {
      throw InputError("f is undefined on all of [" + double_text(X.lo) + ", " + double_text(X.hi) + "] (" + e.problem + ")");
    }
    if (e.status != EvalStatus::ok) {
      if (splittable) {
        split();
        continue;
      }
      return give_up(e.status == EvalStatus::overflow ? PieceOutcome::undecided : PieceOutcome::undefined, c, e.problem);
    }
    const Interval range = hull(line(X.lo), line(X.hi));  // L is linear: its range is spanned by the ends
    double bound = std::max(sub_up(e.value.hi, range.lo), sub_up(range.hi, e.value.lo));
    const Enclosure ec = f.evaluate(Interval::point(c));
    if (ec.status == EvalStatus::undefined_everywhere) {
      throw InputError("f is undefined at x = " + double_text(c) + " (" + ec.problem + ")");
    }
    if (ec.status == EvalStatus::ok) {
      const Interval gc = ec.value - line(c);
      if (gc.mig() > eps_up) {
        result.lower = gc.mig();
        return give_up(PieceOutcome::exceeds, c, "");
      }
      if (e.derivative_ok) {
        // Mean-value form: f - L is Lipschitz on X with (f - L)' in D - s almost everywhere.
        const Interval dg = e.derivative - S;
        const double radius = std::max(sub_up(c, X.lo), sub_up(X.hi, c));
        const double b1 = add_up(gc.mag(), mul_up(dg.mag(), radius));
        bound = std::min(bound, b1);
      }
    }
    if (bound <= eps_down) {
      result.bound = std::max(result.bound, bound);
      continue;
    }
    if (!splittable) {
      return give_up(PieceOutcome::undecided, c,
                     "bound " + double_text(bound) + " after " + std::to_string(item.depth) + " bisections");
    }
    split();
  }
  return result;
}

namespace {

std::string where(const Network& n, std::size_t i) {
  return "piece " + std::to_string(i) + " [" + decimal(n.breakpoints[i], 10) + ", " + decimal(n.breakpoints[i + 1], 10) + "]";
}

}  // namespace

void certify_network(const Expr& f, Network& n, const Rational& eps, const CertifyOptions& options) {
  if (n.units.empty() || n.units[0].threshold) throw CertifyError("the first unit must be ungated");
  if (!(n.a < n.b)) throw CertifyError("the domain must have a < b");
  std::vector<Rational> xs{n.a};
  for (std::size_t i = 1; i < n.units.size(); ++i) {
    if (!n.units[i].threshold) throw CertifyError("unit " + std::to_string(i) + " is not gated");
    const Rational& th = *n.units[i].threshold;
    if (!(th > xs.back()) || !(th < n.b)) throw CertifyError("thresholds must increase strictly inside (a, b)");
    if (n.units[i].weight * th + n.units[i].bias != 0) {
      throw CertifyError("unit " + std::to_string(i) + " is not 0 at its threshold: N would depend on H(0)");
    }
    xs.push_back(th);
  }
  xs.push_back(n.b);
  n.breakpoints = xs;
  n.piece_bounds.assign(n.units.size(), Rational(0));
  n.bound = 0;
  const auto lines = piece_lines(n);
  for (std::size_t i = 0; i < n.units.size(); ++i) {
    const PieceResult r = certify_piece(f, xs[i], xs[i + 1], lines[i].first, lines[i].second, eps, options);
    switch (r.outcome) {
      case PieceOutcome::certified: break;
      case PieceOutcome::exceeds:
        throw CertifyError(where(n, i) + ": |f - N| > eps at x = " + double_text(r.where) + " (at least " + double_text(r.lower) + ")");
      case PieceOutcome::undefined:
        throw InputError(where(n, i) + ": cannot establish that f is defined near x = " + double_text(r.where) + " (" +
                         r.problem + ")");
      case PieceOutcome::undecided:
        throw CertifyError(where(n, i) + ": could not certify eps near x = " + double_text(r.where) + " (" + r.problem + ")");
    }
    n.piece_bounds[i] = Rational(r.bound);
    n.bound = std::max(n.bound, n.piece_bounds[i]);
  }
}

void check_defined(const Expr& f, const Rational& a, const Rational& b) {
  constexpr int kMaxDepth = 64;
  constexpr std::size_t kBudget = 100000;
  struct Item {
    Interval x;
    int depth;
  };
  std::vector<Item> stack{{{enclose(a).lo, enclose(b).hi}, 0}};
  std::size_t used = 0;
  while (!stack.empty() && ++used <= kBudget) {
    const Item item = stack.back();
    stack.pop_back();
    const Enclosure e = f.evaluate(item.x);
    if (e.status == EvalStatus::ok) continue;
    if (e.status == EvalStatus::undefined_everywhere) {
      throw InputError("f is undefined on all of [" + double_text(item.x.lo) + ", " + double_text(item.x.hi) + "] (" + e.problem + ")");
    }
    const double c = item.x.lo + (item.x.hi - item.x.lo) / 2;
    if (item.depth >= kMaxDepth || !(c > item.x.lo && c < item.x.hi)) {
      throw InputError(std::string(e.status == EvalStatus::overflow ? "f overflows" : "f may be undefined") +
                       " near x = " + double_text(c) + " (" + e.problem + " on [" + double_text(item.x.lo) + ", " + double_text(item.x.hi) + "])");
    }
    stack.push_back({{c, item.x.hi}, item.depth + 1});
    stack.push_back({{item.x.lo, c}, item.depth + 1});
  }
}

}  // namespace quarks::approx
