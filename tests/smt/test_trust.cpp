// Trust regressions: a false claim must never be reported verified, by the
// in-process check or by the exported proofs.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include "claim/reference.h"
#include "core/error.h"
#include "paper_claims.h"
#include "io/witness_json.h"
#include "smt/encode.h"
#include "smt/smtlib_writer.h"
#include "smt/solver.h"
#include "smt/z3_checker.h"

using namespace quarks;
using namespace quarks::smt;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The declarations and assertions of a complete script, as solve_smt2 takes them.
std::string body_of(const std::string& script) {
  const std::string logic = "(set-logic QF_LIA)\n";
  const auto from = script.find(logic);
  const auto to = script.rfind("(check-sat)\n");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return script.substr(from + logic.size(), to - from - logic.size());
}

smt::SolveStatus solve(const std::string& script) {
  smt::SolverSettings s;
  s.timeout_ms = 30000;
  return smt::solve_smt2(body_of(script), s).status;
}

const Obligation& named(const std::vector<Obligation>& set, const std::string& name) {
  for (const auto& o : set) {
    if (o.name == name) return o;
  }
  FAIL("no obligation " << name);
  throw 0;
}

// Replaces the constant c0 of the one definition "(assert (= F0 (+ c0 ...)))"
// by c0 - shift, as a skeptic's edit of the file would.
std::string shift_f0_constant(const std::string& script, const BigInt& shift) {
  const std::regex definition(R"(\(assert \(= F0 \(\+ (\(- [0-9]+\)|[0-9]+) )");
  std::smatch m;
  REQUIRE(std::regex_search(script, m, definition));
  REQUIRE(std::distance(std::sregex_iterator(script.begin(), script.end(), definition), std::sregex_iterator()) == 1);
  std::string c = m[1].str();
  const BigInt c0 = c[0] == '(' ? BigInt(-parse_bigint(c.substr(3, c.size() - 4))) : parse_bigint(c);
  return m.prefix().str() + "(assert (= F0 (+ " + smt::smtlib::integer(c0 - shift) + " " + m.suffix().str();
}

SmtOptions options() {
  SmtOptions o;
  o.timeout_seconds = 60;
  return o;
}

// Lemma 5.4, B = AND, n = 4 (tests/smt/test_z3_checker.cpp), with F_0's x2
// coefficient -6 -> -5, so F_0 = 0 at z = 0, x = (0,1,1): a false claim.
SelectorClaim false_and_claim() {
  auto poly = [](std::uint32_t n, std::vector<Term> t) { return Polynomial::from_terms(n, std::move(t)); };
  SelectorClaim c;
  c.lemma = SelectorLemma::lemma_5_4;
  c.n = 4;
  c.k = 1;
  c.combine = BooleanOperator::parse("AND");
  c.gates = {poly(4, {{{}, 3}, {{0}, 8}, {{1}, -4}, {{2}, 2}, {{3}, -5}}),
             poly(4, {{{}, 5}, {{0}, -10}, {{1}, 2}, {{2}, 4}, {{3}, 8}})};
  c.degree_bounds = {1, 1};
  c.inputs = {poly(3, {{{}, 3}, {{0}, -4}, {{1}, 2}, {{2}, -6}}), poly(3, {{{}, -5}, {{0}, 2}, {{1}, 4}, {{2}, 8}})};
  c.cases = {{SelectorTarget::Kind::input, 1, 0}, {SelectorTarget::Kind::input, 1, 1}};
  return c;
}

}  // namespace

