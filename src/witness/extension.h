#pragma once
// Lemma 5.3: the multiplexing extension F(z + x) = sign(M q(z) + theta p(x))
// (Eq. 5.8). The selector z adds M q(z) to F's activation: additive activation
// attention. M is the smallest integer the proof's argument allows,
// M = max_x |p(x)| + 1 (the proof needs M > |p(x)| for every x).
#include <vector>

#include "witness/ptf.h"
#include "witness/witness.h"

namespace quarks {

struct Extension {
  Polynomial gate;         // F over n variables (z first, then x)
  BigInt multiplier;       // M
  std::vector<BigInt> selector;  // q_0..q_k (Lemma 5.2, corrected)
  MaxAbs max_abs;          // max |p| (or the bound used), M = value + 1
};

// p has n - k variables; signs has k + 1 entries with signs[j] == 0.
Extension multiplexing_extension(const Polynomial& p, std::uint32_t n, std::uint32_t k, unsigned j, int theta,
                                 const std::vector<int>& signs);

// The lemma-5.3 witness: claim (5.6) for F built from f = sign(p).
Witness extension_witness(const Polynomial& p, std::uint32_t n, std::uint32_t k, unsigned j, int theta,
                          const std::vector<int>& signs, int degree);

}  // namespace quarks
