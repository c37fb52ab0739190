#include <catch2/catch.hpp>
#include <sys/wait.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "circuit/reference.h"
#include "claim/catalogue.h"
#include "claim/reference.h"
#include "io/witness_json.h"
#include "quarks_cli.h"

namespace fs = std::filesystem;
using nlohmann::json;
using quarks::testing::expect_bad_input;
using quarks::testing::fresh_scratch_dir;
using quarks::testing::Run;
using quarks::testing::run_quarks;
using quarks::testing::scratch;
using quarks::testing::slurp;

namespace {

std::string write_json(const std::string& name, const json& j) {
  fs::path p = scratch() / name;
  std::ofstream(p) << j.dump();
  return p.string();
}

}  // namespace

TEST_CASE("quarks witness + check: a valid witness is verified both ways", "[cli]") {
  const std::string w = (scratch() / "and.json").string();
  REQUIRE(run_quarks("witness composition --op AND --n 8 --degree 1 --seed 7 -o " + w).status == 0);
  Run r = run_quarks("check " + w);
  CAPTURE(r.out, r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("exhaustive: verified") != std::string::npos);
  CHECK(r.out.find("z3: verified") != std::string::npos);
  CHECK(run_quarks("check " + w + " --method exhaustive").status == 0);
  CHECK(run_quarks("check " + w + " --method z3 --timeout 30").status == 0);
}

TEST_CASE("quarks check: a corrupted witness is refuted with a counterexample", "[cli]") {
  const std::string w = (scratch() / "xor.json").string();
  REQUIRE(run_quarks("witness composition --op XOR --n 6 --degree 1 --seed 2 -o " + w).status == 0);
  json j = json::parse(slurp(w));
  // Replace F_1 by -F_1: at every selector point its sign flips, so the claim is false.
  for (auto& term : j["gates"][1]["terms"]) {
    std::string c = term[0];
    term[0] = c[0] == '-' ? c.substr(1) : "-" + c;
  }
  const std::string bad = write_json("xor-bad.json", j);
  for (const char* method : {"exhaustive", "z3", "both"}) {
    Run r = run_quarks("check " + bad + " --method " + method);
    CAPTURE(method, r.out);
    CHECK(r.status == 1);
    CHECK(r.out.find("counterexample") != std::string::npos);
    CHECK(r.out.find("verified") == std::string::npos);
  }
}

TEST_CASE("quarks: bad input gets one line on stderr and exit code 2", "[cli]") {
  const std::string good = (scratch() / "good.json").string();
  REQUIRE(run_quarks("witness composition --op OR --n 5 --degree 1 --seed 1 -o " + good).status == 0);
  const json j = json::parse(slurp(good));
  expect_bad_input("check " + (scratch() / "does-not-exist.json").string(), "cannot read");
  expect_bad_input("check " + write_json("array.json", json::parse("[1]")), "JSON object");
  {
    std::ofstream(scratch() / "truncated.json") << slurp(good).substr(0, 100);
    expect_bad_input("check " + (scratch() / "truncated.json").string(), "not valid JSON");
  }
  { json b = j; b.erase("inputs"); expect_bad_input("check " + write_json("m1.json", b), "inputs"); }
  { json b = j; b["inputs"][0]["terms"][0][0] = "1.5"; expect_bad_input("check " + write_json("m2.json", b), "not a decimal integer"); }
  { json b = j; b["operator"]["truth_table"] = "0011"; expect_bad_input("check " + write_json("m3n.json", b), "does not name"); }
  { json b = j; b["operator"]["truth_table"] = "0011"; b["operator"].erase("name"); expect_bad_input("check " + write_json("m3.json", b), "reducible"); }
  { json b = j; b["gates"][0]["degree_bound"] = 0; expect_bad_input("check " + write_json("m4.json", b), "degree_bound"); }
  { json b = j; b["k"] = 5; expect_bad_input("check " + write_json("m5.json", b), "k = 5"); }
  { json b = j; b["n"] = 4; expect_bad_input("check " + write_json("m6.json", b), "variables"); }
  expect_bad_input("witness composition --op Z1 --n 8 -o x.json", "reducible");
  expect_bad_input("witness composition --op FOO --n 8 -o x.json", "unknown Boolean operator");
  expect_bad_input("witness composition --op AND --n 8 --degree 0 -o x.json", "below 1");
  expect_bad_input("witness composition --op AND --n 8 --degree 1,x -o x.json", "--degree");
  expect_bad_input("witness composition --op AND --n 1 -o x.json", "outside 2..4096");
  expect_bad_input("witness composition --op tt:00010111 --n 2 -o x.json", "below n");
  expect_bad_input("witness composition --op AND --n 5000 -o x.json", "outside 2..4096");
  expect_bad_input("witness composition --op AND --n abc -o x.json", "abc");
  expect_bad_input("witness lemma-5.3 --n 8 --k 2 --j 1 --signs +-+ -o x.json", "'.' at position j");
  expect_bad_input("check " + good + " --method magic", "--method");
  expect_bad_input("check " + good + " --timeout -1", "--timeout");
  const std::string big = (scratch() / "big.json").string();
  REQUIRE(run_quarks("witness composition --op AND --n 50 -o " + big).status == 0);
  expect_bad_input("check " + big + " --method exhaustive", "exhaustive limit");
  CHECK_FALSE(fs::exists("x.json"));
}

TEST_CASE("quarks witness theorem-4.3: the construction verified, Eq. 4.14 as printed refuted", "[cli][thm-4.3]") {
  const std::string w = (scratch() / "t43.json").string(), p = (scratch() / "t43-paper.json").string();
  REQUIRE(run_quarks("witness theorem-4.3 --n 5 --m 3 --seed 4 -o " + w).status == 0);
  Run r = run_quarks("check " + w);
  CAPTURE(r.out, r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("claim: theorem-4.3 (Theorem 4.3") != std::string::npos);
  CHECK(r.out.find("parameters: n = 5, m = 3, selector bits s = 2") != std::string::npos);
  CHECK(r.out.find("exhaustive: verified (32 points") != std::string::npos);  // 4 codes cover {0,1}^5
  CHECK(r.out.find("z3: verified") != std::string::npos);
  REQUIRE(run_quarks("witness theorem-4.3 --n 5 --m 3 --seed 4 --formula paper -o " + p).status == 0);
  for (const char* method : {"exhaustive", "z3", "both"}) {
    Run bad = run_quarks("check " + p + " --method " + method);
    CAPTURE(method, bad.out);
    CHECK(bad.status == 1);
    CHECK(bad.out.find("counterexample (re-evaluated exactly)") != std::string::npos);
  }
  // --inputs: h+_0, g+_0, h+_1, g+_1 of the smallest failing instance (docs/errata.md).
  const std::string inputs = write_json("t43-inputs.json", json::parse(R"({"inputs": [
      {"variables": 1, "terms": [["-1"]]}, {"variables": 1, "terms": [["1"]]},
      {"variables": 1, "terms": [["1"]]}, {"variables": 1, "terms": [["1"]]}]})"));
  const std::string given = (scratch() / "t43-given.json").string();
  REQUIRE(run_quarks("witness theorem-4.3 --n 2 --m 2 --formula paper --inputs " + inputs + " -o " + given).status == 0);
  Run smallest = run_quarks("check " + given);
  CHECK(smallest.status == 1);
  CHECK(smallest.out.find("x- = 0, x+ = 0: y_0 = -1 (h_0 = -1, g_0 = 1), y_1 = +1") != std::string::npos);
  REQUIRE(run_quarks("witness theorem-4.3 --n 2 --m 2 --inputs " + inputs + " -o " + given).status == 0);
  CHECK(run_quarks("check " + given).status == 0);
  // A walk that reports a violation the reference does not confirm is a disagreement (exit 4).
  const fs::path golden = fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "theorem-4.3-n4-m3-s1.json";
  const fs::path report = scratch() / "t43-report.json";
  Run fault = run_quarks("check " + golden.string() + " --method exhaustive --report " + report.string(),
                         "env QUARKS_TEST_INJECT_FAULT=walk");
  CHECK(fault.status == 4);
  CHECK(json::parse(slurp(report))["verdict"] == "disagreement");
  REQUIRE(run_quarks("check " + golden.string() + " --report " + report.string()).status == 0);
  CHECK(json::parse(slurp(report))["scope"] == "instance");
  CHECK(json::parse(slurp(report))["claim"] == "theorem-4.3");
  // A large n goes to Z3 only.
  const std::string big = (scratch() / "t43-big.json").string();
  REQUIRE(run_quarks("witness theorem-4.3 --n 48 --m 4 --seed 1 -o " + big).status == 0);
  expect_bad_input("check " + big, "exhaustive limit");
  CHECK(run_quarks("check " + big + " --method z3").status == 0);
}

