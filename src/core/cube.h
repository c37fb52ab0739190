#pragma once
// The Boolean cube. Inputs of every gate live in {0,1}^n (bit 1 = input on);
// outputs of threshold gates and Boolean operators live in {-1,+1} with
// +1 = true (to_pm1 maps a bit to that sign).
#include <cstdint>
#include <string>
#include <vector>

namespace quarks {

// A point of {0,1}^n, coordinate v = variable v (0-based).
using CubePoint = std::vector<std::uint8_t>;

inline int to_pm1(bool bit) { return bit ? 1 : -1; }  // 1 -> +1, 0 -> -1

// Point from the low n bits of `mask` (bit v = x_v); requires n <= 64.
CubePoint point_from_mask(std::uint64_t mask, unsigned n);
// "0110..." with x_0 first.
std::string point_to_string(const CubePoint& point);

// Reflected Gray code over {0,1}^m: step t and t + 1 differ in bit ctz(t + 1)
// only, so consecutive points differ in exactly one coordinate.
inline std::uint64_t gray_code(std::uint64_t step) { return step ^ (step >> 1); }

}  // namespace quarks
