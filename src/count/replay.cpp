#include "count/replay.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/error.h"
#include "core/ordered_run.h"
#include "count/certificate_stream.h"
#include "count/summary.h"
#include "count/symmetry.h"

namespace quarks::count {

namespace fs = std::filesystem;

std::string unit_file_name(std::size_t u) { return "unit-" + std::to_string(u) + ".cert"; }

namespace {

// Decisions come from the records of a file, in walk order.
class ReplaySource : public DecisionSource {
 public:
  explicit ReplaySource(RecordReader& reader) : reader_(reader) {}
  LpAnswer decide(const InequalitySystem& system, const std::vector<std::int32_t>& row_points, std::uint32_t point,
                  int value) override {
    DecisionRecord rec = reader_.read_record(system.columns, row_points);
    if (rec.point != point || rec.value != value) {
      reader_.fail("the walk decides point " + std::to_string(point) + " value " + std::to_string(value) +
                   " here, the record is for point " + std::to_string(rec.point) + " value " +
                   std::to_string(rec.value));
    }
    return std::move(rec.answer);
  }

 private:
  RecordReader& reader_;
};

void expect_line(RecordReader& in, const std::vector<std::string>& wanted) {
  std::vector<std::string> t;
  std::string text;
  for (const auto& w : wanted) text += (text.empty() ? "" : " ") + w;
  if (!in.next_line(t) || t != wanted) in.fail("expected '" + text + "'");
}

void expect_end(RecordReader& in, const std::string& what) {
  expect_line(in, {"end"});
  std::vector<std::string> t;
  if (in.next_line(t)) in.fail("text after 'end'" + what);
}

// Every entry of the directory must be one the summary accounts for, of the
// right type; every one the summary needs must be there.
void check_entries(const fs::path& dir, const std::set<std::string>& files, const std::set<std::string>& subdirs) {
  std::set<std::string> seen;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    // Entries are examined without following links (docs/capacity.md, "Corners").
    const auto status = entry.symlink_status();
    if (fs::is_symlink(status)) throw InputError("'" + entry.path().string() + "' is a symbolic link");
    if (files.count(name)) {
      if (!fs::is_regular_file(status)) throw InputError("'" + entry.path().string() + "' is not a regular file");
    } else if (subdirs.count(name)) {
      if (!fs::is_directory(status)) throw InputError("'" + entry.path().string() + "' is not a directory");
    } else {
      throw InputError("'" + entry.path().string() + "' is not accounted for by summary.txt");
    }
    seen.insert(name);
  }
  for (const auto* names : {&files, &subdirs}) {
    for (const auto& name : *names) {
      if (!seen.count(name)) throw InputError("'" + (dir / name).string() + "' is missing");
    }
  }
}

struct CensusReplayResult {
  bool ok = true;
  std::string reason;
  unsigned __int128 count = 0;
  std::uint64_t decisions = 0, leaves = 0, tasks = 0;
  std::vector<std::uint64_t> leaf_tables;
};

std::string refutation(const std::string& what, std::uint64_t found, std::uint64_t claimed) {
  return "the walk has " + std::to_string(found) + " " + what + ", the summary says " + std::to_string(claimed);
}

// Units are independent (each starts from its task roots), so they are
// replayed on threads (core/ordered_run.h). The outcome does not depend on the
// thread count: each unit's sums and leaves are kept and combined in unit
// order, and the error of the first unit (in unit order) that fails is the
// one raised, as in a one-thread replay.
void replay_units(const UnitReplay& units, const fs::path& dir, std::uint64_t count, unsigned threads,
                  std::vector<std::uint64_t>* leaves, CensusReplayResult& out) {
  struct Outcome {
    UnitReplay::Sums sums;
    std::vector<std::uint64_t> leaf_tables;
  };
  std::vector<Outcome> outcomes(count);
  run_in_order(count, threads, [&](std::size_t u) {
    Outcome& o = outcomes[u];
    o.sums = units.replay((dir / unit_file_name(u)).string(), u, leaves ? &o.leaf_tables : nullptr);
    return false;  // only an error stops the replay
  });
  for (const Outcome& o : outcomes) {
    out.count += o.sums.count;
    out.decisions += o.sums.decisions;
    out.leaves += o.sums.leaves;
    if (leaves) leaves->insert(leaves->end(), o.leaf_tables.begin(), o.leaf_tables.end());
  }
}

// docs/capacity.md, "Verdicts": the order in which problems are met.
CensusReplayResult replay_census(const fs::path& dir, const CensusSummary& s, bool keep_leaves, unsigned threads) {
  CensusReplayResult out;
  std::set<std::string> files{"summary.txt", "walk.cert"};
  for (std::uint64_t u = 0; u < s.units; ++u) files.insert(unit_file_name(u));
  check_entries(dir, files, {});
  if (s.cls.kind == CensusKind::synaptic && !realizes_gate(s.cls.n, s.cls.gate, s.gate_witness)) {
    out.ok = false;
    out.reason = "the gate witness does not realize gate " + std::to_string(s.cls.gate) + " on {0,1}^" +
                 std::to_string(s.cls.n - 1) + ": the gate is not shown to be a threshold function";
    return out;
  }
  const std::string v = std::to_string(s.version);
  CubeGeometry g(s.cls);
  std::vector<TaskRoot> roots;
  std::vector<std::uint64_t>* leaves = keep_leaves ? &out.leaf_tables : nullptr;
  try {
    RecordReader walk((dir / "walk.cert").string());
    expect_line(walk, {"quarks-census-walk", v});
    ReplaySource source(walk);
    Walker top(g, source, s.split);
    top.collect_leaves(leaves);
    top.walk_top([&](const TaskRoot& root) {
      expect_line(walk, {"T", std::to_string(roots.size())});
      roots.push_back(root);
    });
    expect_end(walk, "");
    out.count += top.count;
    out.decisions += top.decisions;
    out.leaves += top.leaves;
    out.tasks = roots.size();
    if (out.tasks != s.tasks) {
      out.ok = false;
      out.reason = refutation("tasks", out.tasks, s.tasks);
      return out;
    }
    std::vector<std::uint64_t> weights(roots.size(), 1);
    if (uses_half_orbits(s.cls)) {
      std::vector<std::uint64_t> f0;
      for (const auto& r : roots) f0.push_back(r.true_points[0]);
      weights = half_orbit_weights(s.cls.n - 1, f0);
    }
    const UnitReplay units(s.version, g, s.split, roots, weights, s.units);
    replay_units(units, dir, s.units, threads, leaves, out);
  } catch (const CertificateFailure& e) {
    out.ok = false;
    out.reason = e.what();
    return out;
  }
  if (out.decisions != s.decisions) {
    out.ok = false;
    out.reason = refutation("decisions", out.decisions, s.decisions);
  } else if (out.leaves != s.leaves) {
    out.ok = false;
    out.reason = refutation("leaves", out.leaves, s.leaves);
  } else if (out.count != s.count) {
    out.ok = false;
    out.reason = "the certificates give " + to_decimal(out.count) + ", the summary claims " + to_decimal(s.count);
  }
  return out;
}

CertificateCheck verify_union(const fs::path& dir, const UnionSummary& s, unsigned threads) {
  CertificateCheck check;
  check.title = "|single-weight synaptic gating, n = " + std::to_string(s.n) + "| (" + encoding_word(s.encoding) + ")";
  check.claimed_count = to_decimal(s.count);
  std::set<std::string> subdirs{"gates"};
  for (std::size_t k = 0; k < s.gates.size(); ++k) subdirs.insert("gate-" + std::to_string(k));
  check_entries(dir, {"summary.txt"}, subdirs);
  auto refute = [&](const std::string& why) {
    check.ok = false;
    check.reason = why;
    return check;
  };
  for (std::size_t k = 0; k < s.gates.size(); ++k) {
    if (!realizes_gate(s.n, s.gates[k].table, s.gates[k].witness)) {
      return refute("the witness of gate " + std::to_string(k) + " does not realize its table " +
                    std::to_string(s.gates[k].table));
    }
  }
  // gates/: the census of T(n-1;1), whose leaves (one regular function per
  // orbit of T(n-1;1)) must be exactly the gates.
  const Summary gs = read_summary((dir / "gates").string());
  if (gs.is_union || gs.census.cls.kind != CensusKind::regular_ltf || gs.census.cls.n != s.n - 1 ||
      gs.census.version != kCertificateVersion) {
    throw InputError("'" + (dir / "gates").string() + "' is not a version-2 ltf directory for n = " +
                     std::to_string(s.n - 1));
  }
  const CensusReplayResult gates = replay_census(dir / "gates", gs.census, true, threads);
  check.decisions += gates.decisions;
  check.leaves += gates.leaves;
  check.tasks += gates.tasks;
  if (!gates.ok) return refute("gates/: " + gates.reason);
  std::vector<std::uint64_t> found = gates.leaf_tables, listed;
  std::sort(found.begin(), found.end());
  for (const auto& gate : s.gates) listed.push_back(gate.table);
  if (found != listed) {
    return refute("the gate tables are not the leaves of gates/ (" + std::to_string(found.size()) +
                  " regular functions of " + std::to_string(s.n - 1) + " inputs)");
  }
  const std::uint32_t pts = 1u << s.n;
  const std::uint64_t mask = low_bits(pts);
  std::vector<std::uint64_t> members;
  for (std::size_t k = 0; k < s.gates.size(); ++k) {
    const fs::path sub = dir / ("gate-" + std::to_string(k));
    const Summary ks = read_summary(sub.string());
    const CensusSummary& c = ks.census;
    if (ks.is_union || c.cls.kind != CensusKind::synaptic || c.cls.n != s.n || c.cls.gate_encoding != s.encoding ||
        c.cls.gate != s.gates[k].table || c.gate_witness != s.gates[k].witness) {
      throw InputError("'" + sub.string() + "' is not the synaptic census of gate line " + std::to_string(k));
    }
    const CensusReplayResult r = replay_census(sub, c, true, threads);
    check.decisions += r.decisions;
    check.leaves += r.leaves;
    check.tasks += r.tasks;
    if (!r.ok) return refute("gate-" + std::to_string(k) + "/: " + r.reason);
    for (std::uint64_t f : r.leaf_tables) {
      members.push_back(f);
      members.push_back(~f & mask);  // leaves have F(0) = 0; their complements are members too
    }
  }
  check.directories = 2 + s.gates.size();
  // The union, closed under permutations and negations of x_1..x_{n-1}.
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  std::vector<std::uint64_t> set(std::max<std::uint64_t>(1, (std::uint64_t{1} << pts) / 64), 0);
  const auto maps = block_symmetries(s.n, 1, s.n - 1);
  for (std::uint64_t f : members) {
    for (const auto& map : maps) {
      const std::uint64_t h = compose(f, map);
      set[h >> 6] |= std::uint64_t{1} << (h & 63);
    }
  }
  for (auto w : set) check.count += static_cast<unsigned>(__builtin_popcountll(w));
  if (check.count != s.count) {
    return refute("the union of the gates' classes has " + to_decimal(check.count) + " members, the summary claims " +
                  check.claimed_count);
  }
  check.ok = true;
  return check;
}

}  // namespace

