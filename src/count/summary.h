#pragma once
// summary.txt of a certificate directory (docs/capacity.md, "Files of ..."):
// the claim a directory makes, written last, read strictly. Version 2 records
// the split; version 1 is still read, with the split it was written with.
// Trusted base of counts (the reading half).
#include <cstdint>
#include <string>
#include <vector>

#include "core/gate_encoding.h"
#include "count/geometry.h"
#include "count/split.h"

namespace quarks::count {

inline constexpr int kCertificateVersion = 2;

// An ltf, ptf or synaptic census directory.
struct CensusSummary {
  int version = kCertificateVersion;
  CensusClass cls;
  std::vector<std::int64_t> gate_witness;  // synaptic: (u_0, ..., u_{n-2}, t) realizing the gate
  SplitRule split;
  std::uint64_t units = 0, tasks = 0, decisions = 0, leaves = 0;
  unsigned __int128 count = 0;
};

// A synaptic-union directory: the whole single-weight synaptic class.
struct GateLine {
  std::uint64_t table = 0;            // over x_1..x_{n-1}
  std::vector<std::int64_t> witness;  // (u_0, ..., u_{n-2}, t)
};
struct UnionSummary {
  std::uint32_t n = 0;
  GateEncoding encoding = GateEncoding::zero_one;
  std::vector<GateLine> gates;
  unsigned __int128 count = 0;
};

struct Summary {
  bool is_union = false;
  CensusSummary census;  // !is_union
  UnionSummary union_;   // is_union
};

// Reads DIR/summary.txt; InputError (file:line) on anything the doc does not allow.
Summary read_summary(const std::string& directory);
// Writes DIR/summary.txt atomically (version 2).
void write_census_summary(const std::string& directory, const CensusSummary& summary);
void write_union_summary(const std::string& directory, const UnionSummary& summary);

// The largest n, and the degrees, for which a census of the class exists
// (quarks count cannot produce anything else, so verify refuses it).
std::uint32_t max_census_variables(CensusKind kind);

// z = (u_0, ..., u_{n-2}, t) realizes the gate table strictly on {0,1}^(n-1).
bool realizes_gate(std::uint32_t n, std::uint64_t table, const std::vector<std::int64_t>& witness);

// Project integer grammar, unsigned, below 2^128.
bool parse_u128(const std::string& text, unsigned __int128& out);

}  // namespace quarks::count
