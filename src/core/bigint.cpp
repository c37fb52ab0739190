#include "core/bigint.h"

#include "core/error.h"

namespace quarks {

bool is_decimal_integer(std::string_view text) {
  std::size_t pos = !text.empty() && text[0] == '-' ? 1 : 0;
  if (pos == text.size()) return false;
  if (text[pos] == '0') return text.size() == pos + 1 && pos == 0;  // "0" only: no "00", "01", "-0"
  for (; pos < text.size(); ++pos) {
    if (text[pos] < '0' || text[pos] > '9') return false;
  }
  return true;
}

BigInt parse_bigint(std::string_view text, std::string_view what) {
  if (!is_decimal_integer(text)) {
    std::string shown(text.substr(0, 40));
    if (text.size() > 40) shown += "...";
    throw InputError(std::string(what) + ": '" + shown + "' is not a decimal integer (0|-?[1-9][0-9]*)");
  }
  // Base 10 explicitly: Boost's string constructor passes base 0 to GMP,
  // which reads a leading 0 as octal ("010" = 8) and "0x" as hex.
  BigInt value;
  const std::string digits(text);
  if (mpz_set_str(value.backend().data(), digits.c_str(), 10) != 0) {
    throw InputError(std::string(what) + ": '" + digits + "' is not a decimal integer");
  }
  return value;
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
