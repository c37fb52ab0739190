#include "circuit/reference.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "core/random.h"

namespace quarks::circuit {

double reference_dot(std::span<const double> u, std::span<const double> v) {
  if (u.size() != v.size()) throw InputError("reference_dot: vectors of different lengths");
  double s = 0;
  for (std::size_t i = 0; i < u.size(); ++i) s += u[i] * v[i];
  return s;
}

std::vector<double> reference_softmax(std::span<const double> u) {
  if (u.empty()) throw InputError("reference_softmax: empty vector");
  double top = *std::max_element(u.begin(), u.end());
  std::vector<double> p(u.size());
  double sum = 0;
  for (std::size_t i = 0; i < u.size(); ++i) sum += p[i] = std::exp(u[i] - top);
  for (double& x : p) x /= sum;
  return p;
}

void reference_attention_into(std::size_t m, std::size_t n, const double* Q, const double* K, const double* V,
                              double* row, double* out) {
  for (std::size_t a = 0; a < n; ++a) {
    double top = -INFINITY;
    for (std::size_t b = 0; b < n; ++b) {
      double s = 0;
      for (std::size_t l = 0; l < m; ++l) s += Q[a * m + l] * K[b * m + l];
      row[b] = s;
      top = std::max(top, s);
    }
    double sum = 0;
    for (std::size_t b = 0; b < n; ++b) sum += row[b] = std::exp(row[b] - top);
    for (std::size_t l = 0; l < m; ++l) out[a * m + l] = 0;
    for (std::size_t b = 0; b < n; ++b) {
      double p = row[b] / sum;
      for (std::size_t l = 0; l < m; ++l) out[a * m + l] += p * V[b * m + l];
    }
  }
}

std::vector<double> reference_attention(std::size_t m, std::size_t n, std::span<const double> Q,
                                        std::span<const double> K, std::span<const double> V) {
  if (Q.size() != n * m || K.size() != n * m || V.size() != n * m) {
    throw InputError("reference_attention: Q, K, V must each have n*m entries");
  }
  std::vector<double> row(n), out(n * m);
  reference_attention_into(m, n, Q.data(), K.data(), V.data(), row.data(), out.data());
  return out;
}

std::vector<double> uniform_vector(std::uint64_t seed, std::size_t count, double lo, double hi) {
  SeededRandom rng(seed);
  std::vector<double> x(count);
  for (double& v : x) v = lo + (hi - lo) * (static_cast<double>(rng.next() >> 11) * 0x1p-53);
  return x;
}

}  // namespace quarks::circuit
