#include "core/cube.h"

namespace quarks {

CubePoint point_from_mask(std::uint64_t mask, unsigned n) {
  CubePoint point(n);
  for (unsigned v = 0; v < n; ++v) point[v] = static_cast<std::uint8_t>((mask >> v) & 1U);
  return point;
}

std::string point_to_string(const CubePoint& point) {
  std::string text;
  text.reserve(point.size());
  for (auto bit : point) text.push_back(bit ? '1' : '0');
  return text;
}

}  // namespace quarks
