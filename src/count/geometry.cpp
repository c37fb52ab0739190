#include "count/geometry.h"

#include <algorithm>
#include <bit>

#include "core/error.h"

namespace quarks::count {

std::string CensusClass::name() const {
  switch (kind) {
    case CensusKind::regular_ltf: return "ltf";
    case CensusKind::ptf: return "ptf";
    case CensusKind::synaptic: return "synaptic";
  }
  return "?";
}

std::string CensusClass::title() const {
  switch (kind) {
    case CensusKind::regular_ltf: return "|T(" + std::to_string(n) + ";1)|";
    case CensusKind::ptf: return "|T(" + std::to_string(n) + ";" + std::to_string(degree) + ")|";
    case CensusKind::synaptic:
      return "|synaptic class, n = " + std::to_string(n) + ", gate " + std::to_string(gate) + " (" +
             encoding_word(gate_encoding) + ")|";
  }
  return "?";
}

namespace {

// q <= p in the dominance order of regular functions: every prefix
// x_0..x_k of q has at most as many ones as the same prefix of p.
bool dominates(std::uint32_t p, std::uint32_t q, std::uint32_t n) {
  int sp = 0, sq = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    sp += (p >> i) & 1;
    sq += (q >> i) & 1;
    if (sq > sp) return false;
  }
  return true;
}

}  // namespace

CubeGeometry::CubeGeometry(const CensusClass& cls) : cls_(cls) {
  if (cls.n < 1 || cls.n > kMaxCensusVariables) throw InputError("census: n must be in 1.." + std::to_string(kMaxCensusVariables));
  if (cls.degree < 1 || cls.degree > cls.n) throw InputError("census: degree must be in 1..n");
  if (cls.kind != CensusKind::ptf && cls.degree != 1) throw InputError("census: the LTF and synaptic censuses have degree 1");
  if (cls.kind == CensusKind::synaptic && (cls.n < 2 || cls.n > 6 || (cls.gate >> (1u << (cls.n - 1))) != 0)) {
    throw InputError("census: the synaptic class needs n >= 2 and a gate table over n - 1 inputs");
  }
  const std::uint32_t pts = points();
  std::vector<std::uint32_t> monomials;
  for (std::uint32_t size = 1; size <= cls.degree; ++size) {
    for (std::uint32_t mask = 1; mask < pts; ++mask) {
      if (static_cast<std::uint32_t>(std::popcount(mask)) == size) monomials.push_back(mask);
    }
  }
  features_per_point_ = monomials.size();
  point_features_.resize(static_cast<std::size_t>(pts) * features_per_point_);
  for (std::uint32_t p = 0; p < pts; ++p) {
    std::int8_t* f = point_features_.data() + p * features_per_point_;
    if (cls.kind == CensusKind::synaptic) {
      // Synaptic gating of w_0 (Sec. 2): the weight seen at p is w_0 g(p).
      const bool open = (cls.gate >> (p >> 1)) & 1;
      const std::int8_t g = open ? 1 : (cls.gate_encoding == GateEncoding::plus_minus_one ? -1 : 0);
      f[0] = static_cast<std::int8_t>((p & 1) * g);
      for (std::uint32_t i = 1; i < cls.n; ++i) f[i] = static_cast<std::int8_t>((p >> i) & 1);
    } else {
      for (std::size_t s = 0; s < monomials.size(); ++s) f[s] = (monomials[s] & p) == monomials[s] ? 1 : 0;
    }
  }
  order_.resize(pts);
  for (std::uint32_t p = 0; p < pts; ++p) order_[p] = p;
  below_.assign(pts, PointSet{});
  above_.assign(pts, PointSet{});
  if (cls.kind == CensusKind::regular_ltf) {
    // sum_i x_i (n - i) grows strictly along the dominance order, so sorting by
    // it (ties by index) is a linear extension: a dominated point comes first.
    auto key = [&](std::uint32_t p) {
      std::uint32_t k = 0;
      for (std::uint32_t i = 0; i < cls.n; ++i) k += ((p >> i) & 1) * (cls.n - i);
      return k;
    };
    std::stable_sort(order_.begin(), order_.end(), [&](auto a, auto b) { return key(a) < key(b); });
    for (std::uint32_t p = 0; p < pts; ++p) {
      for (std::uint32_t q = 0; q < pts; ++q) {
        if (p != q && dominates(p, q, cls.n)) {
          insert(below_[p], q);
          insert(above_[q], p);
        }
      }
    }
  }
}

