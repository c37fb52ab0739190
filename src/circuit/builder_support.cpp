#include "circuit/builder_support.h"

#include "core/error.h"

namespace quarks::circuit::detail {

void require_size(std::size_t value, const char* what) {
  if (value == 0) throw InputError(std::string(what) + " must be >= 1");
}

std::string idx(std::size_t a) { return "[" + std::to_string(a) + "]"; }
std::string idx(std::size_t a, std::size_t b) { return "[" + std::to_string(a) + "," + std::to_string(b) + "]"; }
std::string idx(std::size_t a, std::size_t b, std::size_t c) {
  return "[" + std::to_string(a) + "," + std::to_string(b) + "," + std::to_string(c) + "]";
}

std::vector<NodeId> add_input_vector(Circuit& c, const std::string& name, std::size_t size) {
  std::vector<NodeId> nodes;
  for (std::size_t i = 0; i < size; ++i) nodes.push_back(c.add_input(name + idx(i), name));
  return nodes;
}

std::vector<std::vector<NodeId>> add_input_matrix(Circuit& c, const std::string& name, std::size_t rows,
                                                  std::size_t cols) {
  std::vector<std::vector<NodeId>> nodes(rows);
  for (std::size_t a = 0; a < rows; ++a) {
    for (std::size_t l = 0; l < cols; ++l) nodes[a].push_back(c.add_input(name + idx(a, l), name + idx(a)));
  }
  return nodes;
}

}  // namespace quarks::circuit::detail
