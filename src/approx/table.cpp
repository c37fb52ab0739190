#include "approx/table.h"

#include "approx/certify.h"
#include "core/error.h"

namespace quarks::approx {

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

}  // namespace quarks::approx