TEST_CASE("trust: a shifted F_0 with the old bounds kept is unsat alone, but its bound companion is sat",
          "[smt][trust]") {
  const Witness w = read_witness_file(QUARKS_SOURCE_DIR "/witnesses/composition-AND-n8-d1-s7.json");
  const auto set = smt2_obligations(w.claim, options());
  const Obligation& parent = named(set, "case-0");
  const Obligation& companion = named(set, "case-0.bound-F0");
  REQUIRE(parent.expected == ExpectedAnswer::unsat);
  REQUIRE(companion.expected == ExpectedAnswer::unsat);
  REQUIRE(companion.parent == "case-0");

  // Shift F_0 down by more than the width of its asserted bounds, and more
  // than its maximum: F_0 < 0 everywhere at z = e_0, so AND(F_0, F_1) is
  // false there while f_0 takes the value +1.
  const auto& claim = std::get<SelectorClaim>(w.claim);
  const smt::DefinedValue f0 = smt::defined_values(claim, smt::ObligationPlan::Kind::selector_case, 0)[0];
  REQUIRE(f0.name == "F0");
  const BigInt widest = f0.high > -f0.low ? f0.high : BigInt(-f0.low);
  const BigInt shift = 2 * widest + 1;
  SelectorClaim shifted = claim;
  shifted.gates[0].add_shifted(Polynomial::from_terms(claim.n, {{{}, -shift}}), 0, 1);
  REQUIRE(brute_force_violation(Claim{shifted}).has_value());  // the shifted claim is false

  const std::string bad_parent = shift_f0_constant(parent.smt2, shift);
  const std::string bad_companion = shift_f0_constant(companion.smt2, shift);
  // The old weakness: the parent still says unsat, because the bounds it
  // asserts no longer fit the definition.
  CHECK(solve(bad_parent) == smt::SolveStatus::unsat);
  // Without those bounds the same file is sat: they alone made it unsat.
  const std::string low_line = "(assert (<= " + smt::smtlib::integer(f0.low) + " F0))\n";
  const std::string high_line = "(assert (<= F0 " + smt::smtlib::integer(f0.high) + "))\n";
  REQUIRE(count(bad_parent, low_line) == 1);
  REQUIRE(count(bad_parent, high_line) == 1);
  std::string unbounded = bad_parent;
  unbounded.erase(unbounded.find(low_line), low_line.size());
  unbounded.erase(unbounded.find(high_line), high_line.size());
  CHECK(solve(unbounded) == smt::SolveStatus::sat);
  // The fix: the companion now fails, so the exported set no longer
  // certifies the false claim.
  CHECK(solve(bad_companion) == smt::SolveStatus::sat);
  // In process, the bounds are recomputed from the shifted gate: refuted.
  const CheckReport r = check_z3(shifted, options());
  INFO(r.reason);
  CHECK(r.verdict == Verdict::refuted);
}

TEST_CASE("trust: every exported proof states its answer twice, consistently, and every bound has a companion",
          "[smt][trust]") {
  const fs::path proofs = fs::path(QUARKS_SOURCE_DIR) / "proofs";
  std::size_t files = 0, companions = 0;
  // Line by line: std::regex recurses per character, too deep for a 150 KB file.
  // Values: F<j>, f<t> (selector claims), H<i>, G<i>, hp<c>, gp<c> (Theorem 4.3).
  const std::regex low_bound(R"(\(assert \(<= ((?:\(- )?[0-9]+\)?) ((?:[FfHG]|hp|gp)[0-9]+)\)\))");
  for (const auto& entry : fs::directory_iterator(proofs)) {
    if (entry.path().extension() != ".smt2") continue;
    ++files;
    const std::string text = slurp(entry.path());
    CAPTURE(entry.path().filename().string());
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t end = text.find('\n', at);
      lines.push_back(text.substr(at, end - at));
      at = end == std::string::npos ? text.size() : end + 1;
    }
    std::vector<std::string> expected, status;
    for (const auto& l : lines) {
      if (l.rfind("; expected: ", 0) == 0) expected.push_back(l.substr(12));
      if (l.rfind("(set-info :status ", 0) == 0) status.push_back(l.substr(18));
    }
    REQUIRE(expected.size() == 1);
    REQUIRE(status.size() == 1);
    CHECK((expected[0] == "sat" || expected[0] == "unsat"));
    CHECK(status[0] == expected[0] + ")");
    CHECK(text.find("(set-info") < text.find("(set-logic"));
    CHECK((expected[0] == "sat") == (count(text, "\n; why sat: ") == 1));
    // Each bound "lo <= V <= hi" a parent asserts is proved by <stem>.bound-V.
    const std::string stem = entry.path().stem().string();
    if (stem.find(".bound-") != std::string::npos) continue;
    for (const auto& l : lines) {
      std::smatch m;
      if (!std::regex_match(l, m, low_bound)) continue;
      const std::string low = m[1].str(), value = m[2].str();
      CAPTURE(value);
      std::string high;
      for (const auto& h : lines) {
        const std::string prefix = "(assert (<= " + value + " ";
        if (h.rfind(prefix, 0) == 0) high = h.substr(prefix.size(), h.size() - prefix.size() - 2);
      }
      REQUIRE_FALSE(high.empty());
      const fs::path companion = proofs / (stem + ".bound-" + value + ".smt2");
      REQUIRE(fs::exists(companion));
      ++companions;
      const std::string proof = slurp(companion);
      const std::string negated = "(assert (or (< " + value + " " + low + ") (> " + value + " " + high + ")))";
      CHECK(count(proof, "\n" + negated + "\n(check-sat)\n") == 1);
      CHECK(count(proof, "\n; expected: unsat\n(set-info :status unsat)\n") == 1);
      // The companion defines V by the very line the parent does (the
      // parent's last assertion is its negated claim, not a definition).
      std::size_t definitions = 0;
      for (std::size_t l = 0; l + 2 < lines.size(); ++l) {
        if (lines[l].rfind("(assert (= " + value + " ", 0) != 0) continue;
        ++definitions;
        CHECK(count(proof, "\n" + lines[l] + "\n") == 1);
      }
      CHECK(definitions == 1);
    }
  }
  CHECK(files >= 32);
  CHECK(companions >= 40);
}

