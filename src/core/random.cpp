#include "core/random.h"

namespace quarks {

std::uint64_t SeededRandom::below(std::uint64_t bound) {
  if (bound <= 1) return 0;
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
  std::uint64_t value;
  do { value = engine_(); } while (value >= limit);
  return value % bound;
}

BigInt SeededRandom::signed_bits(unsigned bits) {
  if (bits == 0) return 0;
  // Magnitude uniform on [0, 2^bits) from whole 64-bit words, then a sign;
  // redraw -0 so each value in the range has the same weight as its negation.
  for (;;) {
    BigInt magnitude = 0;
    unsigned remaining = bits;
    while (remaining > 0) {
      unsigned take = remaining >= 64 ? 64 : remaining;
      std::uint64_t word = engine_();
      if (take < 64) word &= (std::uint64_t{1} << take) - 1;
      magnitude <<= take;
      magnitude += word;
      remaining -= take;
    }
    bool negative = engine_() & 1U;
    if (magnitude == 0 && negative) continue;
    return negative ? BigInt(-magnitude) : magnitude;
  }
}

}  // namespace quarks
