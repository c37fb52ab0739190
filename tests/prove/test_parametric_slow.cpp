#include <catch2/catch.hpp>

#include "prove/parametric.h"

using namespace quarks::prove;

// Larger sizes, on demand (label slow): each well inside its 60 s budget on a
// 2-core machine (docs/parametric-proofs.md has the measured reach).
TEST_CASE("parametric slow: Lemma 5.2 k = 16, Lemma 5.3 n-k = 5, Lemma 5.4 n-k = 5", "[prove][slow]") {
  ProveOptions o;
  o.timeout_seconds = 120;
  CHECK(prove_size(find_parametric_claim("lemma-5.2"), 16, o).outcome == Outcome::proved);
  CHECK(prove_size(find_parametric_claim("lemma-5.2-paper"), 16, o).outcome == Outcome::refuted);
  CHECK(prove_size(find_parametric_claim("lemma-5.3-k1"), 5, o).outcome == Outcome::proved);
  CHECK(prove_size(find_parametric_claim("lemma-5.3-k2"), 5, o).outcome == Outcome::proved);
  for (const char* op : {"AND", "OR", "XOR", "NAND", "NOR", "XNOR", "IMPLY", "NIMPLY", "CIMPLY", "CNIMPLY", "MAJ3"}) {
    INFO(op);
    CHECK(prove_size(find_parametric_claim(std::string("lemma-5.4-") + op), 5, o).outcome == Outcome::proved);
  }
}
