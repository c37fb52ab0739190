#pragma once
// How a gate's output enters a product (Sec. 4.2): 0/1 outputs make the
// product f·g an AND, ±1 outputs (true = +1) make it XNOR. The same choice
// fixes what a closed synaptic gate contributes (0 or −w, journal Prop 6.9).
#include <string>

namespace quarks {

enum class GateEncoding { zero_one, plus_minus_one };

// "01" or "pm1", the words of the CLI, of certificate files and of docs/capacity.md.
std::string encoding_word(GateEncoding encoding);
// Throws InputError naming both words otherwise; `what` names the field ("--encoding").
GateEncoding parse_encoding_word(const std::string& word, const std::string& what);

}  // namespace quarks
