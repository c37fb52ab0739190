#include "render/dot.h"

#include <map>
#include <sstream>
#include <vector>

#include "core/error.h"

namespace quarks::render {

using circuit::Activation;
using circuit::Circuit;
using circuit::Edge;
using circuit::EdgeKind;
using circuit::Node;
using circuit::NodeId;

namespace {

// Edge styles, one per quark (dot.h). Labels are appended separately.
constexpr const char* kSynapse = "color=\"black\"";
constexpr const char* kMultiplex = "style=dashed, color=\"darkgreen\", fontcolor=\"darkgreen\"";
constexpr const char* kOutputGate =
    "label=\"×\", style=bold, color=\"red\", fontcolor=\"red\", arrowhead=dot";
constexpr const char* kSynapseGate =
    "label=\"×\", style=dotted, penwidth=1.5, color=\"blue\", fontcolor=\"blue\", arrowhead=dot";
constexpr const char* kActivationGate =
    "label=\"× S\", style=bold, color=\"purple\", fontcolor=\"purple\", arrowhead=odot";
constexpr const char* kOutputAdder =
    "label=\"+ O\", style=dashed, color=\"orange\", fontcolor=\"orange\", arrowhead=empty";
constexpr const char* kSynapseAdder =
    "label=\"+ w\", style=dashed, color=\"orange\", fontcolor=\"orange\", arrowhead=empty";
constexpr const char* kOperand = "color=\"gray40\", fontcolor=\"gray40\"";
constexpr const char* kMonomialIn = "color=\"gray30\", arrowsize=0.6";

enum Style { synapse, multiplex, output_gate, synapse_gate, activation_gate, output_adder, synapse_adder,
             operand, monomial, style_count };

struct StyleInfo {
  const char* attributes;
  const char* name;
};
constexpr StyleInfo kStyles[style_count] = {
    {kSynapse, "synapse (weight)"},
    {kMultiplex, "multiplexing (weight)"},
    {kOutputGate, "output gating"},
    {kSynapseGate, "synaptic gating"},
    {kActivationGate, "activation gating"},
    {kOutputAdder, "additive output attention"},
    {kSynapseAdder, "additive synaptic attention"},
    {kOperand, "Boolean operand (index)"},
    {kMonomialIn, "monomial factor"},
};

std::string quoted(const std::string& text) { return "\"" + dot_escape(text) + "\""; }

// Lines joined by DOT's "\n" line break, each escaped.
std::string label(const std::vector<std::string>& lines) {
  std::string out = "\"";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += "\\n";
    out += dot_escape(lines[i]);
  }
  return out + "\"";
}

std::string node_id(NodeId id) { return "n" + std::to_string(id); }

const char* kind_attributes(Activation f) {
  switch (f) {
    case Activation::Input: return "shape=box, style=\"rounded,filled\", fillcolor=\"#dbe9f6\"";
    case Activation::Identity:
    case Activation::Relu: return "shape=ellipse, style=filled, fillcolor=\"white\"";
    case Activation::Heaviside:
    case Activation::Sign: return "shape=hexagon, style=filled, fillcolor=\"#fde2c8\"";
    case Activation::Logistic:
    case Activation::Tanh:
    case Activation::Exp:
    case Activation::Log: return "shape=octagon, style=filled, fillcolor=\"#fff6c4\"";
    case Activation::Boolean: return "shape=invtrapezium, style=filled, fillcolor=\"#e3d7f0\"";
  }
  return "shape=ellipse";
}

class Writer {
 public:
  Writer(const Circuit& c, const DotOptions& options) : c_(c), options_(options) {}

  std::string run() {
    out_ << "digraph circuit {\n";
    out_ << "  graph [rankdir=" << options_.rankdir << ", fontname=\"Helvetica\", nodesep=0.25, ranksep=0.6";
    if (!options_.title.empty()) out_ << ", label=" << quoted(options_.title) << ", labelloc=t";
    out_ << "];\n";
    out_ << "  node [fontname=\"Helvetica\", fontsize=10];\n";
    out_ << "  edge [fontname=\"Helvetica\", fontsize=9];\n";
    write_nodes();
    for (NodeId id = 0; id < c_.size(); ++id) write_inputs_of(id);
    if (options_.legend) write_legend();
    out_ << "}\n";
    return out_.str();
  }

 private:
  void write_node(NodeId id, const char* indent) {
    const Node& n = c_.node(id);
    std::vector<std::string> lines{n.name};
    if (n.activation == Activation::Boolean) {
      lines.push_back("boolean " + (n.op ? n.op->describe() : std::string("?")));
    } else {
      std::string kind(circuit::activation_name(n.activation));
      if (n.activation != Activation::Input && n.bias != 0) kind += "  bias " + abbreviate(n.bias, options_.max_digits);
      lines.push_back(kind);
    }
    out_ << indent << node_id(id) << " [label=" << label(lines) << ", " << kind_attributes(n.activation);
    if (is_output_[id]) out_ << ", peripheries=2";
    out_ << "];\n";
  }

