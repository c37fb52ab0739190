#include "witness/ptf.h"

#include <bit>

#include "core/error.h"

namespace quarks {

namespace {

// Visits every monomial of degree <= d over m variables in canonical order.
template <typename Visit>
void for_each_monomial(std::uint32_t m, int d, Visit visit) {
  Monomial mono;
  visit(mono);
  for (int size = 1; size <= d && static_cast<std::uint32_t>(size) <= m; ++size) {
    mono.resize(size);
    for (int i = 0; i < size; ++i) mono[i] = i;
    for (;;) {
      visit(mono);
      int i = size - 1;
      while (i >= 0 && mono[i] == m - size + i) --i;
      if (i < 0) break;
      ++mono[i];
      for (int l = i + 1; l < size; ++l) mono[l] = mono[l - 1] + 1;
    }
  }
}

std::size_t count_monomials(std::uint32_t m, int d) {
  std::size_t total = 0, binom = 1;  // binom = C(m, size)
  for (int size = 0; size <= d && static_cast<std::uint32_t>(size) <= m; ++size) {
    if (size > 0) binom = binom * (m - size + 1) / size;
    total += binom;
    if (total > kMaxRandomMonomials) return total;
  }
  return total;
}

// Gray-code walk of p over {0,1}^m in __int128 (caller proves no overflow);
// calls visit(value, mask) at each point. Kept apart from verify/gray_walk.cpp
// on purpose: the generator computes max |p| (hence M) with this walk, and the
// exhaustive checker must not share code with what it checks, so a slip in
// one walk cannot both build a wrong M and confirm it.
template <typename Visit>
void walk(const Polynomial& p, Visit visit) {
  const std::uint32_t m = p.num_variables();
  std::vector<std::vector<std::pair<std::uint64_t, __int128>>> by_variable(m);
  __int128 value = 0;
  for (const auto& t : p.terms()) {
    __int128 c = *to_int128(t.coefficient);
    if (t.monomial.empty()) { value += c; continue; }
    std::uint64_t mask = 0;
    for (auto v : t.monomial) mask |= std::uint64_t{1} << v;
    for (auto v : t.monomial) by_variable[v].push_back({mask & ~(std::uint64_t{1} << v), c});
  }
  std::uint64_t x = 0;
  if (!visit(value, x)) return;
  for (std::uint64_t step = 1; step < (std::uint64_t{1} << m); ++step) {
    const unsigned b = static_cast<unsigned>(std::countr_zero(step));
    __int128 delta = 0;
    for (const auto& [others, c] : by_variable[b]) {
      if ((x & others) == others) delta += c;
    }
    x ^= std::uint64_t{1} << b;
    value += (x >> b & 1U) ? delta : -delta;
    if (!visit(value, x)) return;
  }
}

bool walkable(const Polynomial& p) {
  return p.num_variables() <= kExactMaxAbsVariables && bit_length(p.l1_norm()) <= 124;
}

}  // namespace

Polynomial random_strict_polynomial(std::uint32_t m, int degree, unsigned bits, SeededRandom& random) {
  if (degree < 1) throw InputError("degree " + std::to_string(degree) + " is below 1");
  if (bits < 2 || bits > 4096) throw InputError("coefficient bits must be in 2..4096");
  if (count_monomials(m, degree) > kMaxRandomMonomials) {
    throw InputError("T(" + std::to_string(m) + "; " + std::to_string(degree) + ") needs more than 2^22 monomials");
  }
  std::vector<Term> terms;
  for_each_monomial(m, degree, [&](const Monomial& mono) {
    BigInt c = 2 * random.signed_bits(bits - 1);
    if (mono.empty()) c += 1;
    terms.push_back({mono, c});
  });
  return Polynomial::from_terms(m, std::move(terms));
}

MaxAbs max_abs_on_cube(const Polynomial& p) {
  if (p.degree() <= 1) return {p.box_bound(), true, "exact: |c0 + sum of positive| vs |c0 + sum of negative| (degree 1)"};
  if (walkable(p)) {
    __int128 best = 0;
    walk(p, [&](__int128 v, std::uint64_t) {
      __int128 a = v < 0 ? -v : v;
      if (a > best) best = a;
      return true;
    });
    return {from_int128(best), true, "exact: enumeration of the cube"};
  }
  return {p.box_bound(), false, "upper bound: box bound (cube too large to enumerate)"};
}

bool require_strict(const Polynomial& p, const std::string& name) {
  if (!walkable(p)) return false;
  walk(p, [&](__int128 v, std::uint64_t x) {
    if (v == 0) {
      throw InputError(name + " is 0 at x = " + point_to_string(point_from_mask(x, p.num_variables())) +
                       ": not a strict threshold function");
    }
    return true;
  });
  return true;
}

}  // namespace quarks
