// The text `quarks export coq` writes (src/export/coq_export.h). That the Coq checker accepts
// exactly the true claims is tested by compiling the exports (export_check.py, CMakeLists.txt).
#include <catch2/catch.hpp>

#include <string>

#include "core/error.h"
#include "export/coq_export.h"
#include "witness/composition.h"

using namespace quarks;

TEST_CASE("Z literals are exact: decimal up to 64 bits, hexadecimal above", "[coq_export]") {
  CHECK(coq_z_literal(BigInt(0)) == "0%Z");
  CHECK(coq_z_literal(BigInt(17)) == "17%Z");
  CHECK(coq_z_literal(BigInt(-17)) == "(-17)%Z");
  const BigInt max64 = (BigInt(1) << 64) - 1;
  CHECK(coq_z_literal(max64) == "18446744073709551615%Z");
  CHECK(coq_z_literal(max64 + 1) == "0x10000000000000000%Z");
  CHECK(coq_z_literal(-(max64 + 6)) == "(-0x10000000000000005)%Z");
  const BigInt wide = parse_bigint("-" + std::string(1, '1') + std::string(1500, '0'));  // -10^1500
  const std::string text = coq_z_literal(wide);
  REQUIRE(text.rfind("(-0x", 0) == 0);
  REQUIRE(text.size() > 7);
  CHECK(text.substr(text.size() - 3) == ")%Z");
  CHECK(-BigInt("0x" + text.substr(4, text.size() - 7)) == wide);  // boost reads the 0x prefix as hex
}

TEST_CASE("Coq module names", "[coq_export]") {
  for (const char* good : {"W", "composition_AND_n8", "_x", "a1"}) CHECK(is_coq_module_name(good));
  for (const char* bad : {"", "1W", "a-b", "a.b", "a b", "é"}) CHECK_FALSE(is_coq_module_name(bad));
}

TEST_CASE("a composition witness becomes its Lemma 5.4 instance", "[coq_export]") {
  Witness w = random_composition_witness(BooleanOperator::parse("AND"), 4, {1, 1}, 7, 8);
  const std::string text = coq_export(w.claim, "w.json");
  CHECK(text.find("Theorem witness_holds : Lemma_5_4_instance k m table gates degree_bounds inputs.") !=
        std::string::npos);
  CHECK(text.find("Proof. apply: check_lemma_5_4_sound. vm_cast_no_check (@eq_refl bool true). Qed.") !=
        std::string::npos);
  CHECK(text.find("Definition table : seq bool :=\n  [:: false; false; false; true].") != std::string::npos);
  CHECK(text.find("Definition k : nat := 1.") != std::string::npos);
  CHECK(text.find("Definition m : nat := 3.") != std::string::npos);
  CHECK(coq_export(w.claim, "w.json", CoqReduction::native).find("native_cast_no_check") != std::string::npos);
  // Every term of every gate is written: as many "%Z" as terms.
  std::size_t terms = 0;
  const auto& claim = std::get<SelectorClaim>(w.claim);
  for (const auto& p : claim.gates) terms += p.terms().size();
  for (const auto& p : claim.inputs) terms += p.terms().size();
  std::size_t literals = 0;
  for (std::size_t at = text.find("%Z"); at != std::string::npos; at = text.find("%Z", at + 1)) ++literals;
  CHECK(literals == terms);
}

TEST_CASE("claims the Coq statements do not cover are bad input", "[coq_export]") {
  Witness w = random_composition_witness(BooleanOperator::parse("XOR"), 4, {1, 1}, 3, 8);
  auto& claim = std::get<SelectorClaim>(w.claim);
  claim.strict_on_cube = false;
  CHECK_THROWS_AS(coq_export(w.claim, "w.json"), InputError);
  Witness wide = random_composition_witness(BooleanOperator::parse("XOR"), 41, {1, 1}, 3, 8);
  CHECK_THROWS_WITH(coq_export(wide.claim, "w.json"), Catch::Contains("limit of 40"));
}