TEST_CASE("quarks witness theorem-4.3: bad input gets one line and exit 2", "[cli][thm-4.3]") {
  expect_bad_input("witness theorem-4.3 --n 4 --m 0 -o x.json", "--m 0 is outside 1..1024");
  expect_bad_input("witness theorem-4.3 --n 12 --m 1025 -o x.json", "--m 1025 is outside 1..1024");
  expect_bad_input("witness theorem-4.3 --n 2 --m 3 -o x.json", "exceeds 2^(n-1) = 2");
  expect_bad_input("witness theorem-4.3 --n 3 --m 5 -o x.json", "exceeds 2^(n-1) = 4");
  expect_bad_input("witness theorem-4.3 --n 5000 --m 2 -o x.json", "outside 2..4096");
  expect_bad_input("witness theorem-4.3 --n 1 --m 1 -o x.json", "outside 2..4096");
  expect_bad_input("witness theorem-4.3 --n 4 --m 2 --formula printed -o x.json", "--formula");
  expect_bad_input("witness theorem-4.3 --n 4 --m 02 -o x.json", "02");
  expect_bad_input("witness theorem-4.3 --n 4 --m 2 --bits 1 -o x.json", "--bits");
  expect_bad_input("witness theorem-4.3 --n 4 -o x.json", "--m");
  const std::string three = write_json("t43-three.json", json::parse(R"({"inputs": [
      {"variables": 3, "terms": [["1"]]}, {"variables": 3, "terms": [["1"]]}, {"variables": 3, "terms": [["1"]]}]})"));
  expect_bad_input("witness theorem-4.3 --n 4 --m 2 --inputs " + three + " -o x.json", "2m = 4 polynomials");
  const std::string zero = write_json("t43-zero.json", json::parse(R"({"inputs": [
      {"variables": 4, "terms": [["1"], ["-1", 0]]}, {"variables": 4, "terms": [["1"]]}]})"));
  expect_bad_input("witness theorem-4.3 --n 4 --m 1 --inputs " + zero + " -o x.json", "h+_0 is 0 at");
  const std::string quadratic = write_json("t43-quad.json", json::parse(R"({"inputs": [
      {"variables": 4, "terms": [["1"], ["2", 0, 1]]}, {"variables": 4, "terms": [["1"]]}]})"));
  expect_bad_input("witness theorem-4.3 --n 4 --m 1 --inputs " + quadratic + " -o x.json", "degree 2");
  const std::string narrow = write_json("t43-narrow.json", json::parse(R"({"inputs": [
      {"variables": 2, "terms": [["1"]]}, {"variables": 2, "terms": [["1"]]}]})"));
  expect_bad_input("witness theorem-4.3 --n 4 --m 1 --inputs " + narrow + " -o x.json", "expected n - s = 4");
  CHECK_FALSE(fs::exists("x.json"));

  // Malformed files: every field of docs/witness-format.md, theorem-4.3.
  const std::string good = (scratch() / "t43-good.json").string();
  REQUIRE(run_quarks("witness theorem-4.3 --n 4 --m 3 --seed 1 -o " + good).status == 0);
  const json j = json::parse(slurp(good));
  { json b = j; b["m"] = 0; expect_bad_input("check " + write_json("t1.json", b), "'m' = 0 is outside 1..1024"); }
  expect_bad_input("check " + good + " --threads 1025", "--threads 1025 is outside 0..1024");
  expect_bad_input("check " + good + " --threads 02", "02");
  for (const char* threads : {"1", "2", "0"}) {  // the same verdict on any number of threads
    const auto r = run_quarks("check " + good + " --method exhaustive --threads " + threads);
    CHECK(r.status == 0);
    CHECK(r.out.find("exhaustive: verified (16 points") != std::string::npos);
  }
  { json b = j; b["m"] = 5; expect_bad_input("check " + write_json("t2.json", b), "h_plus has 3 entries, expected m = 5"); }
  { json b = j; b["n"] = 2; expect_bad_input("check " + write_json("t3.json", b), "leaving none of n = 2"); }
  { json b = j; b["n"] = 5000; expect_bad_input("check " + write_json("t4.json", b), "'n' = 5000 is outside 2..4096"); }
  { json b = j; b["output"]["bias"] = 2; expect_bad_input("check " + write_json("t5.json", b), "output.bias"); }
  { json b = j; b["output"]["weights"].erase(0); expect_bad_input("check " + write_json("t6.json", b), "output.weights has 2"); }
  { json b = j; b["output"]["threshold"] = "1"; expect_bad_input("check " + write_json("t7.json", b), "unknown field 'threshold'"); }
  { json b = j; b["h"][0]["name"] = "g_0"; expect_bad_input("check " + write_json("t8.json", b), "must be \"h_0\""); }
  { json b = j; b["g_plus"][1]["variables"] = 4; expect_bad_input("check " + write_json("t9.json", b), "g+_1 has 4 variables"); }
  { json b = j; b["h_plus"][0]["terms"].push_back({"2", 0, 1}); expect_bad_input("check " + write_json("t10.json", b), "degree 2"); }
  { json b = j; b["g"][0]["degree_bound"] = 1; expect_bad_input("check " + write_json("t11.json", b), "unknown field 'degree_bound'"); }
  { json b = j; b.erase("output"); expect_bad_input("check " + write_json("t12.json", b), "'output' is missing"); }
  { json b = j; b["k"] = 2; expect_bad_input("check " + write_json("t13.json", b), "unknown field 'k'"); }
  { json b = j; b["encoding"]["selector"] = "dense"; expect_bad_input("check " + write_json("t14.json", b), "encoding"); }
  { json b = j; b["output"]["weights"][0] = "01"; expect_bad_input("check " + write_json("t15.json", b), "output.weights[0]"); }
  { json b = j; b["claim"] = "theorem-4.2"; expect_bad_input("check " + write_json("t16.json", b), "theorem-4.2"); }
  // A quadratic gate is not an LTF: refuted (exit 1), not bad input, like a degree bound.
  { json b = j; b["g"][2]["terms"].push_back({"2", 0, 1}); CHECK(run_quarks("check " + write_json("t17.json", b)).status == 1); }
}

