#pragma once
// The exhaustive checker: every point a claim quantifies over is evaluated
// exactly. Selector claims (Lemmas 5.3, 5.4, Thm 4.2) are walked in reflected
// Gray code, so each step changes one coordinate and every polynomial is
// updated by one exact increment instead of being re-evaluated. A violation is
// re-evaluated by claim/reference.h before it is reported.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "claim/claims.h"
#include "claim/verdict.h"
#include "core/polynomial.h"

namespace quarks {

// Integer width of one walk, chosen from a proven bound (select_tier).
enum class ArithmeticTier { int64 = 0, int128 = 1, bigint = 2 };
std::string to_string(ArithmeticTier tier);

// Every value of p on the cube and every partial sum of its coefficients is at
// most l1 = l1_norm(p) in magnitude, and a Gray step changes p by at most 2*l1.
// int64 iff 2*l1 < 2^62 (l1 < 2^61), int128 iff 2*l1 < 2^125 (l1 < 2^124),
// otherwise BigInt.
ArithmeticTier select_tier(const BigInt& l1_norm);

struct WalkResult {
  std::optional<std::uint64_t> failure;
  std::uint64_t points = 0;
  ArithmeticTier tier = ArithmeticTier::int64;
  bool linear_fast = false;
  unsigned lane_bits = 0;  // linear kernel: 32 (l1 < 2^30) or 64; 0 for the generic walker
  unsigned threads = 1;    // threads the walk ran on (small walks run on the caller's)
};

// 0 means std::thread::hardware_concurrency() (at least 1).
unsigned walk_threads(unsigned requested);

struct ExhaustiveOptions {
  // Lowest tier a walk may use. Raising it forces wider arithmetic (tests and
  // benchmarks of the wider tiers); it never lowers the tier the bound requires.
  ArithmeticTier minimum_tier = ArithmeticTier::int64;
  // Threads per walk; 0 = all cores. Verdict, counterexample and points do
  // not depend on it (each walk reports its first failure in Gray order).
  unsigned threads = 0;
  // Test-only: points per chunk of a threaded walk (0 = the measured
  // defaults), so that small walks in tests take the threaded path.
  std::uint64_t chunk_points = 0;
  // Test-only fault injection: applied to every walk's result before it is
  // used. A corrupted walk that reports a violation the reference does not
  // confirm must end in Verdict::disagreement (tests/verify).
  std::function<void(WalkResult&)> corrupt_walk;
};

// What the walks did (for tests and benchmarks).
struct ExhaustiveStats {
  std::uint64_t walks_int64 = 0;
  std::uint64_t walks_int128 = 0;
  std::uint64_t walks_bigint = 0;
  std::uint64_t linear_fast_walks = 0;  // int64 walks on the specialised linear kernel
};

// Verified iff no point violates the claim; refuted with the reference's
// re-evaluation of the first violating point found; disagreement if the
// reference finds no violation where the walk did (a bug in quarks). Throws InputError on a
// structurally invalid claim or a SelectorClaim with n > kMaxExhaustiveVariables.
CheckReport check_exhaustive(const Claim& claim, const ExhaustiveOptions& options = {});
CheckReport check_exhaustive(const Claim& claim, const ExhaustiveOptions& options, ExhaustiveStats& stats);

// One Gray walk over {0,1}^m (m = num_variables of every poly, m <= 63,
// 1 <= polys.size() <= 16). A point fails if some poly is 0 there or
// accept[s] is false, where bit j of s is [poly_j > 0] (accept.size() ==
// 2^polys.size()). Returns the first failing point in Gray order (bit v =
// x_v) and the number of points up to it, including it; both are the same
// for every thread count.
struct WalkSettings {
  ArithmeticTier minimum_tier = ArithmeticTier::int64;
  unsigned threads = 1;             // 0 = all cores; small walks run on the caller's thread
  std::uint64_t chunk_points = 0;   // test-only (ExhaustiveOptions::chunk_points)
};
inline constexpr std::size_t kMaxTableWalkPolynomials = 16;
WalkResult gray_walk(const std::vector<Polynomial>& polys, const std::vector<bool>& accept,
                     const WalkSettings& settings = {});

// The same with acceptance as a predicate of the sign vector, for walks with
// more polynomials than a table can serve: positive[j / 64] bit j % 64 is
// [poly_j > 0], for 1 <= polys.size() <= kMaxWalkPolynomials. It is called
// from several threads at once and must be a pure function. With at most 16
// polynomials and a table no larger than the walk (2^size <= 2^m, or size
// <= 4) it is tabulated once and the table's kernels run.
using SignPredicate = std::function<bool(const std::uint64_t* positive)>;
inline constexpr std::size_t kMaxWalkPolynomials = 4096;
WalkResult gray_walk(const std::vector<Polynomial>& polys, const SignPredicate& accept,
                     const WalkSettings& settings = {});

}  // namespace quarks
