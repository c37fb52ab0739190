#include "circuit/circuit.h"

#include <algorithm>

#include "core/error.h"

namespace quarks::circuit {

std::string_view activation_name(Activation f) {
  switch (f) {
    case Activation::Input: return "input";
    case Activation::Identity: return "identity";
    case Activation::Heaviside: return "heaviside";
    case Activation::Sign: return "sign";
    case Activation::Relu: return "relu";
    case Activation::Logistic: return "logistic";
    case Activation::Tanh: return "tanh";
    case Activation::Exp: return "exp";
    case Activation::Log: return "log";
    case Activation::Boolean: return "boolean";
  }
  return "?";
}

bool is_integer_activation(Activation f) {
  switch (f) {
    case Activation::Input:
    case Activation::Identity:
    case Activation::Heaviside:
    case Activation::Sign:
    case Activation::Relu:
    case Activation::Boolean: return true;
    default: return false;
  }
}

NodeId Circuit::add_node(Node node) {
  if (nodes_.size() >= UINT32_MAX) throw InputError("circuit has too many nodes");
  nodes_.push_back(std::move(node));
  return static_cast<NodeId>(nodes_.size() - 1);
}

void Circuit::check_id(NodeId id, const char* what) const {
  if (id >= nodes_.size()) {
    throw InputError(std::string(what) + ": node id " + std::to_string(id) + " does not exist");
  }
}

void Circuit::check_unit(NodeId id, const char* what) const {
  check_id(id, what);
  if (nodes_[id].activation == Activation::Input) {
    throw InputError(std::string(what) + ": node '" + nodes_[id].name + "' is an input, not a unit");
  }
  if (nodes_[id].activation == Activation::Boolean) {
    throw InputError(std::string(what) + ": Boolean unit '" + nodes_[id].name + "' has no activation sum");
  }
}

NodeId Circuit::add_input(std::string name, std::string group) {
  Node node;
  node.name = std::move(name);
  node.group = std::move(group);
  node.activation = Activation::Input;
  NodeId id = add_node(std::move(node));
  inputs_.push_back(id);
  return id;
}

NodeId Circuit::add_unit(std::string name, Activation f, BigInt bias, std::string group) {
  if (f == Activation::Input || f == Activation::Boolean) {
    throw InputError("add_unit: use add_input / add_boolean for '" + name + "'");
  }
  Node node;
  node.name = std::move(name);
  node.group = std::move(group);
  node.activation = f;
  node.bias = std::move(bias);
  return add_node(std::move(node));
}

NodeId Circuit::add_boolean(std::string name, BooleanOperator op, std::vector<NodeId> operands,
                            std::string group) {
  if (operands.size() != op.arity()) {
    throw InputError("Boolean unit '" + name + "' has " + std::to_string(operands.size()) +
                     " operands for an operator of arity " + std::to_string(op.arity()));
  }
  for (NodeId s : operands) check_id(s, "add_boolean");
  Node node;
  node.name = std::move(name);
  node.group = std::move(group);
  node.activation = Activation::Boolean;
  node.op = std::move(op);
  node.operands = std::move(operands);
  return add_node(std::move(node));
}

EdgeRef Circuit::add_synapse(NodeId source, NodeId target, BigInt weight) {
  check_id(source, "add_synapse");
  check_unit(target, "add_synapse");
  auto& in = nodes_[target].in;
  in.push_back(Edge{source, std::move(weight), EdgeKind::Synapse, {}, {}});
  return EdgeRef{target, static_cast<std::uint32_t>(in.size() - 1)};
}

EdgeRef Circuit::add_multiplex(NodeId source, NodeId target, BigInt weight) {
  EdgeRef ref = add_synapse(source, target, std::move(weight));
  nodes_[target].in[ref.index].kind = EdgeKind::Multiplex;
  return ref;
}

void Circuit::add_monomial(NodeId target, std::vector<NodeId> sources, BigInt coefficient) {
  check_unit(target, "add_monomial");
  if (sources.size() < 2) throw InputError("add_monomial: a monomial term needs degree >= 2 (use a synapse)");
  for (NodeId s : sources) check_id(s, "add_monomial");
  nodes_[target].monomials.push_back(MonomialTerm{std::move(sources), std::move(coefficient)});
}

void Circuit::gate_output(NodeId gated, NodeId gater) {
  check_id(gated, "gate_output");
  check_id(gater, "gate_output");
  nodes_[gated].output_gates.push_back(gater);
}

const Edge& Circuit::edge(EdgeRef ref) const {
  check_id(ref.target, "edge");
  if (ref.index >= nodes_[ref.target].in.size()) throw InputError("edge: synapse index out of range");
  return nodes_[ref.target].in[ref.index];
}

void Circuit::gate_synapse(EdgeRef synapse, NodeId gater) {
  edge(synapse);
  check_id(gater, "gate_synapse");
  nodes_[synapse.target].in[synapse.index].gates.push_back(gater);
}

void Circuit::gate_activation(NodeId gated, NodeId gater) {
  check_unit(gated, "gate_activation");
  check_id(gater, "gate_activation");
  nodes_[gated].activation_gates.push_back(gater);
}

void Circuit::add_to_output(NodeId target, NodeId source) {
  check_id(target, "add_to_output");
  check_id(source, "add_to_output");
  nodes_[target].output_adders.push_back(source);
}

void Circuit::add_to_synapse(EdgeRef synapse, NodeId source) {
  edge(synapse);
  check_id(source, "add_to_synapse");
  nodes_[synapse.target].in[synapse.index].adders.push_back(source);
}

void Circuit::mark_output(NodeId node) {
  check_id(node, "mark_output");
  outputs_.push_back(node);
}

const Node& Circuit::node(NodeId id) const {
  check_id(id, "node");
  return nodes_[id];
}

Node& Circuit::mutable_node(NodeId id) {
  check_id(id, "node");
  return nodes_[id];
}

NodeId Circuit::find(std::string_view name) const {
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].name == name) return static_cast<NodeId>(i);
  }
  throw InputError("circuit has no node named '" + std::string(name) + "'");
}