__int128 CubeGeometry::activation(const std::vector<std::int64_t>& z, std::uint32_t p) const {
  __int128 sum = -static_cast<__int128>(z.back());
  const std::int8_t* f = features_of(p);
  for (std::size_t s = 0; s < features_per_point_; ++s) sum += static_cast<__int128>(f[s]) * z[s];
  return sum;
}

void CubeGeometry::build_system(const PointSet& true_points, const PointSet& false_points,
                                InequalitySystem& system, std::vector<std::int32_t>& row_points) const {
  const std::size_t cols = columns();
  system.columns = cols;
  system.coefficients.clear();
  system.rhs.clear();
  row_points.clear();
  std::vector<std::int32_t> a(cols);
  const bool regular = cls_.kind == CensusKind::regular_ltf;
  for (std::uint32_t p = 0; p < points(); ++p) {
    const bool is_true = contains(true_points, p);
    if (!is_true && !contains(false_points, p)) continue;
    if (regular && is_true && intersects(below_[p], true_points)) continue;     // implied by a smaller true point
    if (regular && !is_true && intersects(above_[p], false_points)) continue;   // implied by a larger false point
    // true: phi(p).w - t >= 1 ; false: -phi(p).w + t >= 1.
    const std::int32_t sign = is_true ? 1 : -1;
    const std::int8_t* f = features_of(p);
    for (std::size_t s = 0; s < features_per_point_; ++s) a[s] = sign * f[s];
    a[cols - 1] = -sign;
    system.add_row(a.data(), 1);
    row_points.push_back(static_cast<std::int32_t>(p));
  }
  if (regular) {
    for (std::uint32_t i = 0; i < cls_.n; ++i) {
      std::fill(a.begin(), a.end(), 0);
      a[i] = 1;
      if (i + 1 < cls_.n) a[i + 1] = -1;  // w_i - w_{i+1} >= 0, and w_{n-1} >= 0
      system.add_row(a.data(), 0);
      row_points.push_back(-1 - static_cast<std::int32_t>(i));
    }
  }
}

unsigned __int128 leaf_weight(const CensusClass& cls, const PointSet& truth) {
  if (cls.kind == CensusKind::synaptic) return 2;  // complement: negate every weight and t, same gate
  if (cls.kind == CensusKind::ptf) return cls.n >= 5 ? 1 : 2;  // census.h: complement symmetry below n = 5
  const std::uint32_t n = cls.n, pts = 1u << n;
  auto swapped = [](std::uint32_t x, std::uint32_t i, std::uint32_t j) {
    const std::uint32_t bi = (x >> i) & 1, bj = (x >> j) & 1;
    return bi == bj ? x : x ^ ((1u << i) | (1u << j));
  };
  std::uint32_t essential = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    for (std::uint32_t x = 0; x < pts; ++x) {
      if (contains(truth, x) != contains(truth, x ^ (1u << i))) {
        ++essential;
        break;
      }
    }
  }
  unsigned __int128 orbit = 1;
  for (std::uint32_t k = 2; k <= n; ++k) orbit *= k;
  std::uint32_t block = 1;
  for (std::uint32_t i = 0; i + 1 <= n; ++i) {
    bool interchangeable = i + 1 < n;
    for (std::uint32_t x = 0; interchangeable && x < pts; ++x) {
      if (contains(truth, x) != contains(truth, swapped(x, i, i + 1))) interchangeable = false;
    }
    if (interchangeable) {
      ++block;
    } else {
      for (std::uint32_t k = 2; k <= block; ++k) orbit /= k;
      block = 1;
    }
  }
  return orbit << essential;
}

std::string to_decimal(unsigned __int128 v) {
  if (v == 0) return "0";
  std::string s;
  while (v > 0) {
    s.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  std::reverse(s.begin(), s.end());
  return s;
}

}  // namespace quarks::count
