#pragma once
// Exact integers on the GMP backend. bench/bench_bigint.cpp measures it against
// cpp_int: GMP is 2.5x faster printing and 1.6x faster multiply-adding 1000-bit
// values (the M * q products of wide witnesses); cpp_int wins on 60-bit values,
// but hot loops run on int64/int128 tiers there (verify/exhaustive.h), so the
// wide case decides (docs/performance.md). Expression templates are off, so
// `auto x = a + b;` is a value, never a dangling expression.
#include <boost/multiprecision/gmp.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace quarks {

using BigInt = boost::multiprecision::number<boost::multiprecision::gmp_int,
                                             boost::multiprecision::et_off>;

// The one integer grammar of quarks (docs/witness-format.md): 0|-?[1-9][0-9]*.
// No '+', no leading zeros, no "-0", no spaces, no exponent, no hex.
bool is_decimal_integer(std::string_view text);

// Parses a decimal integer of any size in that grammar, in base 10. Throws
// InputError naming `what` on anything else ("010", "+1", "-0", " 1", "1e3").
BigInt parse_bigint(std::string_view text, std::string_view what = "integer");

std::string to_string(const BigInt& value);

// Number of bits of |value| (0 for 0).
unsigned bit_length(const BigInt& value);

// Exact narrowing: the value if it fits, nothing otherwise.
std::optional<std::int64_t> to_int64(const BigInt& value);
std::optional<__int128> to_int128(const BigInt& value);

BigInt from_int128(__int128 value);
std::string int128_to_string(__int128 value);

// Sign of an exact value: -1, 0 or +1.
int signum(const BigInt& value);

}  // namespace quarks