std::vector<NodeId> Circuit::dependencies(NodeId id) const {
  const Node& n = node(id);
  std::vector<NodeId> deps;
  for (const Edge& e : n.in) {
    deps.push_back(e.source);
    deps.insert(deps.end(), e.gates.begin(), e.gates.end());
    deps.insert(deps.end(), e.adders.begin(), e.adders.end());
  }
  for (const MonomialTerm& t : n.monomials) deps.insert(deps.end(), t.sources.begin(), t.sources.end());
  deps.insert(deps.end(), n.operands.begin(), n.operands.end());
  deps.insert(deps.end(), n.activation_gates.begin(), n.activation_gates.end());
  deps.insert(deps.end(), n.output_gates.begin(), n.output_gates.end());
  deps.insert(deps.end(), n.output_adders.begin(), n.output_adders.end());
  std::sort(deps.begin(), deps.end());
  deps.erase(std::unique(deps.begin(), deps.end()), deps.end());
  return deps;
}

std::vector<NodeId> Circuit::topological_order() const {
  // Kahn's algorithm on the dependency graph; ties broken by id so the order is stable.
  const std::size_t count = nodes_.size();
  std::vector<std::uint32_t> pending(count, 0);
  std::vector<std::vector<NodeId>> users(count);
  for (NodeId id = 0; id < count; ++id) {
    for (NodeId d : dependencies(id)) {
      if (d == id) throw InputError("circuit has a cycle through node '" + nodes_[id].name + "'");
      users[d].push_back(id);
      ++pending[id];
    }
  }
  std::vector<NodeId> order;
  order.reserve(count);
  for (NodeId id = 0; id < count; ++id) {
    if (pending[id] == 0) order.push_back(id);
  }
  for (std::size_t head = 0; head < order.size(); ++head) {
    for (NodeId u : users[order[head]]) {
      if (--pending[u] == 0) order.push_back(u);
    }
  }
  if (order.size() != count) {
    for (NodeId id = 0; id < count; ++id) {
      if (pending[id] != 0) throw InputError("circuit has a cycle through node '" + nodes_[id].name + "'");
    }
  }
  return order;
}

}  // namespace quarks::circuit
