#pragma once
// The circuits of src/circuit/builders_*.h by name, for `quarks dot circuit NAME --m M --n N`.
#include <cstddef>
#include <string>
#include <vector>

#include "circuit/circuit.h"

namespace quarks::render {

// Largest m and n accepted: the gated attention head has m n^2 relay units, so 16 gives at most
// a few thousand nodes, about what Graphviz still lays out in seconds.
inline constexpr std::size_t kMaxDotSize = 16;

struct NamedCircuit {
  std::string name;
  std::string description;  // builder and which sizes it uses
};

// Every name, in a fixed order.
const std::vector<NamedCircuit>& named_circuits();

// Builds circuit `name` at sizes m, n (a builder uses only the sizes its description names).
// Throws InputError on an unknown name or a size outside 1..kMaxDotSize.
circuit::Circuit build_named_circuit(const std::string& name, std::size_t m, std::size_t n);

}  // namespace quarks::render
