#pragma once
// Pictures of a gated network for people (never read back): Graphviz DOT of the units and
// gates, and a gnuplot sample table and script for f, N and f - N beside the certified bound.
#include <cstddef>
#include <string>

#include "approx/expr.h"
#include "approx/network.h"

namespace quarks::approx {

std::string to_dot(const Network& n, const std::string& title);
// Sample table for gnuplot: x, f(x) (long double, or the table's values), N(x), f - N, +bound, -bound.
std::string plot_data(const Network& n, const Expr* f, std::size_t samples = 1001);
std::string plot_script(const std::string& data_file, const std::string& svg_file, const std::string& title);

}  // namespace quarks::approx
