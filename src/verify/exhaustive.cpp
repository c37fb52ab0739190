#include "verify/exhaustive.h"

#include <bit>
#include <chrono>

#include "claim/reference.h"
#include "core/error.h"

namespace quarks {

namespace {

constexpr CheckMethod kMethod = CheckMethod::exhaustive;

WalkSettings walk_settings(const ExhaustiveOptions& options) {
  WalkSettings w;
  w.minimum_tier = options.minimum_tier;
  w.threads = options.threads;
  w.chunk_points = options.chunk_points;
  return w;
}

void count_walk(const WalkResult& walk, ExhaustiveStats& stats) {
  switch (walk.tier) {
    case ArithmeticTier::int64: ++stats.walks_int64; break;
    case ArithmeticTier::int128: ++stats.walks_int128; break;
    case ArithmeticTier::bigint: ++stats.walks_bigint; break;
  }
  stats.linear_fast_walks += walk.linear_fast;
}

CheckReport refuted(std::string reason, std::string counterexample) {
  CheckReport r;
  r.method = kMethod;
  r.verdict = Verdict::refuted;
  r.reason = std::move(reason);
  r.counterexample = std::move(counterexample);
  return r;
}

CheckReport disagreement(const std::string& where) {
  CheckReport r;
  r.method = kMethod;
  r.verdict = Verdict::disagreement;
  r.reason = "internal disagreement: the exhaustive walk found a violation at " + where +
             " but the reference evaluation finds none there";
  return r;
}

// Lemma 5.1 (Eq. 5.3): two points per item.
CheckReport check_sign_vector(const SignVectorClaim& claim) {
  CheckReport r;
  r.method = kMethod;
  for (std::size_t n = 0; n < claim.items.size(); ++n) {
    const auto& item = claim.items[n];
    for (int zi : {-1, 1}) {
      ++r.points;
      std::uint64_t row = 0;
      for (unsigned j = 0; j < item.op.arity(); ++j) {
        const int z = j == item.index ? zi : item.signs[j];
        row |= static_cast<std::uint64_t>(z > 0) << j;
      }
      if (item.op.row(row) == (item.theta * zi > 0)) continue;
      const std::string where = "item " + std::to_string(n) + ", z_i = " + std::to_string(zi);
      auto text = violation_at(item, zi);
      if (!text) return disagreement(where);
      auto report = refuted("Eq. 5.3 fails for " + where, *text);
      report.points = r.points;
      return report;
    }
  }
  r.verdict = Verdict::verified;
  return r;
}

// Lemma 5.2 (Eq. 5.4): k+1 points per item.
CheckReport check_affine_selector(const AffineSelectorClaim& claim) {
  CheckReport r;
  r.method = kMethod;
  for (std::size_t n = 0; n < claim.items.size(); ++n) {
    const auto& item = claim.items[n];
    for (unsigned i = 0; i <= item.k; ++i) {
      ++r.points;
      BigInt value = item.coefficients[0];
      if (i > 0) value += item.coefficients[i];
      const int expected = i == item.j ? 0 : item.signs[i];
      if (value == expected) continue;
      const std::string where = "item " + std::to_string(n) + ", e_" + std::to_string(i);
      auto text = violation_at(item, i);
      if (!text) return disagreement(where);
      auto report = refuted("Eq. 5.4 fails for " + where, *text);
      report.points = r.points;
      return report;
    }
  }
  r.verdict = Verdict::verified;
  return r;
}

CubePoint selector_prefix(std::uint32_t k, std::uint64_t zmask) {
  return point_from_mask(zmask, k);
}

std::vector<Polynomial> restricted_gates(const SelectorClaim& claim, const CubePoint& z) {
  std::vector<Polynomial> polys;
  polys.reserve(claim.gates.size() + 1);
  for (const auto& g : claim.gates) polys.push_back(g.restrict_prefix(z));
  return polys;
}

CheckReport check_selector(const SelectorClaim& claim, const ExhaustiveOptions& options, ExhaustiveStats& stats) {
  if (auto d = degree_violation(claim)) return refuted("degree bound violated: " + *d, *d);
  CheckReport r;
  r.method = kMethod;
  const std::uint32_t k = claim.k, m = claim.n - claim.k;
  const std::size_t g = claim.gates.size();
  const std::string equation = claim.lemma == SelectorLemma::lemma_5_4 ? "Eq. 5.9" : "Eq. 5.6";

  // Case i at z = e_i (sparse) or z = c_i (dense): gates restricted to x, plus
  // f when the target is an input.
  std::vector<bool> case_point(std::size_t{1} << k, false);
  for (unsigned i = 0; i < claim.cases.size(); ++i) {
    const std::uint64_t zmask = claim.selector == SelectorEncoding::dense
                                    ? std::uint64_t{claim.codes[i]}
                                    : (i == 0 ? 0 : std::uint64_t{1} << (i - 1));
    case_point[zmask] = true;
    const CubePoint z = selector_prefix(k, zmask);
    std::vector<Polynomial> polys = restricted_gates(claim, z);
    const SelectorTarget& target = claim.cases[i];
    const bool input = target.kind == SelectorTarget::Kind::input;
    if (input) polys.push_back(claim.inputs[target.input]);
    // accept[s]: gate sign bits s & (2^g - 1), and bit g = [f > 0] for an input target.
    std::vector<bool> accept(std::size_t{1} << polys.size());
    for (std::size_t s = 0; s < accept.size(); ++s) {
      const bool value = claim.combine.row(s & ((std::size_t{1} << g) - 1));
      const bool expected = input ? (((s >> g) & 1U) != 0) == (target.sign > 0) : target.sign > 0;
      accept[s] = value == expected;
    }
    WalkResult walk = gray_walk(polys, accept, walk_settings(options));
    if (options.corrupt_walk) options.corrupt_walk(walk);
    count_walk(walk, stats);
    r.points += walk.points;
    if (walk.failure) {
      const CubePoint x = point_from_mask(*walk.failure, m);
      const std::string where = "i = " + std::to_string(i) + ", x = " + point_to_string(x);
      auto text = case_violation_at(claim, i, x);
      if (!text) return disagreement(where);
      auto report = refuted(equation + " fails at " + where, *text);
      report.points = r.points;
      return report;
    }
  }

  // Strictness on the rest of {0,1}^n: the selector patterns of the cases
  // were covered above (sparse: 0 and e_i, so only z with two or more ones
  // remain; dense: the unused codes remain).
  if (claim.strict_on_cube) {
    const std::vector<bool> accept(std::size_t{1} << g, true);
    for (std::uint64_t zmask = 0; zmask < (std::uint64_t{1} << k); ++zmask) {
      if (case_point[zmask]) continue;
      const CubePoint z = selector_prefix(k, zmask);
      WalkResult walk = gray_walk(restricted_gates(claim, z), accept, walk_settings(options));
      if (options.corrupt_walk) options.corrupt_walk(walk);
      count_walk(walk, stats);
      r.points += walk.points;
      if (walk.failure) {
        const CubePoint point = point_from_mask(zmask | (*walk.failure << k), claim.n);
        for (std::size_t j = 0; j < g; ++j) {
          if (auto text = strictness_violation_at(claim, j, point)) {
            auto report = refuted("gate not strict at a non-selector point of {0,1}^n", *text);
            report.points = r.points;
            return report;
          }
        }
        return disagreement("point " + point_to_string(point));
      }
    }
  }
  r.verdict = Verdict::verified;
  return r;
}

// phi's acceptance at one code from the walk's sign bits: bit i = [h_i > 0],
// bit m+i = [g_i > 0], then for a used code [h+_c > 0] and [g+_c > 0].
// y_i = h_i g_i = +1 iff the two signs are equal, and the activation
// bias + sum_i w_i y_i is summed exactly: in __int128 when |bias| + sum |w_i|
// < 2^126 (every partial sum is then below it in magnitude), else in BigInt.
// It is a function of the 2m + 2 signs, not a table of 2^(2m+2) entries, so
// m is not limited by the walk (issue 13); gray_walk tabulates it for m <= 7.
SignPredicate layer_acceptance(const LayerClaim& claim, bool used) {
  const std::uint32_t m = claim.m;
  auto bit = [](const std::uint64_t* words, std::size_t j) { return ((words[j >> 6] >> (j & 63)) & 1U) != 0; };
  auto expected = [=](const std::uint64_t* s) { return used && bit(s, 2 * m) == bit(s, 2 * m + 1); };
  BigInt total = abs(claim.output_bias);
  for (const auto& w : claim.output_weights) total += abs(w);
  if (total < (BigInt(1) << 126)) {
    std::vector<__int128> w;
    for (const auto& v : claim.output_weights) w.push_back(*to_int128(v));
    const __int128 bias = *to_int128(claim.output_bias);
    return [=](const std::uint64_t* s) {
      __int128 activation = bias;
      for (std::uint32_t i = 0; i < m; ++i) activation += bit(s, i) == bit(s, m + i) ? w[i] : -w[i];
      return activation != 0 && (activation > 0) == expected(s);
    };
  }
  return [&claim, m, bit, expected](const std::uint64_t* s) {
    BigInt activation = claim.output_bias;
    for (std::uint32_t i = 0; i < m; ++i) {
      if (bit(s, i) == bit(s, m + i)) activation += claim.output_weights[i];
      else activation -= claim.output_weights[i];
    }
    return activation.sign() != 0 && (activation.sign() > 0) == expected(s);
  };
}

// Theorem 4.3 (Eqs. 4.13-4.15): one walk over x^+ per selector code c; the
// codes 0..2^s-1 cover all of {0,1}^n, so strictness of every gate is checked
// on the whole cube. The walk tracks the 2m restricted gates (and the pair's
// two inputs for a used code) and evaluates phi's sign from their signs.
CheckReport check_layer(const LayerClaim& claim, const ExhaustiveOptions& options, ExhaustiveStats& stats) {
  if (auto d = layer_degree_violation(claim)) return refuted("not a layer of LTFs: " + *d, *d);
  CheckReport r;
  r.method = kMethod;
  const std::uint32_t m = claim.m, s = claim.selector_bits(), plus = claim.n - s;
  const SignPredicate used_acceptance = layer_acceptance(claim, true), unused_acceptance = layer_acceptance(claim, false);
  // m <= 7: tables of 2^(2m+2) entries, built once for all codes from phi's
  // sign per product vector y (bit i = [y_i = +1]), as before issue 13.
  // Tabulating the predicate per walk took 11.7 ms at m = 7, n = 8
  // (BM_ExhaustiveLayer), against 0.33 ms with these tables.
  std::vector<bool> used_table, unused_table;
  if (2 * m + 2 <= kMaxTableWalkPolynomials) {
    const std::size_t all = (std::size_t{1} << m) - 1;
    std::vector<int> phi(all + 1);
    for (std::size_t y = 0; y <= all; ++y) {
      BigInt activation = claim.output_bias;
      for (std::uint32_t i = 0; i < m; ++i) {
        if ((y >> i) & 1U) activation += claim.output_weights[i];
        else activation -= claim.output_weights[i];
      }
      phi[y] = activation.sign();
    }
    used_table.resize(std::size_t{1} << (2 * m + 2));
    unused_table.resize(std::size_t{1} << (2 * m));
    for (std::size_t bits = 0; bits < used_table.size(); ++bits) {
      const std::size_t y = ~((bits & all) ^ ((bits >> m) & all)) & all;  // h_i g_i = +1 iff equal signs
      const bool expected = ((bits >> (2 * m)) & 1U) == ((bits >> (2 * m + 1)) & 1U);
      used_table[bits] = phi[y] != 0 && (phi[y] > 0) == expected;
      if (bits < unused_table.size()) unused_table[bits] = phi[y] < 0;
    }
  }
  for (std::uint64_t code = 0; code < (std::uint64_t{1} << s); ++code) {
    const CubePoint prefix = point_from_mask(code, s);
    std::vector<Polynomial> polys;
    polys.reserve(2 * m + 2);
    for (const auto& h : claim.gated) polys.push_back(h.restrict_prefix(prefix));
    for (const auto& g : claim.gating) polys.push_back(g.restrict_prefix(prefix));
    const bool used = code < m;
    if (used) {
      polys.push_back(claim.gated_inputs[code]);
      polys.push_back(claim.gating_inputs[code]);
    }
    WalkResult walk = used_table.empty()
                          ? gray_walk(polys, used ? used_acceptance : unused_acceptance, walk_settings(options))
                          : gray_walk(polys, used ? used_table : unused_table, walk_settings(options));
    if (options.corrupt_walk) options.corrupt_walk(walk);
    count_walk(walk, stats);
    r.points += walk.points;
    if (walk.failure) {
      const CubePoint x = point_from_mask(*walk.failure, plus);
      const std::string where = "x- = " + std::to_string(code) + ", x+ = " + point_to_string(x);
      auto text = layer_violation_at(claim, code, x);
      if (!text) return disagreement(where);
      auto report = refuted("Theorem 4.3 construction (Eq. 4.14 with phi = OR) fails at " + where, *text);
      report.points = r.points;
      return report;
    }
  }
  r.verdict = Verdict::verified;
  return r;
}

}  // namespace

CheckReport check_exhaustive(const Claim& claim, const ExhaustiveOptions& options) {
  ExhaustiveStats stats;
  return check_exhaustive(claim, options, stats);
}

CheckReport check_exhaustive(const Claim& claim, const ExhaustiveOptions& options, ExhaustiveStats& stats) {
  if (const auto* c = std::get_if<SelectorClaim>(&claim); c && c->n > kMaxExhaustiveVariables) {
    throw InputError("n = " + std::to_string(c->n) + " exceeds the exhaustive limit of " +
                     std::to_string(kMaxExhaustiveVariables) + " variables");
  }
  if (const auto* c = std::get_if<LayerClaim>(&claim); c && c->n > kMaxExhaustiveVariables) {
    throw InputError("n = " + std::to_string(c->n) + " exceeds the exhaustive limit of " +
                     std::to_string(kMaxExhaustiveVariables) + " variables");
  }
  validate(claim);
  const auto start = std::chrono::steady_clock::now();
  CheckReport report;
  if (const auto* c = std::get_if<SignVectorClaim>(&claim)) report = check_sign_vector(*c);
  else if (const auto* c = std::get_if<AffineSelectorClaim>(&claim)) report = check_affine_selector(*c);
  else if (const auto* c = std::get_if<LayerClaim>(&claim)) report = check_layer(*c, options, stats);
  else report = check_selector(std::get<SelectorClaim>(claim), options, stats);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace quarks
