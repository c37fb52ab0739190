#pragma once
// How the census walk is cut into tasks, and tasks grouped into units
// (docs/capacity.md, "The split into tasks and units"). The rule is recorded
// in summary.txt and in checkpoints, so a reader rebuilds the split from the
// file and retuning the defaults never breaks an old directory.
// Trusted base of counts: the replay rebuilds tasks with it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "count/geometry.h"

namespace quarks::count {

enum class SplitKind {
  branchings,  // a node is a task root after `branchings` two-way branchings on its path, or `light` of them on the 1 side
  depth,       // a node is a task root at walk position `depth`
};

struct SplitRule {
  SplitKind kind = SplitKind::depth;
  std::uint32_t branchings = 0, light = 0;  // SplitKind::branchings
  std::uint32_t depth = 0;                  // SplitKind::depth
  // "branchings B light L" or "depth D", as in summary.txt.
  std::string text() const;
  bool operator==(const SplitRule&) const = default;
};

// The rule a census uses today: for T(n;1) a number of branchings, since the
// walk tree of regular functions is a caterpillar (a fixed depth put 85% of
// T(7;1) in one task, measured); for T(n;d) and synaptic classes the half
// x_{n-1} = 0, which the T(5;d) half orbits need.
SplitRule default_split_rule(const CensusClass& cls);
// The rule that version-1 directories used (not recorded there): fixed forever.
SplitRule version1_split_rule(const CensusClass& cls);

// Tasks are grouped into units, one certificate file and one checkpoint entry
// each: unit u holds the tasks u, u + U, u + 2U, ... Thousands of small files
// cost more than the LPs (6138 files at n = 7: 11.7 s against 2.4 s, measured);
// interleaving spreads the heavy tasks of the spine (consecutive tasks put 44%
// of T(8;1) into unit 0, measured).
inline constexpr std::size_t kMaxUnits = 256;
std::size_t default_unit_count(std::size_t tasks);

}  // namespace quarks::count
