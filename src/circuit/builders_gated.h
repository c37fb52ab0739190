#pragma once
// Circuits with attention quarks (paper Sec. 2-3 and the journal's gating examples).
#include <cstddef>
#include <vector>

#include "circuit/circuit.h"

namespace quarks::circuit {

// Sec. 3: inputs u_1..u_m, v_1..v_m; u_i output-gated by v_i (m output gatings), one linear
// unit with weights 1. Depth 1, any real inputs.
Circuit gated_dot(std::size_t m);

// Softmax with output gating of the normalisation: e_j = exp(u_j), L = log sum e_j,
// r = exp(-L) = 1/sum, outputs e'_i = exp(u_i) output-gated by r. The exp units feeding L
// cannot be gated themselves (the gated output is broadcast to L too, a cycle), hence the
// second copy: depth 3 as in Fig. 1a, 2n+2 neurons instead of 2n+1. Gating does not help here.
Circuit gated_softmax(std::size_t n);

// Sec. 3 attention head, same layout as sm_attention (Q, K, V inputs; out row-major).
//   r_abl = identity(Q_al), output-gated by K_bl   (m n^2 output gatings; output gating
//           broadcasts, so each query coordinate needs one relay per key)
//   s_ab  = sum_l r_abl;  softmax of row a as Fig. 1a (add_sm_softmax)
//   out_al = sum_b V_bl with each synapse V_bl -> out_al gated by p_ab: p_ab gates the bundle
//           from value vector b (group "V[b]") to output vector a (group "out[a]") = n^2
//           synaptic gating operations (m n^2 gated synapses).
Circuit gated_attention(std::size_t m, std::size_t n);

// Boolean inner product with output gating: x_i output-gated by y_i (0/1 product = AND,
// claim "encodings"), thermometer t_c = H(2 sum x_i y_i - 2c + 1), count = sum x_i y_i.
// Outputs t_1..t_n then count; layout as sm_boolean_inner_product.
Circuit gated_boolean_inner_product(std::size_t n);

// Journal: a linear unit gated by a 0/1 threshold unit with the same activation is ReLU.
// Inputs x_1..x_k (k = weights.size()); output lin(S) * H(S) = ReLU(S), S = w.x + bias.
// S = 0 is a strict error (NonStrictError), as for every threshold gate.
Circuit relu_by_gating(const std::vector<BigInt>& weights, const BigInt& bias);

// Journal "shaping": unit f output-gated by unit g, both with activation S = w.x + bias:
// output f(S) g(S).
Circuit shaping(Activation f, Activation g, const std::vector<BigInt>& weights, const BigInt& bias);

// Journal: XOR = OR gated by NAND, no hidden layer, 0/1 encoding. Inputs x, y in {0,1};
// OR = H(2x + 2y - 1), NAND = H(3 - 2x - 2y) (strict on the cube); output OR * NAND.
Circuit xor_by_gating();

// Sec. 4.2 encodings: two threshold gates g1 = f(2a - 1), g2 = f(2b - 1) on a, b in {0,1},
// g1 output-gated by g2. f = Heaviside gives AND (0/1), f = Sign gives XNOR (+-1).
Circuit encoding_product(Activation f);

}  // namespace quarks::circuit
