// Fuzz target: read a witness, then check it with the exhaustive checker
// (src/verify/exhaustive.h), the checker whose `verified` CI trusts. On
// sizes where the naive reference (src/claim/reference.h) is cheap, the two
// must agree: verified means the reference finds no violation, refuted means
// it finds one. Selector claims are also walked in BigInt arithmetic, which
// must give the same verdict as the int64/int128 tier chosen from the bound
// (Theorem 4.3 layer claims alike).
// Any other verdict (error, disagreement) on a claim the reader accepted, or
// any exception, is a bug.
#include <variant>

#include "claim/reference.h"
#include "core/error.h"
#include "fuzz_target.h"
#include "io/witness_json.h"
#include "verify/exhaustive.h"

namespace quarks::fuzz {

namespace {

// Selector claims: the walk is checked up to n = 14, the point-by-point
// reference (2^n evaluations of every gate) up to n = 12.
constexpr std::uint32_t kMaxCheckedN = 14;
constexpr std::uint32_t kMaxReferenceN = 12;

}  // namespace

Outcome fuzz_one(std::string_view input) {
  Witness witness;
  try {
    witness = read_witness_text(input, "fuzz input");
  } catch (const InputError&) {
    return Outcome::rejected;
  }
  const Claim& claim = witness.claim;
  bool compare = true;  // Lemma 5.1/5.2: k+1 points per item, always cheap
  if (const auto* c = std::get_if<SelectorClaim>(&claim)) {
    if (c->n > kMaxCheckedN) return Outcome::accepted;
    compare = c->n <= kMaxReferenceN;
  }
  if (const auto* c = std::get_if<LayerClaim>(&claim)) {  // Theorem 4.3: the same caps
    if (c->n > kMaxCheckedN) return Outcome::accepted;
    compare = c->n <= kMaxReferenceN;
  }
  const CheckReport report = check_exhaustive(claim);
  if (report.verdict != Verdict::verified && report.verdict != Verdict::refuted) {
    fail("the exhaustive checker did not decide a valid claim:", to_string(report.verdict) + ": " + report.reason);
  }
  if (report.verdict == Verdict::refuted && !report.counterexample) fail("a refutation without a counterexample");
  if (std::holds_alternative<SelectorClaim>(claim) || std::holds_alternative<LayerClaim>(claim)) {
    ExhaustiveOptions wide;
    wide.minimum_tier = ArithmeticTier::bigint;
    if (check_exhaustive(claim, wide).verdict != report.verdict) {
      fail("the BigInt walk and the tier chosen from the bound disagree:", to_string(report.verdict));
    }
  }
  if (compare) {
    const auto violation = brute_force_violation(claim);
    if (report.verdict == Verdict::verified && violation) fail("verified, but the reference finds:", *violation);
    if (report.verdict == Verdict::refuted && !violation) fail("refuted, but the reference finds no violation:", report.reason);
  }
  return report.verdict == Verdict::verified ? Outcome::verified : Outcome::refuted;
}

}  // namespace quarks::fuzz
