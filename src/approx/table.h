#pragma once
// `quarks approx --table FILE --lipschitz L` (docs/approximation.md, "Tables"): the network
// interpolating a table of a Lipschitz function, with the exact bound of each piece.
#include <string>
#include <vector>

#include "approx/expr.h"
#include "approx/network.h"

namespace quarks::approx {

// Rows "x y" (decimals, x strictly increasing, at least 2 rows).
struct Table {
  std::vector<Rational> xs, ys;
};
Table parse_table(const std::string& text);  // InputError with the line number
// Interpolates the table; bound on piece i is h (L^2 - s^2) / (2 L), exact. InputError when two
// adjacent rows violate the Lipschitz bound (|dy| > L dx); CertifyError when the bound exceeds eps.
Network build_from_table(const Table& table, const Rational& lipschitz, const Rational& eps);

}  // namespace quarks::approx
