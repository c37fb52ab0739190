#include "circuit/builders_gated.h"

#include "circuit/builder_support.h"

#include "circuit/builders_sm.h"
#include "core/error.h"

namespace quarks::circuit {

using detail::add_input_matrix;
using detail::add_input_vector;
using detail::idx;
using detail::require_size;

Circuit gated_dot(std::size_t m) {
  require_size(m, "dot product length m");
  Circuit c;
  const std::vector<NodeId> u = add_input_vector(c, "u", m);
  const std::vector<NodeId> v = add_input_vector(c, "v", m);
  NodeId out = c.add_unit("dot", Activation::Identity);
  for (std::size_t i = 0; i < m; ++i) {
    c.gate_output(u[i], v[i]);
    c.add_synapse(u[i], out, 1);
  }
  c.mark_output(out);
  return c;
}

Circuit gated_softmax(std::size_t n) {
  require_size(n, "softmax length n");
  Circuit c;
  const std::vector<NodeId> u = add_input_vector(c, "u", n);
  SoftmaxNodes s = add_sm_softmax(c, u, "", false);
  NodeId r = c.add_unit("1/sum", Activation::Exp);
  c.add_synapse(s.log_sum, r, -1);
  for (std::size_t i = 0; i < n; ++i) {
    NodeId e = c.add_unit("exp'" + idx(i), Activation::Exp);
    c.add_synapse(u[i], e, 1);
    c.gate_output(e, r);
    c.mark_output(e);
  }
  return c;
}

Circuit gated_attention(std::size_t m, std::size_t n) {
  require_size(m, "head dimension m");
  require_size(n, "token count n");
  Circuit c;
  auto Q = add_input_matrix(c, "Q", n, m), K = add_input_matrix(c, "K", n, m), V = add_input_matrix(c, "V", n, m);
  std::vector<NodeId> out_nodes(n * m);
  for (std::size_t a = 0; a < n; ++a) {
    std::vector<NodeId> scores;
    for (std::size_t b = 0; b < n; ++b) {
      NodeId s = c.add_unit("s" + idx(a, b), Activation::Identity);
      for (std::size_t l = 0; l < m; ++l) {
        NodeId r = c.add_unit("q" + idx(a, b, l), Activation::Identity);
        c.add_synapse(Q[a][l], r, 1);
        c.gate_output(r, K[b][l]);
        c.add_synapse(r, s, 1);
      }
      scores.push_back(s);
    }
    SoftmaxNodes soft = add_sm_softmax(c, scores, idx(a), true);
    for (std::size_t l = 0; l < m; ++l) {
      NodeId out = c.add_unit("out" + idx(a, l), Activation::Identity, 0, "out" + idx(a));
      for (std::size_t b = 0; b < n; ++b) c.gate_synapse(c.add_synapse(V[b][l], out, 1), soft.probs[b]);
      out_nodes[a * m + l] = out;
    }
  }
  for (NodeId o : out_nodes) c.mark_output(o);
  return c;
}

Circuit gated_boolean_inner_product(std::size_t n) {
  require_size(n, "Boolean vector length n");
  Circuit c;
  const std::vector<NodeId> x = add_input_vector(c, "x", n);
  const std::vector<NodeId> y = add_input_vector(c, "y", n);
  // x_i gated by y_i is x_i AND y_i on 0/1 outputs (Sec. 4.2): no AND layer.
  for (std::size_t i = 0; i < n; ++i) c.gate_output(x[i], y[i]);
  add_count_outputs(c, x);
  return c;
}

Circuit shaping(Activation f, Activation g, const std::vector<BigInt>& weights, const BigInt& bias) {
  if (weights.empty()) throw InputError("shaping: at least one input weight is needed");
  Circuit c;
  const std::vector<NodeId> x = add_input_vector(c, "x", weights.size());
  NodeId fu = c.add_unit("f", f, bias), gu = c.add_unit("g", g, bias);
  for (std::size_t i = 0; i < weights.size(); ++i) {
    c.add_synapse(x[i], fu, weights[i]);
    c.add_synapse(x[i], gu, weights[i]);
  }
  c.gate_output(fu, gu);
  c.mark_output(fu);
  return c;
}

Circuit relu_by_gating(const std::vector<BigInt>& weights, const BigInt& bias) {
  return shaping(Activation::Identity, Activation::Heaviside, weights, bias);
}

Circuit xor_by_gating() {
  Circuit c;
  NodeId x = c.add_input("x"), y = c.add_input("y");
  NodeId or_gate = c.add_unit("OR", Activation::Heaviside, -1);
  NodeId nand_gate = c.add_unit("NAND", Activation::Heaviside, 3);
  c.add_synapse(x, or_gate, 2);
  c.add_synapse(y, or_gate, 2);
  c.add_synapse(x, nand_gate, -2);
  c.add_synapse(y, nand_gate, -2);
  c.gate_output(or_gate, nand_gate);
  c.mark_output(or_gate);
  return c;
}

Circuit encoding_product(Activation f) {
  if (f != Activation::Heaviside && f != Activation::Sign) {
    throw InputError("encoding_product: f must be heaviside (0/1) or sign (+-1)");
  }
  Circuit c;
  NodeId a = c.add_input("a"), b = c.add_input("b");
  NodeId g1 = c.add_unit("g1", f, -1), g2 = c.add_unit("g2", f, -1);
  c.add_synapse(a, g1, 2);
  c.add_synapse(b, g2, 2);
  c.gate_output(g1, g2);
  c.mark_output(g1);
  return c;
}

}  // namespace quarks::circuit
