#include "circuit/evaluate.h"

#include <cmath>

#include "core/error.h"
#include "core/threshold.h"

namespace quarks::circuit {

namespace {

int pm1_operand(const BigInt& v, const Node& n) {
  if (v == 1) return 1;
  if (v == -1) return -1;
  throw InputError("Boolean unit '" + n.name + "' received operand " + to_string(v) + ", expected -1 or +1");
}

BigInt product(const std::vector<NodeId>& ids, const std::vector<BigInt>& out) {
  BigInt p = 1;
  for (NodeId g : ids) p *= out[g];
  return p;
}

}  // namespace

ExactEvaluator::ExactEvaluator(const Circuit& circuit) : circuit_(circuit), order_(circuit.topological_order()) {
  for (const Node& n : circuit.nodes()) {
    if (!is_integer_activation(n.activation)) {
      throw InputError("exact evaluation: unit '" + n.name + "' uses the analytic activation " +
                       std::string(activation_name(n.activation)) + " (use CompiledCircuit)");
    }
  }
}

ExactTrace ExactEvaluator::trace(const std::vector<BigInt>& inputs) const {
  const auto& nodes = circuit_.nodes();
  if (inputs.size() != circuit_.inputs().size()) {
    throw InputError("exact evaluation: " + std::to_string(inputs.size()) + " input values for " +
                     std::to_string(circuit_.inputs().size()) + " inputs");
  }
  ExactTrace t;
  t.activation.assign(nodes.size(), BigInt(0));
  t.raw.assign(nodes.size(), BigInt(0));
  t.output.assign(nodes.size(), BigInt(0));
  for (std::size_t k = 0; k < inputs.size(); ++k) t.raw[circuit_.inputs()[k]] = inputs[k];
  for (NodeId id : order_) {
    const Node& n = nodes[id];
    if (n.activation == Activation::Boolean) {
      std::vector<int> z;
      z.reserve(n.operands.size());
      for (NodeId s : n.operands) z.push_back(pm1_operand(t.output[s], n));
      t.raw[id] = n.op->evaluate_pm1(z);
    } else if (n.activation != Activation::Input) {
      BigInt s = n.bias;
      for (const Edge& e : n.in) {
        BigInt w = e.weight * product(e.gates, t.output);
        for (NodeId a : e.adders) w += t.output[a];
        s += w * t.output[e.source];
      }
      for (const MonomialTerm& m : n.monomials) s += m.coefficient * product(m.sources, t.output);
      s *= product(n.activation_gates, t.output);
      t.activation[id] = s;
      switch (n.activation) {
        case Activation::Identity: t.raw[id] = s; break;
        case Activation::Heaviside: t.raw[id] = strict_heaviside(s, "unit '" + n.name + "'"); break;
        case Activation::Sign: t.raw[id] = strict_sign(s, "unit '" + n.name + "'"); break;
        case Activation::Relu: t.raw[id] = s.sign() > 0 ? s : BigInt(0); break;
        default: throw InputError("exact evaluation: analytic activation in '" + n.name + "'");
      }
    }
    BigInt o = t.raw[id] * product(n.output_gates, t.output);
    for (NodeId a : n.output_adders) o += t.output[a];
    t.output[id] = std::move(o);
  }
  return t;
}

std::vector<BigInt> ExactEvaluator::evaluate(const std::vector<BigInt>& inputs) const {
  ExactTrace t = trace(inputs);
  std::vector<BigInt> result;
  for (NodeId o : circuit_.outputs()) result.push_back(t.output[o]);
  return result;
}

std::vector<BigInt> evaluate_exact(const Circuit& circuit, const std::vector<BigInt>& inputs) {
  return ExactEvaluator(circuit).evaluate(inputs);
}

std::vector<double> evaluate_double(const Circuit& circuit, std::span<const double> inputs) {
  return CompiledCircuit(circuit).evaluate(inputs);
}

// ---------------------------------------------------------------------------------------------

namespace {
// kRelay records are runs: consecutive relays with the same activation and weight kind share
// one header, so the m n^2 relays of an attention head run as one tight loop.
enum Code : std::uint32_t { kGeneral = 0, kSum = 1, kRelay = 2, kGatedSum = 3, kInput = 4 };
constexpr std::uint32_t kUnitWeights = 1u << 16;
}  // namespace

namespace {
// Depth-first post-order: every node right after the last of its dependencies is finished, so
// a unit is usually evaluated while the values it reads are still in cache (e.g. the m relays
// of one dot product, then their sum). Throws InputError on a cycle.
std::vector<NodeId> locality_order(const Circuit& circuit) {
  const std::size_t count = circuit.size();
  std::vector<std::uint8_t> state(count, 0);  // 0 new, 1 on the stack, 2 done
  std::vector<NodeId> order;
  order.reserve(count);
  std::vector<std::pair<NodeId, std::vector<NodeId>>> stack;
  std::vector<std::size_t> next;
  for (NodeId root = 0; root < count; ++root) {
    if (state[root]) continue;
    stack.emplace_back(root, circuit.dependencies(root));
    next.push_back(0);
    state[root] = 1;
    while (!stack.empty()) {
      auto& [id, deps] = stack.back();
      if (next.back() < deps.size()) {
        NodeId d = deps[next.back()++];
        if (state[d] == 1) throw InputError("circuit has a cycle through node '" + circuit.node(d).name + "'");
        if (state[d] == 0) {
          state[d] = 1;
          stack.emplace_back(d, circuit.dependencies(d));
          next.push_back(0);
        }
      } else {
        state[id] = 2;
        order.push_back(id);
        stack.pop_back();
        next.pop_back();
      }
    }
  }
  return order;
}
}  // namespace

CompiledCircuit::CompiledCircuit(const Circuit& circuit) : num_nodes_(circuit.size()), num_inputs_(circuit.inputs().size()) {
  std::vector<NodeId> order = locality_order(circuit);
  position_.assign(circuit.size(), 0);
  for (std::size_t p = 0; p < order.size(); ++p) position_[order[p]] = static_cast<std::uint32_t>(p);
  for (NodeId o : circuit.outputs()) outputs_.push_back(position_[o]);
  std::vector<std::uint32_t> input_index(circuit.size(), 0);
  for (std::size_t k = 0; k < circuit.inputs().size(); ++k) input_index[circuit.inputs()[k]] = static_cast<std::uint32_t>(k);
  auto u32 = [](std::size_t v) { return static_cast<std::uint32_t>(v); };
  auto append_refs = [&](const std::vector<NodeId>& ids, std::uint32_t& begin, std::uint32_t& end) {
    begin = u32(refs_.size());
    for (NodeId id : ids) refs_.push_back(position_[id]);
    end = u32(refs_.size());
  };
  std::size_t run_header = SIZE_MAX;  // index in code_ of the open relay run's header, if any
  for (NodeId id : order) {
    const Node& n = circuit.node(id);
    names_.push_back(n.name);
    const std::size_t record_start = code_.size();
    const std::uint32_t f = static_cast<std::uint32_t>(n.activation) << 8;
    const bool unit_kind = n.activation != Activation::Input && n.activation != Activation::Boolean;
    const bool no_extras = unit_kind && n.monomials.empty() && n.activation_gates.empty() && n.output_adders.empty();
    bool plain_edges = true, one_gate_edges = true, unit_weights = true;
    for (const Edge& e : n.in) {
      plain_edges = plain_edges && e.gates.empty() && e.adders.empty();
      one_gate_edges = one_gate_edges && e.gates.size() == 1 && e.adders.empty();
      unit_weights = unit_weights && e.weight == 1;
    }
    const std::uint32_t unit_flag = unit_weights ? kUnitWeights : 0;
    if (n.activation == Activation::Input && n.output_gates.empty() && n.output_adders.empty()) {
      code_.insert(code_.end(), {kInput | f, input_index[id]});
    } else if (no_extras && n.output_gates.empty() && plain_edges) {
      code_.insert(code_.end(), {kSum | f | unit_flag, u32(n.in.size())});
      doubles_.push_back(n.bias.convert_to<double>());
      for (const Edge& e : n.in) {
        code_.push_back(position_[e.source]);
        if (!unit_weights) doubles_.push_back(e.weight.convert_to<double>());
      }
    } else if (no_extras && n.output_gates.size() == 1 && n.in.size() == 1 && plain_edges && n.bias == 0) {
      if (run_header == SIZE_MAX || code_[run_header] != (kRelay | f | unit_flag)) {
        code_.insert(code_.end(), {kRelay | f | unit_flag, 0u});
        run_header = code_.size() - 2;
      }
      ++code_[run_header + 1];
      code_.insert(code_.end(), {position_[n.in[0].source], position_[n.output_gates[0]]});
      if (!unit_weights) doubles_.push_back(n.in[0].weight.convert_to<double>());
      continue;
    } else if (no_extras && n.output_gates.empty() && one_gate_edges && !n.in.empty()) {
      code_.insert(code_.end(), {kGatedSum | f | unit_flag, u32(n.in.size())});
      doubles_.push_back(n.bias.convert_to<double>());
      for (const Edge& e : n.in) {
        code_.insert(code_.end(), {position_[e.source], position_[e.gates[0]]});
        if (!unit_weights) doubles_.push_back(e.weight.convert_to<double>());
      }
    } else {
      General g{};
      g.f = n.activation;
      g.bias = n.bias.convert_to<double>();
      g.input = input_index[id];
      g.edge_begin = u32(edge_source_.size());
      g.complex_begin = u32(complex_.size());
      for (const Edge& e : n.in) {
        if (e.gates.empty() && e.adders.empty()) {
          edge_source_.push_back(position_[e.source]);
          edge_weight_.push_back(e.weight.convert_to<double>());
        } else {
          ComplexEdge c{position_[e.source], e.weight.convert_to<double>(), 0, 0, 0, 0};
          append_refs(e.gates, c.gate_begin, c.gate_end);
          append_refs(e.adders, c.add_begin, c.add_end);
          complex_.push_back(c);
        }
      }
      g.edge_end = u32(edge_source_.size());
      g.complex_end = u32(complex_.size());
      g.mono_begin = u32(monos_.size());
      for (const MonomialTerm& m : n.monomials) {
        Mono mono{m.coefficient.convert_to<double>(), 0, 0};
        append_refs(m.sources, mono.begin, mono.end);
        monos_.push_back(mono);
      }
      g.mono_end = u32(monos_.size());
      append_refs(n.activation_gates, g.agate_begin, g.agate_end);
      append_refs(n.output_gates, g.ogate_begin, g.ogate_end);
      append_refs(n.output_adders, g.oadd_begin, g.oadd_end);
      append_refs(n.operands, g.operand_begin, g.operand_end);
      if (n.op) {
        g.op_index = u32(ops_.size());
        ops_.push_back(*n.op);
      }
      code_.insert(code_.end(), {kGeneral | f, u32(generals_.size())});
      generals_.push_back(g);
    }
    if (code_.size() != record_start) run_header = SIZE_MAX;  // a non-relay record closes the run
  }
}

void CompiledCircuit::fail(std::uint32_t position, Activation f, double s) const {
  const std::string& name = names_[position];
  if (f == Activation::Log) {
    throw InputError("log unit '" + name + "' has activation " + std::to_string(s) + " <= 0 (outside its domain)");
  }
  if (f == Activation::Boolean) {
    throw InputError("Boolean unit '" + name + "' received operand " + std::to_string(s) + ", expected -1 or +1");
  }
  throw NonStrictError("activation is exactly 0 at " + std::string(activation_name(f)) + " unit '" + name +
                       "' (sign(0) is not defined)");
}

namespace {
// f(S) for a unit at `position`; `fail` reports strictness and domain errors.
template <class Fail>
inline double apply(Activation f, double s, Fail&& fail) {
  switch (f) {
    case Activation::Identity: return s;
    case Activation::Heaviside:
      if (s == 0.0) fail(s);
      return s > 0.0 ? 1.0 : 0.0;
    case Activation::Sign:
      if (s == 0.0) fail(s);
      return s > 0.0 ? 1.0 : -1.0;
    case Activation::Relu: return s > 0.0 ? s : 0.0;
    case Activation::Logistic: return 1.0 / (1.0 + std::exp(-s));
    case Activation::Tanh: return std::tanh(s);
    case Activation::Exp: return std::exp(s);
    case Activation::Log:
      if (!(s > 0.0)) fail(s);
      return std::log(s);
    default: return s;
  }
}
}  // namespace

namespace {
// Sum of term(0..count-1). Long sums use four partial sums so consecutive additions do not
// wait on each other (the chain of dependent additions dominated the attention head); short
// sums are sequential. Either way the result is a correctly rounded sum of the same terms up
// to reassociation, well within the 1e-12 validation tolerance.
template <class Term>
inline double sum_terms(double init, std::uint32_t count, Term&& term) {
  if (count < 8) {
    double s = init;
    for (std::uint32_t k = 0; k < count; ++k) s += term(k);
    return s;
  }
  double a = init, b = 0.0, c = 0.0, d = 0.0;
  std::uint32_t k = 0;
  for (; k + 4 <= count; k += 4) {
    a += term(k);
    b += term(k + 1);
    c += term(k + 2);
    d += term(k + 3);
  }
  for (; k < count; ++k) a += term(k);
  return (a + b) + (c + d);
}
}  // namespace

double CompiledCircuit::general(const General& g, std::uint32_t position, const double* inputs, const double* v) const {
  const std::uint32_t* refs = refs_.data();
  auto prod = [&](std::uint32_t b, std::uint32_t e) {
    double p = 1.0;
    for (std::uint32_t r = b; r < e; ++r) p *= v[refs[r]];
    return p;
  };
  double o;
  if (g.f == Activation::Input) {
    o = inputs[g.input];
  } else if (g.f == Activation::Boolean) {
    std::uint64_t row = 0;
    for (std::uint32_t r = g.operand_begin; r < g.operand_end; ++r) {
      double z = v[refs[r]];
      if (z != 1.0 && z != -1.0) fail(position, g.f, z);
      if (z > 0) row |= std::uint64_t{1} << (r - g.operand_begin);
    }
    o = ops_[g.op_index].row(row) ? 1.0 : -1.0;
  } else {
    double s = g.bias;
    for (std::uint32_t k = g.edge_begin; k < g.edge_end; ++k) s += edge_weight_[k] * v[edge_source_[k]];
    for (std::uint32_t k = g.complex_begin; k < g.complex_end; ++k) {
      const ComplexEdge& c = complex_[k];
      double w = c.weight * prod(c.gate_begin, c.gate_end);
      for (std::uint32_t r = c.add_begin; r < c.add_end; ++r) w += v[refs[r]];
      s += w * v[c.source];
    }
    for (std::uint32_t k = g.mono_begin; k < g.mono_end; ++k) s += monos_[k].coefficient * prod(monos_[k].begin, monos_[k].end);
    s *= prod(g.agate_begin, g.agate_end);
    o = apply(g.f, s, [&](double x) { fail(position, g.f, x); });
  }
  o *= prod(g.ogate_begin, g.ogate_end);
  for (std::uint32_t r = g.oadd_begin; r < g.oadd_end; ++r) o += v[refs[r]];
  return o;
}

void CompiledCircuit::run(const double* inputs, double* v) const {
  const std::uint32_t* pc = code_.data();
  const double* dc = doubles_.data();
  for (std::uint32_t p = 0; p < num_nodes_; ++p) {
    const std::uint32_t h = *pc++;
    const Activation f = static_cast<Activation>((h >> 8) & 0xff);
    const bool unit = h & kUnitWeights;
    auto on_fail = [&](double x) { fail(p, f, x); };
    switch (h & 0xff) {
      case kSum: {
        const std::uint32_t count = *pc++;
        const double bias = *dc++;
        const double* w = unit ? nullptr : dc;
        double s = unit ? sum_terms(bias, count, [&](std::uint32_t k) { return v[pc[k]]; })
                        : sum_terms(bias, count, [&](std::uint32_t k) { return w[k] * v[pc[k]]; });
        if (!unit) dc += count;
        pc += count;
        v[p] = apply(f, s, on_fail);
        break;
      }
      case kRelay: {
        const std::uint32_t count = *pc++;
        double* out = v + p;
        if (unit && f == Activation::Identity) {
          for (std::uint32_t k = 0; k < count; ++k) out[k] = v[pc[2 * k]] * v[pc[2 * k + 1]];
        } else {
          for (std::uint32_t k = 0; k < count; ++k) {
            double s = unit ? v[pc[2 * k]] : *dc++ * v[pc[2 * k]];
            out[k] = apply(f, s, [&](double x) { fail(p + k, f, x); }) * v[pc[2 * k + 1]];
          }
        }
        pc += 2 * count;
        p += count - 1;
        break;
      }
      case kGatedSum: {
        const std::uint32_t count = *pc++;
        const double bias = *dc++;
        const double* w = unit ? nullptr : dc;
        double s = unit ? sum_terms(bias, count, [&](std::uint32_t k) { return v[pc[2 * k + 1]] * v[pc[2 * k]]; })
                        : sum_terms(bias, count, [&](std::uint32_t k) { return w[k] * (v[pc[2 * k + 1]] * v[pc[2 * k]]); });
        if (!unit) dc += count;
        pc += 2 * count;
        v[p] = apply(f, s, on_fail);
        break;
      }
      case kInput:
        v[p] = inputs[*pc++];
        break;
      default:
        v[p] = general(generals_[*pc++], p, inputs, v);
        break;
    }
  }
}

void CompiledCircuit::evaluate_all(std::span<const double> inputs, std::span<double> values) const {
  if (inputs.size() != num_inputs_ || values.size() != num_nodes_) {
    throw InputError("compiled evaluation: " + std::to_string(inputs.size()) + " input values for " +
                     std::to_string(num_inputs_) + " inputs");
  }
  std::vector<double> by_position(num_nodes_);
  run(inputs.data(), by_position.data());
  for (std::size_t id = 0; id < num_nodes_; ++id) values[id] = by_position[position_[id]];
}

void CompiledCircuit::evaluate(std::span<const double> inputs, std::span<double> outputs,
                               std::vector<double>& scratch) const {
  if (inputs.size() != num_inputs_) {
    throw InputError("compiled evaluation: " + std::to_string(inputs.size()) + " input values for " +
                     std::to_string(num_inputs_) + " inputs");
  }
  if (outputs.size() != outputs_.size()) throw InputError("compiled evaluation: wrong number of output slots");
  if (scratch.size() != num_nodes_) scratch.resize(num_nodes_);
  run(inputs.data(), scratch.data());
  for (std::size_t k = 0; k < outputs_.size(); ++k) outputs[k] = scratch[outputs_[k]];
}

std::vector<double> CompiledCircuit::evaluate(std::span<const double> inputs) const {
  std::vector<double> scratch(num_nodes_), out(outputs_.size());
  evaluate(inputs, out, scratch);
  return out;
}

}  // namespace quarks::circuit
