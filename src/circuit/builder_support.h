#pragma once
// Shared by the circuit builders (builders_sm.cpp, builders_gated.cpp): node
// names, size checks and input vectors/matrices, so both families name and
// lay out their inputs identically.
#include <string>
#include <vector>

#include "circuit/circuit.h"

namespace quarks::circuit::detail {

// Throws InputError unless value >= 1.
void require_size(std::size_t value, const char* what);

// "[a]", "[a,b]", "[a,b,c]": index suffixes of node names.
std::string idx(std::size_t a);
std::string idx(std::size_t a, std::size_t b);
std::string idx(std::size_t a, std::size_t b, std::size_t c);

// Inputs name[0..size-1], all in group `name`.
std::vector<NodeId> add_input_vector(Circuit& c, const std::string& name, std::size_t size);
// Inputs name[a,l] for a < rows, l < cols; row a is the group name[a] (one token's vector).
std::vector<std::vector<NodeId>> add_input_matrix(Circuit& c, const std::string& name, std::size_t rows,
                                                  std::size_t cols);

}  // namespace quarks::circuit::detail
