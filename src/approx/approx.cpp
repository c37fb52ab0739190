#include "approx/approx.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/bigint.h"
#include "core/error.h"

namespace quarks::approx {

using namespace rounding;

std::string decimal(const Rational& q, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*g", digits, q.convert_to<double>());
  return buffer;
}

namespace {
std::string show(double x) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.17g", x);
  return buffer;
}
}  // namespace

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

std::pair<Rational, Rational> piece_line(const Network& n, std::size_t piece) {
  Rational w = 0, c = 0;
  for (std::size_t j = 0; j <= piece && j < n.units.size(); ++j) {
    w += n.units[j].weight;
    c += n.units[j].bias;
  }
  return {w, c};
}

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
      throw InputError("f is undefined on all of [" + show(X.lo) + ", " + show(X.hi) + "] (" + e.problem + ")");
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
      throw InputError("f is undefined at x = " + show(c) + " (" + ec.problem + ")");
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
                     "bound " + show(bound) + " after " + std::to_string(item.depth) + " bisections");
    }
    split();
  }
  return result;
}

namespace {

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
  Rational w = 0, c = 0;
  for (std::size_t i = 0; i < n.units.size(); ++i) {
    w += n.units[i].weight;
    c += n.units[i].bias;
    const PieceResult r = certify_piece(f, xs[i], xs[i + 1], w, c, eps, options);
    switch (r.outcome) {
      case PieceOutcome::certified: break;
      case PieceOutcome::exceeds:
        throw CertifyError(where(n, i) + ": |f - N| > eps at x = " + show(r.where) + " (at least " + show(r.lower) + ")");
      case PieceOutcome::undefined:
        throw InputError(where(n, i) + ": cannot establish that f is defined near x = " + show(r.where) + " (" +
                         r.problem + ")");
      case PieceOutcome::undecided:
        throw CertifyError(where(n, i) + ": could not certify eps near x = " + show(r.where) + " (" + r.problem + ")");
    }
    n.piece_bounds[i] = Rational(r.bound);
    n.bound = std::max(n.bound, n.piece_bounds[i]);
  }
}

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
      throw InputError("f is undefined on all of [" + show(item.x.lo) + ", " + show(item.x.hi) + "] (" + e.problem + ")");
    }
    const double c = item.x.lo + (item.x.hi - item.x.lo) / 2;
    if (item.depth >= kMaxDepth || !(c > item.x.lo && c < item.x.hi)) {
      throw InputError(std::string(e.status == EvalStatus::overflow ? "f overflows" : "f may be undefined") +
                       " near x = " + show(c) + " (" + e.problem + " on [" + show(item.x.lo) + ", " + show(item.x.hi) + "])");
    }
    stack.push_back({{c, item.x.hi}, item.depth + 1});
    stack.push_back({{item.x.lo, c}, item.depth + 1});
  }
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
          throw InputError("cannot establish that f is defined near x = " + show(r.where) + " (" + r.problem + ")");
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

Table parse_table(const std::string& text) {
  Table t;
  std::size_t line_no = 0, start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    const std::string at = "table line " + std::to_string(line_no);
    if (line.empty() || line[0] == '#') continue;
    const std::size_t sep = line.find_first_of(" \t");
    const std::size_t second = sep == std::string::npos ? sep : line.find_first_not_of(" \t", sep);
    if (sep == std::string::npos || second == std::string::npos || line.find_first_of(" \t", second) != std::string::npos) {
      throw InputError(at + ": expected 'x y' (two decimals separated by spaces or tabs, nothing else)");
    }
    t.xs.push_back(parse_decimal(line.substr(0, sep), at + ": x", true));
    t.ys.push_back(parse_decimal(line.substr(second), at + ": y", true));
    if (t.xs.size() > 1 && !(t.xs.back() > t.xs[t.xs.size() - 2])) {
      throw InputError(at + ": x must increase strictly");
    }
    if (t.xs.size() > 1000000) throw InputError("the table has more than 1000000 rows");
  }
  if (t.xs.size() < 2) throw InputError("the table needs at least 2 rows");
  return t;
}