TEST_CASE("quarks: a failed command leaves no output file behind", "[cli]") {
  const fs::path target = scratch() / "nowhere" / "w.json";
  Run r = run_quarks("witness composition --op AND --n 8 -o " + target.string());
  CHECK(r.status == 2);
  CHECK_FALSE(fs::exists(target.parent_path()));
  const fs::path kept = scratch() / "kept.json";
  r = run_quarks("witness composition --op NOR --n 8 --degree 0 -o " + kept.string());
  CHECK(r.status == 2);
  CHECK_FALSE(fs::exists(kept));
  for (const auto& entry : fs::directory_iterator(scratch())) {
    CHECK(entry.path().string().find(".tmp-quarks") == std::string::npos);
  }
}

TEST_CASE("quarks list, smt2 and --help", "[cli]") {
  Run list = run_quarks("list");
  CHECK(list.status == 0);
  for (const char* id : {"lemma-5.1", "lemma-5.2", "lemma-5.3", "lemma-5.4", "thm-4.2", "prop-5.5", "thm-4.1"}) {
    CHECK(list.out.find(id) != std::string::npos);
  }
  for (const char* sub : {"", "list", "witness", "witness composition", "witness lemma-5.3", "check", "smt2", "run"}) {
    Run help = run_quarks(std::string(sub) + " --help");
    CAPTURE(sub);
    CHECK(help.status == 0);
    CHECK(help.out.find("--help") != std::string::npos);
  }
  const std::string w = (scratch() / "s.json").string();
  REQUIRE(run_quarks("witness lemma-5.3 --n 6 --k 2 --j 1 --signs +.- --degree 2 -o " + w).status == 0);
  const fs::path dir = scratch() / "smt2";
  Run r = run_quarks("smt2 " + w + " -o " + dir.string());
  CHECK(r.status == 0);
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    ++files;
    std::string text = slurp(entry.path());
    CHECK(text.find("(set-logic QF_LIA)") != std::string::npos);
    CHECK(text.find("(check-sat)") != std::string::npos);
  }
  CHECK(files >= 3);  // one per selector case and one strictness obligation
}

