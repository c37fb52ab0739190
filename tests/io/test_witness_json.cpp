#include <catch2/catch.hpp>

#include <filesystem>

#include "core/error.h"
#include "io/witness_json.h"
#include "witness/affine_selector.h"
#include "witness/composition.h"
#include "witness/sign_vectors.h"

using namespace quarks;
using nlohmann::json;

namespace {
json valid_composition() {
  return witness_to_json(random_composition_witness(BooleanOperator::parse("AND"), 6, {1, 2}, 3, 70));
}
}  // namespace

TEST_CASE("witnesses round-trip through JSON exactly", "[io]") {
  for (const Witness& w : {random_composition_witness(BooleanOperator::parse("tt:00010111"), 7, {1, 2, 1}, 4, 200),
                           sign_vector_witness(3), affine_selector_witness(3, SelectorFormula::paper)}) {
    const std::string text = witness_to_text(w);
    Witness back = witness_from_json(json::parse(text));
    CHECK(witness_to_text(back) == text);
  }
  // Integers beyond 64 bits survive as decimal strings.
  json j = valid_composition();
  Witness back = witness_from_json(j);
  const auto& claim = std::get<SelectorClaim>(back.claim);
  CHECK(bit_length(claim.inputs[0].terms().back().coefficient) > 64);
}

TEST_CASE("malformed witnesses are rejected with a message naming the problem", "[io]") {
  auto rejects = [](json j, const std::string& needle) {
    try {
      witness_from_json(j);
      FAIL("accepted a malformed witness: " << needle);
    } catch (const InputError& e) {
      CAPTURE(e.what());
      CHECK(std::string(e.what()).find(needle) != std::string::npos);
      CHECK(std::string(e.what()).find('\n') == std::string::npos);
    }
  };
  json j = valid_composition();
  { json b = j; b.erase("gates"); rejects(b, "gates"); }
  { json b = j; b["version"] = 2; rejects(b, "version"); }
  { json b = j; b["gates"][0]["terms"][0][0] = "12a"; rejects(b, "not a decimal integer"); }
  { json b = j; b["gates"][0]["terms"][0][0] = 12; rejects(b, "coefficient"); }
  { json b = j; b["operator"]["truth_table"] = "1010"; rejects(b, "reducible"); }
  { json b = j; b["gates"][1]["degree_bound"] = 0; rejects(b, "at least 1"); }
  { json b = j; b["k"] = 6; rejects(b, "k = 6"); }
  { json b = j; b["n"] = 5000; rejects(b, "outside"); }
  { json b = j; b["n"] = 7; rejects(b, "variables"); }                 // claim n does not match its gates
  { json b = j; b["cases"][1]["equals"] = "f_0"; rejects(b, "case 1"); }  // stated claim is not Eq. 5.9
  { json b = j; b["cases"][1]["equals"] = "g_1"; rejects(b, "cases[1]"); }
  { json b = j; b["operator"]["arity"] = 3; rejects(b, "arity"); }
  { json b = j; b["gates"][0]["terms"][1].push_back(99); rejects(b, "variable 99"); }
  { json b = j; b["encoding"]["inputs"] = "x in {-1,1}^n"; rejects(b, "encoding"); }
  { json b = j; b["claim"] = "lemma-9"; rejects(b, "unknown"); }
  { json b = j; b["strict_on"] = "nowhere"; rejects(b, "strict_on"); }
  { json b = j; b.erase("gates"); b["gates"] = json::array(); rejects(b, "gates"); }
}

TEST_CASE("files are written atomically and unreadable files are reported", "[io]") {
  auto dir = std::filesystem::temp_directory_path() / "quarks-io-test";
  std::filesystem::create_directories(dir);
  auto path = (dir / "w.json").string();
  Witness w = sign_vector_witness(2);
  write_witness_file(w, path);
  CHECK(witness_to_text(read_witness_file(path)) == witness_to_text(w));
  CHECK_FALSE(std::filesystem::exists(path + ".tmp-quarks"));
  CHECK_THROWS_AS(write_witness_file(w, (dir / "no-such-dir" / "w.json").string()), InputError);
  CHECK_FALSE(std::filesystem::exists(dir / "no-such-dir"));
  CHECK_THROWS_AS(read_witness_file((dir / "missing.json").string()), InputError);
  write_file_atomically((dir / "bad.json").string(), "{\"format\": ");
  CHECK_THROWS_AS(read_witness_file((dir / "bad.json").string()), InputError);
  std::filesystem::remove_all(dir);
}
