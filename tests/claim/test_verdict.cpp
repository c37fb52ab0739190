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
