// `quarks approx` end to end: exit codes, one-line errors, no partial output, the files written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "quarks_cli.h"

namespace fs = std::filesystem;
using quarks::testing::Run;
using quarks::testing::scratch;
using quarks::testing::slurp;

namespace {

Run run(const std::string& args) { return quarks::testing::run_quarks("approx " + args); }

void expect_error(const std::string& args, int status, const std::string& needle) {
  quarks::testing::expect_failure("approx " + args, status, needle);
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("quarks approx writes the network as JSON, DOT and a gnuplot SVG", "[approx][cli]") {
  const std::string prefix = (scratch() / "sin").string();
  const Run r = run("--function 'sin(x)' --domain 0,pi --eps 0.001 -o " + prefix + " --plot");
  CAPTURE(r.out, r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("certified: sup |f - N| <=") != std::string::npos);
  const auto j = nlohmann::json::parse(slurp(prefix + ".json"));
  CHECK(j.at("format") == "quarks-approx");
  CHECK(j.at("mode") == "adaptive");
  const std::size_t units = j.at("units").size();
  CHECK(j.at("threshold_gates").get<std::size_t>() == units - 1);
  const std::string dot = slurp(prefix + ".dot");
  CHECK(count(dot, "threshold gate\"") == units - 1);
  CHECK(count(dot, "label=\"gates\"") == units - 1);  // every gate drawn gating its unit
  CHECK(count(dot, "shape=ellipse") == units);
  CHECK(slurp(prefix + ".svg").find("<svg") != std::string::npos);
  CHECK(fs::exists(prefix + "-plot.tsv"));
  CHECK(fs::exists(prefix + "-plot.gp"));
  for (const auto& entry : fs::directory_iterator(scratch())) {
    CHECK(entry.path().string().find(".tmp-quarks") == std::string::npos);
  }
}

TEST_CASE("quarks approx: exit 1 when eps cannot be certified, and no file is written", "[approx][cli]") {
  const std::string prefix = (scratch() / "few").string();
  expect_error("--function 'sin(x)' --domain 0,pi --eps 0.001 --pieces 35 -o " + prefix, 1, "> eps at x =");
  CHECK_FALSE(fs::exists(prefix + ".json"));
  CHECK_FALSE(fs::exists(prefix + ".dot"));
  CHECK_FALSE(fs::exists(prefix + ".json.tmp-quarks"));
  CHECK(run("--function 'sin(x)' --domain 0,pi --eps 0.001 --pieces 36").status == 0);
  const fs::path table = scratch() / "coarse.txt";
  std::ofstream(table) << "0 0\n1 0.5\n2 1\n";
  expect_error("--table " + table.string() + " --lipschitz 1 --eps 0.1", 1, "too coarse");
  CHECK(run("--table " + table.string() + " --lipschitz 1 --eps 0.5").status == 0);
}

TEST_CASE("quarks approx: bad input is one line and exit 2", "[approx][cli]") {
  expect_error("--function 'sin(x' --domain 0,1 --eps 0.1", 2, "expected ')'");
  expect_error("--function 'tan(x)' --domain 0,1 --eps 0.1", 2, "unknown name 'tan'");
  expect_error("--function '' --domain 0,1 --eps 0.1", 2, "approx needs --function");
  expect_error("--function 'x 1' --domain 0,1 --eps 0.1", 2, "trailing");
  expect_error("--function 'log(x)' --domain -1,1 --eps 0.1", 2, "log");
  expect_error("--function '1/x' --domain -1,1 --eps 0.1", 2, "division");
  expect_error("--function x --domain 0,1 --eps 1e-3", 2, "--eps");
  expect_error("--function x --domain 0,1 --eps 0", 2, "positive");
  expect_error("--function x --domain 0,1 --eps -0.1", 2, "--eps");
  expect_error("--function x --domain 0,1 --eps 00.1", 2, "leading zero");
  expect_error("--function x --domain 1,0 --eps 0.1", 2, "a < b");
  expect_error("--function x --eps 0.1", 2, "--domain");
  expect_error("--function x --domain 0,1 --eps 0.1 --pieces 010", 2, "010");
  expect_error("--function x --domain 0,1 --eps 0.1 --pieces 0", 2, "pieces");
  expect_error("--function x --domain 0,1 --eps 0.1 --plot", 2, "--plot needs -o");
  expect_error("--function x --domain 0,1", 2, "--eps");
  expect_error("--function x --domain 0,1 --sweep --eps 0.1", 2, "--sweep");
  expect_error("--table /nonexistent/t.txt --lipschitz 1 --eps 0.1", 2, "cannot read");
  expect_error("--table /dev/null --eps 0.1", 2, "--lipschitz");
  const fs::path bad = scratch() / "bad.txt";
  std::ofstream(bad) << "0 0\n1 2\n";
  expect_error("--table " + bad.string() + " --lipschitz 1 --eps 1", 2, "violate --lipschitz");
  expect_error("--function x --domain 0,1 --eps 0.1 -o /nonexistent-dir/p", 2, "cannot write");
}

TEST_CASE("quarks approx --sweep prints units against eps", "[approx][cli]") {
  const Run r = run("--function 'exp(x)' --domain 0,1 --sweep --sweep-to 4");
  CAPTURE(r.out, r.err);
  REQUIRE(r.status == 0);
  CHECK(count(r.out, "\n1e-") == 4);
  CHECK(r.out.find("\n1e-3\t15\t14\t") != std::string::npos);  // exp on [0, 1], eps 0.001: 15 units (docs/approximation.md)
}
