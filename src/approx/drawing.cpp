#include "approx/drawing.h"

#include <algorithm>
#include <sstream>
#include <vector>

namespace quarks::approx {

namespace {
// The inside of a double-quoted string, for DOT and gnuplot alike: " and \ get a backslash before them.
std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}
}  // namespace

std::string to_dot(const Network& n, const std::string& title) {
  std::ostringstream o;
  o << "digraph approx {\n  rankdir=LR;\n  labelloc=t;\n  label=\"" << escaped(title)
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
  const auto lines = piece_lines(n);
  std::ostringstream o;
  o << "# x\tf(x)\tN(x)\tf(x)-N(x)\t+bound\t-bound\n";
  const double bound = n.bound.convert_to<double>();
  for (std::size_t k = 0; k < samples; ++k) {
    const Rational x = n.a + (n.b - n.a) * Rational(k) / Rational(samples - 1);
    auto it = std::upper_bound(n.breakpoints.begin(), n.breakpoints.end(), x);
    std::size_t piece = it == n.breakpoints.begin() ? 0 : static_cast<std::size_t>(it - n.breakpoints.begin()) - 1;
    piece = std::min(piece, lines.size() - 1);
    const Rational nx = lines[piece].first * x + lines[piece].second;
    o << double_text(x.convert_to<double>()) << '\t';
    if (f) {
      const Enclosure e = f->evaluate(enclose(x));
      const double fx = e.value.lo + (e.value.hi - e.value.lo) / 2;
      o << double_text(fx) << '\t' << double_text(nx.convert_to<double>()) << '\t' << double_text((Rational(fx) - nx).convert_to<double>());
    } else {
      o << "NaN\t" << double_text(nx.convert_to<double>()) << "\tNaN";
    }
    o << '\t' << double_text(bound) << '\t' << double_text(-bound) << '\n';
  }
  return o.str();
}

std::string plot_script(const std::string& data_file, const std::string& svg_file, const std::string& title) {
  std::ostringstream o;
  o << "# f, the gated network N and the error f - N with the certified bound (quarks approx --plot).\n"
    << "# Run: gnuplot this-file   (or gnuplot -e \"datafile='...'; outfile='...'\" this-file)\n"
    << "if (!exists(\"datafile\")) datafile = \"" << escaped(data_file) << "\"\n"
    << "if (!exists(\"outfile\")) outfile = \"" << escaped(svg_file) << "\"\n"
    << "set terminal svg size 1100,420 dynamic enhanced font \"sans,11\"\n"
    << "set output outfile\nset datafile separator \"\\t\"\nset multiplot layout 1,2 title \"" << escaped(title) << "\" noenhanced\n"
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
