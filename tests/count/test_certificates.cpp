// Certificate directories, format 2 (docs/capacity.md): what verify refuses,
// the recorded split, version 1, gzip, the certified synaptic union, and the
// re-check of a resumed census.
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "count/census.h"
#include "count/replay.h"
#include "count/summary.h"
#include "count/symmetry.h"
#include "count/synaptic.h"
#include "scratch.h"

using namespace quarks::count;
using quarks::GateEncoding;
using quarks::InputError;
using namespace quarks::testing;

namespace {

void replace_first(const fs::path& p, const std::string& from, const std::string& to) {
  std::string t = slurp(p);
  const auto at = t.find(from);
  REQUIRE(at != std::string::npos);
  t.replace(at, from.size(), to);
  spit(p, t);
}

// A census directory written the way `quarks count ... --certificates` writes it.
CensusResult write_directory(const CensusClass& cls, const fs::path& dir, std::optional<SplitRule> split = {}) {
  CensusOptions o;
  o.threads = 2;
  o.certificate_dir = dir.string();
  o.compress = false;  // the tests edit records as text; the gzip test compresses itself
  o.split = split;
  const CensusResult r = run_census(cls, o);
  write_certificate_summary(dir.string(), r);
  return r;
}

fs::path copy_of(const fs::path& dir, const std::string& name) {
  const fs::path copy = fresh_scratch_dir(name);
  fs::copy(dir, copy, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  return copy;
}

// "verified", "refuted" or "malformed", as `quarks count verify` exits 0, 1, 2.
std::string verdict(const fs::path& dir) {
  try {
    return verify_certificates(dir.string()).ok ? "verified" : "refuted";
  } catch (const InputError&) {
    return "malformed";
  }
}

std::string gzip(const std::string& text) {
  std::string out(compressBound(text.size()) + 64, '\0');
  z_stream z{};
  REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

const std::string kSummaryTail = "units 1\ntasks 1\ndecisions 0\nleaves 0\ncount 0\nend\n";

}  // namespace

TEST_CASE("verify refuses every (class, n, degree) that the census cannot produce", "[count][certificate]") {
  // Today's main accepted ptf summaries with n = 6..8, whose half-orbit mask
  // was (1 << 64) - 1: undefined, 0 in practice, one orbit for all tasks.
  const fs::path dir = fresh_scratch_dir("impossible");
  for (const std::string body :
       {"class ptf\nn 6\ndegree 1\nsplit-rule depth 32\n", "class ptf\nn 7\ndegree 2\nsplit-rule depth 64\n",
        "class ptf\nn 8\ndegree 1\nsplit-rule depth 128\n", "class ltf\nn 10\ndegree 1\nsplit-rule branchings 1 light 1\n",
        "class ltf\nn 5\ndegree 2\nsplit-rule branchings 1 light 1\n", "class ptf\nn 3\ndegree 4\nsplit-rule depth 0\n",
        "class synaptic\nn 6\ndegree 1\ngate 0\ngate-witness 0 0 0 0 0 1\nencoding 01\nsplit-rule depth 32\n",
        "class synaptic\nn 1\ndegree 1\ngate 0\ngate-witness 1\nencoding 01\nsplit-rule depth 0\n",
        "class ptf\nn 5\ndegree 1\nsplit-rule depth 8\n"}) {
    INFO(body);
    spit(dir / "summary.txt", "quarks-census 2\n" + body + kSummaryTail);
    CHECK_THROWS_AS(verify_certificates(dir.string()), InputError);
  }
  spit(dir / "summary.txt", "quarks-census 3\nclass ltf\n");
  CHECK_THROWS_WITH(verify_certificates(dir.string()), Catch::Contains("unknown version '3'"));
}

TEST_CASE("mask arithmetic is defined for every table width the census uses", "[count]") {
  CHECK(low_bits(0) == 0);
  CHECK(low_bits(16) == 0xffff);
  CHECK(low_bits(32) == 0xffffffffu);
  CHECK(low_bits(64) == ~std::uint64_t{0});
  CHECK_THROWS_AS(low_bits(65), InputError);
  // Half orbits of all 16 functions of 2 inputs: the weights add up to the tasks.
  std::vector<std::uint64_t> f0(16);
  for (std::uint64_t f = 0; f < 16; ++f) f0[f] = f;
  const auto w = half_orbit_weights(2, f0);
  std::uint64_t sum = 0, walked = 0;
  for (auto x : w) {
    sum += x;
    walked += x != 0;
  }
  CHECK(sum == 16);
  CHECK(walked == 4);  // constants, single variables, AND-type, XOR-type
}

TEST_CASE("strict realization: both shapes of the test give the same answers", "[count]") {
  // g++ 12.2 -O1 and above dropped the a > 0 test of `a == 0 || (a > 0) != v`
  // for an __int128 a summed in a loop; realizes_gate uses realizes_value.
  CHECK(realizes_gate(4, 128, {2, 2, 2, 5}));  // AND of 3: 6 - 5 > 0 only at 111
  CHECK(realizes_gate(4, 255, {0, 0, 0, -1}));
  CHECK(realizes_gate(4, 0, {0, 0, 0, 1}));
  CHECK_FALSE(realizes_gate(4, 128, {2, 2, 2, 6}));  // activation 0 at 111: not strict
  CHECK_FALSE(realizes_gate(4, 127, {2, 2, 2, 5}));
  CHECK_FALSE(realizes_gate(3, 6, {1, 1, 1}));   // XOR is no LTF: no witness works
  CHECK_FALSE(realizes_gate(3, 6, {1, -1, 0}));
  CHECK_FALSE(realizes_gate(4, 128, {2, 2, 5}));  // wrong length
  CHECK(realizes_value(1, true));
  CHECK_FALSE(realizes_value(0, true));
  CHECK_FALSE(realizes_value(0, false));
  CHECK(realizes_value(-1, false));
}

TEST_CASE("the split is recorded: any rule verifies to the same count", "[count][certificate]") {
  const CensusClass ltf6{CensusKind::regular_ltf, 6, 1}, ptf42{CensusKind::ptf, 4, 2};
  const fs::path a = fresh_scratch_dir("split-default"), b = fresh_scratch_dir("split-other"), c = fresh_scratch_dir("split-ptf");
  const auto ra = write_directory(ltf6, a);
  SplitRule other;
  other.kind = SplitKind::branchings;
  other.branchings = 3;
  other.light = 1;
  const auto rb = write_directory(ltf6, b, other);
  CHECK(ra.count == rb.count);
  CHECK(ra.tasks != rb.tasks);
  CHECK(slurp(b / "summary.txt").find("\nsplit-rule branchings 3 light 1\nunits " + std::to_string(rb.units) + "\n") !=
        std::string::npos);
  CHECK(verdict(a) == "verified");
  CHECK(verdict(b) == "verified");
  SplitRule depth;
  depth.depth = 3;
  const auto rc = write_directory(ptf42, c, depth);
  CHECK(rc.count == 57574);
  CHECK(verdict(c) == "verified");
  // The rule is read, not assumed: another rule in the summary breaks the replay.
  const fs::path d = copy_of(b, "split-edited");
  replace_first(d / "summary.txt", "split-rule branchings 3 light 1", "split-rule branchings 4 light 1");
  CHECK(verdict(d) != "verified");
  // A rule of the wrong kind, or the half-orbit path off its split, is refused.
  CensusOptions o;
  o.split = depth;
  CHECK_THROWS_AS(run_census(ltf6, o), InputError);
  CHECK_THROWS_AS(run_census(CensusClass{CensusKind::ptf, 5, 1}, o), InputError);
}

TEST_CASE("version-1 directories are still read with their fixed split", "[count][certificate]") {
  const fs::path dir = fresh_scratch_dir("v1");
  const auto r = write_directory(CensusClass{CensusKind::regular_ltf, 6, 1}, dir);
  std::ostringstream v1;
  v1 << "quarks-census 1\nclass ltf\nn 6\ndegree 1\nsplit 24\ntasks " << r.tasks << "\ndecisions " << r.decisions
     << "\nleaves " << r.leaves << "\ncount " << to_decimal(r.count) << "\nend\n";
  spit(dir / "summary.txt", v1.str());
  replace_first(dir / "walk.cert", "quarks-census-walk 2\n", "quarks-census-walk 1\n");
  for (std::size_t u = 0; u < r.units; ++u) {
    replace_first(dir / unit_file_name(u), "quarks-census-unit 2 ", "quarks-census-unit 1 ");
  }
  CHECK(verdict(dir) == "verified");
  const fs::path wrong = copy_of(dir, "v1-wrong-split");
  replace_first(wrong / "summary.txt", "split 24", "split 23");
  CHECK(verdict(wrong) == "malformed");
  const fs::path mixed = copy_of(dir, "v1-mixed");
  replace_first(mixed / "walk.cert", "quarks-census-walk 1\n", "quarks-census-walk 2\n");
  CHECK(verdict(mixed) == "malformed");
}

TEST_CASE("certificate files may be gzip in one or more members but summary.txt never", "[count][certificate]") {
  const fs::path dir = fresh_scratch_dir("gzip");
  write_directory(CensusClass{CensusKind::ptf, 4, 2}, dir);
  const std::string walk = slurp(dir / "walk.cert"), unit = slurp(dir / "unit-0.cert");
  spit(dir / "walk.cert", gzip(walk));
  const std::size_t half = unit.find('\n', unit.size() / 2) + 1;  // two members, split at a line
  spit(dir / "unit-0.cert", gzip(unit.substr(0, half)) + gzip(unit.substr(half)));
  CHECK(verdict(dir) == "verified");
  const fs::path cut = copy_of(dir, "gzip-truncated");
  const std::string z = slurp(cut / "walk.cert");
  spit(cut / "walk.cert", z.substr(0, z.size() - 9));
  CHECK(verdict(cut) == "malformed");
  const fs::path garbage = copy_of(dir, "gzip-garbage");
  spit(garbage / "walk.cert", gzip(walk) + "x");
  CHECK(verdict(garbage) == "malformed");
  const fs::path summary = copy_of(dir, "gzip-summary");
  spit(summary / "summary.txt", gzip(slurp(summary / "summary.txt")));
  CHECK(verdict(summary) == "malformed");
}

TEST_CASE("the census writes gzip by default and the same bytes for any thread count", "[count][certificate]") {
  const CensusClass cls{CensusKind::regular_ltf, 7, 1};
  const fs::path one = fresh_scratch_dir("gzip-one"), two = fresh_scratch_dir("gzip-two");
  CensusOptions o;
  o.threads = 1;
  o.certificate_dir = one.string();
  const auto a = run_census(cls, o);
  write_certificate_summary(one.string(), a);
  o.threads = 2;
  o.certificate_dir = two.string();
  o.donate_every_branch = true;
  const auto b = run_census(cls, o);
  write_certificate_summary(two.string(), b);
  for (const auto& e : fs::directory_iterator(one)) {
    INFO(e.path().filename().string());
    const std::string bytes = slurp(e.path());
    CHECK(bytes == slurp(two / e.path().filename()));
    if (e.path().extension() == ".cert") CHECK(bytes.rfind("\x1f\x8b", 0) == 0);
  }
  CHECK(verdict(one) == "verified");
}

TEST_CASE("verify refuses entries the summary does not account for, and non-regular files", "[count][certificate]") {
  const fs::path dir = fresh_scratch_dir("entries");
  write_directory(CensusClass{CensusKind::regular_ltf, 6, 1}, dir);
  CHECK(verdict(dir) == "verified");
  const fs::path extra = copy_of(dir, "entries-extra");
  spit(extra / "unit-999.cert", "quarks-census-unit 2 999\nend\n");
  CHECK(verdict(extra) == "malformed");
  const fs::path sub = copy_of(dir, "entries-subdir");
  fs::create_directories(sub / "notes");
  CHECK(verdict(sub) == "malformed");
  // A FIFO in place of a unit file would block a reader forever.
  const fs::path fifo = copy_of(dir, "entries-fifo");
  fs::remove(fifo / "unit-1.cert");
  REQUIRE(::mkfifo((fifo / "unit-1.cert").c_str(), 0600) == 0);
  CHECK_THROWS_WITH(verify_certificates(fifo.string()), Catch::Contains("not a regular file"));
  const fs::path missing = copy_of(dir, "entries-missing");
  fs::remove(missing / "walk.cert");
  CHECK_THROWS_WITH(verify_certificates(missing.string()), Catch::Contains("is missing"));
}

TEST_CASE("the synaptic count is certified end to end by its directory", "[count][synaptic][certificate]") {
  for (auto encoding : {GateEncoding::zero_one, GateEncoding::plus_minus_one}) {
    INFO(quarks::encoding_word(encoding));
    const fs::path dir = fresh_scratch_dir("union");
    const SynapticCount r = synaptic_count(3, encoding, 2, dir.string());
    const CertificateCheck c = verify_certificates(dir.string());
    REQUIRE(c.ok);
    CHECK(c.count == r.count);
    CHECK(c.directories == 2 + r.gates);
    CHECK(r.count == (encoding == GateEncoding::zero_one ? 132u : 216u));
    // The gates' leaves are gathered from units replayed on threads.
    const CertificateCheck threaded = verify_certificates(dir.string(), 3);
    CHECK(threaded.ok);
    CHECK(threaded.count == c.count);
    CHECK(threaded.decisions == c.decisions);
    // Each gate directory stands alone too, and names its gate.
    CHECK(verify_certificates((dir / "gate-1").string()).title.find("gate ") != std::string::npos);

    const fs::path count = copy_of(dir, "union-count");
    replace_first(count / "summary.txt", "count " + std::to_string(r.count), "count " + std::to_string(r.count + 1));
    CHECK(verdict(count) == "refuted");
    // A gate witness that does not realize its gate: refuted at the top and in the gate's own directory.
    const fs::path witness = copy_of(dir, "union-witness");
    std::string top = slurp(witness / "summary.txt");
    const auto g1 = top.find("\ngate 1 ");
    const auto eol = top.find('\n', g1 + 1);
    const std::string line = top.substr(g1 + 1, eol - g1 - 1);
    const std::string bad = line.substr(0, line.rfind(' ')) + " 1000";
    replace_first(witness / "summary.txt", line, bad);
    CHECK(verdict(witness) == "refuted");
    const fs::path lone = copy_of(dir / "gate-1", "union-lone-gate");
    std::string gs = slurp(lone / "summary.txt");
    const auto gw = gs.find("gate-witness ");
    const std::string wline = gs.substr(gw, gs.find('\n', gw) - gw);
    replace_first(lone / "summary.txt", wline, wline.substr(0, wline.rfind(' ')) + " 1000");
    CHECK(verdict(lone) == "refuted");
    // Structure: a gate directory missing, an extra one, gates/ missing.
    const fs::path missing = copy_of(dir, "union-missing");
    fs::remove_all(missing / "gate-0");
    CHECK(verdict(missing) == "malformed");
    const fs::path extra = copy_of(dir, "union-extra");
    fs::copy(dir / "gate-0", extra / ("gate-" + std::to_string(r.gates)), fs::copy_options::recursive);
    CHECK(verdict(extra) == "malformed");
    const fs::path nogates = copy_of(dir, "union-nogates");
    fs::remove_all(nogates / "gates");
    CHECK(verdict(nogates) == "malformed");
    // A gate that is not one of the census' regular functions: refuted, even with a valid witness.
    const fs::path other = copy_of(dir, "union-other-gate");
    const std::string text = slurp(other / "summary.txt");
    const auto g0 = text.find("\ngate 0 ") + 1;
    replace_first(other / "summary.txt", text.substr(g0, text.find('\n', g0) - g0), "gate 0 1 -2 -2 -1");  // NOR: an LTF, not regular
    CHECK(verdict(other) == "refuted");
  }
}

TEST_CASE("a gate directory for a non-threshold gate is refuted", "[count][synaptic][certificate]") {
  // Today's main verified a census made for the XOR gate as "synaptic class ... gate 6".
  const fs::path dir = fresh_scratch_dir("xor-gate");
  CensusOptions o;
  o.certificate_dir = dir.string();
  const CensusResult r = run_census(CensusClass{CensusKind::synaptic, 3, 1, 6, GateEncoding::zero_one}, o);
  write_certificate_summary(dir.string(), r, {1, 1, 1});
  const CertificateCheck c = verify_certificates(dir.string());
  CHECK_FALSE(c.ok);
  CHECK(c.reason.find("not shown to be a threshold function") != std::string::npos);
  CHECK_THROWS_AS(gate_witness(3, 6), InputError);
  CHECK(realizes_gate(3, 8, gate_witness(3, 8)));
}

TEST_CASE("a resumed census re-checks the units its checkpoint supplies", "[count][checkpoint]") {
  const CensusClass cls{CensusKind::regular_ltf, 6, 1};
  std::atomic<bool> stop{false};
  auto interrupted = [&](const fs::path& dir, bool certificates) {
    CensusOptions s;
    s.threads = 1;
    if (certificates) s.certificate_dir = dir.string();
    s.checkpoint = (dir / "state.ckpt").string();
    s.checkpoint_interval_seconds = 0;
    s.stop = &stop;
    s.stop_after_units = 5;
    REQUIRE_FALSE(run_census(cls, s).complete);
    s.stop_after_units = 0;
    return s;
  };
  const CensusResult reference = run_census(cls, CensusOptions{});
  // Today's main printed a count edited in the checkpoint as certified.
  {
    const fs::path dir = fresh_scratch_dir("resume-certs");
    const CensusOptions s = interrupted(dir, true);
    const std::string saved = slurp(s.checkpoint);
    const auto line = saved.find("\nunit 0 ");
    REQUIRE(line != std::string::npos);
    const auto count_at = line + 8;
    std::string edited = saved;
    edited.replace(count_at, saved.find(' ', count_at) - count_at, "1");
    spit(s.checkpoint, edited);
    CHECK_THROWS_WITH(run_census(cls, s), Catch::Contains("unit 0") && Catch::Contains("the checkpoint says 1"));
    CHECK(slurp(s.checkpoint) == edited);  // refused and left as it is
    spit(s.checkpoint, saved);
    const CensusResult resumed = run_census(cls, s);
    CHECK(resumed.count == reference.count);
    CHECK(resumed.rechecked_units >= 5);
    CHECK(resumed.unchecked_units.empty());
    // A unit file that does not verify is refused too.
    spit(s.checkpoint, saved);
    fs::remove(dir / "unit-0.cert");
    CHECK_THROWS_WITH(run_census(cls, s), Catch::Contains("unit 0"));
  }
  {
    const fs::path dir = fresh_scratch_dir("resume-plain");
    const CensusOptions s = interrupted(dir, false);
    const std::string saved = slurp(s.checkpoint);
    const CensusResult resumed = run_census(cls, s);
    CHECK(resumed.count == reference.count);
    CHECK(resumed.unchecked_units.size() >= 5);  // said plainly: the report marks the count not certified
    CHECK(resumed.rechecked_units == 0);
  }
}

TEST_CASE("the half-orbit path of T(5,d) writes a directory that verifies and refutes a wrong orbit count",
          "[count][certificate]") {
  // Under the sanitized build this is the UBSan run of verify on the T(5;d)
  // path (the orbit masks are 16-bit tables; no shift by 64 anywhere).
  const fs::path dir = fresh_scratch_dir("half-orbits");
  const auto r = write_directory(CensusClass{CensusKind::ptf, 5, 1}, dir);
  CHECK(r.count == 94572);
  const CertificateCheck c = verify_certificates(dir.string());
  REQUIRE(c.ok);
  CHECK(c.count == 94572);
  CHECK(c.tasks == 1882);  // the tasks are exactly T(4;1)
  const fs::path wrong = copy_of(dir, "half-orbits-count");
  replace_first(wrong / "summary.txt", "count 94572", "count 94574");
  CHECK(verdict(wrong) == "refuted");
}
