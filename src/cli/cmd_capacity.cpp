// quarks capacity: the Theorem 4.2 table for the 10 irreducible binary B
// (Eq. 5.13) and Proposition 5.5 (Eq. 5.14), from the same computation as
// `quarks count composed --op all` (count_report.h, OperatorTable).
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/count_report.h"
#include "cli/options.h"
#include "core/error.h"

namespace quarks::cli {

void add_capacity_command(CLI::App& app, CommandContext& context) {
  auto n = std::make_shared<std::string>("4");
  auto* cmd = app.add_subcommand("capacity", "Exact |T_B(n;1,1)| for the 10 irreducible binary B beside the bounds "
                                             "of Theorem 4.2 and Proposition 5.5 (n in 2..5; see also quarks count)");
  cmd->add_option("--n", *n, "Number of inputs n (2..5)")->check(decimal_integer());
  cmd->callback([n, &context]() {
    const auto size = static_cast<std::uint32_t>(bounded_integer(*n, "--n", 2, count::kMaxOperatorClassVariables));
    const OperatorTable t = compute_operator_table(size, thread_count("0"));
    const std::uint64_t lower = t.ltf_smaller * t.ltf_smaller;
    const std::uint64_t upper = std::min(t.ltf * t.ltf, t.counts.all_functions);
    std::cout << "n = " << t.n << ": |T(n;1)| = " << t.ltf << " (capacity " << std::fixed << std::setprecision(2)
              << log2_count(t.ltf) << " bits, n^2 = " << t.n * t.n << ", Eq. 4.1), |T(n-1;1)| = " << t.ltf_smaller
              << ", Boolean functions = " << t.counts.all_functions << "\n";
    // Each column as wide as its header or its widest value, two spaces apart.
    const std::vector<std::string> headers{"B", "|T(n-1;1)|^2", "|T_B(n;1,1)|", "min(|T(n;1)|^2, 2^(2^n))",
                                           "capacity (bits)"};
    std::vector<std::vector<std::string>> rows;
    bool ok = t.counts.intersection >= lower;
    for (const auto& oc : t.counts.per_operator) {
      if (!oc.irreducible) continue;
      rows.push_back({oc.name, std::to_string(lower), std::to_string(oc.count), std::to_string(upper),
                      fixed_text(log2_count(oc.count), 2)});
      ok &= oc.count >= lower && oc.count <= upper;
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
    std::cout << "intersection over the 10 B (Prop 5.5): " << t.counts.intersection << " >= " << lower
              << (t.counts.intersection >= lower ? "  holds" : "  FAILS") << "\n";
    std::cout << kSetClassNote << "\n";
    context.exit_status = ok ? 0 : 1;
  });
}

}  // namespace quarks::cli
