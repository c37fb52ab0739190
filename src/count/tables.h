#pragma once
// The classes T(n;1) and T(n;d) as complete, sorted lists of truth tables
// (bit p of a table is f(p)), from the census: the leaves expanded over their
// symmetries, checked against the census count. Input of the set classes
// (operator_classes.h, composed.h) and of the synaptic gates' tests.
#include <cstdint>
#include <vector>

namespace quarks::count {

// T(n;1), n <= 6: the regular leaves under every permutation and negation of the inputs.
std::vector<std::uint64_t> all_ltf_tables(std::uint32_t n, unsigned threads = 1);
// T(n;d), n <= 4: the leaves (f(0) = 0) and their complements.
std::vector<std::uint64_t> all_ptf_tables(std::uint32_t n, std::uint32_t degree, unsigned threads = 1);

}  // namespace quarks::count
