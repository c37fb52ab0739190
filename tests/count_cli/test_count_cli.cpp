#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "quarks_cli.h"
#include <sstream>

using namespace quarks::testing;

TEST_CASE("quarks count ltf prints the exact count and its bounds, and --json one object", "[count-cli]") {
  const Run text = run_quarks("count ltf --n 6");
  REQUIRE(text.status == 0);
  CHECK(text.out.rfind("|T(6;1)| = 15028134  (log2 = 23.8412 bits)\n", 0) == 0);
  CHECK(text.out.find("Eq. 4.1") != std::string::npos);
  const Run js = run_quarks("count ltf --n 5 --json --threads 1");
  REQUIRE(js.status == 0);
  const auto j = nlohmann::json::parse(js.out);
  CHECK(j.at("count") == "94572");
  CHECK(j.at("n") == 5);
  CHECK(j.at("class") == "ltf");
  CHECK(j.at("certified") == true);
  CHECK(std::abs(j.at("log2").get<double>() - std::log2(94572.0)) < 1e-5);
  CHECK(j.at("bounds").size() == 2);
  CHECK(j.at("bounds")[0].at("bits") == 25.0);
  const auto p = nlohmann::json::parse(run_quarks("count ptf --n 4 --degree 2 --json").out);
  CHECK(p.at("count") == "57574");
  CHECK(p.at("degree") == 2);
}

TEST_CASE("quarks count composed and gated-layer", "[count-cli]") {
  const auto a = nlohmann::json::parse(run_quarks("count composed --op AND --n 4 --json").out);
  CHECK(a.at("count") == "32506");
  CHECK(a.at("bounds").size() == 3);  // Eq. 5.13 both sides and Thm 4.1's 2n^2
  const auto x = nlohmann::json::parse(run_quarks("count composed --op XNOR --n 4 --json").out);
  CHECK(x.at("count") == "54310");
  const auto all = nlohmann::json::parse(run_quarks("count composed --op all --n 3 --json").out);
  CHECK(all.at("operators").size() == 16);
  CHECK(all.at("intersection") == "238");
  const auto layer = nlohmann::json::parse(run_quarks("count gated-layer --n 3 --m 1 --encoding 01 --json").out);
  CHECK(layer.at("count") == "254");  // A, its complements and the two constants (phi in T(1;1))
  CHECK(run_quarks("capacity --n 5").out.find("14279024 >= 3541924  holds") != std::string::npos);
}

TEST_CASE("quarks count verify: verified, refuted, malformed", "[count-cli]") {
  const fs::path dir = scratch() / "certs";
  fs::remove_all(dir);
  REQUIRE(run_quarks("count ltf --n 6 --certificates " + dir.string()).status == 0);
  const Run ok = run_quarks("count verify " + dir.string());
  CHECK(ok.status == 0);
  CHECK(ok.out.rfind("verified: |T(6;1)| = 15028134", 0) == 0);
  // A false claim in the summary is refuted (exit 1).
  std::string summary = slurp(dir / "summary.txt");
  const std::string good = summary;
  summary.replace(summary.find("count 15028134"), 14, "count 15028136");
  std::ofstream(dir / "summary.txt", std::ios::trunc) << summary;
  const Run bad = run_quarks("count verify " + dir.string());
  CHECK(bad.status == 1);
  CHECK(bad.out.rfind("refuted:", 0) == 0);
  // A malformed summary is bad input (exit 2).
  std::ofstream(dir / "summary.txt", std::ios::trunc) << "quarks-census 1\nclass ltf\nn 6\n";
  CHECK(run_quarks("count verify " + dir.string()).status == 2);
  std::ofstream(dir / "summary.txt", std::ios::trunc) << good;
  fs::remove(dir / "unit-0.cert");
  CHECK(run_quarks("count verify " + dir.string()).status == 2);
  expect_bad_input("count verify " + (scratch() / "no-such-dir").string(), "is not a directory");
  // A synaptic gate's census directory names its class and gate.
  const fs::path syn = scratch() / "synaptic";
  fs::remove_all(syn);
  REQUIRE(run_quarks("count synaptic --n 3 --certificates " + syn.string()).status == 0);
  const Run gate = run_quarks("count verify " + (syn / "gate-1").string());
  CHECK(gate.status == 0);
  CHECK(gate.out.rfind("verified: |synaptic class, n = 3, gate ", 0) == 0);
}

