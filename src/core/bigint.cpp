#include "core/bigint.h"

#include "core/error.h"

namespace quarks {

BigInt parse_bigint(std::string_view text, std::string_view what) {
  std::size_t pos = 0;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) pos = 1;
  if (pos == text.size()) {
    throw InputError(std::string(what) + ": '" + std::string(text) + "' is not a decimal integer");
  }
  for (std::size_t i = pos; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') {
      throw InputError(std::string(what) + ": '" + std::string(text) + "' is not a decimal integer");
    }
  }
  // GMP rejects a leading '+', so strip it.
  std::string digits(text.substr(text[0] == '+' ? 1 : 0));
  return BigInt(digits);
}

std::string to_string(const BigInt& value) { return value.str(); }

unsigned bit_length(const BigInt& value) {
  if (value == 0) return 0;
  return static_cast<unsigned>(boost::multiprecision::msb(boost::multiprecision::abs(value))) + 1;
}

std::optional<std::int64_t> to_int64(const BigInt& value) {
  if (bit_length(value) > 63) return std::nullopt;
  return value.convert_to<std::int64_t>();
}

std::optional<__int128> to_int128(const BigInt& value) {
  if (bit_length(value) > 126) return std::nullopt;
  // Split into two 63-bit halves so no conversion can overflow.
  BigInt magnitude = boost::multiprecision::abs(value);
  BigInt low_part = magnitude & BigInt((std::uint64_t{1} << 63) - 1);
  BigInt high_part = magnitude >> 63;
  __int128 result = (static_cast<__int128>(high_part.convert_to<std::int64_t>()) << 63) +
                    low_part.convert_to<std::int64_t>();
  return value < 0 ? -result : result;
}

BigInt from_int128(__int128 value) {
  bool negative = value < 0;
  unsigned __int128 magnitude = negative ? -static_cast<unsigned __int128>(value)
                                         : static_cast<unsigned __int128>(value);
  BigInt result = BigInt(static_cast<std::uint64_t>(magnitude >> 64));
  result <<= 64;
  result += BigInt(static_cast<std::uint64_t>(magnitude));
  return negative ? BigInt(-result) : result;
}

std::string int128_to_string(__int128 value) { return to_string(from_int128(value)); }

int signum(const BigInt& value) { return value.sign(); }

}  // namespace quarks
