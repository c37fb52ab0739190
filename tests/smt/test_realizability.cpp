#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "smt/realizability.h"

using namespace quarks;
using namespace quarks::smt;

TEST_CASE("XOR and XNOR are no single linear threshold gate (Z3 unsat)", "[smt][xor-gating]") {
  for (const char* name : {"XOR", "XNOR", "tt:01101001"}) {
    CAPTURE(name);
    CheckReport r = check_not_threshold(BooleanOperator::parse(name));
    CHECK(r.verdict == Verdict::verified);
  }
}

TEST_CASE("the other irreducible binary operators are threshold gates, with a checked realization", "[smt]") {
  for (const char* name : {"AND", "OR", "NAND", "NOR", "IMPLY", "NIMPLY", "CIMPLY", "CNIMPLY", "tt:00010111"}) {
    CAPTURE(name);
    CheckReport r = check_not_threshold(BooleanOperator::parse(name));
    CHECK(r.verdict == Verdict::refuted);
    REQUIRE(r.counterexample.has_value());
    CHECK(r.counterexample->find("realization") != std::string::npos);
  }
}

TEST_CASE("the exported XOR query is unsat for the stock z3 and cvc5", "[smt][xor-gating]") {
  const auto path = std::filesystem::temp_directory_path() / "quarks-xor-not-ltf.smt2";
  std::ofstream(path) << not_threshold_smt2(BooleanOperator::parse("XOR"));
  for (const char* solver : {"z3", "cvc5"}) {
    const std::string command = std::string(solver) + " " + path.string() + " > " + path.string() + ".out 2>&1";
    std::system(command.c_str());
    std::ifstream in(path.string() + ".out");
    std::string answer;
    std::getline(in, answer);
    CAPTURE(solver);
    CHECK(answer == "unsat");
  }
  std::ofstream(path) << not_threshold_smt2(BooleanOperator::parse("OR"));
  std::system(("z3 " + path.string() + " > " + path.string() + ".out 2>&1").c_str());
  std::ifstream in(path.string() + ".out");
  std::string answer;
  std::getline(in, answer);
  CHECK(answer == "sat");
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + ".out");
}
