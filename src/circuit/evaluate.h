#pragma once
// Evaluation of circuit.h circuits.
//   ExactEvaluator: BigInt values, integer units only (identity, heaviside, sign, relu,
//     Boolean); an analytic activation is rejected with InputError. sign/heaviside at S = 0
//     throw NonStrictError (core/threshold.h): nothing here assigns a value to sign(0).
//   CompiledCircuit: double values, any activation. The graph is compiled once into a flat,
//     topologically ordered program (weights converted to double once) and then evaluated
//     repeatedly without allocation. The same strictness holds (S == 0.0 at a threshold unit
//     throws NonStrictError); log of S <= 0 throws InputError (outside the circuit's domain).
// Inputs are given in Circuit::inputs() order; results are in Circuit::outputs() order.
// Boolean units require every operand to be exactly -1 or +1 (InputError otherwise).
#include <span>
#include <vector>

#include "circuit/circuit.h"

namespace quarks::circuit {

struct ExactTrace {
  std::vector<BigInt> activation;  // S_i (0 for inputs and Boolean units)
  std::vector<BigInt> raw;         // f_i(S_i) before output gating / additive output attention
  std::vector<BigInt> output;      // O_eff: what every target of the node receives
};

class ExactEvaluator {
 public:
  explicit ExactEvaluator(const Circuit& circuit);  // keeps a reference: circuit must outlive it
  std::vector<BigInt> evaluate(const std::vector<BigInt>& inputs) const;
  ExactTrace trace(const std::vector<BigInt>& inputs) const;

 private:
  const Circuit& circuit_;
  std::vector<NodeId> order_;
};

// One-shot helpers.
std::vector<BigInt> evaluate_exact(const Circuit& circuit, const std::vector<BigInt>& inputs);
std::vector<double> evaluate_double(const Circuit& circuit, std::span<const double> inputs);

class CompiledCircuit {
 public:
  explicit CompiledCircuit(const Circuit& circuit);  // self-contained copy of the program

  std::size_t num_nodes() const { return num_nodes_; }
  std::size_t num_inputs() const { return num_inputs_; }
  std::size_t num_outputs() const { return outputs_.size(); }

  // values.size() == num_nodes(): O_eff of every node, indexed by NodeId (allocates; for tests).
  void evaluate_all(std::span<const double> inputs, std::span<double> values) const;
  // outputs.size() == num_outputs(); scratch is resized to num_nodes() if needed.
  void evaluate(std::span<const double> inputs, std::span<double> outputs, std::vector<double>& scratch) const;
  std::vector<double> evaluate(std::span<const double> inputs) const;

 private:
  // The program is a stream of 32-bit words, one record per node in a depth-first topological
  // order (values live in that order too, so a unit mostly reads values just written), plus a
  // stream of doubles (biases and non-unit weights) consumed in the same order. Common shapes
  // get compact records: a plain weighted sum; a "relay" f(w O_src) * O_gate (one synapse, one
  // output gate: the m n^2 units of the gated dot products); a sum whose every synapse carries
  // one synaptic gate (the convex combinations). Anything else is a general record.
  struct General {
    Activation f;
    double bias;
    std::uint32_t edge_begin, edge_end;        // plain edges
    std::uint32_t complex_begin, complex_end;  // gated / additively attended edges
    std::uint32_t mono_begin, mono_end;
    std::uint32_t agate_begin, agate_end, ogate_begin, ogate_end, oadd_begin, oadd_end;
    std::uint32_t operand_begin, operand_end;
    std::uint32_t op_index;  // Boolean units: index into ops_
    std::uint32_t input;     // inputs: index into the input vector
  };
  struct ComplexEdge {
    std::uint32_t source;
    double weight;
    std::uint32_t gate_begin, gate_end, add_begin, add_end;
  };
  struct Mono {
    double coefficient;
    std::uint32_t begin, end;
  };
  void run(const double* inputs, double* v) const;
  double general(const General& g, std::uint32_t position, const double* inputs, const double* v) const;
  [[noreturn]] void fail(std::uint32_t position, Activation f, double s) const;

  std::size_t num_nodes_ = 0, num_inputs_ = 0;
  std::vector<std::uint32_t> code_;
  std::vector<double> doubles_;
  std::vector<General> generals_;
  std::vector<std::uint32_t> edge_source_;
  std::vector<double> edge_weight_;
  std::vector<ComplexEdge> complex_;
  std::vector<Mono> monos_;
  std::vector<std::uint32_t> refs_;  // gate / adder / operand / monomial positions
  std::vector<BooleanOperator> ops_;
  std::vector<std::string> names_;       // by position
  std::vector<std::uint32_t> position_;  // NodeId -> position
  std::vector<std::uint32_t> outputs_;   // output positions
};

}  // namespace quarks::circuit
