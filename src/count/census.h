#pragma once
// Certified census of a threshold class: T(n;1) through regular positive
// functions (n <= 8), T(n;d) directly (n <= 5), single-weight synaptic classes
// (gate fixed). docs/capacity.md gives the argument; in short:
//  - the walk (walk.h) assigns the points in a fixed order; at each point, the
//    value the current integer witness gives is explored for free, and the
//    other value is decided by an LP whose answer is a certificate (a new
//    integer witness, or Farkas multipliers), checked exactly before it is used;
//  - every leaf is a member: its witness is evaluated on the whole cube;
//  - every pruned branch is a non-member: its Farkas certificate was checked;
//  - leaves are weighted (geometry.h, leaf_weight) to give the count.
// The walk is split into tasks by a recorded rule (split.h), so results and
// certificate files do not depend on the number of threads or MPI ranks.
// This file runs it: threads, units, certificate files and checkpoints.
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "count/geometry.h"
#include "count/lp.h"
#include "count/split.h"
#include "count/walk.h"

namespace quarks::count {

struct CensusProgress {
  std::uint64_t units_done = 0;   // units of this rank (a unit = a group of tasks, one certificate file)
  std::uint64_t units_total = 0;
  std::uint64_t decisions = 0;
  double seconds = 0;
};

struct CensusOptions {
  LpEngine engine = LpEngine::float_certified;
  unsigned threads = 1;
  std::string certificate_dir;  // empty: no certificates written
  bool compress = true;         // .cert files as gzip (certificate_stream.h); summary.txt never
  std::string checkpoint;       // empty: no checkpoint; with ranks > 1, one file per rank (checkpoint.h)
  double checkpoint_interval_seconds = 10;
  std::uint32_t rank = 0, ranks = 1;  // units u with u % ranks == rank
  std::function<void(const CensusProgress&)> progress;  // called from the coordinating thread
  const std::atomic<bool>* stop = nullptr;               // set by Ctrl-C: finish nothing new, checkpoint, return
  bool collect_leaves = false;  // keep the leaves' truth tables (n <= 6; not with a checkpoint)
  // The split (recorded in certificates and checkpoints); unset: default_split_rule.
  // Any rule gives the same count; the half-orbit path needs depth 2^(n-1).
  std::optional<SplitRule> split;
  // Tests: donate the second branch of every two-way node (walked later by
  // any thread), to show that a unit's file does not depend on who walks what.
  bool donate_every_branch = false;
  // Tests: act like Ctrl-C once this many units of this run are finished (0: never).
  std::uint64_t stop_after_units = 0;
  // Projections (docs/capacity.md, "The next sizes"): walk only the tasks
  // i = R, R + K, R + 2K, ... (K > 1, R = sample_offset < K) and measure them,
  // records included (compressed in memory, never written): not a count. No
  // certificates or checkpoint. The K offsets partition the tasks, so several
  // offsets show how much one systematic sample can be off.
  std::uint64_t sample_every = 0;
  std::uint64_t sample_offset = 0;
};

struct CensusResult {
  CensusClass cls;
  SplitRule split;
  unsigned __int128 count = 0;  // the weighted sum over this rank's units
  std::uint64_t decisions = 0;  // LPs decided = certificate records
  std::uint64_t leaves = 0;     // regular functions (ltf) or functions walked (ptf, synaptic)
  std::uint64_t tasks = 0;      // subtrees below the split
  std::uint64_t units = 0, units_done = 0;  // groups of tasks: certificate files, checkpoint entries
  // Units whose sums a checkpoint supplied: re-checked from their certificate
  // files (with --certificates), or taken unchecked (without).
  std::uint64_t rechecked_units = 0;
  std::vector<std::uint64_t> unchecked_units;
  LpStatistics lp;
  std::uint64_t donations = 0;  // branches handed to another work item (idle threads)
  std::uint64_t certificate_bytes = 0;  // of the .cert files written (or, when sampling, that would be)
  double cpu_seconds = 0;               // of the walking threads (the top walk's included), whatever the load
  std::uint64_t sampled_tasks = 0;      // sample_every > 1: tasks walked
  struct {
    std::uint64_t decisions = 0, leaves = 0, bytes = 0;
    double cpu_seconds = 0;
  } top;  // the top walk alone (always walked whole)
  double seconds = 0;
  bool complete = false;  // false when stopped early
  std::vector<std::uint64_t> leaf_tables;  // sorted, when collect_leaves
};

CensusResult run_census(const CensusClass& cls, const CensusOptions& options);

// summary.txt of a certificate directory (written last, atomically, by the
// command once every rank has finished). gate_witness: synaptic classes only.
void write_certificate_summary(const std::string& directory, const CensusResult& result,
                               const std::vector<std::int64_t>& gate_witness = {});

// The LP systems of every `stride`-th of the first `count * stride` decisions
// of a census (in walk order, tasks in order), for benchmarks of the LP
// engines on the real workload.
std::vector<InequalitySystem> sample_decision_systems(const CensusClass& cls, std::size_t count,
                                                      std::size_t stride = 1);

}  // namespace quarks::count