  void write_nodes() {
    is_output_.assign(c_.size(), false);
    for (NodeId o : c_.outputs()) is_output_[o] = true;
    std::vector<std::string> groups;  // in order of first node
    std::map<std::string, std::vector<NodeId>> members;
    std::vector<NodeId> loose;
    for (NodeId id = 0; id < c_.size(); ++id) {
      const std::string& g = c_.node(id).group;
      if (!options_.clusters || g.empty()) {
        loose.push_back(id);
        continue;
      }
      auto [it, inserted] = members.try_emplace(g);
      if (inserted) groups.push_back(g);
      it->second.push_back(id);
    }
    for (const std::string& g : groups) {
      out_ << "  subgraph " << quoted("cluster_" + g) << " {\n";
      out_ << "    label=" << quoted(g) << "; style=\"rounded,dashed\"; color=\"gray60\"; fontcolor=\"gray40\";\n";
      for (NodeId id : members[g]) write_node(id, "    ");
      out_ << "  }\n";
    }
    for (NodeId id : loose) write_node(id, "  ");
  }

  void edge(const std::string& from, const std::string& to, Style style, const std::string& text = "",
            const char* extra = nullptr) {
    used_[style] = true;
    out_ << "  " << from << " -> " << to << " [";
    if (!text.empty()) out_ << "label=" << quoted(text) << ", ";
    out_ << kStyles[style].attributes;
    if (extra) out_ << ", " << extra;
    out_ << "];\n";
  }

  void write_inputs_of(NodeId id) {
    const Node& n = c_.node(id);
    const std::string target = node_id(id);
    for (std::size_t i = 0; i < n.in.size(); ++i) {
      const Edge& e = n.in[i];
      Style style = e.kind == EdgeKind::Multiplex ? multiplex : synapse;
      std::string weight = abbreviate(e.weight, options_.max_digits);
      if (e.gates.empty() && e.adders.empty()) {
        edge(node_id(e.source), target, style, weight);
        continue;
      }
      // An attended synapse runs through a point so the attention can reach that synapse alone.
      std::string point = "e" + std::to_string(id) + "_" + std::to_string(i);
      out_ << "  " << point << " [shape=point, width=0.06];\n";
      edge(node_id(e.source), point, style, weight, "arrowhead=none");
      edge(point, target, style);
      for (NodeId g : e.gates) edge(node_id(g), point, synapse_gate);
      for (NodeId a : e.adders) edge(node_id(a), point, synapse_adder);
    }
    for (std::size_t i = 0; i < n.monomials.size(); ++i) {
      const auto& term = n.monomials[i];
      std::string product = "m" + std::to_string(id) + "_" + std::to_string(i);
      out_ << "  " << product << " [label=\"Π\", shape=circle, width=0.3, fixedsize=true, fontsize=9];\n";
      for (NodeId s : term.sources) edge(node_id(s), product, monomial);
      edge(product, target, synapse, abbreviate(term.coefficient, options_.max_digits));
    }
    for (std::size_t j = 0; j < n.operands.size(); ++j) {
      edge(node_id(n.operands[j]), target, operand, std::to_string(j));
    }
    for (NodeId g : n.activation_gates) edge(node_id(g), target, activation_gate);
    for (NodeId g : n.output_gates) edge(node_id(g), target, output_gate);
    for (NodeId a : n.output_adders) edge(node_id(a), target, output_adder);
  }

  void write_legend() {
    out_ << "  subgraph cluster_legend {\n";
    out_ << "    label=\"legend\"; style=\"rounded\"; color=\"gray70\"; fontcolor=\"gray40\";\n";
    for (int s = 0; s < style_count; ++s) {
      if (!used_[s]) continue;
      std::string a = "legend" + std::to_string(s) + "a", b = "legend" + std::to_string(s) + "b";
      out_ << "    " << a << " [shape=point, width=0.05];\n";
      out_ << "    " << b << " [shape=plaintext, fontsize=9, label=" << quoted(kStyles[s].name) << "];\n";
      out_ << "    " << a << " -> " << b << " [" << kStyles[s].attributes << "];\n";
    }
    out_ << "  }\n";
  }

  const Circuit& c_;
  const DotOptions& options_;
  std::ostringstream out_;
  std::vector<bool> is_output_;
  bool used_[style_count] = {};
};

}  // namespace

std::string abbreviate(const BigInt& value, std::size_t max_digits) {
  if (max_digits < 8) throw InputError("weight abbreviation needs max_digits >= 8");
  std::string text = to_string(value);
  std::string sign = value < 0 ? "-" : "";
  std::string digits = text.substr(sign.size());
  if (digits.size() <= max_digits) return text;
  return sign + digits.substr(0, 4) + "…" + digits.substr(digits.size() - 4) + " (" +
         std::to_string(bit_length(value)) + " bits)";
}

std::string dot_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default:
        // Other control characters have no place in a label.
        out += static_cast<unsigned char>(ch) < 0x20 ? ' ' : ch;
    }
  }
  return out;
}

std::string to_dot(const Circuit& c, const DotOptions& options) {
  if (options.rankdir != "LR" && options.rankdir != "RL" && options.rankdir != "TB" && options.rankdir != "BT") {
    throw InputError("rankdir '" + options.rankdir + "' is not one of LR, RL, TB, BT");
  }
  if (options.max_digits < 8) throw InputError("weight abbreviation needs max_digits >= 8");
  return Writer(c, options).run();
}

}  // namespace quarks::render