Network build_from_table(const Table& table, const Rational& lipschitz, const Rational& eps) {
  if (!(lipschitz > 0)) throw InputError("--lipschitz must be positive");
  Network n = interpolant(table.xs, table.ys);
  n.piece_bounds.clear();
  n.bound = 0;
  for (std::size_t i = 0; i + 1 < table.xs.size(); ++i) {
    const Rational h = table.xs[i + 1] - table.xs[i];
    const Rational s = (table.ys[i + 1] - table.ys[i]) / h;
    if (abs(s) > lipschitz) {
      throw InputError("table rows " + std::to_string(i + 1) + " and " + std::to_string(i + 2) +
                       " (x = " + decimal(table.xs[i], 10) + ", " + decimal(table.xs[i + 1], 10) + ") violate --lipschitz " +
                       decimal(lipschitz, 10) + ": |dy|/dx = " + decimal(abs(s), 10));
    }
    n.piece_bounds.push_back(h * (lipschitz * lipschitz - s * s) / (2 * lipschitz));
    n.bound = std::max(n.bound, n.piece_bounds.back());
  }
  if (n.bound > eps) {
    throw CertifyError("the table is too coarse for eps: the certified bound is " + decimal(n.bound, 10) +
                       " (a table gives no values to refine with)");
  }
  return n;
}

std::string to_json(const Network& n, const std::string& source, const std::string& domain_text, const Rational& eps,
                    const std::string& mode) {
  nlohmann::ordered_json j;
  j["format"] = "quarks-approx";
  j["version"] = 1;
  j["mode"] = mode;
  j[mode == "table" ? "table" : "function"] = source;
  j["domain"] = {{"requested", domain_text}, {"a", rational_string(n.a)}, {"b", rational_string(n.b)}};
  j["eps"] = rational_string(eps);
  j["bound"] = rational_string(n.bound);
  j["gate"] = "H(s) = 1 for s > 0, 0 for s < 0; each gated unit is 0 at its threshold, so H(0) never matters";
  j["network"] = "N(x) = sum over units of [gate] * (weight * x + bias), gate = H(x - threshold), 1 if threshold is null";
  j["linear_units"] = n.units.size();
  j["threshold_gates"] = n.gates();
  auto& units = j["units"] = nlohmann::ordered_json::array();
  for (const GatedUnit& u : n.units) {
    nlohmann::ordered_json o;
    o["weight"] = rational_string(u.weight);
    o["bias"] = rational_string(u.bias);
    o["threshold"] = u.threshold ? nlohmann::ordered_json(rational_string(*u.threshold)) : nlohmann::ordered_json(nullptr);
    units.push_back(o);
  }
  auto list = [](const std::vector<Rational>& v) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const Rational& q : v) a.push_back(rational_string(q));
    return a;
  };
  j["breakpoints"] = list(n.breakpoints);
  j["values"] = list(n.values);
  j["piece_bounds"] = list(n.piece_bounds);
  return j.dump(1) + "\n";
}

std::string to_dot(const Network& n, const std::string& title) {
  std::ostringstream o;
  auto quote = [](const std::string& s) {
    std::string q;
    for (char c : s) {
      if (c == '"' || c == '\\') q += '\\';
      q += c;
    }
    return q;
  };
  o << "digraph approx {\n  rankdir=LR;\n  labelloc=t;\n  label=\"" << quote(title)
    << "\\noutput gating: linear unit u_i times threshold gate H(x - t_i); labels rounded, exact values in the JSON\";\n";
  o << "  node [fontname=\"sans\"];\n  x [shape=circle, label=\"x\"];\n";
  o << "  out [shape=doublecircle, label=\"N(x)\\n= sum\"];\n";
  for (std::size_t i = 0; i < n.units.size(); ++i) {
    const GatedUnit& u = n.units[i];
    o << "  u" << i << " [shape=ellipse, label=\"u" << i << ": linear\\n" << decimal(u.weight) << " x + " << decimal(u.bias)
      << "\"];\n  x -> u" << i << ";\n";
    if (u.threshold) {
      o << "  g" << i << " [shape=box, style=filled, fillcolor=\"#ffe9b3\", label=\"H(x - " << decimal(*u.threshold)
        << ")\\nthreshold gate\"];\n  x -> g" << i << ";\n";
      o << "  g" << i << " -> u" << i << " [style=dashed, color=\"#c47f00\", arrowhead=dot, label=\"gates\"];\n";
    }
    o << "  u" << i << " -> out;\n";
  }
  o << "}\n";
  return o.str();
}

