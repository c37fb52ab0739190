#pragma once
// A witness: the claim to check plus how it was made. The checkers read only
// `claim`; `construction` and `generator` are for people (and never trusted).
#include <string>

#include "claim/claims.h"
#include "witness/info.h"

namespace quarks {

struct Witness {
  Claim claim;
  std::string paper;              // e.g. "Lemma 5.4, Theorem 4.2 (Eq. 5.9)"
  Info generator;                 // command, seed, coefficient bits, ...
  Info construction;              // theta, M, selectors, M rule, ... (informational)
};

}  // namespace quarks
