#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "count/census.h"
#include "count/operator_classes.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/error.h"

namespace quarks::cli {

void add_capacity_command(CLI::App& app, CommandContext& context) {
  auto n = std::make_shared<long long>(4);
  auto* cmd = app.add_subcommand("capacity", "Exact |T_B(n;1,1)| for the 10 irreducible binary B beside the bounds "
                                             "of Theorem 4.2 and Proposition 5.5 (n in 2..5; see also quarks count)");
  cmd->add_option("--n", *n, "Number of inputs n (2..5)")->check(decimal_integer());
  cmd->callback([n, &context]() {
    if (*n < 2 || *n > kMaxOperatorClassVariables) throw InputError("--n " + std::to_string(*n) + " is outside 2..5");
    // The lists come from the certified census (quarks count ltf); the classes are exact sets.
    const auto size = static_cast<std::uint32_t>(*n);
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    const auto tables = count::all_ltf_tables(size, threads);
    const auto counts = operator_class_counts(size, tables, threads);
    struct Row {
      std::string op;
      std::uint64_t count;
    };
    struct {
      std::uint32_t n;
      std::uint64_t single, single_smaller, all_functions, intersection;
      std::vector<Row> per_operator;
    } c{size, tables.size(), count::all_ltf_tables(size - 1, threads).size(), counts.all_functions,
        counts.intersection, {}};
    for (const auto& oc : counts.per_operator) {
      if (oc.irreducible) c.per_operator.push_back({oc.name, oc.count});
    }
    const auto lower = c.single_smaller * c.single_smaller;
    const auto upper = std::min(c.single * c.single, c.all_functions);
    std::cout << "n = " << c.n << ": |T(n;1)| = " << c.single << " (capacity " << std::fixed << std::setprecision(2)
              << std::log2(static_cast<double>(c.single)) << " bits, n^2 = " << c.n * c.n << ", Eq. 4.1), |T(n-1;1)| = "
              << c.single_smaller << ", Boolean functions = " << c.all_functions << "\n";
    // Each column as wide as its header or its widest value, two spaces apart.
    const std::vector<std::string> headers{"B", "|T(n-1;1)|^2", "|T_B(n;1,1)|", "min(|T(n;1)|^2, 2^(2^n))",
                                           "capacity (bits)"};
    std::vector<std::vector<std::string>> rows;
    for (const auto& oc : c.per_operator) {
      std::ostringstream bits;
      bits << std::fixed << std::setprecision(2) << std::log2(static_cast<double>(oc.count));
      rows.push_back({oc.op, std::to_string(lower), std::to_string(oc.count), std::to_string(upper), bits.str()});
    }
    std::vector<std::size_t> widths;
    for (const auto& h : headers) widths.push_back(h.size());
    for (const auto& r : rows) {
      for (std::size_t i = 0; i < r.size(); ++i) widths[i] = std::max(widths[i], r[i].size());
    }
    auto print = [&widths](const std::vector<std::string>& cells) {
      std::string line;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        line += cells[i];
        if (i + 1 < cells.size()) line += std::string(widths[i] + 2 - cells[i].size(), ' ');
      }
      std::cout << line << "\n";
    };
    print(headers);
    for (const auto& r : rows) print(r);
    std::cout << "intersection over the 10 B (Prop 5.5): " << c.intersection << " >= " << lower
              << (c.intersection >= lower ? "  holds" : "  FAILS") << "\n";
    bool ok = c.intersection >= lower;
    for (const auto& oc : c.per_operator) ok &= oc.count >= lower && oc.count <= upper;
    context.exit_status = ok ? 0 : 1;
  });
}

}  // namespace quarks::cli
