#include "circuit/taxonomy.h"

#include <algorithm>
#include <cmath>

#include "circuit/evaluate.h"
#include "circuit/metrics.h"
#include "core/error.h"
#include "core/random.h"

namespace quarks::circuit {

namespace {

// Nodes whose value enters somewhere other than as the source of a plain (adder-free) edge.
std::vector<bool> nonlinear_uses(const Circuit& c) {
  std::vector<bool> used(c.size(), false);
  for (const Node& n : c.nodes()) {
    for (const Edge& e : n.in) {
      for (NodeId g : e.gates) used[g] = true;
      for (NodeId a : e.adders) used[a] = true;
      if (!e.adders.empty()) used[e.source] = true;
    }
    for (const MonomialTerm& m : n.monomials)
      for (NodeId s : m.sources) used[s] = true;
    for (NodeId s : n.operands) used[s] = true;
    for (NodeId g : n.activation_gates) used[g] = true;
    for (NodeId g : n.output_gates) used[g] = true;
    for (NodeId a : n.output_adders) used[a] = true;
  }
  return used;
}

void replace_output(Circuit& c, NodeId old_id, NodeId new_id) {
  for (NodeId& o : c.mutable_outputs()) {
    if (o == old_id) o = new_id;
  }
}

}  // namespace

Circuit multiplexing_to_synapses(const Circuit& circuit) {
  Circuit c = circuit;
  for (NodeId id = 0; id < c.size(); ++id) {
    for (Edge& e : c.mutable_node(id).in) e.kind = EdgeKind::Synapse;
  }
  return c;
}

Circuit additive_output_to_synapses(const Circuit& circuit) {
  Circuit c = circuit;
  std::vector<bool> used = nonlinear_uses(circuit);
  const std::size_t original = circuit.size();
  for (NodeId i = 0; i < original; ++i) {
    const std::vector<NodeId> adders = circuit.node(i).output_adders;
    if (adders.empty()) continue;
    if (used[i]) {
      throw InputError("additive output attention on '" + circuit.node(i).name +
                       "', whose output is used nonlinearly (gate, operand, monomial or adder)");
    }
    c.mutable_node(i).output_adders.clear();
    for (NodeId k = 0; k < original; ++k) {
      std::vector<Edge> extra;
      for (const Edge& e : circuit.node(k).in) {
        if (e.source != i) continue;
        for (NodeId a : adders) extra.push_back(Edge{a, e.weight, e.kind, e.gates, {}});
      }
      auto& in = c.mutable_node(k).in;
      in.insert(in.end(), extra.begin(), extra.end());
    }
    if (std::find(c.outputs().begin(), c.outputs().end(), i) != c.outputs().end()) {
      NodeId relay = c.add_unit(circuit.node(i).name + "+att", Activation::Identity);
      c.add_synapse(i, relay, 1);
      for (NodeId a : adders) c.add_synapse(a, relay, 1);
      replace_output(c, i, relay);
    }
  }
  return c;
}

Circuit activation_gating_to_synaptic(const Circuit& circuit) {
  Circuit c = circuit;
  std::optional<NodeId> constant;
  for (NodeId k = 0; k < circuit.size(); ++k) {
    const Node& n = circuit.node(k);
    if (n.activation_gates.empty()) continue;
    if (!n.monomials.empty()) throw InputError("activation gating of '" + n.name + "', which has monomial terms");
    for (const Edge& e : n.in) {
      if (!e.adders.empty()) throw InputError("activation gating of '" + n.name + "' with additive synaptic attention");
    }
    const std::vector<NodeId> gates = n.activation_gates;
    Node& m = c.mutable_node(k);
    m.activation_gates.clear();
    if (m.bias != 0) {
      // The bias is a synapse from an always-on unit; it is gated like every other synapse.
      if (!constant) constant = c.add_unit("const1", Activation::Identity, 1);
      BigInt bias = c.node(k).bias;
      c.mutable_node(k).bias = 0;
      c.add_synapse(*constant, k, bias);
    }
    for (Edge& e : c.mutable_node(k).in) e.gates.insert(e.gates.end(), gates.begin(), gates.end());
  }
  return c;
}

Circuit output_gating_to_synaptic(const Circuit& circuit) {
  Circuit c = circuit;
  std::vector<bool> used = nonlinear_uses(circuit);
  const std::size_t original = circuit.size();
  for (NodeId i = 0; i < original; ++i) {
    const std::vector<NodeId> gates = circuit.node(i).output_gates;
    if (gates.empty()) continue;
    if (used[i] || !circuit.node(i).output_adders.empty()) {
      throw InputError("output gating of '" + circuit.node(i).name +
                       "', whose output is used nonlinearly or also additively attended");
    }
    c.mutable_node(i).output_gates.clear();
    for (NodeId k = 0; k < original; ++k) {
      for (Edge& e : c.mutable_node(k).in) {
        if (e.source == i) e.gates.insert(e.gates.end(), gates.begin(), gates.end());
      }
    }
    if (std::find(c.outputs().begin(), c.outputs().end(), i) != c.outputs().end()) {
      NodeId relay = c.add_unit(circuit.node(i).name + "*gate", Activation::Identity);
      EdgeRef r = c.add_synapse(i, relay, 1);
      for (NodeId g : gates) c.gate_synapse(r, g);
      replace_output(c, i, relay);
    }
  }
  return c;
}

// ---------------------------------------------------------------------------------------------

namespace {

enum class Feature { Multiplexing, AdditiveOutput, ActivationGating, OutputGating };

BigInt nonzero_small(SeededRandom& rng) {
  std::int64_t w = static_cast<std::int64_t>(rng.below(6)) - 3;
  return w >= 0 ? BigInt(w + 1) : BigInt(w);
}

// Layered random circuit: 3 inputs, 3 layers of 3 units, synapses from earlier nodes, and the
// one attention feature under test. Gates and adders are chosen so the rewrite applies.
Circuit random_circuit(SeededRandom& rng, Feature feature, bool analytic) {
  Circuit c;
  std::vector<bool> attended, attending;
  auto pick_attending = [&](NodeId before) -> std::optional<NodeId> {
    std::vector<NodeId> ok;
    for (NodeId j = 0; j < before; ++j) if (!attended[j]) ok.push_back(j);
    if (ok.empty()) return std::nullopt;
    return ok[rng.below(ok.size())];
  };
  auto maybe_attend_node = [&](NodeId id) {
    if (rng.below(2) == 0) return;
    if (feature == Feature::OutputGating || feature == Feature::AdditiveOutput) {
      if (attending[id]) return;
      auto j = pick_attending(id);
      if (!j) return;
      attending[*j] = true;
      attended[id] = true;
      if (feature == Feature::OutputGating) c.gate_output(id, *j); else c.add_to_output(id, *j);
    }
  };
  for (int k = 0; k < 3; ++k) {
    NodeId id = c.add_input("x" + std::to_string(k));
    attended.push_back(false);
    attending.push_back(false);
    maybe_attend_node(id);
  }
  const Activation exact_fs[] = {Activation::Identity, Activation::Relu};
  const Activation analytic_fs[] = {Activation::Identity, Activation::Tanh, Activation::Logistic, Activation::Relu};
  std::vector<NodeId> last;
  for (int layer = 0; layer < 3; ++layer) {
    std::vector<NodeId> current;
    NodeId layer_start = static_cast<NodeId>(c.size());
    for (int u = 0; u < 3; ++u) {
      Activation f = analytic ? analytic_fs[rng.below(4)] : exact_fs[rng.below(2)];
      NodeId id = c.add_unit("h" + std::to_string(layer) + "_" + std::to_string(u), f,
                             BigInt(static_cast<std::int64_t>(rng.below(7)) - 3));
      attended.push_back(false);
      attending.push_back(false);
      int fan_in = 2 + static_cast<int>(rng.below(2));
      for (int s = 0; s < fan_in; ++s) {
        NodeId src = static_cast<NodeId>(rng.below(layer_start));
        bool mux = feature == Feature::Multiplexing && rng.below(2) == 0;
        EdgeRef r = mux ? c.add_multiplex(src, id, nonzero_small(rng)) : c.add_synapse(src, id, nonzero_small(rng));
        if (feature == Feature::ActivationGating && rng.below(4) == 0) c.gate_synapse(r, static_cast<NodeId>(rng.below(layer_start)));
      }
      if (feature == Feature::ActivationGating && rng.below(2) == 0) {
        c.gate_activation(id, static_cast<NodeId>(rng.below(layer_start)));
      }
      maybe_attend_node(id);
      current.push_back(id);
    }
    last = current;
  }
  for (NodeId o : last) c.mark_output(o);
  c.mark_output(static_cast<NodeId>(3 + rng.below(6)));  // a hidden unit, possibly attended
  return c;
}

double rel_error(double got, double want) {
  return std::abs(got - want) / std::max(1.0, std::abs(want));
}

ReductionCheck run_rewrite(std::uint64_t seed, int trials, Feature feature, const std::string& name,
                           Circuit (*rewrite)(const Circuit&)) {
  ReductionCheck check{name, "Sec. 2, Table 1", true, 0, 0.0, ""};
  SeededRandom rng(seed);
  for (int t = 0; t < trials && check.holds; ++t) {
    for (bool analytic : {false, true}) {
      Circuit original = random_circuit(rng, feature, analytic);
      Circuit reduced = rewrite(original);
      CircuitMetrics rm = compute_metrics(reduced);
      bool removed = (feature == Feature::Multiplexing && rm.multiplexing_edges == 0) ||
                     (feature == Feature::AdditiveOutput && rm.additive_output == 0 && rm.standard_model()) ||
                     (feature == Feature::ActivationGating && rm.activation_gatings == 0) ||
                     (feature == Feature::OutputGating && rm.output_gatings == 0);
      if (!removed) {
        check.holds = false;
        check.detail = "rewrite left the attention mechanism in the circuit";
        break;
      }
      for (int p = 0; p < 8; ++p) {
        ++check.cases;
        if (!analytic) {
          std::vector<BigInt> x;
          for (int k = 0; k < 3; ++k) x.push_back(BigInt(static_cast<std::int64_t>(rng.below(11)) - 5));
          if (evaluate_exact(original, x) != evaluate_exact(reduced, x)) {
            check.holds = false;
            check.detail = "exact outputs differ (trial " + std::to_string(t) + ")";
            break;
          }
        } else {
          std::vector<double> x;
          for (int k = 0; k < 3; ++k) x.push_back(static_cast<double>(rng.next() >> 11) * 0x1p-53 * 4.0 - 2.0);
          std::vector<double> a = evaluate_double(original, x), b = evaluate_double(reduced, x);
          for (std::size_t o = 0; o < a.size(); ++o) check.max_error = std::max(check.max_error, rel_error(b[o], a[o]));
          if (check.max_error > 1e-12) {
            check.holds = false;
            check.detail = "double outputs differ by " + std::to_string(check.max_error);
            break;
          }
        }
      }
    }
  }
  return check;
}

// Fig. 2: i -> k and i -> k2; (a) j output-gates i, (b) j synaptically gates i -> k only.
ReductionCheck run_figure2(std::uint64_t seed, int trials) {
  ReductionCheck check{"output and synaptic gating both deliver w_ki O_i O_j to k; output gating reaches every target of i, synaptic gating only k",
                       "Sec. 2, Fig. 2", true, 0, 0.0, ""};
  SeededRandom rng(seed);
  for (int t = 0; t < trials && check.holds; ++t) {
    BigInt w = nonzero_small(rng), w2 = nonzero_small(rng);
    auto build = [&](bool output_gating) {
      Circuit c;
      NodeId x = c.add_input("x"), y = c.add_input("y");
      NodeId i = c.add_unit("i", Activation::Identity);
      NodeId j = c.add_unit("j", Activation::Identity);
      c.add_synapse(x, i, 1);
      c.add_synapse(y, j, 1);
      NodeId k = c.add_unit("k", Activation::Identity), k2 = c.add_unit("k2", Activation::Identity);
      EdgeRef ik = c.add_synapse(i, k, w);
      c.add_synapse(i, k2, w2);
      if (output_gating) c.gate_output(i, j); else c.gate_synapse(ik, j);
      c.mark_output(k);
      c.mark_output(k2);
      return c;
    };
    Circuit a = build(true), b = build(false);
    for (int p = 0; p < 8; ++p) {
      ++check.cases;
      BigInt xi = BigInt(static_cast<std::int64_t>(rng.below(21)) - 10);
      BigInt yj = BigInt(static_cast<std::int64_t>(rng.below(21)) - 10);
      std::vector<BigInt> oa = evaluate_exact(a, {xi, yj}), ob = evaluate_exact(b, {xi, yj});
      bool ok = oa[0] == w * xi * yj && ob[0] == w * xi * yj && oa[1] == w2 * xi * yj && ob[1] == w2 * xi;
      if (!ok) {
        check.holds = false;
        check.detail = "x=" + to_string(xi) + " y=" + to_string(yj);
        break;
      }
    }
  }
  return check;
}

}  // namespace

std::vector<ReductionCheck> check_taxonomy(std::uint64_t seed, int trials) {
  if (trials < 1) throw InputError("check_taxonomy: trials must be >= 1");
  std::vector<ReductionCheck> checks;
  checks.push_back(run_rewrite(seed, trials, Feature::Multiplexing,
                               "multiplexing (additive activation attention) is an SM synapse", multiplexing_to_synapses));
  checks.push_back(run_rewrite(seed + 1, trials, Feature::AdditiveOutput,
                               "additive output attention stays in the SM", additive_output_to_synapses));
  checks.push_back(run_rewrite(seed + 2, trials, Feature::ActivationGating,
                               "activation gating = synaptic gating of every incoming synapse", activation_gating_to_synaptic));
  checks.push_back(run_rewrite(seed + 3, trials, Feature::OutputGating,
                               "output gating = synaptic gating of every outgoing synapse", output_gating_to_synaptic));
  checks.push_back(run_figure2(seed + 4, trials));
  return checks;
}

}  // namespace quarks::circuit