TEST_CASE("quarks count: bad input is one line, exit 2, nothing overwritten", "[count-cli]") {
  expect_bad_input("count ltf --n 10", "outside 1..9");
  expect_bad_input("count ltf --n 0", "outside 1..9");
  expect_bad_input("count ltf --n 08", "not a decimal integer");
  expect_bad_input("count ltf --n 5 --engine simplex", "unknown LP engine");
  expect_bad_input("count ltf --n 5 --threads 5000", "--threads");
  expect_bad_input("count ptf --n 3 --degree 0", "--degree 0 is outside 1..3");
  expect_bad_input("count ptf --n 3 --degree 4", "--degree 4 is outside 1..3");
  expect_bad_input("count ptf --n 6 --degree 2", "outside 1..5");
  expect_bad_input("count composed --op FOO --n 3", "FOO");
  expect_bad_input("count composed --op AND --n 6", "outside 2..5");
  expect_bad_input("count composed --op AND --n 4 --degrees 1", "two degrees");
  expect_bad_input("count composed --op AND --n 4 --degrees 1,0", "1..n");
  expect_bad_input("count gated-layer --n 4 --m 3", "m");
  expect_bad_input("count gated-layer --n 3 --m 2 --encoding 2", "--encoding");
  expect_bad_input("capacity --n 6", "outside 2..5");
  // The value as given, not a clamped one; the unknown word named.
  expect_bad_input("count ltf --n 99999999999999999999", "--n 99999999999999999999 is outside 1..9");
  expect_bad_input("count ptf --n 5 --degree 99999999999999999999", "--degree 99999999999999999999 is outside 1..5");
  expect_bad_input("count ltf --n 4 --threads 99999999999999999999", "--threads 99999999999999999999 is outside");
  expect_bad_input("count bogus", "unknown count subcommand 'bogus'");
  expect_bad_input("count", "needs a subcommand");
  expect_bad_input("count synaptic --n 6", "--n 6 is outside 2..5");
  expect_bad_input("count synaptic --n 3 --encoding 10", "--encoding '10'");
  expect_bad_input("count ltf --n 5 --sample-tasks 4 --sample-offset 4", "--sample-offset 4 is outside 0..3");
  expect_bad_input("count ltf --n 5 --sample-offset 1", "--sample-offset needs --sample-tasks");
  expect_bad_input("count ltf --n 5 --sample-tasks 3 --certificates " + (scratch() / "c").string(), "takes no");

  // A corrupt checkpoint is refused and left as it is.
  const fs::path ckpt = scratch() / "state.ckpt";
  std::ofstream(ckpt, std::ios::trunc) << "quarks-census-checkpoint 1\ngarbage\n";
  expect_bad_input("count ltf --n 6 --checkpoint " + ckpt.string(), "checkpoint");
  CHECK(slurp(ckpt) == "quarks-census-checkpoint 1\ngarbage\n");
  // A certificate path that is a file is refused and left as it is.
  const fs::path file = scratch() / "a-file";
  std::ofstream(file, std::ios::trunc) << "keep";
  expect_bad_input("count ltf --n 5 --certificates " + file.string(), "not a directory");
  CHECK(slurp(file) == "keep");
}

TEST_CASE("Ctrl-C leaves a valid checkpoint", "[count-cli]") {
  // T(8;1) takes minutes, so SIGINT after 2 s always interrupts it.
  const fs::path ckpt = scratch() / "interrupt.ckpt";
  fs::remove(ckpt);
  const Run first = run_quarks("count ltf --n 8 --checkpoint " + ckpt.string(), "timeout --preserve-status -s INT 2 ");
  CHECK(first.status == 130);
  CHECK(first.err.find("interrupted") != std::string::npos);
  const std::string saved = slurp(ckpt);
  CHECK(saved.rfind("quarks-census-checkpoint 2\nclass ltf n 8", 0) == 0);
  REQUIRE(saved.size() >= 4);
  CHECK(saved.substr(saved.size() - 4) == "end\n");
}