TEST_CASE("trust: smt2_obligations heads every script with the answer it found", "[smt][trust]") {
  int sat = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(QUARKS_SOURCE_DIR) / "witnesses")) {
    if (entry.path().extension() != ".json") continue;
    CAPTURE(entry.path().filename().string());
    const Witness w = read_witness_file(entry.path().string());
    const bool false_claim = brute_force_violation(w.claim).has_value();
    for (const auto& o : smt2_obligations(w.claim, options())) {
      CAPTURE(o.name);
      const std::string answer = to_string(o.expected);
      CHECK(count(o.smt2, "\n; expected: " + answer + "\n") == 1);
      CHECK(count(o.smt2, "\n(set-info :status " + answer + ")\n") == 1);
      CHECK(o.why_sat.has_value() == (o.expected == ExpectedAnswer::sat));
      // Only a false claim has a sat obligation, and then never a companion.
      if (o.expected == ExpectedAnswer::sat) {
        ++sat;
        CHECK(false_claim);
        CHECK(o.parent.empty());
      }
    }
  }
  // lemma-5.2-paper-k2 (Eq. 5.5 fails at j = 0) and theorem-4.3-paper-n2-m2-s1
  // (Eq. 4.14 for both layers: phi = +1 at both codes).
  CHECK(sat == 3);
}

TEST_CASE("trust: a corrupted solver model gives disagreement, never a refutation or verified", "[smt][trust]") {
  const SelectorClaim bad = false_and_claim();
  REQUIRE(brute_force_violation(Claim{bad}).has_value());
  REQUIRE(check_z3(bad, options()).verdict == Verdict::refuted);

  // x = 000 at z = e_0 satisfies case 0: F_0 = 3, F_1 = 5, f_0 = 3.
  REQUIRE_FALSE(case_violation_at(bad, 0, {0, 0, 0}).has_value());
  int calls = 0;
  SmtOptions o = options();
  o.corrupt_model = [&calls](std::map<std::string, std::string>& model) {
    ++calls;
    for (auto& [name, value] : model) {
      if (name[0] == 'x') value = "0";
    }
  };
  const CheckReport r = check_z3(bad, o);
  INFO(r.reason);
  CHECK(calls >= 1);
  CHECK(r.verdict == Verdict::disagreement);
  CHECK_FALSE(r.counterexample.has_value());
  CHECK(r.reason.find("does not violate") != std::string::npos);
  // The export refuses too, and says why.
  try {
    smt2_obligations(bad, o);
    FAIL("smt2_obligations exported a set with an unconfirmed model");
  } catch (const SmtExportError& e) {
    CHECK(e.verdict() == Verdict::disagreement);
  }

  // A model value outside 0/1 is a disagreement as well.
  o.corrupt_model = [](std::map<std::string, std::string>& model) { model["x0"] = "2"; };
  CHECK(check_z3(bad, o).verdict == Verdict::disagreement);

  // On a true claim the hook is never called: unsat answers carry no model.
  SelectorClaim good = bad;
  good.gates[0] = Polynomial::from_terms(4, {{{}, 3}, {{0}, 8}, {{1}, -4}, {{2}, 2}, {{3}, -6}});
  REQUIRE_FALSE(brute_force_violation(Claim{good}).has_value());
  calls = 0;
  o.corrupt_model = [&calls](std::map<std::string, std::string>&) { ++calls; };
  CHECK(check_z3(good, o).verdict == Verdict::verified);
  CHECK(calls == 0);
}

TEST_CASE("trust: an undecided obligation makes smt2_obligations throw, so no file is written", "[smt][trust]") {
  // Degree 2, n - k = 29, 60-bit coefficients: far beyond a 1 ms budget.
  SeededRandom rng(5);
  std::vector<Polynomial> p = {test::odd_polynomial(rng, 29, 2, 59), test::odd_polynomial(rng, 29, 2, 59)};
  const SelectorClaim c = test::lemma54(BooleanOperator::parse("AND"), 30, p, {2, 2});
  SmtOptions o;
  o.timeout_seconds = 0.001;
  try {
    smt2_obligations(c, o);
    FAIL("smt2_obligations returned with a 1 ms budget");
  } catch (const SmtExportError& e) {
    CHECK(e.verdict() == Verdict::timeout);
  }
}
