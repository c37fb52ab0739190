#pragma once
// Certified census of a threshold class: T(n;1) through regular positive
// functions (n <= 8), T(n;d) directly (small n). docs/capacity.md gives the
// argument; in short:
//  - the walk assigns the points in a fixed order; at each point, the value
//    the current integer witness gives is explored for free, and the other
//    value is decided by an LP whose answer is a certificate (a new integer
//    witness, or Farkas multipliers), checked exactly before it is used;
//  - every leaf is a member: its witness is evaluated on the whole cube;
//  - every pruned branch is a non-member: its Farkas certificate was checked;
//  - leaves are weighted (geometry.h, leaf_weight) to give the count.
// The walk is split into tasks at a fixed depth, so results and certificate
// files do not depend on the number of threads or MPI ranks.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "count/geometry.h"
#include "count/lp.h"

namespace quarks::count {

// The PTF census walks every function with f(0) = 0 up to n = 4, and from
// n = 5 one extension walk per orbit of T(n-1;d) (uses_half_orbits).
inline constexpr std::uint32_t kMaxPtfCensusVariables = 5;
bool uses_half_orbits(const CensusClass& cls);

struct CensusProgress {
  std::uint64_t units_done = 0;   // units of this rank (a unit = consecutive tasks, one certificate file)
  std::uint64_t units_total = 0;
  std::uint64_t decisions = 0;
  double seconds = 0;
};

struct CensusOptions {
  LpEngine engine = LpEngine::float_certified;
  unsigned threads = 1;
  std::string certificate_dir;  // empty: no certificates written
  std::string checkpoint;       // empty: no checkpoint
  double checkpoint_interval_seconds = 10;
  std::uint32_t rank = 0, ranks = 1;  // tasks i with i % ranks == rank
  std::function<void(const CensusProgress&)> progress;  // called from the coordinating thread
  const std::atomic<bool>* stop = nullptr;               // set by Ctrl-C: finish running tasks, checkpoint, return
  bool collect_leaves = false;  // keep the leaves' truth tables (n <= 6)
};

struct CensusResult {
  CensusClass cls;
  unsigned __int128 count = 0;  // the weighted sum over this rank's tasks
  std::uint64_t decisions = 0;  // LPs decided = certificate records
  std::uint64_t leaves = 0;     // regular functions (ltf) or functions with f(0) = 0 (ptf)
  std::uint64_t tasks = 0;               // subtrees below the split
  std::uint64_t units = 0, units_done = 0;  // groups of consecutive tasks: certificate files, checkpoint entries
  std::uint32_t split_depth = 0;
  LpStatistics lp;
  double seconds = 0;
  bool complete = false;  // false when stopped early
  std::vector<std::uint64_t> leaf_tables;  // sorted, when collect_leaves
};

// Where the walk is split into tasks (recorded in certificates and
// checkpoints): after `default_split_depth` two-way branchings on the path
// when splits_by_branchings (the regular LTF census), else at that depth in
// the point order (the PTF census).
std::uint32_t default_split_depth(const CensusClass& cls);
bool splits_by_branchings(const CensusClass& cls);

CensusResult run_census(const CensusClass& cls, const CensusOptions& options);

// Re-checks a certificate directory written by run_census without any LP
// solver: replays the walk, checks every record exactly, evaluates every leaf
// on the cube and recomputes the count. Throws InputError on a malformed or
// incomplete directory; a well-formed directory whose certificates do not hold
// gives ok = false with the reason.
struct CertificateCheck {
  bool ok = false;
  std::string reason;
  CensusClass cls;
  unsigned __int128 count = 0;
  std::string claimed_count;
  std::uint64_t decisions = 0, leaves = 0, tasks = 0;
};
CertificateCheck verify_certificates(const std::string& directory);

// summary.txt of a certificate directory (written last, atomically, by the
// command once every rank has finished).
void write_certificate_summary(const std::string& directory, const CensusResult& result);

// The LP systems of the first `count` decisions of a census (in walk order,
// tasks in order), for benchmarks of the LP engines on the real workload.
std::vector<InequalitySystem> sample_decision_systems(const CensusClass& cls, std::size_t count);

// Every truth table of T(n;1) (n <= 6), by expanding the regular leaves over
// permutations and negations; its size is checked against the census count.
std::vector<std::uint64_t> all_ltf_tables(std::uint32_t n, unsigned threads = 1);

}  // namespace quarks::count
