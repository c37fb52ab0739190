#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "core/error.h"
#include "count/brute_force.h"
#include "count/census.h"
#include "count/certificate.h"
#include "count/geometry.h"
#include "count/replay.h"
#include "count/tables.h"
#include "scratch.h"

using namespace quarks::count;
using namespace quarks::testing;

namespace {

// OEIS A000609: |T(n;1)| for n = 0..8.
const char* kKnownLtf[] = {"2", "4", "14", "104", "1882", "94572", "15028134", "8378070864", "17561539552946"};

CensusResult census(CensusKind kind, std::uint32_t n, std::uint32_t d, LpEngine engine = LpEngine::float_certified,
                    unsigned threads = 2, const std::string& dir = "") {
  CensusOptions o;
  o.engine = engine;
  o.threads = threads;
  o.certificate_dir = dir;
  o.compress = false;  // some tests edit the records as text
  return run_census(CensusClass{kind, n, d}, o);
}

}  // namespace

TEST_CASE("census of T(n,1) equals OEIS A000609 for n = 1..6", "[count]") {
  for (std::uint32_t n = 1; n <= 6; ++n) {
    const auto r = census(CensusKind::regular_ltf, n, 1);
    CHECK(to_decimal(r.count) == kKnownLtf[n]);
    CHECK(r.complete);
    CHECK(r.lp.solved == r.decisions);
  }
}

TEST_CASE("census regular leaves are the known numbers of threshold functions up to permutation", "[count]") {
  // Regular positive LTFs = LTFs up to permutation and negation of inputs (A003184: 2, 3, 5, 10, 27, 119, 1113).
  const std::uint64_t known[] = {0, 2, 3, 5, 10, 27, 119, 1113};
  for (std::uint32_t n = 1; n <= 6; ++n) CHECK(census(CensusKind::regular_ltf, n, 1).leaves == known[n + 1]);
}

TEST_CASE("the four LP engines give the same counts", "[count]") {
  for (auto engine : {LpEngine::float_certified, LpEngine::glpk_float, LpEngine::cdd_exact, LpEngine::glpk_exact}) {
    INFO(engine_name(engine));
    for (std::uint32_t n = 1; n <= 5; ++n) CHECK(to_decimal(census(CensusKind::regular_ltf, n, 1, engine).count) == kKnownLtf[n]);
    CHECK(census(CensusKind::ptf, 3, 2, engine).count == 254);
  }
}

TEST_CASE("census equals brute force (one exact LP per function) for every class at n <= 3", "[count]") {
  for (std::uint32_t n = 1; n <= 3; ++n) {
    CHECK(census(CensusKind::regular_ltf, n, 1).count == brute_force_count(n, 1, LpEngine::cdd_exact));
    for (std::uint32_t d = 1; d <= n; ++d) {
      INFO("n = " << n << ", d = " << d);
      CHECK(census(CensusKind::ptf, n, d).count == brute_force_count(n, d, LpEngine::float_certified));
    }
  }
}

TEST_CASE("census of T(n,d) at n = 4: degree 1 agrees with the regular census, degree 4 is everything", "[count]") {
  CHECK(census(CensusKind::ptf, 4, 1).count == census(CensusKind::regular_ltf, 4, 1).count);
  CHECK(census(CensusKind::ptf, 4, 3).count == 65534);  // all but the two parities, which need degree 4
  CHECK(census(CensusKind::ptf, 4, 4).count == 65536);
}

TEST_CASE("certificate files do not depend on which thread walks which branch", "[count]") {
  // Every two-way node hands its second branch to the queue: hundreds of
  // chunks per unit, walked in another order, must give the same bytes.
  for (const CensusClass cls : {CensusClass{CensusKind::regular_ltf, 6, 1}, CensusClass{CensusKind::ptf, 4, 2},
                                CensusClass{CensusKind::ptf, 5, 1}}) {
    INFO(cls.title());
    const fs::path plain = fresh_scratch_dir("donate-plain"), donated = fresh_scratch_dir("donate-every");
    const auto a = census(cls.kind, cls.n, cls.degree, LpEngine::float_certified, 1, plain.string());
    for (unsigned threads : {1u, 2u, 3u}) {
      CensusOptions o;
      o.threads = threads;
      o.certificate_dir = donated.string();
      o.compress = false;
      o.donate_every_branch = true;
      const auto b = run_census(cls, o);
      CHECK(a.count == b.count);
      CHECK(a.decisions == b.decisions);
      CHECK(b.donations > 100);
      for (const auto& e : fs::directory_iterator(plain)) {
        INFO(e.path().filename().string() << ", " << threads << " threads");
        CHECK(slurp(e.path()) == slurp(donated / e.path().filename()));
      }
    }
  }
}

