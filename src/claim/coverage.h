#pragma once
// What a witness file proves, in words, computed from the claim alone. A
// verified file of Lemma 5.1 or 5.2 proves the lemma only for the items it
// lists; the lemmas quantify over every irreducible B and index i (5.1) and
// every j and sign vector (5.2), so the checker counts the distinct cases the
// file covers against all of them and says "complete" or "partial".
// A selector claim (Lemmas 5.3, 5.4) is one instance: the inputs given.
#include <string>

#include "claim/claims.h"
#include "core/bigint.h"

namespace quarks {

struct Coverage {
  // complete: every case the lemma quantifies over is present (5.1, 5.2);
  // partial: some are missing; instance: one instance of a "for all f" lemma.
  enum class Scope { complete, partial, instance } scope = Scope::partial;
  bool weakened = false;  // strict_on selector-points: not the lemma's statement
  std::string text;       // "complete: ...", "partial: N of M ...", "one instance: ..."
                          // (the weakened mark is not in it: the CLI puts kWeakenedNote on every line)
};

Coverage coverage(const Claim& claim);

// Number of irreducible operators of arity a (depending on all a variables):
// sum_{i=0..a} (-1)^(a-i) C(a,i) 2^(2^i), by inclusion-exclusion over the
// variables an operator ignores. 10 for a = 2, 218 for 3, 64594 for 4.
BigInt irreducible_operator_count(unsigned arity);

inline constexpr const char* kWeakenedNote = "[weakened: gates strict only at selector points]";

}  // namespace quarks
