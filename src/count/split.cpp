#include "count/split.h"

#include <algorithm>

#include "core/error.h"

namespace quarks::count {

std::string SplitRule::text() const {
  if (kind == SplitKind::branchings) return "branchings " + std::to_string(branchings) + " light " + std::to_string(light);
  return "depth " + std::to_string(depth);
}

SplitRule version1_split_rule(const CensusClass& cls) {
  SplitRule rule;
  if (cls.kind == CensusKind::regular_ltf) {
    static const std::uint32_t branchings[] = {0, 0, 0, 0, 0, 8, 24, 96, 120};
    static const std::uint32_t light[] = {0, 0, 0, 0, 0, 2, 2, 3, 3};
    rule.kind = SplitKind::branchings;
    if (cls.n > 8) throw InputError("version-1 directories have n <= 8");
    rule.branchings = branchings[cls.n];
    rule.light = light[cls.n];
    return rule;
  }
  rule.kind = SplitKind::depth;
  rule.depth = cls.n <= 3 ? 0 : 1u << (cls.n - 1);
  return rule;
}

SplitRule default_split_rule(const CensusClass& cls) {
  // Threads balance themselves (idle ones take branches), but MPI ranks and
  // checkpoints see only tasks, and the spine task of the version-1 split held
  // 35% of T(8;1)'s decisions (1484262 of 4.19 million). Cutting the spine
  // further: at n = 8, 200 branchings make the first task 0.4% and the top walk
  // 86738 decisions (59616 tasks); at n = 9, 300 branchings left a first task
  // above 15 min of CPU, 500 give 495549 tasks, the largest of the first ones 29
  // decisions, and a top walk of 841908 (measured, docs/capacity.md).
  if (cls.kind == CensusKind::regular_ltf && cls.n == 8) return SplitRule{SplitKind::branchings, 200, 3, 0};
  if (cls.kind == CensusKind::regular_ltf && cls.n == 9) return SplitRule{SplitKind::branchings, 500, 3, 0};
  return version1_split_rule(cls);
}

std::size_t default_unit_count(std::size_t tasks) { return std::max<std::size_t>(1, std::min(tasks, kMaxUnits)); }

}  // namespace quarks::count
