#pragma once
// Single-weight synaptic gating (journal Prop 6.9; Fig. 3 right with one gated
// synapse): F(x) = sign(w_0 g(x) x_0 + w_1 x_1 + ... + w_{n-1} x_{n-1} - t),
// where the gate g is itself a linear threshold function of the same inputs.
// Only g's values where x_0 = 1 matter, and there g is an arbitrary member h of
// T(n-1;1) of x' = (x_1..x_{n-1}); so the class is the union over h of the
// threshold classes of the feature maps (x_0 h(x'), x') (0/1 gate outputs) or
// (x_0 (2h(x') - 1), x') (+-1). Permuting and negating x' maps the class of h
// onto that of h o s, so one census per orbit of T(n-1;1) suffices (the regular
// functions of n-1 inputs), and the union is closed under that group at the end.
#include <cstdint>
#include <string>

#include "count/census.h"

namespace quarks::count {

inline constexpr std::uint32_t kMaxSynapticVariables = 5;  // the union is a 2^(2^n)-bit set

struct SynapticCount {
  std::uint32_t n = 0;
  bool plus_minus_one = false;
  std::uint64_t count = 0;      // |class|
  std::uint64_t gates = 0;      // censuses run: regular functions of n - 1 inputs
  std::uint64_t decisions = 0;  // LP decisions over all censuses, each certified
  std::uint64_t leaves = 0;
  double seconds = 0;
};

// certificate_dir: if not empty, gate-<k>/ holds the k-th census's certificate
// directory (each re-checks with `quarks count verify`).
SynapticCount synaptic_count(std::uint32_t n, bool plus_minus_one, unsigned threads,
                             const std::string& certificate_dir = "");

}  // namespace quarks::count
