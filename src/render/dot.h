#pragma once
// Graphviz DOT text for circuit.h circuits. Every quark of Table 1 has its own edge style:
//   synapse                    solid black, label = weight
//   multiplexing               dashed dark green, label = weight (additive activation attention)
//   output gating              bold red, arrowhead "dot", label "×", gating node -> gated node
//                              (Fig. 2 left: the product reaches every target of the gated node)
//   synaptic gating            the gated synapse i -> k runs through a small point; a dotted
//                              blue edge, arrowhead "dot", label "×", goes from the gating node
//                              to that point (Fig. 2 right: only this synapse is multiplied)
//   activation gating          bold purple, arrowhead "odot", label "× S"
//   additive output attention  dashed orange, arrowhead "empty", label "+ O"
//   additive synaptic att.     dashed orange to the synapse's point, label "+ w"
// Monomial terms (degree >= 2) are small "Π" nodes with the coefficient on their out-edge;
// Boolean operands are grey edges labelled with their argument index.
// Node shape by kind: input box, linear (identity, relu) ellipse, threshold (heaviside, sign)
// hexagon, analytic (exp, log, logistic, tanh) octagon, Boolean invtrapezium; outputs have a
// double border. Output is deterministic: nodes in id order, groups in order of first node.
#include <cstddef>
#include <string>

#include "circuit/circuit.h"
#include "core/bigint.h"

namespace quarks::render {

struct DotOptions {
  std::string title;              // graph label; none if empty
  bool clusters = true;           // non-empty groups as subgraph cluster_<group>
  bool legend = false;            // a legend of the edge styles that occur
  std::size_t max_digits = 12;    // longer weights are abbreviated
  std::string rankdir = "LR";     // LR, RL, TB or BT
};

// The decimal text of `value`, or, with more than max_digits digits, the first and last four
// digits and the bit length: "1234…5678 (61 bits)" (sign kept). max_digits must be >= 8.
std::string abbreviate(const BigInt& value, std::size_t max_digits = 12);

// Escapes text for a double-quoted DOT string: backslash, quote, newlines ("\n" is a DOT
// line break inside labels).
std::string dot_escape(const std::string& text);

// Throws InputError on a bad rankdir or max_digits < 8.
std::string to_dot(const circuit::Circuit& c, const DotOptions& options = {});

}  // namespace quarks::render
