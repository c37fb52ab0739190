#pragma once
// The reductions of Sec. 2 (Table 1) as circuit rewrites, and a checker that runs them.
// Every rewrite keeps the inputs (same order) and the outputs (same order, possibly through a
// new identity relay unit) and throws InputError where the reduction does not apply (said
// per function). Node ids of the original circuit are preserved; new nodes are appended.
#include <cstdint>
#include <string>
#include <vector>

#include "circuit/circuit.h"

namespace quarks::circuit {

// Multiplexing (additive activation attention) is an ordinary SM synapse: flips the edge kind.
Circuit multiplexing_to_synapses(const Circuit& circuit);

// Additive output attention stays in the SM: O_i + O_j broadcast to every target k of i equals
// an extra synapse j -> k with weight w_ki (and the same synaptic gates). Requires that an
// attended node feeds only synapses without additive synaptic attention (no gate, operand,
// monomial or adder use). An attended output node gets an identity relay i + j.
Circuit additive_output_to_synapses(const Circuit& circuit);

// Activation gating of k by j equals synaptic gating of every incoming synapse of k by j;
// a nonzero bias becomes a synapse from a constant unit (identity, bias 1) and is gated too.
// Requires no monomial terms and no additive synaptic attention on k.
Circuit activation_gating_to_synaptic(const Circuit& circuit);

// Output gating of i by j equals synaptic gating of every outgoing synapse of i by j, as far
// as i's targets are concerned (Fig. 2: both deliver w_ki O_i O_j to k). Requires that a gated
// node feeds only synapses without adders, has no additive output attention, and is not itself
// used as a gate, operand, monomial factor or adder. A gated output node gets a gated relay.
Circuit output_gating_to_synaptic(const Circuit& circuit);

struct ReductionCheck {
  std::string name;       // "activation gating = synaptic gating of all incoming synapses"
  std::string reference;  // "Sec. 2"
  bool holds = false;
  std::size_t cases = 0;  // circuits x inputs compared
  double max_error = 0;   // analytic variants: max relative error; exact variants: 0
  std::string detail;     // first failure, if any
};

// Runs every reduction on `trials` random circuits per reduction (exact integer circuits
// compared exactly, analytic ones to relative error 1e-12), plus the Fig. 2 comparison
// (same w_ki O_i O_j at k; output gating reaches every target, synaptic gating one).
std::vector<ReductionCheck> check_taxonomy(std::uint64_t seed, int trials);

}  // namespace quarks::circuit
