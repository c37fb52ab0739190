#pragma once
// Strict threshold decisions. sign(0) has no value in quarks: a gate whose
// activation is 0 at a point is not a strict realization there (paper Sec. 4.2
// defines T(n;d) by sign(p); we require p(x) != 0 wherever the gate is used).
#include <string>

#include "core/bigint.h"
#include "core/error.h"

namespace quarks {

// +1 or -1; throws NonStrictError (naming `where`) if value == 0.
inline int strict_sign(const BigInt& value, const std::string& where) {
  int s = value.sign();
  if (s == 0) throw NonStrictError("activation is exactly 0 at " + where + " (sign(0) is not defined)");
  return s;
}

// Heaviside 0/1 output of a strict gate: H(S) = 1 iff S > 0, S != 0 required.
inline int strict_heaviside(const BigInt& value, const std::string& where) {
  return strict_sign(value, where) > 0 ? 1 : 0;
}

}  // namespace quarks
