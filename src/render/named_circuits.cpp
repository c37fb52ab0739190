#include "render/named_circuits.h"

#include "circuit/builders_gated.h"
#include "circuit/builders_sm.h"
#include "core/error.h"

namespace quarks::render {

using circuit::Activation;
using circuit::Circuit;

namespace {
// Input bound of the signed SM circuits, as in the depth table (inputs in (-2, 2)).
const BigInt kBound = 2;

// Weights 2, -2, 2, ... and bias 1: S is odd, hence never 0, on {0,1}^m (strict threshold).
std::vector<BigInt> alternating(std::size_t m) {
  std::vector<BigInt> w;
  for (std::size_t i = 0; i < m; ++i) w.push_back(i % 2 == 0 ? 2 : -2);
  return w;
}
}  // namespace

const std::vector<NamedCircuit>& named_circuits() {
  static const std::vector<NamedCircuit> names = {
      {"dot-sm", "Fig. 1b dot product u.v of positive inputs, SM only (uses m)"},
      {"dot-sm-signed", "dot product of inputs in (-2, 2), SM only (uses m)"},
      {"dot-gated", "Sec. 3 dot product by output gating (uses m)"},
      {"softmax-sm", "Fig. 1a softmax, SM only (uses n)"},
      {"softmax-gated", "softmax with output-gated normalisation (uses n)"},
      {"attention-sm", "attention head, SM only, inputs in (-2, 2) (uses m, n)"},
      {"attention-gated", "Sec. 3 attention head by output and synaptic gating (uses m, n)"},
      {"bool-inner-sm", "Boolean inner product with threshold gates, SM only (uses n)"},
      {"bool-inner-gated", "Boolean inner product by output gating (uses n)"},
      {"relu-gating", "journal: linear unit gated by a threshold unit = ReLU, weights 2,-2,.., bias 1 (uses m)"},
      {"xor-gating", "journal: XOR = OR gated by NAND (no sizes)"},
      {"and-encoding", "Sec. 4.2 encodings: heaviside gates, product = AND (no sizes)"},
      {"xnor-encoding", "Sec. 4.2 encodings: sign gates, product = XNOR (no sizes)"},
  };
  return names;
}

Circuit build_named_circuit(const std::string& name, std::size_t m, std::size_t n) {
  for (std::size_t v : {m, n}) {
    if (v < 1 || v > kMaxDotSize) {
      throw InputError("circuit size " + std::to_string(v) + " is outside 1.." + std::to_string(kMaxDotSize));
    }
  }
  if (name == "dot-sm") return circuit::sm_dot_positive(m);
  if (name == "dot-sm-signed") return circuit::sm_dot_signed(m, kBound);
  if (name == "dot-gated") return circuit::gated_dot(m);
  if (name == "softmax-sm") return circuit::sm_softmax(n);
  if (name == "softmax-gated") return circuit::gated_softmax(n);
  if (name == "attention-sm") return circuit::sm_attention(m, n, kBound);
  if (name == "attention-gated") return circuit::gated_attention(m, n);
  if (name == "bool-inner-sm") return circuit::sm_boolean_inner_product(n);
  if (name == "bool-inner-gated") return circuit::gated_boolean_inner_product(n);
  if (name == "relu-gating") return circuit::relu_by_gating(alternating(m), 1);
  if (name == "xor-gating") return circuit::xor_by_gating();
  if (name == "and-encoding") return circuit::encoding_product(Activation::Heaviside);
  if (name == "xnor-encoding") return circuit::encoding_product(Activation::Sign);
  throw InputError("unknown circuit '" + name + "' (see quarks dot circuit --help)");
}

}  // namespace quarks::render
