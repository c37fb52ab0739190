#pragma once
// Lemma 5.1: for an irreducible B and an index i, signs theta_j (j != i) that
// make B(z) = theta * z_i once z_j = theta_j for every j != i (Eq. 5.3).
#include "claim/claims.h"
#include "witness/witness.h"

namespace quarks {

// The first assignment (rows in increasing order) under which B is not
// constant in z_i. Throws InputError if B does not depend on z_i.
SignVectorItem sign_vector(const BooleanOperator& op, unsigned index);

// Every irreducible operator of the given arity (1..4), every index.
Witness sign_vector_witness(unsigned arity);

}  // namespace quarks
