#pragma once
// Single-weight synaptic gating (journal Prop 6.9; Fig. 3 right with one gated
// synapse): F(x) = sign(w_0 g(x) x_0 + w_1 x_1 + ... + w_{n-1} x_{n-1} - t),
// where the gate g is itself a linear threshold function of the same inputs.
// Only g's values where x_0 = 1 matter, and there g is an arbitrary member h of
// T(n-1;1) of x' = (x_1..x_{n-1}); so the class is the union over h of the
// threshold classes of the feature maps (x_0 h(x'), x') (0/1 gate outputs) or
// (x_0 (2h(x') - 1), x') (+-1). Permuting and negating x' maps the class of h
// onto that of h o s, so one census per orbit of T(n-1;1) suffices (the regular
// functions of n-1 inputs, themselves from a census), and the union is closed
// under that group at the end. docs/capacity.md, "Files of a synaptic-union
// directory", is what --certificates writes and `count verify` re-derives.
#include <cstdint>
#include <string>
#include <vector>

#include "core/gate_encoding.h"

namespace quarks::count {

inline constexpr std::uint32_t kMaxSynapticVariables = 5;  // the union is a 2^(2^n)-bit set

struct SynapticCount {
  std::uint32_t n = 0;
  GateEncoding encoding = GateEncoding::zero_one;
  std::uint64_t count = 0;      // |class|
  std::uint64_t gates = 0;      // censuses run: regular functions of n - 1 inputs
  std::uint64_t decisions = 0;  // LP decisions over all censuses (the gates' census included), each certified
  std::uint64_t leaves = 0;
  double seconds = 0;
};

// certificate_dir: if not empty, a synaptic-union directory (gates/, gate-K/, summary.txt).
// compress: the .cert files as gzip (census.h).
SynapticCount synaptic_count(std::uint32_t n, GateEncoding encoding, unsigned threads,
                             const std::string& certificate_dir = "", bool compress = true);

// An integer (u_0, ..., u_{n-2}, t) realizing the table over n - 1 inputs
// strictly, found by one LP and checked exactly; InputError if there is none.
std::vector<std::int64_t> gate_witness(std::uint32_t n, std::uint64_t table);

}  // namespace quarks::count
