#include "witness/dense_selector.h"

#include <set>

#include "core/error.h"

namespace quarks {

namespace {
void check_shape(std::uint32_t r, const std::vector<std::uint32_t>& codes, unsigned j, const std::vector<int>& signs) {
  if (r < 1 || r > 4) throw InputError("a dense selector has 1..4 variables");
  if (codes.size() < 2 || codes.size() > (std::size_t{1} << r)) throw InputError("a dense selector needs 2..2^r codes");
  if (j >= codes.size()) throw InputError("dense selector: j is not a case");
  if (signs.size() != codes.size()) throw InputError("dense selector: one sign per code is required");
  std::set<std::uint32_t> seen;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (codes[i] >= (std::uint32_t{1} << r)) throw InputError("dense selector: code outside 0..2^r - 1");
    if (!seen.insert(codes[i]).second) throw InputError("dense selector: repeated code");
    if (i == j ? signs[i] != 0 : (signs[i] != 1 && signs[i] != -1)) {
      throw InputError("dense selector: signs must be 0 at j and +1 or -1 elsewhere");
    }
  }
}
}  // namespace

std::vector<int> dense_selector_values(std::uint32_t r, const std::vector<std::uint32_t>& codes, unsigned j,
                                       const std::vector<int>& signs) {
  check_shape(r, codes, j, signs);
  std::vector<int> value(std::size_t{1} << r, 1);  // unused codes: +1
  for (std::size_t i = 0; i < codes.size(); ++i) value[codes[i]] = signs[i];  // 0 at c_j
  return value;
}

Polynomial dense_selector(std::uint32_t r, const std::vector<std::uint32_t>& codes, unsigned j,
                          const std::vector<int>& signs) {
  const std::vector<int> value = dense_selector_values(r, codes, j, signs);
  // Moebius inversion: the coefficient of prod_{b in S} z_b is
  // sum_{T subset of S} (-1)^{|S| - |T|} value(T), exact in integers.
  std::vector<long long> a(value.begin(), value.end());
  for (std::uint32_t b = 0; b < r; ++b) {
    for (std::size_t s = 0; s < a.size(); ++s) {
      if ((s >> b) & 1U) a[s] -= a[s ^ (std::size_t{1} << b)];
    }
  }
  std::vector<Term> terms;
  for (std::size_t s = 0; s < a.size(); ++s) {
    if (a[s] == 0) continue;
    Monomial mono;
    for (std::uint32_t b = 0; b < r; ++b) {
      if ((s >> b) & 1U) mono.push_back(b);
    }
    terms.push_back({mono, BigInt(a[s])});
  }
  return Polynomial::from_terms(r, std::move(terms));
}

DenseExtension dense_multiplexing_extension(const Polynomial& p, std::uint32_t n, std::uint32_t r,
                                            const std::vector<std::uint32_t>& codes, unsigned j, int theta,
                                            const std::vector<int>& signs) {
  if (r < 1 || r >= n) throw InputError("r = " + std::to_string(r) + " must satisfy 1 <= r < n = " + std::to_string(n));
  if (p.num_variables() != n - r) throw InputError("f must have n - r variables");
  if (theta != 1 && theta != -1) throw InputError("theta must be +1 or -1");
  DenseExtension e;
  e.selector = dense_selector(r, codes, j, signs);
  e.max_abs = max_abs_on_cube(p);
  e.multiplier = e.max_abs.value + 1;
  // F = M s_j(z) + theta p(x), with x shifted past the r selector variables.
  e.gate = Polynomial(n);
  e.gate.add_shifted(e.selector, 0, e.multiplier);
  e.gate.add_shifted(p, r, BigInt(theta));
  return e;
}

}  // namespace quarks
