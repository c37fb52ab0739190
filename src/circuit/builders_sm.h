#pragma once
// Standard-Model circuits (paper Sec. 1.1, Fig. 1): only synapses and activation functions.
// Input/output layout is stated per builder; sizes must be >= 1 (InputError otherwise).
#include <cstddef>
#include <string>
#include <vector>

#include "circuit/circuit.h"

namespace quarks::circuit {

// Fig. 1a softmax tail on existing score nodes: e_j = exp(s_j), L = log(sum_j e_j),
// p_i = exp(s_i - L) (depth 3 above the scores, weights +-1).
struct SoftmaxNodes {
  std::vector<NodeId> exps;
  NodeId log_sum = 0;
  std::vector<NodeId> probs;  // empty when make_probs is false
};
SoftmaxNodes add_sm_softmax(Circuit& c, const std::vector<NodeId>& scores, const std::string& tag, bool make_probs);

// Fig. 1b: inputs u_1..u_m, v_1..v_m; output u.v. Domain: every u_i, v_i > 0 (positive reals):
// log u_i, log v_i (depth 1), exp(log u_i + log v_i) (depth 2), identity sum (depth 3).
Circuit sm_dot_positive(std::size_t m);

// Signed inputs with a known bound |u_i|, |v_i| < bound (integer >= 1): shift to positive,
// u.v = sum (u_i+B)(v_i+B) - B sum u_i - B sum v_i - m B^2. Same depth 3 and neurons as Fig. 1b;
// costs 2m extra edges, 2m biases B, a bias -mB^2, and weights -B (not +-1).
Circuit sm_dot_signed(std::size_t m, const BigInt& bound);

// Fig. 1a: inputs u_1..u_n; outputs softmax(u). Depth 3, weights +-1, activations exp/log.
Circuit sm_softmax(std::size_t n);

// One attention head, Standard Model only. Inputs Q, K, V (each n x m, row-major: Q[a][l] is
// input a*m + l, then K, then V); outputs out[a][l] = sum_b softmax_b(Q_a.K_b) V[b][l], row-major.
// Domain |Q|, |K|, |V| < bound. Scores use the signed dot product (row sums of Q and K as
// shared linear units); the convex combination fuses the softmax's last exp with the product:
// exp(s_ab - L_a + log(V_bl + B)) = p_ab (V_bl + B), then out = sum_b (...) - B (sum_b p_ab = 1).
Circuit sm_attention(std::size_t m, std::size_t n, const BigInt& bound);

// Boolean inner product of x, y in {0,1}^n (inputs x_1..x_n, y_1..y_n) with threshold gates:
// a_i = H(2x_i + 2y_i - 3) = x_i AND y_i, thermometer t_c = H(2 sum a - 2c + 1) = [x.y >= c],
// count = sum a. Outputs t_1..t_n then count. All activations strict (odd integers).
Circuit sm_boolean_inner_product(std::size_t n);

// Output layer shared by both Boolean inner products: from 0/1 bits a_i, the
// thermometer t_c = H(2 sum a - 2c + 1) = [sum a >= c] for c = 1..n (odd
// activations, so strict) and count = sum a, all marked as outputs.
void add_count_outputs(Circuit& c, const std::vector<NodeId>& bits);

}  // namespace quarks::circuit
