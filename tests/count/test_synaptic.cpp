#include <catch2/catch.hpp>

#include <set>

#include "core/error.h"
#include "count/brute_force.h"
#include "count/census.h"
#include "count/certificate.h"
#include "count/synaptic.h"
#include "count/tables.h"

using namespace quarks::count;

namespace {

// The plain definition: every gate g in T(n;1) (over all n inputs, no
// restriction to x_0 = 1, no symmetry) and every function F, one exact LP
// over the features (x_0 g(x), x_1, ..., x_{n-1}).
std::uint64_t synaptic_reference(std::uint32_t n, quarks::GateEncoding encoding) {
  const bool pm1 = encoding == quarks::GateEncoding::plus_minus_one;
  const std::uint32_t pts = 1u << n;
  std::set<std::uint64_t> members;
  LpStatistics stats;
  for (std::uint64_t g : all_ltf_tables(n)) {
    for (std::uint64_t f = 0; f < (std::uint64_t{1} << pts); ++f) {
      InequalitySystem s;
      s.columns = n + 1;
      std::vector<std::int32_t> a(n + 1);
      for (std::uint32_t x = 0; x < pts; ++x) {
        const std::int32_t sign = (f >> x) & 1 ? 1 : -1;
        const std::int32_t gate = (g >> x) & 1 ? 1 : (pm1 ? -1 : 0);
        a[0] = sign * static_cast<std::int32_t>(x & 1) * gate;
        for (std::uint32_t i = 1; i < n; ++i) a[i] = sign * static_cast<std::int32_t>((x >> i) & 1);
        a[n] = -sign;
        s.add_row(a.data(), 1);
      }
      if (decide(s, LpEngine::float_certified, stats).feasible) members.insert(f);
    }
  }
  return members.size();
}

}  // namespace

TEST_CASE("single-weight synaptic gating equals the plain definition for n = 2, 3", "[count][synaptic]") {
  for (auto encoding : {quarks::GateEncoding::zero_one, quarks::GateEncoding::plus_minus_one}) {
    for (std::uint32_t n = 2; n <= 3; ++n) {
      INFO("n = " << n << " " << quarks::encoding_word(encoding));
      const auto r = synaptic_count(n, encoding, 2);
      CHECK(r.count == synaptic_reference(n, encoding));
      CHECK(r.decisions > 0);
    }
  }
}

TEST_CASE("single-weight synaptic gating contains T(n,1) and stays below all functions", "[count][synaptic]") {
  for (std::uint32_t n = 2; n <= 4; ++n) {
    const auto r = synaptic_count(n, quarks::GateEncoding::zero_one, 2);
    // At n = 2 the gate adds nothing (XOR needs w_1 > t > w_1); from n = 3 it adds functions.
    if (n == 2) {
      CHECK(r.count == all_ltf_tables(n).size());
    } else {
      CHECK(r.count > all_ltf_tables(n).size());
    }
    CHECK(r.count <= (std::uint64_t{1} << (1u << n)));
    CHECK(r.gates == std::vector<std::uint64_t>{0, 0, 3, 5, 10}[n]);  // regular functions of n - 1 inputs
  }
  CHECK_THROWS_AS(synaptic_count(1, quarks::GateEncoding::zero_one, 1), quarks::InputError);
  CHECK_THROWS_AS(synaptic_count(6, quarks::GateEncoding::zero_one, 1), quarks::InputError);
}