UnitReplay::UnitReplay(int version, const CubeGeometry& g, const SplitRule& rule, const std::vector<TaskRoot>& roots,
                       const std::vector<std::uint64_t>& orbit_weights, std::size_t units)
    : version_(version), g_(g), rule_(rule), roots_(roots), weights_(orbit_weights), units_(units) {}

UnitReplay::Sums UnitReplay::replay(const std::string& path, std::size_t u,
                                    std::vector<std::uint64_t>* leaf_tables) const {
  Sums sums;
  RecordReader unit(path);
  expect_line(unit, {"quarks-census-unit", std::to_string(version_), std::to_string(u)});
  ReplaySource source(unit);
  for (std::size_t i = u; i < roots_.size(); i += units_) {
    if (weights_[i] == 0) continue;  // another task of its orbit stands for it
    expect_line(unit, {"task", std::to_string(i)});
    Walker w(g_, source, rule_);
    w.collect_leaves(leaf_tables);
    w.walk_task(roots_[i]);
    sums.count += w.count * weights_[i];
    sums.decisions += w.decisions;
    sums.leaves += w.leaves;
  }
  expect_end(unit, " (more records than decisions)");
  return sums;
}

CertificateCheck verify_certificates(const std::string& directory, unsigned threads) {
  const fs::path dir(directory);
  if (!fs::is_directory(dir)) throw InputError("'" + directory + "' is not a directory");
  const Summary s = read_summary(directory);
  if (s.is_union) return verify_union(dir, s.union_, threads);
  CertificateCheck check;
  check.title = s.census.cls.title();
  check.claimed_count = to_decimal(s.census.count);
  const CensusReplayResult r = replay_census(dir, s.census, false, threads);
  check.ok = r.ok;
  check.reason = r.reason;
  check.count = r.count;
  check.decisions = r.decisions;
  check.leaves = r.leaves;
  check.tasks = r.tasks;
  return check;
}

}  // namespace quarks::count
