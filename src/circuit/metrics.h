#pragma once
// Size and depth of a circuit, computed from the graph only.
//
// Counting conventions (also in docs/depth.md):
//   depth       longest path counted in units: inputs have depth 0, a unit has depth
//               1 + max over everything its value depends on (sources, monomial factors,
//               operands, and every gating / attending signal). Gating is not a unit: the
//               effective output O_i*O_j of an output-gated node is available at
//               max(depth(i), depth(j)), so gating adds a dependency, never a layer.
//   neurons     non-input nodes.
//   edges       synapses + multiplexing edges (multiplexing is an SM synapse, Sec. 2).
//   weights     free parameters: one per edge weight, per monomial coefficient and per
//               nonzero bias. Gating adds no parameter (the gate's output is a signal).
//   output gatings     one per (gated node, gating node) pair: m per dot product (Sec. 3).
//   synaptic gatings   one per (gating node, source group, target group) triple: a gating
//               neuron modulating the synapse bundle from one vector to another (Sec. 2
//               "Multiplicities", target multiplicity > 1). This is how Sec. 3 counts the
//               convex combinations: n^2 operations, one per softmax weight p_ab gating the
//               m unit-weight synapses from value vector b to output vector a. Nodes with an
//               empty group are singleton groups, so then every gated synapse counts once.
//               gated_synapses is the scalar count (m n^2 for the attention head).
#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "circuit/circuit.h"

namespace quarks::circuit {

struct CircuitMetrics {
  std::size_t depth = 0;
  std::size_t inputs = 0;
  std::size_t neurons = 0;
  std::size_t edges = 0;               // synapses + multiplexing edges
  std::size_t multiplexing_edges = 0;  // additive activation attention
  std::size_t monomial_terms = 0;      // polynomial (degree >= 2) terms
  std::size_t weights = 0;
  std::size_t distinct_weight_values = 0;  // distinct values among edge weights ({-1,+1} -> 2)
  std::size_t output_gatings = 0;
  std::size_t synaptic_gatings = 0;  // bundled, see above
  std::size_t gated_synapses = 0;    // scalar
  std::size_t activation_gatings = 0;
  std::size_t additive_output = 0;
  std::size_t additive_synaptic = 0;
  std::set<Activation> activations;  // of non-input nodes

  // True iff the circuit uses only Standard-Model parts (edges incl. multiplexing, additive
  // output attention, no gating, no monomials, no Boolean units).
  bool standard_model() const;
  std::string activation_list() const;  // "exp,identity,log" (sorted by enum order)
};

CircuitMetrics compute_metrics(const Circuit& circuit);

// Depth (as above) of every node's effective output, indexed by NodeId.
std::vector<std::size_t> node_depths(const Circuit& circuit);

}  // namespace quarks::circuit
