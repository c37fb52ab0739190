#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "claim/reference.h"
#include "paper_claims.h"
#include "smt/z3_checker.h"

using namespace quarks;
using namespace quarks::smt;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// Runs a stock solver binary on the script and returns its trimmed output.
std::string run_solver(const std::string& solver, const std::string& script, const std::string& tag) {
  const auto path = std::filesystem::temp_directory_path() / ("quarks-smt-" + tag + ".smt2");
  std::ofstream(path) << script;
  const std::string command = "timeout 60 " + solver + " " + path.string() + " 2>&1";
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    std::array<char, 256> buffer{};
    while (fgets(buffer.data(), buffer.size(), pipe)) out += buffer.data();
    pclose(pipe);
  }
  std::filesystem::remove(path);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

SelectorClaim small_claim() {
  SeededRandom rng(99);
  std::vector<Polynomial> p = {test::odd_polynomial(rng, 4, 2, 20), test::odd_polynomial(rng, 4, 2, 20)};
  return test::lemma54(BooleanOperator::parse("NAND"), 5, p, {2, 2});
}

}  // namespace

TEST_CASE("exported obligations are well-formed SMT-LIB2 scripts", "[smt]") {
  const auto obligations = smt2_obligations(small_claim(), SmtOptions{});
  // 2 cases with bounds on F0, F1 and f_i; 2 strictness checks with a bound each.
  REQUIRE(obligations.size() == 2 * 4 + 2 * 2);
  for (const auto& o : obligations) {
    INFO(o.name);
    CHECK(o.smt2.rfind("; quarks", 0) == 0);
    CHECK(count(o.smt2, "; claim: lemma-5.4") == 1);
    CHECK(count(o.smt2, "; obligation: " + o.name) == 1);
    CHECK(o.expected == ExpectedAnswer::unsat);
    CHECK_FALSE(o.why_sat.has_value());
    CHECK(count(o.smt2, "\n; expected: unsat\n(set-info :status unsat)\n") == 1);
    CHECK(count(o.smt2, "; expected:") == 1);
    CHECK(count(o.smt2, "(set-info :status") == 1);
    CHECK(count(o.smt2, "(set-logic QF_LIA)") == 1);
    CHECK(o.smt2.find("(set-info") < o.smt2.find("(set-logic"));
    CHECK((o.parent.empty() ? o.name.find(".bound-") == std::string::npos
                            : o.name.rfind(o.parent + ".bound-", 0) == 0));
    CHECK(count(o.smt2, "(check-sat)") == 1);
    CHECK(o.smt2.find("(set-logic") < o.smt2.find("(declare-fun"));
    CHECK(o.smt2.find("(check-sat)") > o.smt2.rfind("(assert"));
  }
}

TEST_CASE("stock z3 and cvc5 answer unsat on every obligation of a valid claim", "[smt]") {
  const Claim claim = small_claim();
  REQUIRE_FALSE(brute_force_violation(claim).has_value());
  for (const auto& o : smt2_obligations(claim, SmtOptions{})) {
    INFO(o.name);
    REQUIRE(o.expected == ExpectedAnswer::unsat);
    CHECK(run_solver("z3", o.smt2, "z3-" + o.name) == "unsat");
    CHECK(run_solver("cvc5", o.smt2, "cvc5-" + o.name) == "unsat");
  }
}

TEST_CASE("stock z3 and cvc5 answer sat on the broken obligation of a corrupted claim", "[smt]") {
  SelectorClaim c = small_claim();
  c.gates[1] = test::lift(5, 1, test::affine_q(1, 1, {-1, 0}), 2, 1, c.inputs[1]);  // wrong q sign, tiny M
  REQUIRE(brute_force_violation(c).has_value());
  int sat = 0;
  for (const auto& o : smt2_obligations(c, SmtOptions{})) {
    INFO(o.name);
    // The answer quarks wrote is the one both stock solvers give; (set-info
    // :status) makes each of them check it too.
    const std::string z3 = run_solver("z3", o.smt2, "z3-bad-" + o.name);
    const std::string cvc5 = run_solver("cvc5", o.smt2, "cvc5-bad-" + o.name);
    CHECK(z3 == to_string(o.expected));
    CHECK(cvc5 == to_string(o.expected));
    if (o.expected == ExpectedAnswer::sat) {
      ++sat;
      REQUIRE(o.why_sat.has_value());
      CHECK(o.parent.empty());  // only a claim obligation can be sat; companions never are
      CHECK(count(o.smt2, "\n; expected: sat\n; why sat: " + *o.why_sat + "\n(set-info :status sat)\n") == 1);
    }
  }
  CHECK(sat >= 1);
}
