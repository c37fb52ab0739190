#include <catch2/catch.hpp>

#include "core/bigint.h"
#include "core/error.h"
#include "core/threshold.h"

using namespace quarks;

TEST_CASE("parse_bigint reads decimal integers of any size", "[bigint]") {
  const std::string huge = "-123456789012345678901234567890123456789012345678901234567890";
  CHECK(to_string(parse_bigint(huge)) == huge);
  CHECK(parse_bigint("-17") == -17);
  CHECK(parse_bigint("0") == 0);
  CHECK(bit_length(parse_bigint("1152921504606846976")) == 61);  // 2^60
}

TEST_CASE("parse_bigint rejects everything that is not a decimal integer", "[bigint]") {
  for (const char* bad : {"", "-", "+", "1e3", "0x10", " 1", "1 ", "1.0", "12a", "--1"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_bigint(bad), InputError);
  }
}

TEST_CASE("the integer grammar is 0|-?[1-9][0-9]*, read in base 10", "[bigint]") {
  // Boost's string constructor reads "010" as octal 8: a witness whose gate
  // constant was "010" was verified by both checkers while false in decimal.
  for (const char* bad : {"010", "+10", "08", "-0", "00", " 1", "1 ", "1e3", "0x10", "", "-", "+", "1.0", "--1",
                          "-00", "0b1", "\t1", "1\n"}) {
    CAPTURE(bad);
    CHECK_FALSE(is_decimal_integer(bad));
    CHECK_THROWS_AS(parse_bigint(bad), InputError);
  }
  for (const char* good : {"0", "7", "-7", "10", "-10", "1000000000000000000000"}) {
    CAPTURE(good);
    CHECK(is_decimal_integer(good));
    CHECK(to_string(parse_bigint(good)) == good);
  }
  CHECK(parse_bigint("10") == 10);  // not 8, not 16
  std::string digits(5000, '7');
  digits[0] = '9';
  CHECK(to_string(parse_bigint(digits)) == digits);
  CHECK(to_string(parse_bigint("-" + digits)) == "-" + digits);
}

TEST_CASE("machine-integer narrowing is exact or refused", "[bigint]") {
  CHECK(to_int64(parse_bigint("9223372036854775808")) == std::nullopt);  // 2^63 does not fit
  CHECK(to_int64(parse_bigint("9223372036854775807")).value() == INT64_MAX);
  CHECK(to_int64(parse_bigint("4611686018427387903")).value() == 4611686018427387903LL);
  CHECK(to_int64(parse_bigint("-4611686018427387903")).value() == -4611686018427387903LL);
  const BigInt big = parse_bigint("-42535295865117307932921825928971026431");  // -(2^125 - 1)
  REQUIRE(to_int128(big).has_value());
  CHECK(from_int128(*to_int128(big)) == big);
  CHECK(to_int128(parse_bigint("170141183460469231731687303715884105727")) == std::nullopt);  // 2^127-1
}

TEST_CASE("strict_sign never assigns a value to sign(0)", "[threshold]") {
  CHECK(strict_sign(BigInt(5), "p") == 1);
  CHECK(strict_sign(BigInt(-5), "p") == -1);
  CHECK_THROWS_AS(strict_sign(BigInt(0), "p"), NonStrictError);
  CHECK_THROWS_AS(strict_heaviside(BigInt(0), "p"), NonStrictError);
  CHECK(strict_heaviside(BigInt(-1), "p") == 0);
}
