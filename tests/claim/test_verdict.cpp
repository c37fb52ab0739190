#include <catch2/catch.hpp>

#include "claim/verdict.h"

using namespace quarks;

TEST_CASE("exit codes: 0 verified, 1 refuted, 3 undecided, 4 disagreement", "[verdict]") {
  CHECK(exit_code(Verdict::verified) == 0);
  CHECK(exit_code(Verdict::refuted) == 1);
  CHECK(exit_code(Verdict::unknown) == 3);
  CHECK(exit_code(Verdict::timeout) == 3);
  CHECK(exit_code(Verdict::error) == 3);
  CHECK(exit_code(Verdict::disagreement) == 4);
}

TEST_CASE("the worst verdict decides, and disagreement outranks everything", "[verdict]") {
  CHECK(worst({}) == Verdict::error);
  CHECK(worst({Verdict::verified, Verdict::verified}) == Verdict::verified);
  CHECK(worst({Verdict::verified, Verdict::unknown}) == Verdict::unknown);
  CHECK(worst({Verdict::timeout, Verdict::unknown}) == Verdict::timeout);
  CHECK(worst({Verdict::refuted, Verdict::error}) == Verdict::refuted);
  CHECK(worst({Verdict::refuted, Verdict::disagreement, Verdict::verified}) == Verdict::disagreement);
  CheckReport a, b;
  a.verdict = Verdict::verified;
  b.verdict = Verdict::disagreement;
  b.reason = "walk and reference differ";
  CheckReport total = combine_reports(CheckMethod::exhaustive, {a, b});
  CHECK(total.verdict == Verdict::disagreement);
  CHECK(total.reason == "walk and reference differ");
}

TEST_CASE("overall_verdict: the worst checker, and disagreement when one verifies what another refutes", "[verdict]") {
  auto report = [](CheckMethod method, Verdict verdict) {
    CheckReport r;
    r.method = method;
    r.verdict = verdict;
    return r;
  };
  const auto verified = report(CheckMethod::exhaustive, Verdict::verified);
  const auto refuted = report(CheckMethod::z3, Verdict::refuted);
  const auto timeout = report(CheckMethod::z3, Verdict::timeout);
  CHECK(overall_verdict({verified, report(CheckMethod::z3, Verdict::verified)}) == Verdict::verified);
  CHECK(overall_verdict({verified, timeout}) == Verdict::timeout);
  CHECK(overall_verdict({report(CheckMethod::exhaustive, Verdict::refuted), refuted}) == Verdict::refuted);
  CHECK(overall_verdict({verified, refuted}) == Verdict::disagreement);
  CHECK(checkers_disagree({verified, refuted}));
  CHECK_FALSE(checkers_disagree({verified, timeout}));
  CHECK_FALSE(checkers_disagree({timeout, refuted}));
  CHECK(overall_verdict({}) == Verdict::error);  // nothing checked is never verified
}
