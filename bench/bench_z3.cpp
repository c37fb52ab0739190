// Z3 check of Lemma 5.4 claims built by the paper's construction (Eqs. 5.5,
// 5.8, 5.11) for B = AND, k = 1, with 60-bit coefficients.
// Targets: linear n = 256 <= 5 s, n = 1024 <= 60 s; degree 2 n = 64 <= 30 s.
//
// Two variants of each claim, registered side by side so that one run
// compares them under the same load (docs/performance.md):
//   parents_only  the claim's own obligations (cases, strictness), each
//                 encoded and solved as check_z3 does: the check before bound
//                 companions existed;
//   check_z3      the whole check, every implied-bound companion included.
//
// And the limit of docs/performance.md, degree 2 with the exact minimal M
// (quarks witness composition --op XOR --degree 2 --seed 1 --n N): the whole
// check on one thread without cube splitting (as before it existed), with
// cube splitting on one thread, and with cube splitting on two threads.
#include <benchmark/benchmark.h>

#include "core/random.h"
#include "smt/encode.h"
#include "smt/solver.h"
#include "smt/z3_checker.h"
#include "witness/composition.h"

namespace {

using namespace quarks;
using namespace quarks::smt;

// Random p over m variables, degree <= d: odd constant and even other
// coefficients, so p is odd (never 0) on the cube.
Polynomial random_polynomial(SeededRandom& rng, std::uint32_t m, int d) {
  std::vector<Term> terms;
  terms.push_back({{}, rng.signed_bits(59) * 2 + 1});
  for (std::uint32_t a = 0; a < m; ++a) {
    terms.push_back({{a}, rng.signed_bits(59) * 2});
    if (d >= 2) {
      for (std::uint32_t b = a + 1; b < m; ++b) terms.push_back({{a, b}, rng.signed_bits(59) * 2});
    }
  }
  return Polynomial::from_terms(m, std::move(terms));
}

// AND, k = 1: Lemma 5.1 gives theta_0 = theta_1 = +1 and theta_01 = theta_10 = +1.
// q_0(z) = theta_10 z_1 and q_1(z) = theta_01 - theta_01 z_1 (Lemma 5.2, Eq. 5.5);
// F_j(z + x) = M_j q_j(z) + theta_j p_j(x) with M_j > max |p_j| (Eq. 5.8).
SelectorClaim and_claim(std::uint32_t n, int d, std::uint64_t seed) {
  SeededRandom rng(seed);
  SelectorClaim claim;
  claim.lemma = SelectorLemma::lemma_5_4;
  claim.n = n;
  claim.k = 1;
  claim.combine = BooleanOperator::parse("AND");
  for (unsigned j = 0; j < 2; ++j) {
    Polynomial p = random_polynomial(rng, n - 1, d);
    BigInt M = p.box_bound() + 1;
    Polynomial q = j == 0 ? Polynomial::from_terms(1, {{{0}, 1}}) : Polynomial::from_terms(1, {{{}, 1}, {{0}, -1}});
    Polynomial F(n);
    F.add_shifted(q, 0, M);
    F.add_shifted(p, 1, 1);
    claim.gates.push_back(F);
    claim.degree_bounds.push_back(d);
    claim.inputs.push_back(p);
    claim.cases.push_back({SelectorTarget::Kind::input, 1, j});
  }
  return claim;
}

// check_z3 once per iteration; skips with an error unless verified.
void time_check_z3(benchmark::State& state, const Claim& claim, const SmtOptions& options) {
  for (auto _ : state) {
    CheckReport report = check_z3(claim, options);
    if (report.verdict != Verdict::verified) {
      state.SkipWithError(("expected verified, got " + to_string(report.verdict) + ": " + report.reason).c_str());
      break;
    }
    state.counters["obligations"] = static_cast<double>(report.obligations);
  }
}

void check_z3_run(benchmark::State& state, int d) {
  SmtOptions options;
  options.timeout_seconds = 300;
  time_check_z3(state, and_claim(static_cast<std::uint32_t>(state.range(0)), d, 42), options);
}

void parents_only_run(benchmark::State& state, int d) {
  const Claim claim = and_claim(static_cast<std::uint32_t>(state.range(0)), d, 42);
  smt::SolverSettings settings;
  settings.timeout_ms = 300000;
  for (auto _ : state) {
    double obligations = 0;
    for (const auto& plan : smt::plan_obligations(claim)) {
      if (plan.kind == smt::ObligationPlan::Kind::implied_bound) continue;
      const smt::SolveResult r = smt::solve_smt2(smt::encode_obligation(claim, plan), settings);
      if (r.status != smt::SolveStatus::unsat) {
        state.SkipWithError((plan.name + ": expected unsat, got " + smt::to_string(r.status)).c_str());
        return;
      }
      ++obligations;
    }
    state.counters["obligations"] = obligations;
  }
}

// XOR, degree 2, exact minimal M, 16-bit coefficients, seed 1 (the docs table).
void xor_exact_run(benchmark::State& state, bool cube_split, unsigned threads) {
  const auto n = static_cast<std::uint32_t>(state.range(0));
  const Claim claim = random_composition_witness(BooleanOperator::parse("XOR"), n, {2, 2}, 1, 16).claim;
  SmtOptions options;
  options.timeout_seconds = 120;
  options.cube_free_variables = cube_split ? kCubeFreeVariables : kNoCubeSplit;
  options.threads = threads;
  time_check_z3(state, claim, options);
}

void BM_z3_xor_exact_unsplit_1thread(benchmark::State& state) { xor_exact_run(state, false, 1); }
void BM_z3_xor_exact_split_1thread(benchmark::State& state) { xor_exact_run(state, true, 1); }
void BM_z3_xor_exact_split_2threads(benchmark::State& state) { xor_exact_run(state, true, 2); }

void BM_z3_linear_parents_only(benchmark::State& state) { parents_only_run(state, 1); }
void BM_z3_linear_check_z3(benchmark::State& state) { check_z3_run(state, 1); }
void BM_z3_quadratic_parents_only(benchmark::State& state) { parents_only_run(state, 2); }
void BM_z3_quadratic_check_z3(benchmark::State& state) { check_z3_run(state, 2); }

BENCHMARK(BM_z3_linear_parents_only)->Arg(256)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_z3_linear_check_z3)->Arg(256)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_z3_linear_parents_only)->Arg(1024)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_z3_linear_check_z3)->Arg(1024)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_z3_quadratic_parents_only)->Arg(64)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_z3_quadratic_check_z3)->Arg(64)->Unit(benchmark::kMillisecond)->Iterations(1);

// Unsplit, n = 14 takes most of a minute and n = 16 runs past the 120 s budget, so it runs only at 12 and 14.
BENCHMARK(BM_z3_xor_exact_unsplit_1thread)->Arg(12)->Arg(14)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_z3_xor_exact_split_1thread)->DenseRange(12, 20, 2)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_z3_xor_exact_split_2threads)->DenseRange(12, 20, 2)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
