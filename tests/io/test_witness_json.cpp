#include <catch2/catch.hpp>

#include <filesystem>

#include "core/atomic_file.h"
#include "core/error.h"
#include "io/strict_json.h"
#include "io/witness_json.h"
#include "witness/affine_selector.h"
#include "witness/composition.h"
#include "witness/layer_gating.h"
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

TEST_CASE("theorem-4.3 witnesses round-trip, with their own encoding block", "[io][thm-4.3]") {
  const Witness w = random_layer_gating_witness(5, 3, 9, 100, LayerFormula::corrected);
  const std::string text = witness_to_text(w);
  const Witness back = witness_from_json(json::parse(text));
  CHECK(witness_to_text(back) == text);
  const auto& original = std::get<LayerClaim>(w.claim);
  const auto& read = std::get<LayerClaim>(back.claim);
  CHECK(read.gated == original.gated);
  CHECK(read.gating_inputs == original.gating_inputs);
  CHECK(read.output_bias == 2);
  CHECK(bit_length(read.gated_inputs[0].terms().back().coefficient) > 64);  // 100-bit coefficients
  // The selector-claim encoding is not this claim's encoding, and vice versa.
  json j = json::parse(text);
  json selector_encoding = valid_composition()["encoding"];
  j["encoding"] = selector_encoding;
  CHECK_THROWS_AS(witness_from_json(j), InputError);
  json c = valid_composition();
  c["encoding"] = json::parse(text)["encoding"];
  CHECK_THROWS_AS(witness_from_json(c), InputError);
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
  { json b = j; b["gates"][0]["terms"][0][0] = 12; rejects(b, "decimal string"); }
  { json b = j; b["operator"]["truth_table"] = "1010"; rejects(b, "does not name"); }
  { json b = j; b["operator"]["truth_table"] = "1010"; b["operator"].erase("name"); rejects(b, "reducible"); }
  { json b = j; b["gates"][1]["degree_bound"] = 0; rejects(b, "degree_bound"); }
  { json b = j; b["k"] = 6; rejects(b, "k = 6"); }
  { json b = j; b["n"] = 5000; rejects(b, "outside"); }
  { json b = j; b["n"] = 7; rejects(b, "variables"); }                 // claim n does not match its gates
  { json b = j; b["cases"][1]["equals"] = "f_0"; rejects(b, "case 1"); }  // stated claim is not Eq. 5.9
  { json b = j; b["cases"][1]["equals"] = "g_1"; rejects(b, "cases[1]"); }
  { json b = j; b["operator"]["arity"] = 3; rejects(b, "arity"); }
  { json b = j; b["gates"][0]["terms"][1].push_back(99); rejects(b, "outside 0..5"); }
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

namespace {
// The text of a valid witness with `from` replaced once by `to`.
std::string edited(const std::string& from, const std::string& to) {
  std::string text = valid_composition().dump();
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

void rejects_text(const std::string& text, const std::string& needle) {
  try {
    read_witness_text(text, "w.json");
    FAIL("accepted: " << needle);
  } catch (const InputError& e) {
    CAPTURE(e.what());
    CHECK(std::string(e.what()).find(needle) != std::string::npos);
    CHECK(std::string(e.what()).find('\n') == std::string::npos);
  }
}
}  // namespace

TEST_CASE("integer strings in a witness follow the one grammar", "[io][grammar]") {
  const json j = valid_composition();
  std::string constant = j["gates"][0]["terms"][0][0].get<std::string>();
  if (constant[0] == '-') constant = constant.substr(1);
  for (const std::string& bad : std::vector<std::string>{"0" + constant, "+" + constant, " " + constant, constant + "e0", "0x10", "08", "00"}) {
    CAPTURE(bad);
    json b = j;
    b["gates"][0]["terms"][0][0] = bad;
    rejects_text(b.dump(), "gates[0].terms[0][0]");
  }
  json b = j;
  b["gates"][0]["terms"][0][0] = "-0";
  rejects_text(b.dump(), "not a decimal integer");
}

TEST_CASE("duplicate keys are refused at every level", "[io][grammar]") {
  // Last-one-wins once let a file show strict_on "cube" and be checked as "selector-points".
  rejects_text(edited("\"strict_on\":\"cube\"", "\"strict_on\":\"cube\",\"strict_on\":\"selector-points\""),
               "duplicate key 'strict_on'");
  rejects_text(edited("\"degree_bound\":1", "\"degree_bound\":1,\"degree_bound\":2"), "duplicate key 'degree_bound'");
  rejects_text(edited("\"generator\":{", "\"generator\":{\"seed\":1,\"seed\":2,"), "duplicate key 'seed'");
  rejects_text(edited("\"generator\":{", "\"generator\":{\"seed\":1,\"seed\":2,"), "$.generator");
}

TEST_CASE("unknown and misspelled fields are refused, informational ones are optional", "[io][grammar]") {
  rejects_text(edited("\"strict_on\":", "\"strict-on\":\"cube\",\"x\":"), "unknown field 'strict-on'");
  rejects_text(edited("\"degree_bound\":1", "\"degree_bound\":1,\"degre_bound\":1"), "unknown field 'degre_bound'");
  rejects_text(edited("\"selector\":0", "\"selector\":0,\"note\":\"\""), "unknown field 'note'");
  json j = valid_composition();
  for (const char* informational : {"paper", "statement", "generator", "construction"}) j.erase(informational);
  CHECK_NOTHROW(read_witness_text(j.dump(), "w.json"));
  j["paper"] = 5;
  rejects_text(j.dump(), "'paper' must be a string");
}

TEST_CASE("JSON numbers are integers only, never -0", "[io][grammar]") {
  rejects_text(edited("\"degree_bound\":1", "\"degree_bound\":1.0"), "not an integer");
  rejects_text(edited("\"degree_bound\":1", "\"degree_bound\":1e0"), "not an integer");
  rejects_text(edited("\"selector\":0", "\"selector\":-0"), "-0");
  rejects_text(edited("\"selector\":0", "\"selector\":18446744073709551616"), "$.cases[0].selector");
  rejects_text(edited("\"selector\":0", "\"selector\":018"), "not valid JSON");
  CHECK_THROWS_AS(parse_strict_json(std::string(100, '[') + std::string(100, ']'), "deep"), InputError);
  CHECK_THROWS_AS(parse_strict_json("\xEF\xBB\xBF{}", "bom"), InputError);
  CHECK_THROWS_AS(parse_strict_json("{} x", "trailing"), InputError);
  CHECK_THROWS_AS(parse_strict_json(std::string("{}\0{\"x\":", 8), "nul"), InputError);  // was accepted: NUL ended the input
  CHECK_THROWS_AS(parse_strict_json(std::string("{\"a\":1}\0", 8), "nul"), InputError);
  CHECK_THROWS_AS(parse_strict_json("{\"a\": NaN}", "nan"), InputError);
  CHECK(parse_strict_json("{\"a\": [1, -2, {\"b\": null}]}\n", "ok").dump() == "{\"a\":[1,-2,{\"b\":null}]}");
}

TEST_CASE("polynomials must be written canonically, so degree as written is the degree", "[io][grammar]") {
  const json j = valid_composition();
  {  // A zero-coefficient term of degree 2 in a degree-1 gate: refused, not dropped.
    json b = j;
    b["gates"][0]["terms"].push_back(json::array({"0", 0, 1}));
    rejects_text(b.dump(), "is 0");
  }
  {  // The same monomial twice: refused, not summed.
    json b = j;
    b["gates"][0]["terms"].push_back(b["gates"][0]["terms"][1]);
    rejects_text(b.dump(), "repeats a monomial");
  }
  {
    json b = j;
    b["gates"][0]["terms"].push_back(json::array({"2", 3, 1}));
    rejects_text(b.dump(), "strictly increasing");
  }
  {
    json b = j;
    b["gates"][0]["terms"].push_back(json::array({"2", 1, 1}));
    rejects_text(b.dump(), "strictly increasing");
  }
  {  // A degree-2 term in a gate whose bound is 1 is read, and its degree is 2.
    json b = j;
    b["gates"][0]["terms"].push_back(json::array({"2", 3, 4}));
    const Witness w = read_witness_text(b.dump(), "w.json");
    CHECK(std::get<SelectorClaim>(w.claim).gates[0].degree() == 2);
  }
}

TEST_CASE("names and case targets are exact", "[io][grammar]") {
  const json j = valid_composition();
  { json b = j; b["gates"][1]["name"] = "F_0"; rejects_text(b.dump(), "must be \"F_1\""); }
  { json b = j; b["inputs"][0]["name"] = "g"; rejects_text(b.dump(), "must be \"f_0\""); }
  { json b = j; b["operator"]["name"] = "OR"; rejects_text(b.dump(), "does not name"); }
  for (const char* bad : {"+f_1", "f_01", "f_+1", "f_", "f_10", "1", "+1 "}) {
    CAPTURE(bad);
    json b = j;
    b["cases"][1]["equals"] = bad;
    rejects_text(b.dump(), "cases[1].equals");
  }
}

TEST_CASE("dense selector witnesses round-trip, the selector field, codes and encoding are strict",
          "[io][dense-selectors]") {
  const Witness w = random_composition_witness(BooleanOperator::parse("tt:00010111"), 6, {1, 2, 1}, 4, 80,
                                               SelectorEncoding::dense);
  const std::string text = witness_to_text(w);
  const Witness back = witness_from_json(json::parse(text));
  CHECK(witness_to_text(back) == text);
  const auto& claim = std::get<SelectorClaim>(back.claim);
  CHECK(claim.selector == SelectorEncoding::dense);
  CHECK(claim.k == 2);
  CHECK(claim.codes == std::vector<std::uint32_t>{0, 1, 2});
  const json good = json::parse(text);
  CHECK(good["selector"] == "dense");
  auto rejects = [](json j, const std::string& needle) {
    try {
      witness_from_json(j);
      FAIL("accepted: " + needle);
    } catch (const InputError& e) {
      CAPTURE(e.what());
      CHECK(std::string(e.what()).find(needle) != std::string::npos);
    }
  };
  json j = good;
  j["selector"] = "Dense";
  rejects(j, "'selector' must be");
  j = good;
  j.erase("selector");  // a sparse reading: the dense encoding block and the codes do not belong to it
  rejects(j, "encoding");
  j = good;
  j["encoding"] = valid_composition()["encoding"];
  rejects(j, "encoding");
  j = good;
  j["cases"][1]["code"] = 0;
  rejects(j, "repeats code");
  j = good;
  j["cases"][0]["code"] = 4;
  rejects(j, "cases[0].code");
  j = good;
  j["cases"][2].erase("code");
  rejects(j, "cases[2].code' is missing");
  j = good;
  j["k"] = 3;
  rejects(j, "ceil(log2 3)");
  j = good;
  j["claim"] = "lemma-5.3";
  rejects(j, "lemma-5.4 only");
  // A sparse file may say "sparse" explicitly (the same claim), but may not carry codes.
  json sparse = valid_composition();
  sparse["selector"] = "sparse";
  CHECK(witness_to_json(witness_from_json(sparse)) == valid_composition());
  sparse["cases"][0]["code"] = 0;
  rejects(sparse, "unknown field 'code'");
}
