// Gray-code walks over {0,1}^m with exact incremental evaluation.
// Flipping x_b changes a multilinear p by +-(sum of the coefficients of the
// monomials that contain b and whose other variables are all 1); for a linear
// p that is +-w_b.
#include <algorithm>
#include <array>
#include <bit>
#include <stdexcept>

#include "core/error.h"
#include "verify/exhaustive.h"

namespace quarks {

std::string to_string(ArithmeticTier tier) {
  switch (tier) {
    case ArithmeticTier::int64: return "int64";
    case ArithmeticTier::int128: return "int128";
    case ArithmeticTier::bigint: return "bigint";
  }
  return "?";
}

ArithmeticTier select_tier(const BigInt& l1_norm) {
  // Values are bounded by l1 and steps by 2*l1, so int64 needs 2*l1 < 2^62
  // and int128 needs 2*l1 < 2^125: both leave a wide margin below overflow.
  static const BigInt kInt64Limit = BigInt(1) << 61;
  static const BigInt kInt128Limit = BigInt(1) << 124;
  if (l1_norm < kInt64Limit) return ArithmeticTier::int64;
  if (l1_norm < kInt128Limit) return ArithmeticTier::int128;
  return ArithmeticTier::bigint;
}

namespace {

template <class T>
T narrow(const BigInt& value) {
  if constexpr (std::is_same_v<T, std::int64_t>) {
    auto v = to_int64(value);
    if (!v) throw std::logic_error("coefficient does not fit the int64 tier");
    return *v;
  } else if constexpr (std::is_same_v<T, __int128>) {
    auto v = to_int128(value);
    if (!v) throw std::logic_error("coefficient does not fit the int128 tier");
    return *v;
  } else {
    return value;
  }
}

template <class T>
int sign_of(const T& v) {
  if constexpr (std::is_same_v<T, BigInt>) return v.sign();
  else return (v > 0) - (v < 0);
}

// Any degree, any tier. Per variable b, the monomials containing b, each with
// the mask of its other variables: it contributes to the step iff all of them are 1.
template <class T>
std::optional<std::uint64_t> walk_generic(unsigned m, const std::vector<Polynomial>& polys,
                                          const std::vector<bool>& accept, std::uint64_t& points) {
  const std::size_t np = polys.size();
  std::vector<T> value(np, T(0)), delta(np, T(0));
  struct Entry {
    std::uint64_t other;
    std::uint32_t poly;
  };
  std::vector<std::size_t> offset(m + 2, 0);
  for (const auto& p : polys) {
    for (const auto& t : p.terms()) {
      for (auto v : t.monomial) ++offset[v + 2];
    }
  }
  for (unsigned b = 0; b < m; ++b) offset[b + 2] += offset[b + 1];
  std::vector<Entry> entries(offset[m + 1]);
  std::vector<T> coeff(offset[m + 1], T(0));
  for (std::size_t j = 0; j < np; ++j) {
    for (const auto& t : polys[j].terms()) {
      const T c = narrow<T>(t.coefficient);
      if (t.monomial.empty()) {
        value[j] += c;
        continue;
      }
      std::uint64_t mask = 0;
      for (auto v : t.monomial) mask |= std::uint64_t{1} << v;
      for (auto v : t.monomial) {
        const std::size_t e = offset[v + 1]++;
        entries[e] = {mask & ~(std::uint64_t{1} << v), static_cast<std::uint32_t>(j)};
        coeff[e] = c;
      }
    }
  }
  // offset[b + 1] is now the end of b's entries and offset[b] its start.
  auto good = [&]() {
    std::size_t s = 0;
    for (std::size_t j = 0; j < np; ++j) {
      const int sg = sign_of(value[j]);
      if (sg == 0) return false;
      s |= static_cast<std::size_t>(sg > 0) << j;
    }
    return static_cast<bool>(accept[s]);
  };
  std::uint64_t x = 0;
  if (!good()) {
    points = 1;
    return x;
  }
  const std::uint64_t count = std::uint64_t{1} << m;
  for (std::uint64_t t = 1; t < count; ++t) {
    const unsigned b = static_cast<unsigned>(std::countr_zero(t));
    x ^= std::uint64_t{1} << b;
    const bool up = (x >> b) & 1U;
    for (std::size_t e = offset[b]; e < offset[b + 1]; ++e) {
      if ((entries[e].other & ~x) == 0) delta[entries[e].poly] += coeff[e];
    }
    for (std::size_t j = 0; j < np; ++j) {
      if (up) value[j] += delta[j];
      else value[j] -= delta[j];
      delta[j] = 0;
    }
    if (!good()) {
      points = t + 1;
      return x;
    }
  }
  points = count;
  return std::nullopt;
}

// Linear polynomials, int64, NP <= 4 polys. The low L bits of x form a block
// whose offsets sum_{b<L} w_b x_b are tabulated once; the high bits are walked
// in Gray code, each step adding +-w_b to the block's base value. A block is
// then checked by a branch-free loop (base + offset, sign bits, table bit)
// that the compiler vectorises; only a failing block is rescanned for its point.
constexpr unsigned kBlockBits = 10;

// With AVX2 the loop runs 4 points per instruction (64-bit compares and
// variable shifts); target_clones picks that version at load time when the CPU has it.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define QUARKS_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define QUARKS_VECTOR_CLONES
#endif

template <int NP>
QUARKS_VECTOR_CLONES bool block_ok(const std::int64_t* base, const std::int64_t* offsets, std::size_t size, std::uint64_t accept) {
  std::uint64_t bad = 0;
  for (std::size_t i = 0; i < size; ++i) {
    std::uint64_t s = 0, zero = 0;
    for (int j = 0; j < NP; ++j) {
      const std::int64_t v = base[j] + offsets[j * size + i];
      s |= static_cast<std::uint64_t>(v > 0) << j;
      zero |= static_cast<std::uint64_t>(v == 0);
    }
    bad |= zero | (~(accept >> s) & 1U);
  }
  return bad == 0;
}

template <int NP>
std::optional<std::uint64_t> walk_linear64(unsigned m, const std::vector<Polynomial>& polys,
                                           const std::vector<bool>& accept, std::uint64_t& points) {
  std::array<std::int64_t, NP> base{};
  std::vector<std::int64_t> w(static_cast<std::size_t>(m) * NP, 0);  // w[b * NP + j]
  for (int j = 0; j < NP; ++j) {
    for (const auto& t : polys[j].terms()) {
      const std::int64_t c = narrow<std::int64_t>(t.coefficient);
      if (t.monomial.empty()) base[j] += c;
      else w[t.monomial[0] * NP + j] = c;
    }
  }
  std::uint64_t accept_mask = 0;
  for (std::size_t s = 0; s < accept.size(); ++s) accept_mask |= static_cast<std::uint64_t>(accept[s]) << s;

  const unsigned low = std::min(m, kBlockBits), high = m - low;
  const std::size_t size = std::size_t{1} << low;
  // natural[i] = sum over the set bits b of i of w_b (a sub-sum of l1, no overflow);
  // offsets[j * size + l] = natural[gray(l)], the block in Gray order.
  std::vector<std::int64_t> natural(static_cast<std::size_t>(NP) * size, 0);
  for (std::size_t i = 1; i < size; ++i) {
    const unsigned b = static_cast<unsigned>(std::countr_zero(i));
    for (int j = 0; j < NP; ++j) natural[j * size + i] = natural[j * size + (i & (i - 1))] + w[b * NP + j];
  }
  std::vector<std::int64_t> offsets(natural.size());
  for (std::size_t l = 0; l < size; ++l) {
    for (int j = 0; j < NP; ++j) offsets[j * size + l] = natural[j * size + gray_code(l)];
  }
  // Step t = h * 2^low + l of the reflected Gray code over m bits is
  // gray(h) on the high bits and gray(l) on the low bits, with the block
  // reversed when h is odd; the walk below visits exactly that sequence, so
  // the first failing point and the point count match the generic walker.
  points = 0;
  std::uint64_t hi = 0;
  const std::uint64_t blocks = std::uint64_t{1} << high;
  for (std::uint64_t h = 0; h < blocks; ++h) {
    if (h > 0) {
      const unsigned b = static_cast<unsigned>(std::countr_zero(h));
      hi ^= std::uint64_t{1} << b;
      const bool up = (hi >> b) & 1U;
      for (int j = 0; j < NP; ++j) base[j] += up ? w[(low + b) * NP + j] : -w[(low + b) * NP + j];
    }
    if (!block_ok<NP>(base.data(), offsets.data(), size, accept_mask)) [[unlikely]] {
      for (std::size_t r = 0; r < size; ++r) {
        const std::size_t l = (h & 1U) ? size - 1 - r : r;
        std::uint64_t s = 0;
        bool zero = false;
        for (int j = 0; j < NP; ++j) {
          const std::int64_t v = base[j] + offsets[j * size + l];
          s |= static_cast<std::uint64_t>(v > 0) << j;
          zero |= v == 0;
        }
        if (zero || !((accept_mask >> s) & 1U)) {
          points += r + 1;
          return (hi << low) | gray_code(l);
        }
      }
      throw std::logic_error("linear walk: failing block without a failing point");
    }
    points += size;
  }
  return std::nullopt;
}

}  // namespace

WalkResult gray_walk(const std::vector<Polynomial>& polys, const std::vector<bool>& accept,
                     ArithmeticTier minimum_tier) {
  if (polys.empty() || polys.size() > 16) throw InputError("a walk needs 1..16 polynomials");
  if (accept.size() != (std::size_t{1} << polys.size())) {
    throw InputError("acceptance table needs 2^" + std::to_string(polys.size()) + " entries");
  }
  const unsigned m = polys.front().num_variables();
  if (m > 63) throw InputError("a walk is limited to 63 variables");
  BigInt bound = 0;
  int degree = -1;
  for (const auto& p : polys) {
    if (p.num_variables() != m) throw InputError("polynomials of one walk must share their variables");
    BigInt l1 = p.l1_norm();
    if (l1 > bound) bound = l1;
    degree = std::max(degree, p.degree());
  }
  WalkResult result;
  result.tier = std::max(select_tier(bound), minimum_tier);
  const std::size_t np = polys.size();
  if (result.tier == ArithmeticTier::int64) {
    if (degree <= 1 && np <= 4) {
      result.linear_fast = true;
      switch (np) {
        case 1: result.failure = walk_linear64<1>(m, polys, accept, result.points); break;
        case 2: result.failure = walk_linear64<2>(m, polys, accept, result.points); break;
        case 3: result.failure = walk_linear64<3>(m, polys, accept, result.points); break;
        default: result.failure = walk_linear64<4>(m, polys, accept, result.points); break;
      }
    } else {
      result.failure = walk_generic<std::int64_t>(m, polys, accept, result.points);
    }
  } else if (result.tier == ArithmeticTier::int128) {
    result.failure = walk_generic<__int128>(m, polys, accept, result.points);
  } else {
    result.failure = walk_generic<BigInt>(m, polys, accept, result.points);
  }
  return result;
}

}  // namespace quarks
