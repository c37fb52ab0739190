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
  // n = 9 was never written in version 1; its split is chosen for checkpoints
  // and ranks (docs/capacity.md, "Toward T(9;1)"): idle threads take branches anyway.
  if (cls.kind == CensusKind::regular_ltf && cls.n == 9) return SplitRule{SplitKind::branchings, 160, 4, 0};
  return version1_split_rule(cls);
}

std::size_t default_unit_count(std::size_t tasks) { return std::max<std::size_t>(1, std::min(tasks, kMaxUnits)); }

}  // namespace quarks::count
