#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "claim/reference.h"
#include "fixtures.h"
#include "smt/z3_checker.h"

using namespace quarks;

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
  REQUIRE(obligations.size() == 4);
  for (const auto& o : obligations) {
    INFO(o.name);
    CHECK(o.smt2.rfind("; quarks", 0) == 0);
    CHECK(count(o.smt2, "; claim: lemma-5.4") == 1);
    CHECK(count(o.smt2, "; obligation: " + o.name) == 1);
    CHECK(count(o.smt2, "\n; expected: unsat\n") == 1);
    CHECK(count(o.smt2, "(set-logic QF_LIA)") == 1);
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
    const std::string z3 = run_solver("z3", o.smt2, "z3-bad-" + o.name);
    const std::string cvc5 = run_solver("cvc5", o.smt2, "cvc5-bad-" + o.name);
    CHECK((z3 == "sat" || z3 == "unsat"));
    CHECK(z3 == cvc5);
    sat += z3 == "sat";
  }
  CHECK(sat >= 1);
}
