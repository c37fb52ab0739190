#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "io/witness_json.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Run {
  int status;
  std::string out, err;
};

fs::path scratch() {
  static fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("quarks-cli-test-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Run run_quarks(const std::string& args, const std::string& environment = "") {
  const fs::path out = scratch() / "stdout.txt", err = scratch() / "stderr.txt";
  std::string command = (environment.empty() ? "" : "env " + environment + " ") + std::string(QUARKS_EXE) + " " +
                        args + " >" + out.string() + " 2>" + err.string();
  int raw = std::system(command.c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(out), slurp(err)};
}

void expect_bad_input(const std::string& args, const std::string& needle) {
  Run r = run_quarks(args);
  CAPTURE(args, r.out, r.err);
  CHECK(r.status == 2);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);  // exactly one line
  CHECK(r.err.find(needle) != std::string::npos);
}

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
                         "QUARKS_TEST_INJECT_FAULT=walk");
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
  expect_bad_input("witness theorem-4.3 --n 4 --m 0 -o x.json", "--m 0 is outside 1..7");
  expect_bad_input("witness theorem-4.3 --n 4 --m 8 -o x.json", "--m 8 is outside 1..7");
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
  { json b = j; b["m"] = 0; expect_bad_input("check " + write_json("t1.json", b), "'m' = 0 is outside 1..7"); }
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
                       "QUARKS_TEST_INJECT_FAULT=walk");
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

// quarks check over many files (docs/ci.md): one verdict line per file, the
// summary, the worst exit code, JUnit XML and the JSON report.
namespace {
fs::path check_dir(const std::string& name) {
  const fs::path d = scratch() / name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

int validate_junit(const fs::path& xml, const std::string& expectations) {
  const std::string command = "python3 " + (fs::path(QUARKS_SOURCE_DIR) / "tests/cli/junit_schema.py").string() +
                              " '" + xml.string() + "' " + expectations;
  const int raw = std::system(command.c_str());
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
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
  CHECK(validate_junit(junit, "--tests 16") == 1);  // an expectation that does not hold
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
