#pragma once
// Deterministic randomness: the same seed gives the same witness on every
// platform. std::mt19937_64's sequence is fixed by the C++ standard, but the
// std:: distributions are not, so the distributions here are our own.
#include <cstdint>
#include <random>

#include "core/bigint.h"

namespace quarks {

class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : engine_(seed) {}
  std::uint64_t next() { return engine_(); }
  // Uniform on [0, bound), bound >= 1, by rejection (no modulo bias).
  std::uint64_t below(std::uint64_t bound);
  // Uniform on [-(2^bits - 1), 2^bits - 1], bits in 0..4096.
  BigInt signed_bits(unsigned bits);

 private:
  std::mt19937_64 engine_;
};

}  // namespace quarks
