#include <catch2/catch.hpp>

#include "smt/solver.h"

using namespace quarks::smt;

TEST_CASE("solver wrapper: unsat, sat with model, parse error", "[smt]") {
  SolverSettings s;
  s.timeout_ms = 10000;
  // 1 + 2a + 4b = 0 has no integer solution (GCD test).
  SolveResult r = solve_smt2("(declare-fun a () Int)(declare-fun b () Int)(assert (= 0 (+ 1 (* 2 a) (* 4 b))))", s);
  CHECK(r.status == SolveStatus::unsat);

  r = solve_smt2(
      "(declare-fun a () Int)(declare-fun p () Bool)"
      "(assert (= a 123456789012345678901234567890))(assert p)",
      s);
  REQUIRE(r.status == SolveStatus::sat);
  CHECK(r.model.at("a") == "123456789012345678901234567890");  // exact, beyond int64
  CHECK(r.model.at("p") == "true");

  r = solve_smt2("(assert (= undeclared 1))", s);
  CHECK(r.status == SolveStatus::error);
  CHECK_FALSE(r.reason.empty());
}

TEST_CASE("solver wrapper honours the timeout", "[smt]") {
  // Parity over Bool-guarded terms is out of reach of the GCD test (the
  // reason encode.h uses 0/1 integers). z3 4.8.12 settles 200 terms in about
  // 0.2 s, too close to the budget to test it; 1600 terms take about 30 s.
  std::string script;
  std::string sum = "(+ 1";
  for (int v = 0; v < 1600; ++v) {
    script += "(declare-fun b" + std::to_string(v) + " () Bool)";
    sum += " (ite b" + std::to_string(v) + " " + std::to_string(2 * (v * 7919 % 1000 + 1000)) + " 0)";
  }
  script += "(assert (= 0 " + sum + ")))";
  SolverSettings s;
  s.timeout_ms = 200;
  SolveResult r = solve_smt2(script, s);
  INFO(r.reason);
  CHECK(r.status == SolveStatus::timeout);
  CHECK(r.seconds < 5);
}