TEST_CASE("results and certificate files do not depend on the thread count", "[count]") {
  for (auto kind : {CensusKind::regular_ltf, CensusKind::ptf}) {
    const std::uint32_t n = kind == CensusKind::regular_ltf ? 6 : 4;
    const std::uint32_t d = kind == CensusKind::regular_ltf ? 1 : 2;
    const fs::path one = fresh_scratch_dir("threads-1"), two = fresh_scratch_dir("threads-2");
    const auto a = census(kind, n, d, LpEngine::float_certified, 1, one.string());
    const auto b = census(kind, n, d, LpEngine::float_certified, 2, two.string());
    CHECK(a.count == b.count);
    CHECK(a.decisions == b.decisions);
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(one)) names.insert(e.path().filename().string());
    CHECK(names.size() == a.units + 1);
    for (const auto& name : names) {
      INFO(name);
      CHECK(slurp(one / name) == slurp(two / name));
    }
  }
}

TEST_CASE("leaf weights: orbit times negations", "[count]") {
  const CensusClass c3{CensusKind::regular_ltf, 3, 1};
  PointSet majority{}, first{}, zero{}, two_of_first_two{};
  for (std::uint32_t x = 0; x < 8; ++x) {
    if (__builtin_popcount(x) >= 2) insert(majority, x);
    if (x & 1) insert(first, x);
    if ((x & 3) == 3) insert(two_of_first_two, x);
  }
  CHECK(leaf_weight(c3, majority) == 8);          // symmetric: one function per negation pattern
  CHECK(leaf_weight(c3, first) == 3 * 2);         // x_i for 3 choices of i, and its negation
  CHECK(leaf_weight(c3, zero) == 1);              // the constant
  CHECK(leaf_weight(c3, two_of_first_two) == 3 * 4);  // x_i AND x_j: 3 pairs, 4 polarities
  CHECK(leaf_weight(CensusClass{CensusKind::ptf, 3, 2}, majority) == 2);
}

TEST_CASE("all_ltf_tables expands the regular leaves into exactly T(n,1)", "[count]") {
  for (std::uint32_t n = 1; n <= 5; ++n) {
    const auto tables = all_ltf_tables(n);
    CHECK(to_decimal(tables.size()) == kKnownLtf[n]);
    if (n <= 4) {
      // Brute force by exact LP on every function: membership agrees exactly.
      LpStatistics stats;
      std::size_t members = 0;
      for (std::uint64_t f = 0; f < (std::uint64_t{1} << (1u << n)); ++f) {
        const bool in = std::binary_search(tables.begin(), tables.end(), f);
        const bool ltf = is_threshold_function(n, 1, f, LpEngine::float_certified, stats);
        REQUIRE(in == ltf);
        members += ltf;
      }
      CHECK(members == tables.size());
    }
  }
}

TEST_CASE("certificate checks reject corrupted answers", "[count][certificate]") {
  // x >= 1 and -x >= 1 (x <= -1): infeasible; y = (1, 1) certifies.
  InequalitySystem s;
  s.columns = 1;
  const std::int32_t plus[] = {1}, minus[] = {-1};
  s.add_row(plus, 1);
  s.add_row(minus, 1);
  CHECK(is_farkas_certificate(s, {1, 1}));
  CHECK(is_farkas_certificate(s, {3, 3}));
  CHECK_FALSE(is_farkas_certificate(s, {1, 2}));   // y A != 0
  CHECK_FALSE(is_farkas_certificate(s, {0, 0}));   // y b = 0
  CHECK_FALSE(is_farkas_certificate(s, {-1, -1})); // y < 0
  CHECK_FALSE(is_farkas_certificate(s, {1}));      // wrong length
  InequalitySystem f;
  f.columns = 2;
  const std::int32_t r1[] = {1, -1}, r2[] = {0, 1};
  f.add_row(r1, 1);  // x - y >= 1
  f.add_row(r2, 0);  // y >= 0
  CHECK(satisfies_all(f, {1, 0}));
  CHECK_FALSE(satisfies_all(f, {1, 1}));   // x - y = 0 < 1
  CHECK_FALSE(satisfies_all(f, {0, -1}));  // y < 0
  CHECK_FALSE(satisfies_all(f, {1}));
  LpStatistics stats;
  CHECK_FALSE(decide(s, LpEngine::float_certified, stats).feasible);
  CHECK(decide(f, LpEngine::cdd_exact, stats).feasible);
}

