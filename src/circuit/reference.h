#pragma once
// Direct references for the circuits of builders_*.h: plain loops, no circuit involved.
// Matrices are n x m, row-major, as the attention builders' input layout.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace quarks::circuit {

double reference_dot(std::span<const double> u, std::span<const double> v);
// Numerically stable: exp(u_i - max u) / sum_j exp(u_j - max u).
std::vector<double> reference_softmax(std::span<const double> u);
// out[a][l] = sum_b softmax_b(Q_a . K_b) V[b][l].
std::vector<double> reference_attention(std::size_t m, std::size_t n, std::span<const double> Q,
                                        std::span<const double> K, std::span<const double> V);
// Same, writing into `out` (n*m) using `row` (n) as scratch: no allocation (for benchmarks).
void reference_attention_into(std::size_t m, std::size_t n, const double* Q, const double* K, const double* V,
                              double* row, double* out);

// Uniform doubles on [lo, hi) from a seeded generator (our own mapping of 53 random bits).
std::vector<double> uniform_vector(std::uint64_t seed, std::size_t count, double lo, double hi);

}  // namespace quarks::circuit
