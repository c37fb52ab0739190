#include "render/witness_circuit.h"

#include <string>
#include <vector>

#include "core/error.h"

namespace quarks::render {

using circuit::Activation;
using circuit::Circuit;
using circuit::NodeId;

Circuit circuit_from_claim(const SelectorClaim& claim) {
  validate(claim);
  Circuit c;
  // Variable v of the claim is input node v (validate guarantees 1 <= k < n).
  std::vector<NodeId> variable;
  for (std::uint32_t i = 0; i < claim.k; ++i) variable.push_back(c.add_input("z_" + std::to_string(i + 1), "z"));
  for (std::uint32_t i = claim.k; i < claim.n; ++i) {
    variable.push_back(c.add_input("x_" + std::to_string(i - claim.k + 1), "x"));
  }
  std::vector<NodeId> gates;
  for (std::size_t j = 0; j < claim.gates.size(); ++j) {
    const Polynomial& p = claim.gates[j];
    NodeId f = c.add_unit("F_" + std::to_string(j), Activation::Sign, p.constant(), "F");
    for (const Term& t : p.terms()) {
      if (t.monomial.empty()) continue;  // the constant is the bias
      if (t.monomial.size() == 1) {
        std::uint32_t v = t.monomial[0];
        // A z-only term is the selector's contribution M q(z) (Eq. 5.8): multiplexing.
        if (v < claim.k) {
          c.add_multiplex(variable[v], f, t.coefficient);
        } else {
          c.add_synapse(variable[v], f, t.coefficient);
        }
        continue;
      }
      std::vector<NodeId> sources;
      for (std::uint32_t v : t.monomial) sources.push_back(variable[v]);
      c.add_monomial(f, std::move(sources), t.coefficient);
    }
    gates.push_back(f);
  }
  if (claim.lemma == SelectorLemma::lemma_5_3) {
    c.mark_output(gates.front());  // combine is the identity (validated)
  } else {
    c.mark_output(c.add_boolean("B", claim.combine, gates));
  }
  return c;
}

Circuit circuit_from_claim(const LayerClaim& claim) {
  validate(claim);
  Circuit c;
  const std::uint32_t s = claim.selector_bits();
  std::vector<NodeId> variable;
  for (std::uint32_t b = 0; b < s; ++b) variable.push_back(c.add_input("x-_" + std::to_string(b), "x-"));
  for (std::uint32_t j = 0; j + s < claim.n; ++j) variable.push_back(c.add_input("x+_" + std::to_string(j), "x+"));
  // An LTF of the n inputs (validate: degree <= 1).
  auto ltf = [&](const std::string& name, const Polynomial& p, const std::string& group) {
    const NodeId u = c.add_unit(name, Activation::Sign, p.constant(), group);
    for (const Term& t : p.terms()) {
      if (!t.monomial.empty()) c.add_synapse(variable[t.monomial[0]], u, t.coefficient);
    }
    return u;
  };
  std::vector<NodeId> products;
  for (std::uint32_t i = 0; i < claim.m; ++i) {
    const NodeId h = ltf("h_" + std::to_string(i), claim.gated[i], "h");
    const NodeId g = ltf("g_" + std::to_string(i), claim.gating[i], "g");
    c.gate_output(h, g);  // y_i = h_i g_i (Eq. 4.13)
    products.push_back(h);
  }
  const NodeId phi = c.add_unit("phi", Activation::Sign, claim.output_bias);
  for (std::uint32_t i = 0; i < claim.m; ++i) c.add_synapse(products[i], phi, claim.output_weights[i]);
  c.mark_output(phi);
  return c;
}

Circuit circuit_from_claim(const Claim& claim) {
  if (const auto* selector = std::get_if<SelectorClaim>(&claim)) return circuit_from_claim(*selector);
  if (const auto* layer = std::get_if<LayerClaim>(&claim)) return circuit_from_claim(*layer);
  throw InputError(claim_id(claim) + " witnesses hold no circuit");
}

}  // namespace quarks::render