TEST_CASE("golden witnesses regenerate byte for byte from their commands", "[cli][golden]") {
  std::ifstream manifest(std::string(QUARKS_SOURCE_DIR) + "/witnesses/MANIFEST");
  REQUIRE(manifest.good());
  std::string line;
  int count = 0;
  while (std::getline(manifest, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto space = line.find(' ');
    const std::string file = line.substr(0, space), args = line.substr(space + 1);
    const fs::path regenerated = scratch() / file;
    Run r = run_quarks(args + " -o " + regenerated.string());
    CAPTURE(file, r.err);
    REQUIRE(r.status == 0);
    CHECK(slurp(regenerated) == slurp(fs::path(QUARKS_SOURCE_DIR) / "witnesses" / file));
    ++count;
  }
  CHECK(count >= 8);
}

TEST_CASE("quarks capacity, depth and dot", "[cli]") {
  Run cap = run_quarks("capacity --n 3");
  CHECK(cap.status == 0);
  CHECK(cap.out.find("|T(n;1)| = 104") != std::string::npos);
  CHECK(cap.out.find("holds") != std::string::npos);
  {  // The table: whole headers, and every value starts under its header.
    std::istringstream lines(cap.out);
    std::string line, header;
    std::getline(lines, line);
    std::getline(lines, header);
    CHECK(header == "B        |T(n-1;1)|^2  |T_B(n;1,1)|  min(|T(n;1)|^2, 2^(2^n))  capacity (bits)");
    std::vector<std::size_t> starts;
    for (const char* h : {"|T(n-1;1)|^2", "|T_B(n;1,1)|", "min(", "capacity"}) starts.push_back(header.find(h));
    int rows = 0;
    while (std::getline(lines, line) && line.rfind("intersection", 0) != 0) {
      CAPTURE(line);
      for (std::size_t at : starts) CHECK((line[at - 1] == ' ' && line[at] != ' '));
      ++rows;
    }
    CHECK(rows == 10);  // the irreducible binary B
  }
  expect_bad_input("capacity --n 6", "outside 2..5");

  Run depth = run_quarks("depth --m 4 --n 4");
  CHECK(depth.status == 0);
  CHECK(depth.out.find("attention") != std::string::npos);
  expect_bad_input("depth --m 0 --n 4", "");
  expect_bad_input("depth --m 4 --n 100000", "");
  expect_bad_input("depth --m four --n 4", "");

  Run dot = run_quarks("dot circuit attention-gated --m 2 --n 2");
  CHECK(dot.status == 0);
  CHECK(dot.out.find("digraph") != std::string::npos);
  const std::string w = (scratch() / "dot.json").string();
  REQUIRE(run_quarks("witness composition --op XOR --n 5 -o " + w).status == 0);
  Run wd = run_quarks("dot witness " + w);
  CHECK(wd.status == 0);
  CHECK(wd.out.find("F_1") != std::string::npos);
  const std::string selectors = (scratch() / "sel.json").string();
  REQUIRE(run_quarks("witness lemma-5.2 --max-k 2 -o " + selectors).status == 0);
  expect_bad_input("dot witness " + selectors, "no circuit");
  const fs::path layer = fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "theorem-4.3-n4-m3-s1.json";
  Run ld = run_quarks("dot witness " + layer.string());
  CAPTURE(ld.err);
  CHECK(ld.status == 0);
  for (const char* node : {"x-_0", "x+_1", "h_2", "g_2", "phi"}) {
    CHECK(ld.out.find("label=\"" + std::string(node) + "\\n") != std::string::npos);
  }
  CHECK(ld.out.find("peripheries=2") != std::string::npos);  // phi is the output
  expect_bad_input("dot circuit no-such-circuit", "");
  expect_bad_input("dot circuit softmax-sm --n -3", "");
}

TEST_CASE("docs/claims.md is the catalogue that quarks list prints", "[cli]") {
  Run r = run_quarks("list --markdown");
  REQUIRE(r.status == 0);
  CHECK(r.out == slurp(fs::path(QUARKS_SOURCE_DIR) / "docs" / "claims.md"));
  // Every claim id of the project's scope (every claim of the paper) is in the catalogue.
  for (const char* id : {"sm-softmax", "sm-dot", "taxonomy", "transformer", "encodings", "irreducible-ops",
                         "lemma-5.1", "lemma-5.2", "lemma-5.3", "lemma-5.4", "thm-4.2", "thm-4.1", "prop-5.5",
                         "thm-4.3", "capacity-known", "relu-gating", "xor-gating", "shaping", "universal-approx",
                         "synaptic-capacity", "depth-reduction"}) {
    CHECK(r.out.find("| " + std::string(id) + " |") != std::string::npos);
  }
}

TEST_CASE("golden proofs: every MANIFEST witness through quarks smt2 equals proofs/ byte for byte", "[cli][golden]") {
  const fs::path source(QUARKS_SOURCE_DIR);
  std::ifstream manifest(source / "witnesses" / "MANIFEST");
  REQUIRE(manifest.good());
  const fs::path out = scratch() / "golden-proofs";
  fs::remove_all(out);
  std::string line;
  while (std::getline(manifest, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::string file = line.substr(0, line.find(' '));
    Run r = run_quarks("smt2 " + (source / "witnesses" / file).string() + " -o " + out.string());
    CAPTURE(file, r.err);
    REQUIRE(r.status == 0);
  }
  REQUIRE(run_quarks("not-ltf --op XOR --smt2 " + (out / "xor-not-ltf.smt2").string()).status == 0);
  std::set<std::string> expected, regenerated;
  for (const auto& e : fs::directory_iterator(source / "proofs")) {
    if (e.path().extension() == ".smt2") expected.insert(e.path().filename().string());
  }
  for (const auto& e : fs::directory_iterator(out)) regenerated.insert(e.path().filename().string());
  CHECK(regenerated == expected);  // no stale and no missing proof files
  for (const auto& name : regenerated) {
    CAPTURE(name);
    CHECK(slurp(out / name) == slurp(source / "proofs" / name));
  }
  CHECK(regenerated.size() >= 32);
}

TEST_CASE("trust regressions: octal-looking integers and duplicate keys are bad input, never checked",
          "[cli][trust]") {
  const fs::path golden = fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "lemma-5.3-n10-k2-j0-d1.json";
  json j = json::parse(slurp(golden));
  std::string constant = j["gates"][0]["terms"][0][0].get<std::string>();
  if (constant[0] == '-') constant = constant.substr(1);
  for (const std::string& bad : std::vector<std::string>{"0" + constant, "+" + constant, "08", "-0", "00", " 1", "1e3", "0x10"}) {
    json b = j;
    b["gates"][0]["terms"][0][0] = bad;
    const std::string file = write_json("bad-integer.json", b);
    expect_bad_input("check " + file, "gates[0].terms[0][0]");
    const fs::path dir = scratch() / "bad-integer-smt2";
    fs::remove_all(dir);
    expect_bad_input("smt2 " + file + " -o " + dir.string(), "gates[0].terms[0][0]");
    CHECK_FALSE(fs::exists(dir));
  }
  std::string text = json::parse(slurp(golden)).dump();
  text.replace(text.find("\"strict_on\":\"cube\""), 18, "\"strict_on\":\"cube\",\"strict_on\":\"selector-points\"");
  const fs::path dup = scratch() / "duplicate.json";
  std::ofstream(dup) << text;
  expect_bad_input("check " + dup.string(), "duplicate key 'strict_on'");
}

TEST_CASE("weakened claims are refused unless asked for, and then marked on every line", "[cli][trust]") {
  const std::string good = (scratch() / "weak-src.json").string();
  REQUIRE(run_quarks("witness composition --op AND --n 6 --degree 1 --seed 3 -o " + good).status == 0);
  json j = json::parse(slurp(good));
  j["strict_on"] = "selector-points";
  const std::string weak = write_json("weak.json", j);
  expect_bad_input("check " + weak, "--allow-weakened");
  Run r = run_quarks("check " + weak + " --allow-weakened");
  CAPTURE(r.out, r.err);
  CHECK(r.status == 0);
  std::istringstream lines(r.out);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    CAPTURE(line);
    const std::string mark = "[weakened: gates strict only at selector points]";
    CHECK(line.find(mark) != std::string::npos);
    CHECK(line.find(mark) == line.rfind(mark));  // once per line
    ++count;
  }
  CHECK(count >= 5);
}

TEST_CASE("Lemma 5.1 and 5.2 verdict lines say complete or partial", "[cli][trust]") {
  for (const char* golden : {"lemma-5.1-arity2.json", "lemma-5.2-k5.json"}) {
    const fs::path file = fs::path(QUARKS_SOURCE_DIR) / "witnesses" / golden;
    Run full = run_quarks("check " + file.string());
    CAPTURE(golden, full.out);
    CHECK(full.status == 0);
    CHECK(full.out.find("verdict: verified (complete: ") != std::string::npos);
    json j = json::parse(slurp(file));
    j["items"] = json::array({j["items"][0]});
    Run one = run_quarks("check " + write_json("one-item.json", j));
    CAPTURE(one.out);
    CHECK(one.status == 0);
    CHECK(one.out.find("verdict: verified (partial: 1 of ") != std::string::npos);
  }
}

TEST_CASE("exit 4 and a loud message when a checker contradicts the reference", "[cli][trust][fault]") {
  const fs::path file = fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "composition-AND-n8-d1-s7.json";
  Run r = run_quarks("check " + file.string() + " --method exhaustive");
  REQUIRE(r.status == 0);
  const fs::path report = scratch() / "report.json";
  Run bad = run_quarks("check " + file.string() + " --method exhaustive --report " + report.string(),
                       "env QUARKS_TEST_INJECT_FAULT=walk");
  CAPTURE(bad.out, bad.err);
  CHECK(bad.status == 4);
  CHECK(bad.err.find("TEST FAULT INJECTION ACTIVE") != std::string::npos);
  CHECK(bad.out.find("verdict: disagreement") != std::string::npos);
  const json j = json::parse(slurp(report));
  CHECK(j["verdict"] == "disagreement");
  CHECK(j["exit_code"] == 4);
}

TEST_CASE("quarks check --report writes what was proven", "[cli]") {
  const fs::path file = fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "lemma-5.1-arity2.json";
  const fs::path report = scratch() / "report-ok.json";
  REQUIRE(run_quarks("check " + file.string() + " --report " + report.string()).status == 0);
  const json j = json::parse(slurp(report));
  CHECK(j["claim"] == "lemma-5.1");
  CHECK(j["scope"] == "complete");
  CHECK(j["verdict"] == "verified");
  CHECK(j["checkers"].size() == 2);
  CHECK(j["checkers"][1]["method"] == "z3");
}

TEST_CASE("timeouts and integer options are validated the same way everywhere", "[cli][trust]") {
  const std::string w = (fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "lemma-5.2-k5.json").string();
  for (const char* bad : {"0", "-1", "1e3", "nan", "inf", "86401", "0x10", "1.", ".5", ""}) {
    const std::string t = std::string(" --timeout '") + bad + "'";
    expect_bad_input("check " + w + t, "--timeout");
    expect_bad_input("run --out " + (scratch() / "run").string() + t, "--timeout");
    expect_bad_input("not-ltf --op XOR" + t, "--timeout");
  }
  for (const char* bad : {"010", "0x10", "+8", "-0", "8.0"}) {
    const std::string v = std::string("'") + bad + "'";
    expect_bad_input("witness composition --op AND --n " + v + " -o " + (scratch() / "n.json").string(), "--n");
    expect_bad_input("capacity --n " + v, "--n");
    expect_bad_input("check " + w + " --seed " + v, "--seed");
  }
}

TEST_CASE("output paths are checked before the work, and quarks smt2 writes all files or none", "[cli][trust]") {
  const fs::path witness = fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "composition-AND-n8-d1-s7.json";
  // A report into a missing directory is refused before the check prints anything.
  Run missing = run_quarks("check " + witness.string() + " --report " + (scratch() / "no" / "r.json").string());
  CHECK(missing.status == 2);
  CHECK(missing.out.empty());
  const fs::path file = scratch() / "plain-file";
  std::ofstream(file) << "x";
  expect_bad_input("check " + witness.string() + " --dump-smt2 " + file.string(), "not a directory");
  expect_bad_input("smt2 " + witness.string() + " -o " + file.string(), "not a directory");
  expect_bad_input("run --out " + file.string(), "not a directory");
  // The report must not overwrite the witness it checks.
  const fs::path copy = scratch() / "copy.json";
  fs::copy_file(witness, copy, fs::copy_options::overwrite_existing);
  expect_bad_input("check " + copy.string() + " --report " + copy.string(), "witness file itself");
  CHECK(slurp(copy) == slurp(witness));
  // One target path blocked by a directory: no file of the set is written.
  const fs::path out = scratch() / "partial";
  fs::remove_all(out);
  fs::create_directories(out / "composition-AND-n8-d1-s7.strict-F1.bound-F1.smt2");
  Run r = run_quarks("smt2 " + witness.string() + " -o " + out.string());
  CAPTURE(r.err);
  CHECK(r.status == 2);
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(out)) files += e.is_regular_file();
  CHECK(files == 0);
}