TEST_CASE("a stopped census resumes from its checkpoint to the same count and certificates", "[count-cli]") {
  const fs::path ckpt = scratch() / "resume.ckpt", part = scratch() / "resume-certs", full = scratch() / "full-certs";
  fs::remove(ckpt);
  fs::remove_all(part);
  fs::remove_all(full);
  const Run stopped = run_quarks("count ltf --n 7 --threads 1 --checkpoint " + ckpt.string() + " --certificates " +
                                     part.string(),
                                 "env QUARKS_TEST_STOP_AFTER_UNITS=20 ");
  CHECK(stopped.status == 130);
  std::size_t units = 0;
  const std::string saved = slurp(ckpt);
  for (std::size_t at = saved.find("\nunit "); at != std::string::npos; at = saved.find("\nunit ", at + 1)) ++units;
  CHECK(units >= 20);
  CHECK(units < 256);
  const Run resumed = run_quarks("count ltf --n 7 --checkpoint " + ckpt.string() + " --certificates " + part.string());
  REQUIRE(resumed.status == 0);
  CHECK(resumed.out.rfind("|T(7;1)| = 8378070864 ", 0) == 0);
  REQUIRE(run_quarks("count ltf --n 7 --certificates " + full.string()).status == 0);
  for (const auto& entry : fs::directory_iterator(full)) {
    INFO(entry.path().filename());
    CHECK(slurp(entry.path()) == slurp(part / entry.path().filename()));
  }
  CHECK(run_quarks("count verify " + part.string()).status == 0);
}

TEST_CASE("quarks count verify refuses FIFOs and files the summary does not account for", "[count-cli]") {
  const fs::path dir = scratch() / "entries";
  fs::remove_all(dir);
  REQUIRE(run_quarks("count ltf --n 5 --certificates " + dir.string()).status == 0);
  std::ofstream(dir / "unit-999.cert") << "quarks-census-unit 2 999\nend\n";
  expect_bad_input("count verify " + dir.string(), "unit-999.cert' is not accounted for by summary.txt");
  fs::remove(dir / "unit-999.cert");
  fs::remove(dir / "unit-0.cert");
  REQUIRE(::mkfifo((dir / "unit-0.cert").c_str(), 0600) == 0);
  // `timeout` turns a blocked reader into exit 124: the check must not block.
  const Run fifo = run_quarks("count verify " + dir.string(), "timeout 60 ");
  CHECK(fifo.status == 2);
  CHECK(fifo.err.find("not a regular file") != std::string::npos);
}

TEST_CASE("a resumed count names the units its checkpoint supplied unchecked", "[count-cli]") {
  const fs::path ckpt = scratch() / "unchecked.ckpt";
  fs::remove(ckpt);
  REQUIRE(run_quarks("count ltf --n 7 --threads 1 --checkpoint " + ckpt.string(),
                     "env QUARKS_TEST_STOP_AFTER_UNITS=10 ")
              .status == 130);
  // Edit one unit's count: without certificates nothing can re-check it.
  std::string saved = slurp(ckpt);
  const auto at = saved.find("\nunit 0 ") + 8;
  saved.replace(at, saved.find(' ', at) - at, "1");
  std::ofstream(ckpt, std::ios::trunc) << saved;
  const Run text = run_quarks("count ltf --n 7 --checkpoint " + ckpt.string());
  REQUIRE(text.status == 0);
  CHECK(text.out.find("NOT certified:") != std::string::npos);
  CHECK(text.out.find("unchecked: units 0, ") != std::string::npos);
  std::ofstream(ckpt, std::ios::trunc) << saved;
  const auto j = nlohmann::json::parse(run_quarks("count ltf --n 7 --json --checkpoint " + ckpt.string()).out);
  CHECK(j.at("certified") == false);
  CHECK(j.at("unchecked_units").size() >= 10);
  CHECK(j.at("unchecked_units")[0] == 0);
  // With certificates the same edit is refused, naming the unit.
  const fs::path certs = scratch() / "checked-certs", ckpt2 = scratch() / "checked.ckpt";
  fs::remove_all(certs);
  fs::remove(ckpt2);
  REQUIRE(run_quarks("count ltf --n 7 --threads 1 --checkpoint " + ckpt2.string() + " --certificates " + certs.string(),
                     "env QUARKS_TEST_STOP_AFTER_UNITS=10 ")
              .status == 130);
  std::string saved2 = slurp(ckpt2);
  const auto at2 = saved2.find("\nunit 0 ") + 8;
  saved2.replace(at2, saved2.find(' ', at2) - at2, "1");
  std::ofstream(ckpt2, std::ios::trunc) << saved2;
  expect_bad_input("count ltf --n 7 --checkpoint " + ckpt2.string() + " --certificates " + certs.string(),
                   "unit 0: its certificate file gives count");
}

