#pragma once
// The circuit model: the Standard Model (paper Sec. 1.1) S_i = bias_i + sum_j w_ij O_j,
// O_i = f_i(S_i), extended by the attention quarks of Sec. 2 (Table 1) as first-class parts.
//
// Every one of the 6 classes of Table 1 is a primitive here:
//   multiplexing          additive activation attention: a separate edge kind added into S
//                         (semantically an SM synapse; counted and drawn separately);
//   additive output att.  O_eff(i) = ... + O_j, broadcast to every target of i;
//   additive synaptic     effective weight w_ki * (gates) + sum of attending outputs;
//   activation gating     S_i multiplied by O_j before f_i;
//   output gating         O_eff(i) = f_i(S_i) * O_j, broadcast to EVERY target of i (Fig. 2 left);
//   synaptic gating       effective weight w_ki * O_j on the single synapse i->k (Fig. 2 right).
// Order inside a unit: S = (bias + sum_edges w_eff O_eff(src) + monomials) * prod(activation
// gates); O_eff = f(S) * prod(output gates) + sum(output adders); w_eff = w * prod(synapse
// gates) + sum(synapse adders). Every attending signal is the attending node's O_eff.
//
// Polynomial threshold units: monomial terms c * prod O_eff(src) of degree >= 2 add into S
// (the capacity results of Sec. 4 use polynomial threshold gates). Boolean-operator units
// output B(O_0, ..., O_k) on +-1 operands (Sec. 4.2, B(F_0..F_k)).
//
// Weights, biases and coefficients are exact BigInt. Circuits of integer units (identity,
// heaviside, sign, relu, Boolean) evaluate exactly (evaluate.h); sign/heaviside never take
// sign(0) (core/threshold.h). Inputs are named nodes and may themselves be gated: an input
// neuron is the output of the input layer.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bigint.h"
#include "core/boolean_operator.h"

namespace quarks::circuit {

using NodeId = std::uint32_t;

enum class Activation : std::uint8_t {
  Input,      // no activation: value supplied by the caller
  Identity,   // linear unit
  Heaviside,  // 0/1, strict: S = 0 is an error
  Sign,       // +-1, strict
  Relu,
  Logistic,
  Tanh,
  Exp,
  Log,        // S <= 0 is a domain error (InputError)
  Boolean,    // B(operands), operands must be +-1
};

std::string_view activation_name(Activation f);
// Identity, heaviside, sign, relu, Boolean: exact on integers.
bool is_integer_activation(Activation f);

enum class EdgeKind : std::uint8_t { Synapse, Multiplex };

struct Edge {
  NodeId source = 0;
  BigInt weight;
  EdgeKind kind = EdgeKind::Synapse;
  std::vector<NodeId> gates;   // synaptic gating: w * prod O_eff(g)
  std::vector<NodeId> adders;  // additive synaptic attention: + sum O_eff(a)
};

struct MonomialTerm {
  std::vector<NodeId> sources;  // degree = sources.size() >= 2
  BigInt coefficient;
};

struct Node {
  std::string name;
  std::string group;  // vector (layer) the node belongs to; "" = its own singleton group
  Activation activation = Activation::Input;
  BigInt bias;
  std::vector<Edge> in;  // synapses and multiplexing edges into this node
  std::vector<MonomialTerm> monomials;
  std::optional<BooleanOperator> op;  // Boolean units
  std::vector<NodeId> operands;       // Boolean units: B's arguments in order
  std::vector<NodeId> activation_gates;
  std::vector<NodeId> output_gates;
  std::vector<NodeId> output_adders;
};

// A synapse handle: edge `index` of node `target`'s incoming list.
struct EdgeRef {
  NodeId target = 0;
  std::uint32_t index = 0;
};

class Circuit {
 public:
  NodeId add_input(std::string name, std::string group = "");
  // f must not be Input or Boolean.
  NodeId add_unit(std::string name, Activation f, BigInt bias = 0, std::string group = "");
  NodeId add_boolean(std::string name, BooleanOperator op, std::vector<NodeId> operands,
                     std::string group = "");

  EdgeRef add_synapse(NodeId source, NodeId target, BigInt weight);
  EdgeRef add_multiplex(NodeId source, NodeId target, BigInt weight);
  void add_monomial(NodeId target, std::vector<NodeId> sources, BigInt coefficient);

  void gate_output(NodeId gated, NodeId gater);       // output gating (Fig. 2 left)
  void gate_synapse(EdgeRef synapse, NodeId gater);    // synaptic gating (Fig. 2 right)
  void gate_activation(NodeId gated, NodeId gater);    // multiplicative activation attention
  void add_to_output(NodeId target, NodeId source);    // additive output attention
  void add_to_synapse(EdgeRef synapse, NodeId source); // additive synaptic attention

  void mark_output(NodeId node);

  std::size_t size() const { return nodes_.size(); }
  const Node& node(NodeId id) const;
  Node& mutable_node(NodeId id);
  const std::vector<Node>& nodes() const { return nodes_; }
  const std::vector<NodeId>& inputs() const { return inputs_; }
  const std::vector<NodeId>& outputs() const { return outputs_; }
  std::vector<NodeId>& mutable_outputs() { return outputs_; }
  const Edge& edge(EdgeRef ref) const;
  // Node by name; throws InputError if absent.
  NodeId find(std::string_view name) const;

  // Every node a node's value depends on (sources, gates, adders, operands), without duplicates.
  std::vector<NodeId> dependencies(NodeId id) const;
  // Nodes in an order where every dependency comes first; throws InputError on a cycle
  // (gating signals count as dependencies).
  std::vector<NodeId> topological_order() const;

 private:
  NodeId add_node(Node node);
  void check_id(NodeId id, const char* what) const;
  void check_unit(NodeId id, const char* what) const;
  std::vector<Node> nodes_;
  std::vector<NodeId> inputs_;
  std::vector<NodeId> outputs_;
};

}  // namespace quarks::circuit