TEST_CASE("generators refuse a degree above the number of variables of f", "[cli]") {
  expect_bad_input("witness composition --op AND --n 8 --degree 8 -o " + (scratch() / "d.json").string(),
                   "exceeds n - k = 7");
  expect_bad_input("witness lemma-5.3 --n 8 --k 2 --degree 7 -o " + (scratch() / "d.json").string(),
                   "exceeds n - k = 6");
  CHECK(run_quarks("witness composition --op AND --n 8 --degree 7 -o " + (scratch() / "d.json").string()).status == 0);
  CHECK(run_quarks("check " + (scratch() / "d.json").string() + " --method exhaustive").status == 0);
}

TEST_CASE("quarks witness composition --selector dense: r = ceil(log2(k+1)) selector variables", "[cli][dense-selectors]") {
  const std::string w = (scratch() / "dense.json").string();
  // AND of 5: k = 4 sparse selector variables, r = 3 dense ones; n = 4 leaves one x variable.
  const std::string and5 = "tt:" + std::string(31, '0') + "1";
  Run made = run_quarks("witness composition --op " + and5 + " --n 4 --degree 1 --selector dense -o " + w);
  CAPTURE(made.err);
  REQUIRE(made.status == 0);
  Run checked = run_quarks("check " + w + " --method both");
  CAPTURE(checked.out, checked.err);
  CHECK(checked.status == 0);
  CHECK(checked.out.find("k = 3 (dense selector variables), codes 0 1 2 3 4") != std::string::npos);
  CHECK(checked.out.find("degrees 3 3 3 3 3") != std::string::npos);  // max(d, r) = 3
  CHECK(checked.out.find("beyond the paper") != std::string::npos);
  // The sparse construction needs n > k = 4.
  expect_bad_input("witness composition --op " + and5 + " --n 4 --degree 1 -o " + w, "must be below n");
  expect_bad_input("witness composition --op " + and5 + " --n 3 --degree 1 --selector dense -o " + w,
                   "r = 3 must be below n = 3");
  expect_bad_input("witness composition --op AND --n 4 --selector Dense -o " + w, "--selector must be sparse or dense");
  expect_bad_input("witness composition --op AND --n 4 --degree 4 --selector dense -o " + w, "exceeds");
  // A sparse command line is unchanged by the option's existence: no "--selector" in its record.
  REQUIRE(run_quarks("witness composition --op AND --n 4 --selector sparse -o " + w).status == 0);
  CHECK(slurp(w).find("--selector") == std::string::npos);
  CHECK(slurp(w).find("\"selector\": \"dense\"") == std::string::npos);
}

TEST_CASE("quarks prove: the exit code is the verdict's, bad input is one line", "[cli][prove]") {
  Run proved = run_quarks("prove lemma-5.2 --up-to 2");
  CAPTURE(proved.out, proved.err);
  CHECK(proved.status == 0);
  CHECK(proved.out.find("lemma-5.2 k = 2: proved (1 obligations: all unsat)") != std::string::npos);
  // Eq. 5.5 as printed: the claim is that it fails, so the expected refutation exits 0.
  Run printed = run_quarks("prove lemma-5.2-paper --up-to 1");
  CAPTURE(printed.out);
  CHECK(printed.status == 0);
  CHECK(printed.out.find("refuted as expected (2 obligations: all sat, j-ge-1 unsat)") != std::string::npos);
  Run list = run_quarks("prove --list");
  CHECK(list.status == 0);
  CHECK(list.out.find("SIZE = n-k in 1..8") != std::string::npos);
  expect_bad_input("prove lemma-9", "unknown claim 'lemma-9'");
  expect_bad_input("prove", "prove needs a claim id");
  expect_bad_input("prove lemma-5.3-k1 --up-to 9", "--up-to 9 is outside 1..8");
  expect_bad_input("prove lemma-5.3-k1 --up-to 01", "--up-to");
}

namespace {
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}
// The words of `text` joined by single spaces.
std::string words(const std::string& text) {
  std::istringstream in(text);
  std::string out;
  for (std::string w; in >> w;) out += (out.empty() ? "" : " ") + w;
  return out;
}
std::string slice(const std::string& line, std::size_t from, std::size_t to) {
  return from >= line.size() ? "" : line.substr(from, to - from);
}

// Reads the `quarks list` table back: every line within `width`, every claim's
// id, paper and status in their own columns (nothing runs into the next one)
// and what is checked below them, each field word for word the catalogue's.
void check_list_layout(const std::string& out, std::size_t width) {
  const auto lines = lines_of(out);
  REQUIRE(lines.size() > 3);
  for (const auto& line : lines) {
    CAPTURE(line);
    CHECK(line.size() <= width);
  }
  const std::size_t paper_at = lines[0].find("paper"), status_at = lines[0].find("status");
  REQUIRE(paper_at != std::string::npos);
  REQUIRE(status_at != std::string::npos);
  CHECK(lines[1] == std::string(paper_at, ' ') + "what is checked");
  std::vector<std::vector<std::string>> blocks(1);
  for (std::size_t i = 3; i < lines.size(); ++i) {
    if (lines[i].empty()) {
      blocks.emplace_back();
    } else {
      blocks.back().push_back(lines[i]);
    }
  }
  const auto& catalogue = quarks::claims_catalogue();
  REQUIRE(blocks.size() == catalogue.size());
  for (std::size_t c = 0; c < catalogue.size(); ++c) {
    const auto& e = catalogue[c];
    const auto& block = blocks[c];
    CAPTURE(e.id, width);
    bool read_back = false;
    for (std::size_t rows = 1; rows < block.size() && !read_back; ++rows) {
      std::string id, paper, status, checked;
      bool separated = true;  // a blank before each column start on the row lines
      for (std::size_t i = 0; i < rows; ++i) {
        const std::string& l = block[i];
        id += " " + slice(l, 0, paper_at);
        paper += " " + slice(l, paper_at, status_at);
        status += " " + slice(l, status_at, std::string::npos);
        for (std::size_t at : {paper_at, status_at}) separated &= at > l.size() || l[at - 1] == ' ';
      }
      bool indented = true;
      for (std::size_t i = rows; i < block.size(); ++i) {
        indented &= block[i].compare(0, paper_at, std::string(paper_at, ' ')) == 0;
        checked += " " + slice(block[i], paper_at, std::string::npos);
      }
      read_back = separated && indented && words(id) == e.id && words(paper) == words(e.reference) &&
                  words(status) == words(e.status) && words(checked) == words(e.checked);
    }
    CHECK(read_back);
  }
}
}  // namespace

