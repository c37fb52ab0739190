// Slow tier (ctest -L slow): the larger censuses and the sampled cross-checks.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "count/brute_force.h"
#include "count/census.h"
#include "count/replay.h"
#include "count/symmetry.h"
#include "count/tables.h"
#include "scratch.h"

using namespace quarks::count;
using namespace quarks::testing;

TEST_CASE("census of T(7,1) equals OEIS A000609 and its certificates re-check", "[count][slow]") {
  const fs::path dir = fresh_scratch_dir("ltf7");
  CensusOptions o;
  o.threads = 2;
  o.certificate_dir = dir.string();
  const auto r = run_census(CensusClass{CensusKind::regular_ltf, 7, 1}, o);
  CHECK(to_decimal(r.count) == "8378070864");
  CHECK(r.leaves == 29375);  // A003184
  write_certificate_summary(dir.string(), r);
  const auto check = verify_certificates(dir.string());
  CHECK(check.ok);
  CHECK(check.count == r.count);
}

TEST_CASE("census of T(4,d) equals brute force for d = 1..4, and the exact engines agree", "[count][slow]") {
  for (std::uint32_t d = 1; d <= 4; ++d) {
    CensusOptions o;
    o.threads = 2;
    const auto r = run_census(CensusClass{CensusKind::ptf, 4, d}, o);
    INFO("d = " << d);
    CHECK(r.count == brute_force_count(4, d, LpEngine::float_certified));
    if (d == 2) {
      for (auto engine : {LpEngine::cdd_exact, LpEngine::glpk_exact}) {
        o.engine = engine;
        CHECK(run_census(CensusClass{CensusKind::ptf, 4, d}, o).count == r.count);
      }
    }
  }
}

TEST_CASE("random samples at n = 5, 6: exact LP membership agrees with the expanded census", "[count][slow]") {
  std::mt19937_64 rng(20261123);
  for (std::uint32_t n = 5; n <= 6; ++n) {
    const auto tables = all_ltf_tables(n, 2);
    const std::uint32_t pts = 1u << n;
    const std::uint64_t mask = low_bits(pts);
    LpStatistics stats;
    int members = 0;
    for (int trial = 0; trial < 2000; ++trial) {
      std::uint64_t f = 0;
      if (trial % 2 == 0) {
        f = rng() & mask;  // a random function: almost never an LTF
      } else {
        // A random LTF: integer weights in [-20, 20], threshold off the lattice by 1/2.
        std::int64_t w[6];
        for (std::uint32_t i = 0; i < n; ++i) w[i] = static_cast<std::int64_t>(rng() % 41) - 20;
        const std::int64_t t = static_cast<std::int64_t>(rng() % 61) - 30;
        for (std::uint32_t x = 0; x < pts; ++x) {
          std::int64_t s = 0;
          for (std::uint32_t i = 0; i < n; ++i) s += ((x >> i) & 1) * w[i];
          if (2 * s > 2 * t + 1) f |= std::uint64_t{1} << x;
        }
      }
      const bool in = std::binary_search(tables.begin(), tables.end(), f);
      REQUIRE(in == is_threshold_function(n, 1, f, LpEngine::float_certified, stats));
      members += in;
    }
    CHECK(members >= 1000);  // every odd trial is an LTF
  }
}