TEST_CASE("synaptic counts are certified by one directory and set classes say exact", "[count-cli]") {
  const fs::path dir = scratch() / "synaptic-union";
  fs::remove_all(dir);
  const Run made = run_quarks("count synaptic --n 4 --encoding pm1 --json --certificates " + dir.string());
  REQUIRE(made.status == 0);
  const auto j = nlohmann::json::parse(made.out);
  CHECK(j.at("count") == "17680");
  CHECK(j.at("certified") == true);
  const Run v = run_quarks("count verify " + dir.string());
  CHECK(v.status == 0);
  CHECK(v.out.rfind("verified: |single-weight synaptic gating, n = 4| (pm1) = 17680", 0) == 0);
  const auto c = nlohmann::json::parse(run_quarks("count composed --op AND --n 3 --json").out);
  CHECK(c.at("certified") == false);
  CHECK(c.at("exact") == true);
  const Run all = run_quarks("count composed --op all --n 3");
  CHECK(all.out.find("exact:") != std::string::npos);
  CHECK(all.out.find("certified") == std::string::npos);
  const auto aj = nlohmann::json::parse(run_quarks("count composed --op all --n 3 --json").out);
  CHECK(aj.at("operators").size() == 16);
  CHECK(aj.at("operators")[8].at("op") == "AND");  // code order: B = 8 is true on the row (1, 1) only
  CHECK(aj.at("count") == "238");
}

TEST_CASE("census samples at offsets 0..K-1 partition the tasks below the top walk", "[count-cli]") {
  const auto full = nlohmann::json::parse(run_quarks("count ltf --n 6 --json --threads 2").out);
  const std::uint64_t k = 3;
  std::uint64_t below = 0, sampled = 0, top = 0;
  for (std::uint64_t r = 0; r < k; ++r) {
    const Run run = run_quarks("count ltf --n 6 --json --threads 2 --sample-tasks 3 --sample-offset " + std::to_string(r));
    REQUIRE(run.status == 0);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j.at("certified") == false);
    CHECK(j.at("offset") == r);
    CHECK(j.at("tasks") == full.at("tasks"));
    top = j.at("top_decisions").get<std::uint64_t>();
    below += j.at("sample_decisions").get<std::uint64_t>() - top;
    sampled += j.at("sampled_tasks").get<std::uint64_t>();
  }
  // Every task is walked by exactly one offset, so the decisions add up to the full run's.
  CHECK(sampled == full.at("tasks").get<std::uint64_t>());
  CHECK(top + below == full.at("decisions").get<std::uint64_t>());
  const Run text = run_quarks("count ltf --n 6 --sample-tasks 3 --sample-offset 2");
  REQUIRE(text.status == 0);
  CHECK(text.out.rfind("SAMPLE of |T(6;1)|, not a count", 0) == 0);
  CHECK(text.out.find("from task 2") != std::string::npos);
}
