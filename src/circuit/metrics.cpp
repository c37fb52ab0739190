#include "circuit/metrics.h"

#include <algorithm>
#include <tuple>

namespace quarks::circuit {

bool CircuitMetrics::standard_model() const {
  return output_gatings == 0 && synaptic_gatings == 0 && activation_gatings == 0 && additive_synaptic == 0 &&
         monomial_terms == 0 && !activations.count(Activation::Boolean);
}

std::string CircuitMetrics::activation_list() const {
  std::string s;
  for (Activation f : activations) {
    if (!s.empty()) s += ",";
    s += activation_name(f);
  }
  return s;
}

std::vector<std::size_t> node_depths(const Circuit& circuit) {
  const auto& nodes = circuit.nodes();
  std::vector<std::size_t> eff(nodes.size(), 0);
  for (NodeId id : circuit.topological_order()) {
    const Node& n = nodes[id];
    std::size_t d = 0;
    if (n.activation != Activation::Input) {
      std::size_t deepest = 0;
      for (const Edge& e : n.in) {
        deepest = std::max(deepest, eff[e.source]);
        for (NodeId g : e.gates) deepest = std::max(deepest, eff[g]);
        for (NodeId a : e.adders) deepest = std::max(deepest, eff[a]);
      }
      for (const MonomialTerm& m : n.monomials)
        for (NodeId s : m.sources) deepest = std::max(deepest, eff[s]);
      for (NodeId s : n.operands) deepest = std::max(deepest, eff[s]);
      for (NodeId g : n.activation_gates) deepest = std::max(deepest, eff[g]);
      d = deepest + 1;
    }
    for (NodeId g : n.output_gates) d = std::max(d, eff[g]);
    for (NodeId a : n.output_adders) d = std::max(d, eff[a]);
    eff[id] = d;
  }
  return eff;
}

CircuitMetrics compute_metrics(const Circuit& circuit) {
  CircuitMetrics m;
  const auto& nodes = circuit.nodes();
  for (std::size_t d : node_depths(circuit)) m.depth = std::max(m.depth, d);
  auto group_of = [&](NodeId id) -> std::string {
    return nodes[id].group.empty() ? "#" + std::to_string(id) : nodes[id].group;
  };
  std::set<std::tuple<NodeId, std::string, std::string>> bundles;
  std::set<BigInt> values;
  for (NodeId id = 0; id < nodes.size(); ++id) {
    const Node& n = nodes[id];
    if (n.activation == Activation::Input) {
      ++m.inputs;
    } else {
      ++m.neurons;
      m.activations.insert(n.activation);
      if (n.bias != 0) ++m.weights;
    }
    for (const Edge& e : n.in) {
      ++m.edges;
      ++m.weights;
      values.insert(e.weight);
      if (e.kind == EdgeKind::Multiplex) ++m.multiplexing_edges;
      m.gated_synapses += e.gates.empty() ? 0 : 1;
      m.additive_synaptic += e.adders.size();
      for (NodeId g : e.gates) bundles.emplace(g, group_of(e.source), group_of(id));
    }
    m.monomial_terms += n.monomials.size();
    m.weights += n.monomials.size();
    m.output_gatings += n.output_gates.size();
    m.activation_gatings += n.activation_gates.size();
    m.additive_output += n.output_adders.size();
  }
  m.synaptic_gatings = bundles.size();
  m.distinct_weight_values = values.size();
  return m;
}

}  // namespace quarks::circuit
