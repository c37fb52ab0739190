// Lemma 5.4 for an operator and inputs of your own, through the installed
// quarks library: build the witness, write it and read it back as any witness
// file is read, check it exhaustively and with Z3, and print the verdict. A
// copy with one gate negated must be refuted, with a counterexample.
// Exit 0 iff both come out so.
#include <iostream>
#include <string>
#include <vector>

#include "claim/coverage.h"
#include "claim/verdict.h"
#include "core/boolean_operator.h"
#include "core/error.h"
#include "io/witness_json.h"
#include "smt/z3_checker.h"
#include "verify/exhaustive.h"
#include "witness/composition.h"

namespace {

// c0 + sum_v c[v] x_v on `variables` variables.
quarks::Polynomial linear(std::uint32_t variables, int c0, const std::vector<int>& c) {
  std::vector<quarks::Term> terms{{{}, quarks::BigInt(c0)}};
  for (std::uint32_t v = 0; v < c.size(); ++v) terms.push_back({{v}, quarks::BigInt(c[v])});
  return quarks::Polynomial::from_terms(variables, terms);
}

quarks::Verdict check_both_ways(const quarks::Claim& claim) {
  quarks::smt::SmtOptions z3;
  z3.timeout_seconds = 60;
  const std::vector<quarks::CheckReport> reports{quarks::check_exhaustive(claim), quarks::smt::check_z3(claim, z3)};
  for (const auto& r : reports) {
    std::cout << "  " << to_string(r.method) << ": " << to_string(r.verdict);
    if (!r.reason.empty()) std::cout << " (" << r.reason << ")";
    std::cout << "\n";
    if (r.counterexample) std::cout << "    counterexample: " << *r.counterexample << "\n";
  }
  const quarks::Verdict verdict = quarks::overall_verdict(reports);
  std::cout << "  verdict: " << to_string(verdict) << " (" << quarks::coverage(claim).text << ")\n";
  return verdict;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::string file = argc > 1 ? argv[1] : "my-operator.json";
    // B(z0, z1, z2) = z0 XOR (z1 AND z2), row t: z_j = +1 iff bit j of t is 1.
    const auto op = quarks::BooleanOperator::parse("tt:01010110");
    // Three linear threshold functions of 4 variables; odd constants and even
    // weights keep every value odd, so none is ever 0 (strict, as required).
    const std::vector<quarks::Polynomial> f{linear(4, 1, {2, -4, 2, -2}), linear(4, -3, {2, 2, 2, 2}),
                                            linear(4, 5, {-2, -2, -2, -2})};
    const std::uint32_t n = 4 + op.arity() - 1;  // k = 2 selector variables, then x
    quarks::write_witness_file(quarks::composition_witness(op, f, n, {1, 1, 1}), file);

    const quarks::Witness witness = quarks::read_witness_file(file);
    std::cout << "Lemma 5.4 for B = " << op.describe() << ", n = " << n << " (" << file << "):\n";
    const quarks::Verdict good = check_both_ways(witness.claim);

    quarks::Claim corrupted = witness.claim;
    auto& gate = std::get<quarks::SelectorClaim>(corrupted).gates[0];
    std::vector<quarks::Term> negated;
    for (const auto& t : gate.terms()) negated.push_back({t.monomial, quarks::BigInt(-t.coefficient)});
    gate = quarks::Polynomial::from_terms(gate.num_variables(), negated);
    std::cout << "the same with F_0 negated:\n";
    const quarks::Verdict bad = check_both_ways(corrupted);

    const bool as_expected = good == quarks::Verdict::verified && bad == quarks::Verdict::refuted;
    std::cout << (as_expected ? "as expected: verified, then refuted\n" : "NOT as expected\n");
    return as_expected ? 0 : 1;
  } catch (const quarks::InputError& e) {
    std::cerr << "check_my_operator: " << e.what() << "\n";
    return 2;
  }
}