TEST_CASE("count verify accepts a census directory and rejects every corruption", "[count][certificate]") {
  const fs::path dir = fresh_scratch_dir("verify");
  // n = 6: the smallest n whose walk has infeasible branches (F records).
  const auto r = census(CensusKind::regular_ltf, 6, 1, LpEngine::float_certified, 2, dir.string());
  write_certificate_summary(dir.string(), r);
  const auto ok = verify_certificates(dir.string());
  REQUIRE(ok.ok);
  CHECK(ok.count == r.count);
  CHECK(ok.decisions == r.decisions);

  // Each corruption on a fresh copy: either refuted (ok = false) or bad input.
  auto corrupted = [&](const std::string& file, auto edit) {
    const fs::path copy = fresh_scratch_dir("verify-copy");
    fs::copy(dir, copy, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    std::string text = slurp(copy / file);
    edit(text);
    spit(copy / file, text);
    try {
      return verify_certificates(copy.string()).ok ? std::string("accepted") : std::string("refuted");
    } catch (const quarks::InputError&) {
      return std::string("bad input");
    }
  };
  auto replace_first = [](const std::string& from, const std::string& to) {
    return [from, to](std::string& t) {
      const auto at = t.find(from);
      REQUIRE(at != std::string::npos);
      t.replace(at, from.size(), to);
    };
  };
  // The summary's count, decisions or leaves do not match the certificates.
  CHECK(corrupted("summary.txt", replace_first("count 15028134", "count 15028135")) == "refuted");
  CHECK(corrupted("summary.txt", replace_first("count 15028134", "count 015028134")) == "bad input");
  CHECK(corrupted("summary.txt", replace_first("leaves 1113", "leaves 1112")) == "refuted");
  // A witness that does not satisfy its rows: the first W record of task 0 gets threshold + 1000.
  std::string task0 = slurp(dir / "unit-0.cert");
  const auto w = task0.find("\nW ");
  REQUIRE(w != std::string::npos);
  const auto end = task0.find('\n', w + 1);
  const std::string record = task0.substr(w + 1, end - w - 1);
  const std::string bumped = record.substr(0, record.rfind(' ') + 1) + "1000";
  CHECK(corrupted("unit-0.cert", replace_first(record, bumped)) == "refuted");
  // A Farkas vector with a wrong multiplier.
  std::string all;
  std::string farkas_file;
  for (std::size_t i = 0; i <= r.units && farkas_file.empty(); ++i) {
    const std::string name = i == r.units ? "walk.cert" : "unit-" + std::to_string(i) + ".cert";
    if (slurp(dir / name).find("\nF ") != std::string::npos) farkas_file = name;
  }
  REQUIRE(!farkas_file.empty());
  const std::string ftext = slurp(dir / farkas_file);
  const auto f = ftext.find("\nF ");
  const std::string frecord = ftext.substr(f + 1, ftext.find('\n', f + 1) - f - 1);
  const auto colon = frecord.find(':');
  const std::string fbad = frecord.substr(0, colon + 1) + "7" + frecord.substr(frecord.find(' ', colon));
  CHECK(corrupted(farkas_file, replace_first(frecord, fbad)) == "refuted");
  // A record removed, a record duplicated, a task file missing, text after the end.
  CHECK(corrupted("unit-0.cert", replace_first(record + "\n", "")) == "bad input");
  CHECK(corrupted("unit-0.cert", replace_first(record + "\n", record + "\n" + record + "\n")) == "bad input");
  CHECK(corrupted("unit-0.cert", [](std::string& t) { t += "W 0 0 0\n"; }) == "bad input");
  CHECK(corrupted("unit-0.cert", [](std::string& t) { t.pop_back(); }) == "bad input");
  CHECK(corrupted("walk.cert", replace_first("T 0\n", "T 1\n")) == "bad input");
  {
    const fs::path copy = fresh_scratch_dir("verify-missing");
    fs::copy(dir, copy, fs::copy_options::recursive);
    fs::remove(copy / "unit-3.cert");
    CHECK_THROWS_AS(verify_certificates(copy.string()), quarks::InputError);
  }
  // Integers follow the project grammar: no leading zeros, no '+'.
  CHECK(corrupted("unit-0.cert", replace_first(record, "W" + record.substr(1, record.find(' ', 2) - 1) + " 01" +
                                                          record.substr(record.find(' ', record.find(' ', 2) + 1)))) ==
        "bad input");
}

TEST_CASE("count verify gives the same verdict and the same first problem for any thread count",
          "[count][certificate]") {
  const fs::path dir = fresh_scratch_dir("verify-threads");
  const auto r = census(CensusKind::regular_ltf, 6, 1, LpEngine::float_certified, 2, dir.string());
  write_certificate_summary(dir.string(), r);
  for (unsigned threads : {1u, 2u, 3u, 7u}) {
    const auto c = verify_certificates(dir.string(), threads);
    INFO(threads);
    REQUIRE(c.ok);
    CHECK(c.count == r.count);
    CHECK(c.decisions == r.decisions);
    CHECK(c.leaves == r.leaves);
  }
  // Two units spoiled in different ways: the one with the smaller number
  // decides the outcome, as in a one-thread replay, whoever finishes first.
  std::vector<std::size_t> with_w;
  for (std::size_t u = 0; u < r.units && with_w.size() < 2; ++u) {
    if (slurp(dir / unit_file_name(u)).find("\nW ") != std::string::npos) with_w.push_back(u);
  }
  REQUIRE(with_w.size() == 2);
  auto first_w = [](const std::string& text) {
    const auto at = text.find("\nW ");
    return text.substr(at + 1, text.find('\n', at + 1) - at - 1);
  };
  auto outcome = [&](const fs::path& d, unsigned threads) {
    try {
      const auto c = verify_certificates(d.string(), threads);
      return std::string(c.ok ? "accepted: " : "refuted: ") + c.reason;
    } catch (const quarks::InputError& e) {
      return std::string("bad input: ") + e.what();
    }
  };
  auto spoil = [&](const std::string& name, bool refute_earlier) {
    const fs::path copy = fresh_scratch_dir(name);
    fs::copy(dir, copy, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    for (std::size_t i = 0; i < 2; ++i) {
      const fs::path file = copy / unit_file_name(with_w[i]);
      std::string text = slurp(file);
      const std::string record = first_w(text);
      const bool refute = (i == 0) == refute_earlier;
      // Refuted: the witness's threshold no longer satisfies its rows.
      // Bad input: the record is gone, so the walk runs out of records.
      const std::string replacement = refute ? record.substr(0, record.rfind(' ') + 1) + "1000" : std::string();
      text.replace(text.find(record), record.size() + (refute ? 0 : 1), replacement);
      spit(file, text);
    }
    return copy;
  };
  for (bool refute_earlier : {true, false}) {
    const fs::path copy = spoil(refute_earlier ? "verify-threads-a" : "verify-threads-b", refute_earlier);
    const std::string one = outcome(copy, 1);
    INFO(one);
    CHECK(one.rfind(refute_earlier ? "refuted: " : "bad input: ", 0) == 0);
    for (unsigned threads : {2u, 3u, 7u}) CHECK(outcome(copy, threads) == one);
  }
}

TEST_CASE("a checkpointed census that is stopped resumes to the same count and files", "[count][checkpoint]") {
  const CensusClass cls{CensusKind::regular_ltf, 6, 1};
  const fs::path full = fresh_scratch_dir("ckpt-full"), part = fresh_scratch_dir("ckpt-part");
  CensusOptions o;
  o.threads = 2;
  o.certificate_dir = full.string();
  const auto reference = run_census(cls, o);

  std::atomic<bool> stop{false};
  CensusOptions s = o;
  s.certificate_dir = part.string();
  s.checkpoint = (part / "state.ckpt").string();
  s.checkpoint_interval_seconds = 0;
  s.stop = &stop;
  s.stop_after_units = 5;
  const auto first = run_census(cls, s);
  CHECK_FALSE(first.complete);
  CHECK(first.units_done < first.units);
  const std::string saved = slurp(s.checkpoint);
  CHECK(saved.rfind("quarks-census-checkpoint 2\n", 0) == 0);

  s.stop_after_units = 0;
  const auto second = run_census(cls, s);
  CHECK(second.complete);
  CHECK(second.count == reference.count);
  CHECK(second.decisions == reference.decisions);
  for (std::size_t i = 0; i < reference.units; ++i) {
    const std::string name = "unit-" + std::to_string(i) + ".cert";
    CHECK(slurp(full / name) == slurp(part / name));
  }

  // A corrupt checkpoint is bad input and is left as it is.
  spit(s.checkpoint, saved.substr(0, saved.size() / 2));
  const std::string corrupt = slurp(s.checkpoint);
  CHECK_THROWS_AS(run_census(cls, s), quarks::InputError);
  CHECK(slurp(s.checkpoint) == corrupt);
  // A checkpoint of another class is refused.
  spit(s.checkpoint, saved);
  CHECK_THROWS_AS(run_census(CensusClass{CensusKind::regular_ltf, 5, 1}, s), quarks::InputError);
}

TEST_CASE("census parameters out of range are bad input", "[count]") {
  CensusOptions o;
  CHECK_THROWS_AS(run_census(CensusClass{CensusKind::regular_ltf, 0, 1}, o), quarks::InputError);
  CHECK_THROWS_AS(run_census(CensusClass{CensusKind::regular_ltf, 10, 1}, o), quarks::InputError);
  CHECK_THROWS_AS(run_census(CensusClass{CensusKind::ptf, 3, 0}, o), quarks::InputError);
  CHECK_THROWS_AS(run_census(CensusClass{CensusKind::ptf, 3, 4}, o), quarks::InputError);
  CHECK_THROWS_AS(parse_engine("simplex"), quarks::InputError);
}
