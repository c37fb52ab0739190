#include "witness/threshold_functions.h"

#include <map>

#include "core/error.h"

namespace quarks {

std::uint64_t truth_table(const Polynomial& p) {
  const std::uint32_t m = p.num_variables();
  if (m > 6) throw InputError("truth tables are limited to 6 variables");
  std::uint64_t table = 0;
  for (std::uint64_t x = 0; x < (std::uint64_t{1} << m); ++x) {
    BigInt v = p.evaluate(point_from_mask(x, m));
    if (v == 0) throw NonStrictError("polynomial is 0 at " + point_to_string(point_from_mask(x, m)));
    if (v > 0) table |= std::uint64_t{1} << x;
  }
  return table;
}

std::vector<Polynomial> all_linear_threshold_functions(std::uint32_t m) {
  if (m > kMaxEnumeratedVariables) throw InputError("T(m;1) is enumerated for m <= 4 only");
  // Every threshold function of m <= 4 variables has integer weights |w| <= 3
  // (bias within the reach of the weights); p = 2 (w.x + b) + 1 is odd, hence strict.
  const int w_max = 3;
  const int b_max = w_max * static_cast<int>(m) + 1;
  std::map<std::uint64_t, Polynomial> found;
  std::vector<int> w(m, -w_max);
  for (;;) {
    for (int b = -b_max; b <= b_max; ++b) {
      std::vector<Term> terms{{{}, BigInt(2 * b + 1)}};
      for (std::uint32_t v = 0; v < m; ++v) terms.push_back({{v}, BigInt(2 * w[v])});
      Polynomial p = Polynomial::from_terms(m, terms);
      found.try_emplace(truth_table(p), p);
    }
    std::uint32_t v = 0;
    while (v < m && w[v] == w_max) w[v++] = -w_max;
    if (v == m) break;
    ++w[v];
  }
  std::vector<Polynomial> out;
  for (auto& [table, p] : found) out.push_back(p);
  return out;
}

}  // namespace quarks