TEST_CASE("quarks list: the table fits 80 and 120 columns and reads back as the catalogue", "[cli][list]") {
  const Run narrow = run_quarks("list --width 80");
  REQUIRE(narrow.status == 0);
  check_list_layout(narrow.out, 80);
  const Run wide = run_quarks("list", "env COLUMNS=120");
  REQUIRE(wide.status == 0);
  check_list_layout(wide.out, 120);
  CHECK(lines_of(wide.out).size() < lines_of(narrow.out).size());  // the width was used
  // --width wins over $COLUMNS; without either (and no terminal) the width is 80.
  CHECK(run_quarks("list --width 80", "env COLUMNS=120").out == narrow.out);
  CHECK(run_quarks("list", "env -u COLUMNS").out == narrow.out);
  CHECK(run_quarks("list", "env COLUMNS=abc").out == narrow.out);
  check_list_layout(run_quarks("list --width 60").out, 60);
  expect_bad_input("list --width 59", "--width 59 is outside 60..1000");
  expect_bad_input("list --width 1001", "--width 1001 is outside 60..1000");
  expect_bad_input("list --width 0x50", "--width");
  expect_bad_input("list --markdown --width 80", "--width goes with the text table");
}

namespace {
int sign_of(const quarks::BigInt& v) { return v > 0 ? 1 : v < 0 ? -1 : 0; }
}  // namespace

TEST_CASE("quarks eval: a witness's circuit at every point agrees with the claim's polynomials", "[cli][eval]") {
  using quarks::BigInt;
  using quarks::CubePoint;
  // Theorem 4.3 (golden): S of h_i, g_i are the polynomials, O of h_i is y_i = h_i g_i, phi is the reference's.
  const fs::path layer_file = fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "theorem-4.3-n4-m3-s1.json";
  const auto layer = std::get<quarks::LayerClaim>(quarks::read_witness_file(layer_file.string()).claim);
  Run all = run_quarks("eval " + layer_file.string() + " --all --json");
  CAPTURE(all.err);
  REQUIRE(all.status == 0);
  const json j = json::parse(all.out);
  CHECK(j.at("format") == "quarks-eval");
  CHECK(j.at("exact") == true);
  CHECK(j.at("inputs") == json::parse(R"(["x-_0", "x-_1", "x+_0", "x+_1"])"));
  CHECK(j.at("outputs") == json::parse(R"(["phi"])"));
  REQUIRE(j.at("units").size() == 2 * layer.m + 1);
  REQUIRE(j.at("points").size() == 16);
  for (std::uint64_t mask = 0; mask < 16; ++mask) {
    const json& p = j.at("points")[mask];
    const CubePoint point = quarks::point_from_mask(mask, 4);
    CAPTURE(mask);
    CHECK(p.at("at").get<std::string>() == quarks::point_to_string(point));
    for (std::uint32_t i = 0; i < layer.m; ++i) {
      const BigInt h = layer.gated[i].evaluate(point), g = layer.gating[i].evaluate(point);
      CHECK(p.at("S")[2 * i].get<std::string>() == quarks::to_string(h));
      CHECK(p.at("S")[2 * i + 1].get<std::string>() == quarks::to_string(g));
      CHECK(p.at("f_S")[2 * i].get<std::string>() == std::to_string(sign_of(h)));
      CHECK(p.at("O")[2 * i].get<std::string>() == std::to_string(sign_of(h) * sign_of(g)));
    }
    CHECK(p.at("outputs")[0].get<std::string>() == std::to_string(*quarks::layer_output_at(layer, point)));
  }
  // Lemma 5.4 (golden, AND, n = 8): the output is B(sign F_0, sign F_1) at every point.
  const fs::path composition = fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "composition-AND-n8-d1-s7.json";
  const auto claim = std::get<quarks::SelectorClaim>(quarks::read_witness_file(composition.string()).claim);
  const json c = json::parse(run_quarks("eval " + composition.string() + " --all --json").out);
  REQUIRE(c.at("points").size() == 256);
  for (std::uint64_t mask = 0; mask < 256; ++mask) {
    const CubePoint point = quarks::point_from_mask(mask, 8);
    std::vector<int> signs;
    for (std::size_t g = 0; g < claim.gates.size(); ++g) {
      const BigInt v = claim.gates[g].evaluate(point);
      signs.push_back(sign_of(v));
      CHECK(c.at("points")[mask].at("S")[g].get<std::string>() == quarks::to_string(v));
    }
    CHECK(c.at("points")[mask].at("outputs")[0].get<std::string>() == std::to_string(claim.combine.evaluate_pm1(signs)));
    CHECK(c.at("points")[mask].at("S").back().is_null());  // B has no activation
  }
  // --at: the same values as the truth table's row, in text and JSON; points in the order given.
  Run at = run_quarks("eval " + layer_file.string() + " --at 0110 --at 1111 --json");
  REQUIRE(at.status == 0);
  const json two = json::parse(at.out);
  REQUIRE(two.at("points").size() == 2);
  CHECK(two.at("points")[0] == j.at("points")[6]);   // 0110: x-_1 = 1, x+_0 = 1
  CHECK(two.at("points")[1] == j.at("points")[15]);
  Run text = run_quarks("eval " + layer_file.string() + " --at 0110");
  CHECK(text.status == 0);
  CHECK(text.out.find("  unit  activation  S") != std::string::npos);
  CHECK(text.out.find("  phi   sign        " + j.at("points")[6].at("S")[6].get<std::string>()) != std::string::npos);
  Run table = run_quarks("eval " + layer_file.string() + " --all");
  CHECK(table.out.find("point  h_0  g_0  h_1  g_1  h_2  g_2  phi  output\n") != std::string::npos);
}

TEST_CASE("quarks eval --circuit: named circuits at real inputs", "[cli][eval]") {
  Run dot = run_quarks("eval --circuit dot-gated --m 2 --at 0.5,-1.25,2,3 --json");
  CAPTURE(dot.err);
  REQUIRE(dot.status == 0);
  const json d = json::parse(dot.out);
  CHECK(d.at("exact") == false);
  CHECK(d.at("circuit") == "dot-gated");
  CHECK(d.at("inputs") == json::parse(R"(["u[0]", "u[1]", "v[0]", "v[1]"])"));
  CHECK(d.at("points")[0].at("at") == json::parse(R"(["0.5", "-1.25", "2", "3"])"));
  CHECK(d.at("points")[0].at("outputs")[0].get<double>() == -2.75);  // 0.5 * 2 - 1.25 * 3, exact in doubles
  // Softmax: the outputs are the reference's within rounding.
  const json s = json::parse(run_quarks("eval --circuit softmax-gated --n 3 --at 1,2,3.5 --json").out);
  const std::vector<double> u{1, 2, 3.5};
  const auto reference = quarks::circuit::reference_softmax(u);
  REQUIRE(s.at("points")[0].at("outputs").size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(std::abs(s.at("points")[0].at("outputs")[i].get<double>() - reference[i]) < 1e-12);
  }
  Run text = run_quarks("eval --circuit dot-gated --m 2 --at 0.5,-1.25,2,3");
  CHECK(text.out.find("  dot   identity    -2.75  (output)") != std::string::npos);
}

