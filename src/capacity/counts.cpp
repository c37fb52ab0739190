#include "capacity/counts.h"

#include "core/boolean_operator.h"
#include "core/error.h"
#include "witness/threshold_functions.h"

namespace quarks {

CapacityCounts composition_capacity(std::uint32_t n) {
  if (n < 2 || n > kMaxCapacityVariables) throw InputError("exact capacities are computed for n in 2..4");
  CapacityCounts c;
  c.n = n;
  const std::uint64_t points = std::uint64_t{1} << n;
  const std::uint64_t mask = points == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << points) - 1;
  std::vector<std::uint64_t> tables;
  for (const auto& p : all_linear_threshold_functions(n)) tables.push_back(truth_table(p));
  c.single = tables.size();
  c.single_smaller = all_linear_threshold_functions(n - 1).size();
  c.all_functions = std::uint64_t{1} << points;  // n <= 4: at most 2^16
  std::vector<std::uint8_t> in_all(c.all_functions, 1);
  for (const auto& op : BooleanOperator::all_binary()) {
    if (!op.irreducible()) continue;
    std::vector<std::uint8_t> member(c.all_functions, 0);
    for (std::uint64_t f : tables) {
      for (std::uint64_t g : tables) {
        // Bitwise B on whole truth tables: row (f, g) of the operator picks the term.
        std::uint64_t h = 0;
        if (op.row(0)) h |= ~f & ~g;
        if (op.row(1)) h |= f & ~g;
        if (op.row(2)) h |= ~f & g;
        if (op.row(3)) h |= f & g;
        member[h & mask] = 1;
      }
    }
    OperatorCount oc{op.describe(), 0};
    for (std::uint64_t h = 0; h < c.all_functions; ++h) {
      oc.count += member[h];
      in_all[h] &= member[h];
    }
    c.per_operator.push_back(oc);
  }
  for (auto b : in_all) c.intersection += b;
  return c;
}

}  // namespace quarks