std::string plot_data(const Network& n, const Expr* f, std::size_t samples) {
  std::vector<std::pair<Rational, Rational>> lines;
  Rational w = 0, c = 0;
  for (const GatedUnit& u : n.units) {
    w += u.weight;
    c += u.bias;
    lines.emplace_back(w, c);
  }
  std::ostringstream o;
  o << "# x\tf(x)\tN(x)\tf(x)-N(x)\t+bound\t-bound\n";
  const double bound = n.bound.convert_to<double>();
  for (std::size_t k = 0; k < samples; ++k) {
    const Rational x = n.a + (n.b - n.a) * Rational(k) / Rational(samples - 1);
    auto it = std::upper_bound(n.breakpoints.begin(), n.breakpoints.end(), x);
    std::size_t piece = it == n.breakpoints.begin() ? 0 : static_cast<std::size_t>(it - n.breakpoints.begin()) - 1;
    piece = std::min(piece, lines.size() - 1);
    const Rational nx = lines[piece].first * x + lines[piece].second;
    o << show(x.convert_to<double>()) << '\t';
    if (f) {
      const Enclosure e = f->evaluate(enclose(x));
      const double fx = e.value.lo + (e.value.hi - e.value.lo) / 2;
      o << show(fx) << '\t' << show(nx.convert_to<double>()) << '\t' << show((Rational(fx) - nx).convert_to<double>());
    } else {
      o << "NaN\t" << show(nx.convert_to<double>()) << "\tNaN";
    }
    o << '\t' << show(bound) << '\t' << show(-bound) << '\n';
  }
  return o.str();
}

std::string plot_script(const std::string& data_file, const std::string& svg_file, const std::string& title) {
  std::ostringstream o;
  auto q = [](const std::string& s) {
    std::string r;
    for (char c : s) {
      if (c == '"' || c == '\\') r += '\\';
      r += c;
    }
    return r;
  };
  o << "# f, the gated network N and the error f - N with the certified bound (quarks approx --plot).\n"
    << "# Run: gnuplot this-file   (or gnuplot -e \"datafile='...'; outfile='...'\" this-file)\n"
    << "if (!exists(\"datafile\")) datafile = \"" << q(data_file) << "\"\n"
    << "if (!exists(\"outfile\")) outfile = \"" << q(svg_file) << "\"\n"
    << "set terminal svg size 1100,420 dynamic enhanced font \"sans,11\"\n"
    << "set output outfile\nset datafile separator \"\\t\"\nset multiplot layout 1,2 title \"" << q(title) << "\" noenhanced\n"
    << "set title \"f and the network N\"\nset xlabel \"x\"\nset key bottom center\n"
    << "plot datafile using 1:2 with lines lw 3 lc rgb \"#999999\" title \"f\", \\\n"
    << "     datafile using 1:3 with lines lw 1 lc rgb \"#c47f00\" title \"N\"\n"
    << "set title \"error f - N and the certified bound\"\nset format y \"%.1e\"\n"
    << "plot datafile using 1:4 with lines lw 1 lc rgb \"#1f5fa8\" title \"f - N\", \\\n"
    << "     datafile using 1:5 with lines dt 2 lc rgb \"#b00000\" title \"+bound\", \\\n"
    << "     datafile using 1:6 with lines dt 2 lc rgb \"#b00000\" title \"-bound\"\n"
    << "unset multiplot\n";
  return o.str();
}

}  // namespace quarks::approx