TEST_CASE("quarks eval: bad input is one line and exit 2, a zero activation exit 1", "[cli][eval]") {
  const std::string layer = (fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "theorem-4.3-n4-m3-s1.json").string();
  const std::string selectors = (fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "lemma-5.2-k5.json").string();
  expect_bad_input("eval " + layer + " --at 011", "must be 4 characters 0 or 1, one per input (x-_0 x-_1 x+_0 x+_1)");
  expect_bad_input("eval " + layer + " --at 01100", "must be 4 characters");
  expect_bad_input("eval " + layer + " --at 0120", "must be 4 characters");
  expect_bad_input("eval " + layer + " --at ' 0110'", "must be 4 characters");
  expect_bad_input("eval " + layer, "--at POINT");
  expect_bad_input("eval " + layer + " --all --at 0110", "--at POINT");
  expect_bad_input("eval " + layer + " --at 0110 --m 2", "--m and --n go with --circuit");
  expect_bad_input("eval --at 0110", "witness file or --circuit");
  expect_bad_input("eval " + layer + " --circuit dot-gated --at 1,2", "not both");
  expect_bad_input("eval " + selectors + " --at 01", "no circuit");
  expect_bad_input("eval --circuit dot-gated --all", "--all goes with a witness file");
  expect_bad_input("eval --circuit no-such --at 1", "unknown circuit");
  expect_bad_input("eval --circuit dot-gated --m 2 --at 1,2,3", "has 3 values; the circuit has 4 inputs (u[0] u[1] v[0] v[1])");
  for (const char* bad : {"1e3", ".5", "5.", "-0", "01", "+1", "1,5", " 1", "inf", "nan", ""}) {
    expect_bad_input(std::string("eval --circuit dot-gated --m 1 --at '") + bad + ",1'", "--at");
  }
  expect_bad_input("eval --circuit dot-gated --m 17 --at 1,1", "--m 17 is outside 1..16");
  const std::string big = (scratch() / "eval-big.json").string();
  REQUIRE(run_quarks("witness composition --op AND --n 17 -o " + big).status == 0);
  expect_bad_input("eval " + big + " --all", "--all: 17 inputs is above 16");
  // A gate whose activation is exactly 0 at the point has no value: exit 1, nothing on stdout.
  const fs::path composition = fs::path(QUARKS_SOURCE_DIR) / "witnesses" / "composition-AND-n8-d1-s7.json";
  json w = json::parse(slurp(composition));
  w["gates"][0]["terms"] = json::parse(R"([["1"], ["-1", 0]])");  // F_0 = 1 - z_1: 0 where z_1 = 1
  const std::string zero = write_json("eval-zero.json", w);
  quarks::testing::expect_failure("eval " + zero + " --at 10000000", 1, "unit 'F_0'");
  CHECK(run_quarks("eval " + zero + " --at 00000000").status == 0);
}

// quarks check over many files (docs/ci.md): one verdict line per file, the
// summary, the worst exit code, JUnit XML and the JSON report.
namespace {
fs::path check_dir(const std::string& name) { return fresh_scratch_dir(name); }

int validate_junit(const fs::path& xml, const std::string& expectations) {
  const std::string command = "python3 " + (fs::path(QUARKS_SOURCE_DIR) / "tests/cli/junit_schema.py").string() +
                              " '" + xml.string() + "' " + expectations;
  const int raw = std::system(command.c_str());
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

}  // namespace

TEST_CASE("quarks check DIR: one line per file in sorted order, the summary, the worst exit code", "[cli][check-files]") {
  const fs::path dir = check_dir("many");
  const fs::path golden = fs::path(QUARKS_SOURCE_DIR) / "witnesses";
  fs::create_directories(dir / "sub");
  fs::copy_file(golden / "lemma-5.1-arity2.json", dir / "b-lemma51.json");
  fs::copy_file(golden / "lemma-5.2-paper-k2.json", dir / "c-paper.json");  // refuted (docs/errata.md)
  REQUIRE(run_quarks("witness composition --op AND --n 4 --degree 1 --seed 3 -o " + (dir / "sub/a.json").string())
              .status == 0);
  std::ofstream(dir / "d-not-a-witness.json") << R"({"name": "package.json, not a witness"})";
  std::ofstream(dir / "README.txt") << "not *.json: ignored";
  fs::create_directories(dir / "e.json");  // a directory named *.json is walked, not read
  const std::string name = "f &<'\">\xFF.json";  // markup characters and a byte that is not UTF-8
  fs::copy_file(golden / "lemma-5.1-arity2.json", dir / name);

  const fs::path junit = scratch() / "many.xml", report = scratch() / "many-report.json";
  Run r = run_quarks("check " + dir.string() + " --junit " + junit.string() + " --report " + report.string());
  CAPTURE(r.out, r.err);
  CHECK(r.status == 1);  // refuted outranks bad input
  CHECK(r.err.empty());
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 6);
  CHECK(lines[0] == (dir / "b-lemma51.json").string() +
                        ": verified (complete: all irreducible B of arity 2, every index)");
  CHECK(lines[1].rfind((dir / "c-paper.json").string() + ": refuted", 0) == 0);
  CHECK(lines[1].find("counterexample (re-evaluated exactly)") != std::string::npos);
  CHECK(lines[2].rfind((dir / "d-not-a-witness.json").string() + ": bad input: ", 0) == 0);
  CHECK(lines[3].rfind((dir / name).string() + ": verified", 0) == 0);
  CHECK(lines[4].rfind((dir / "sub/a.json").string() + ": verified (one instance", 0) == 0);
  CHECK(lines[5] == "summary: 3 verified, 1 refuted, 1 bad input, 0 undecided (5 files)");

  CHECK(validate_junit(junit, "--tests 5 --failures 1 --errors 1 --failure-text 'counterexample (re-evaluated "
                              "exactly): k = 1, j = 0' --failure-text \"field 'claim' is missing\"") == 0);
  const std::string xml = slurp(junit);
  CHECK(xml.find("name=\"" + (dir / "f &amp;&lt;&apos;&quot;&gt;\xEF\xBF\xBD.json").string() + "\"") !=
        std::string::npos);
  const json j = json::parse(slurp(report));
  CHECK(j["format"] == "quarks-check-files-report");
  CHECK(j["summary"]["files"] == 5);
  CHECK(j["summary"]["refuted"] == 1);
  CHECK(j["summary"]["bad_input"] == 1);
  CHECK(j["exit_code"] == 1);
  CHECK(j["files"][1]["report"]["verdict"] == "refuted");
  CHECK(j["files"][4]["report"]["claim"] == "lemma-5.4");

  // The same with two files at a time: the same lines, in the same order.
  Run parallel = run_quarks("check " + dir.string() + " --jobs 2");
  CHECK(parallel.status == 1);
  CHECK(parallel.out == r.out);

  // Without the refuted file the bad one decides (2); without both, 0. A file
  // named twice (the directory and itself) is checked once.
  fs::remove(dir / "c-paper.json");
  CHECK(run_quarks("check " + dir.string()).status == 2);
  fs::remove(dir / "d-not-a-witness.json");
  Run clean = run_quarks("check " + dir.string() + " " + (dir / "b-lemma51.json").string());
  CHECK(clean.status == 0);
  CHECK(lines_of(clean.out).back() == "summary: 3 verified, 0 refuted, 0 bad input, 0 undecided (3 files)");
  // Several files given one by one: a file that is not *.json is checked too.
  std::ofstream(scratch() / "notes.txt") << "hello";
  Run listed = run_quarks("check " + (dir / "b-lemma51.json").string() + " " + (scratch() / "notes.txt").string());
  CHECK(listed.status == 2);
  CHECK(lines_of(listed.out).back() == "summary: 1 verified, 0 refuted, 1 bad input, 0 undecided (2 files)");

