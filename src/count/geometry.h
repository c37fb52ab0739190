#pragma once
// The cube {0,1}^n as the census walks it (docs/capacity.md, "The census").
// Trusted base: the replay that verifies a certificate directory uses this.
//
// A class is a threshold class over a feature map: T(n;d) uses the monomials
// of degree 1..d; the regular LTF census (d = 1) adds the rows
// w_0 >= w_1 >= ... >= w_{n-1} >= 0, so it walks regular positive functions
// only, and the point order is a linear extension of the dominance order
// (prefix sums), which makes "some dominated point is true" force a point true.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/gate_encoding.h"
#include "count/lp.h"

namespace quarks::count {

inline constexpr std::uint32_t kMaxCensusVariables = 9;  // 512 points: an 8-word bitset

using PointSet = std::array<std::uint64_t, 8>;
inline bool contains(const PointSet& s, std::uint32_t p) { return (s[p >> 6] >> (p & 63)) & 1; }
inline void insert(PointSet& s, std::uint32_t p) { s[p >> 6] |= std::uint64_t{1} << (p & 63); }
inline void erase(PointSet& s, std::uint32_t p) { s[p >> 6] &= ~(std::uint64_t{1} << (p & 63)); }
inline bool intersects(const PointSet& a, const PointSet& b) {
  std::uint64_t any = 0;
  for (std::size_t w = 0; w < a.size(); ++w) any |= a[w] & b[w];
  return any != 0;
}

// z realizes the value strictly at a point with activation a: a > 0 for
// true, a < 0 for false, never a = 0. Written this way on purpose: g++ 12.2
// at -O1 and above (tree-forwprop) miscompiles `a == 0 || (a > 0) != value`
// for an __int128 a computed in a loop, dropping the a > 0 test (found in
// realizes_gate; tests/count/test_census.cpp pins both shapes' answers).
inline bool realizes_value(__int128 activation, bool value) { return value ? activation > 0 : activation < 0; }

enum class CensusKind {
  regular_ltf,  // T(n;1) through regular positive functions, weighted by orbit x 2^essential
  ptf,          // T(n;d), every function with f(0) = 0, weighted by 2 (complement)
  synaptic,     // one LTF whose weight on x_0 is gated by a fixed gate h(x_1..x_{n-1}) (journal Prop 6.9)
};

struct CensusClass {
  CensusKind kind = CensusKind::regular_ltf;
  std::uint32_t n = 0;
  std::uint32_t degree = 1;
  // synaptic: the gate's truth table over x' = (x_1..x_{n-1}) (bit x' = h(x')),
  // and its encoding: +-1 outputs make the weight -w_0 where h is false, 0/1
  // outputs make it 0 there.
  std::uint64_t gate = 0;
  GateEncoding gate_encoding = GateEncoding::zero_one;
  std::string name() const;  // "ltf", "ptf" or "synaptic"
  std::string title() const;  // "|T(7;1)|", "|T(5;2)|", "|synaptic class, n = 3, gate 6 (01)|"
};

class CubeGeometry {
 public:
  explicit CubeGeometry(const CensusClass& cls);

  const CensusClass& census_class() const { return cls_; }
  std::uint32_t points() const { return 1u << cls_.n; }
  // Features of a point (LP columns but the last, which is the threshold t):
  // the monomials of degree 1..d (ltf, ptf), or (x_0 g(x), x_1, ..., x_{n-1})
  // with g = h or 2h - 1 (synaptic).
  std::size_t features() const { return features_per_point_; }
  std::size_t columns() const { return features_per_point_ + 1; }
  const std::int8_t* features_of(std::uint32_t p) const { return point_features_.data() + p * features_per_point_; }
  // Points in the walk order.
  const std::vector<std::uint32_t>& order() const { return order_; }
  // Regular LTF: the points q != p that p dominates (q <= p in prefix sums).
  const PointSet& dominated_by(std::uint32_t p) const { return below_[p]; }

  // sum_S z_S [S subset of p] - t, exactly.
  __int128 activation(const std::vector<std::int64_t>& z, std::uint32_t p) const;

  // The LP of a decision: rows for the assigned points that matter (all of
  // them for a PTF; the minimal true and maximal false ones for a regular LTF,
  // the rest follow by dominance), in increasing point order, then the
  // regularity rows. row_points[r] is the point of row r, or -1 - i for
  // regularity row i.
  void build_system(const PointSet& true_points, const PointSet& false_points, InequalitySystem& system,
                    std::vector<std::int32_t>& row_points) const;

 private:
  CensusClass cls_;
  std::size_t features_per_point_ = 0;
  std::vector<std::int8_t> point_features_;  // points() x features()
  std::vector<std::uint32_t> order_;
  std::vector<PointSet> below_, above_;
};

// Weight of one leaf in the count. Regular LTF: the orbit of f under
// permutations, n! / prod(block sizes)!, where blocks are runs of adjacent
// interchangeable variables, times 2^(essential variables) for the
// negations; PTF: 2. `truth` holds f's true points.
unsigned __int128 leaf_weight(const CensusClass& cls, const PointSet& truth);

std::string to_decimal(unsigned __int128 v);

}  // namespace quarks::count
