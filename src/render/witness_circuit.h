#pragma once
// The circuit a witness's claim describes, built from the claim's polynomials alone, so it can
// be drawn and evaluated with src/circuit. Input order is the claim's variable order, so a cube
// point is the input vector as it is.
//
// Selector claims (Lemmas 5.3, 5.4, Theorem 4.2):
//   inputs  z_1..z_k (group "z", the selector) then x_1..x_{n-k} (group "x");
//   F_j     one Sign unit per gate (group "F"): bias = constant term; synapses from x for the
//           degree-1 x terms; multiplexing edges from z for the degree-1 z terms (the additive
//           activation attention M q(z) of Lemma 5.3, Eq. 5.8); monomial terms for degree >= 2;
//   output  lemma-5.3: F itself; lemma-5.4: a Boolean unit B(F_0..F_k) (Eq. 5.9).
//
// Layer claims (Theorem 4.3, Eqs. 4.13-4.15):
//   inputs  x-_0..x-_{s-1} (group "x-", the code of the selected pair) then x+_0..x+_{n-s-1}
//           (group "x+");
//   h_i     Sign unit (group "h"), its output gated by g_i (output gating, Table 1), so it
//           delivers y_i = h_i g_i; g_i Sign unit (group "g"); both LTFs of all n inputs;
//   output  phi: Sign unit with phi's bias and weight w_i on y_i.
#include "circuit/circuit.h"
#include "claim/claims.h"

namespace quarks::render {

// Validates the claim first (InputError naming the problem).
circuit::Circuit circuit_from_claim(const SelectorClaim& claim);
circuit::Circuit circuit_from_claim(const LayerClaim& claim);

// Lemma 5.1 / 5.2 claims describe no circuit: InputError "lemma-5.1 witnesses hold no circuit".
circuit::Circuit circuit_from_claim(const Claim& claim);

}  // namespace quarks::render
