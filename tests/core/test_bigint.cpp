#include <catch2/catch.hpp>

#include "core/bigint.h"
#include "core/error.h"
#include "core/threshold.h"

using namespace quarks;

TEST_CASE("parse_bigint reads decimal integers of any size", "[bigint]") {
  const std::string huge = "-123456789012345678901234567890123456789012345678901234567890";
  CHECK(to_string(parse_bigint(huge)) == huge);
  CHECK(parse_bigint("+17") == 17);
  CHECK(parse_bigint("0") == 0);
  CHECK(bit_length(parse_bigint("1152921504606846976")) == 61);  // 2^60
}

TEST_CASE("parse_bigint rejects everything that is not a decimal integer", "[bigint]") {
  for (const char* bad : {"", "-", "+", "1e3", "0x10", " 1", "1 ", "1.0", "12a", "--1"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_bigint(bad), InputError);
  }
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