  // A checker disagreement (fault injection: every Gray walk, so the Lemma 5.4
  // file, reports a violation the reference does not confirm) outranks
  // everything: exit 4, an alarm on stderr, an <error> in the JUnit file.
  Run fault = run_quarks("check " + dir.string() + " --method exhaustive --junit " + junit.string(),
                         "QUARKS_TEST_INJECT_FAULT=walk");
  CAPTURE(fault.out, fault.err);
  CHECK(fault.status == 4);
  CHECK(fault.err.find("CHECKER DISAGREEMENT on") != std::string::npos);
  CHECK(lines_of(fault.out).back() ==
        "summary: 2 verified, 0 refuted, 0 bad input, 0 undecided, 1 CHECKER DISAGREEMENT (3 files)");
  CHECK(fault.out.find("sub/a.json: disagreement (one instance") != std::string::npos);
  CHECK(validate_junit(junit, "--tests 3 --failures 0 --errors 1 --failure-text 'CHECKER DISAGREEMENT'") == 0);
}

TEST_CASE("quarks check DIR-or-FILES: bad command lines get one line, exit 2 and no output file", "[cli][check-files]") {
  const fs::path dir = check_dir("many-bad");
  fs::copy_file(fs::path(QUARKS_SOURCE_DIR) / "witnesses/lemma-5.1-arity2.json", dir / "w.json");
  const fs::path empty = check_dir("many-empty");
  const std::string w = (dir / "w.json").string();
  expect_bad_input("check " + empty.string(), "holds no *.json file");
  expect_bad_input("check " + dir.string() + " " + (scratch() / "missing").string(), "does not exist");
  expect_bad_input("check " + dir.string() + " --report " + (dir / "r.json").string(), "a directory being checked");
  expect_bad_input("check " + dir.string() + " --junit " + (dir / "sub-x.xml").string(), "a directory being checked");
  expect_bad_input("check " + dir.string() + " --junit " + w, "a witness file being checked");
  expect_bad_input("check " + w + " " + w + " --report " + w, "a witness file being checked");
  expect_bad_input("check " + dir.string() + " --dump-smt2 " + (scratch() / "dump").string(), "one witness file");
  expect_bad_input("check " + dir.string() + " --jobs 0", "--jobs");
  expect_bad_input("check " + dir.string() + " --jobs 257", "--jobs");
  expect_bad_input("check " + dir.string() + " --jobs 02", "02");
  expect_bad_input("check " + dir.string() + " --junit " + (scratch() / "no-such-dir/x.xml").string(), "x.xml");
  CHECK_FALSE(fs::exists(dir / "r.json"));
  CHECK_FALSE(fs::exists(dir / "sub-x.xml"));
  CHECK_FALSE(fs::exists(scratch() / "dump"));
  for (const auto& entry : fs::directory_iterator(dir)) CHECK(entry.path().filename() == "w.json");
}

TEST_CASE("quarks check FILE --junit: the single-file output, and one testcase", "[cli][check-files]") {
  const fs::path golden = fs::path(QUARKS_SOURCE_DIR) / "witnesses";
  const fs::path junit = scratch() / "one.xml";
  Run r = run_quarks("check " + (golden / "theorem-4.3-paper-n2-m2-s1.json").string() + " --junit " + junit.string());
  CAPTURE(r.out, r.err);
  CHECK(r.status == 1);
  CHECK(r.out.rfind("claim: theorem-4.3 (", 0) == 0);  // the detailed output of one file
  CHECK(r.out.find("verdict: refuted") != std::string::npos);
  CHECK(r.out.find("summary:") == std::string::npos);
  CHECK(validate_junit(junit, "--tests 1 --failures 1 --errors 0 --failure-text 'phi = sign(1) = +1'") == 0);
  // Bad input with one file: exit 2 and no JUnit file, as with --report.
  fs::remove(junit);
  expect_bad_input("check " + (scratch() / "missing.json").string() + " --junit " + junit.string(), "cannot read");
  CHECK_FALSE(fs::exists(junit));
}

TEST_CASE("junit_schema.py rejects what the JUnit schema does not allow", "[cli][check-files]") {
  const fs::path junit = scratch() / "schema.xml";
  REQUIRE(run_quarks("check " + (fs::path(QUARKS_SOURCE_DIR) / "witnesses").string() + " --junit " + junit.string())
              .status == 1);
  REQUIRE(validate_junit(junit, "") == 0);
  const std::string good = slurp(junit);
  const std::vector<std::pair<std::string, std::string>> corruptions = {
      {"timestamp=\"", "timestump=\""},         // a required attribute missing (and an unknown one)
      {"failures=\"2\"", "failures=\"3\""},     // counts that do not match the testcases
      {"<properties>", "<propertys>"},          // not well-formed
      {"classname=\"quarks.check\"", ""},       // a required testcase attribute missing
      {"</properties>", "</properties><system-out/>"},  // children out of order
      {"skipped=\"0\"", "skipped=\"none\""},    // a wrong type
      {"<testsuites>", "<testsuites name=\"x\">"},  // an attribute the schema does not have
      {"<testcase ", "<testcase a=\"<\" "}};     // unescaped markup
  for (const auto& [from, to] : corruptions) {
    std::string bad = good;
    const auto at = bad.find(from);
    REQUIRE(at != std::string::npos);
    bad.replace(at, from.size(), to);
    std::ofstream(junit) << bad;
    CAPTURE(from, to);
    CHECK(validate_junit(junit, "") == 1);
  }
  std::ofstream(junit) << good;
  CHECK(validate_junit(junit, "--tests 1000") == 1);  // an expectation that does not hold (16 files)
}

TEST_CASE("quarks --version: the version, the git revision, the linked library versions", "[cli][version]") {
  Run r = run_quarks("--version");
  CAPTURE(r.out, r.err);
  REQUIRE(r.status == 0);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 3);
  const std::string cmake = slurp(fs::path(QUARKS_SOURCE_DIR) / "CMakeLists.txt");
  const auto at = cmake.find("project(quarks VERSION ");
  REQUIRE(at != std::string::npos);
  const std::string version = cmake.substr(at + 23, cmake.find(' ', at + 23) - at - 23);
  CHECK(lines[0] == "quarks " + version);
  // The commit the binary was built from: this checkout's HEAD (the test runs from the same tree).
  const fs::path head = scratch() / "head.txt";
  const std::string git = "git -C " + std::string(QUARKS_SOURCE_DIR) + " rev-parse HEAD >" + head.string() + " 2>/dev/null";
  if (std::system(git.c_str()) == 0) {
    CHECK(lines[1].rfind("git revision: " + lines_of(slurp(head)).at(0), 0) == 0);
  } else {
    CHECK(lines[1] == "git revision: unknown (not built from a git checkout)");
  }
  // Z3 as linked: the same release as the z3 command of the same Debian source package.
  const fs::path z3 = scratch() / "z3-version.txt";
  REQUIRE(std::system(("z3 --version >" + z3.string()).c_str()) == 0);
  const std::string z3_text = slurp(z3);  // "Z3 version 4.8.12 - 64 bit"
  const std::string z3_release = z3_text.substr(11, z3_text.find(' ', 11) - 11);
  CHECK(lines[2].rfind("Z3 " + z3_release + ".", 0) == 0);
  CHECK(lines[2].find(", GMP ") != std::string::npos);
  CHECK(lines[2].find(", GLPK ") != std::string::npos);
  CHECK(lines[2].find(", cddlib ") != std::string::npos);
}
