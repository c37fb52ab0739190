#pragma once
// The depth-reduction table (journal, Sec. 3 of 002): every circuit of builders_sm.h and
// builders_gated.h at sizes m, n, with metrics computed from the built graphs.
#include <cstddef>
#include <string>
#include <vector>

#include "circuit/metrics.h"

namespace quarks::circuit {

// Largest m and n accepted: the gated attention head has m n^2 relay units and the SM head
// about 2 m n^2 exp units, so 64 keeps a table build under a second and ~0.5 GB.
inline constexpr std::size_t kMaxDepthSize = 64;

struct DepthRow {
  std::string circuit;  // "dot(u,v>0)", "dot", "softmax", "attention", "bool-inner"
  std::string family;   // "SM" or "gated"
  std::string note;     // domain / construction in a few words
  CircuitMetrics metrics;
};

// Throws InputError if m or n is 0 or above kMaxDepthSize. The input bound of the signed SM
// circuits is B = 2 (inputs in (-2, 2)); it does not affect any metric.
std::vector<DepthRow> depth_rows(std::size_t m, std::size_t n);

// Aligned text table; with tsv = true, tab-separated with a header line and m, n columns.
std::string format_depth_table(const std::vector<DepthRow>& rows, std::size_t m, std::size_t n, bool tsv);

}  // namespace quarks::circuit
