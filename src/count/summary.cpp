#include "count/summary.h"

#include <filesystem>
#include <limits>

#include "core/atomic_file.h"
#include "core/error.h"
#include "count/certificate_stream.h"

namespace quarks::count {

namespace {

class SummaryReader {
 public:
  explicit SummaryReader(const std::string& path) : reader_(path, RecordReader::Compression::refused) {}
  // The next line, which must start with `key` and have `fields` fields in all.
  const std::vector<std::string>& expect(const std::string& key, std::size_t fields) {
    if (!reader_.next_line(t_) || t_[0] != key || t_.size() != fields) {
      fail("expected '" + key + "' with " + std::to_string(fields - 1) + " value(s)");
    }
    return t_;
  }
  std::int64_t number(const std::string& token, std::int64_t low, std::int64_t high, const std::string& what) {
    std::int64_t v = 0;
    if (!parse_int64(token, v) || v < low || v > high) {
      fail(what + " '" + token + "' is not an integer in " + std::to_string(low) + ".." + std::to_string(high));
    }
    return v;
  }
  std::vector<std::int64_t> integers(std::size_t from) {
    std::vector<std::int64_t> out;
    for (std::size_t i = from; i < t_.size(); ++i) {
      std::int64_t v = 0;
      if (!parse_int64(t_[i], v)) fail("bad integer '" + t_[i] + "'");
      out.push_back(v);
    }
    return out;
  }
  void finish() {
    expect("end", 1);
    if (reader_.next_line(t_)) fail("text after 'end'");
  }
  [[noreturn]] void fail(const std::string& what) const { reader_.fail(what); }

 private:
  RecordReader reader_;
  std::vector<std::string> t_;
};

unsigned __int128 read_count(SummaryReader& r) {
  const auto& t = r.expect("count", 2);
  unsigned __int128 c = 0;
  if (!parse_u128(t[1], c)) r.fail("bad count '" + t[1] + "'");
  return c;
}

UnionSummary read_union(SummaryReader& r) {
  UnionSummary u;
  u.n = static_cast<std::uint32_t>(r.number(r.expect("n", 2)[1], 2, 5, "n"));
  u.encoding = GateEncoding::zero_one;
  const std::string word = r.expect("encoding", 2)[1];
  if (word != "01" && word != "pm1") r.fail("encoding must be 01 or pm1");
  u.encoding = parse_encoding_word(word, "encoding");
  if (r.expect("closure", 2)[1] != "permute-negate-tail") r.fail("the closure must be 'permute-negate-tail'");
  const std::int64_t tables = std::int64_t{1} << (1u << (u.n - 1));
  const std::int64_t gates = r.number(r.expect("gates", 2)[1], 1, tables, "gates");
  for (std::int64_t k = 0; k < gates; ++k) {
    const auto& t = r.expect("gate", 3 + u.n);
    if (t[1] != std::to_string(k)) r.fail("expected 'gate " + std::to_string(k) + "'");
    GateLine g;
    g.table = static_cast<std::uint64_t>(r.number(t[2], 0, tables - 1, "gate table"));
    if (!u.gates.empty() && g.table <= u.gates.back().table) r.fail("gate tables must be strictly increasing");
    g.witness = r.integers(3);
    u.gates.push_back(std::move(g));
  }
  u.count = read_count(r);
  r.finish();
  return u;
}

CensusSummary read_census(SummaryReader& r, int version, CensusKind kind) {
  CensusSummary s;
  s.version = version;
  s.cls.kind = kind;
  const std::int64_t n = r.number(r.expect("n", 2)[1], kind == CensusKind::synaptic ? 2 : 1,
                                  max_census_variables(kind), "n");
  const std::int64_t degree = r.number(r.expect("degree", 2)[1], 1, kind == CensusKind::ptf ? n : 1, "degree");
  s.cls.n = static_cast<std::uint32_t>(n);
  s.cls.degree = static_cast<std::uint32_t>(degree);
  if (kind == CensusKind::synaptic) {
    const std::int64_t tables = std::int64_t{1} << (1u << (n - 1));
    s.cls.gate = static_cast<std::uint64_t>(r.number(r.expect("gate", 2)[1], 0, tables - 1, "gate table"));
    r.expect("gate-witness", 1 + static_cast<std::size_t>(n));
    s.gate_witness = r.integers(1);
    const std::string word = r.expect("encoding", 2)[1];
    if (word != "01" && word != "pm1") r.fail("encoding must be 01 or pm1");
    s.cls.gate_encoding = parse_encoding_word(word, "encoding");
  }
  if (version == 1) {
    if (n > 8) r.fail("version-1 directories have n <= 8");
    s.split = version1_split_rule(s.cls);
    const std::uint32_t recorded = s.split.kind == SplitKind::branchings ? s.split.branchings : s.split.depth;
    if (r.expect("split", 2)[1] != std::to_string(recorded)) r.fail("split differs from the version-1 split for this class");
  } else {
    std::vector<std::string> t;
    if (kind == CensusKind::regular_ltf) {
      t = r.expect("split-rule", 5);
      if (t[1] != "branchings" || t[3] != "light") r.fail("expected 'split-rule branchings B light L'");
      s.split.kind = SplitKind::branchings;
      s.split.branchings = static_cast<std::uint32_t>(r.number(t[2], 0, 512, "branchings"));
      s.split.light = static_cast<std::uint32_t>(r.number(t[4], 0, 512, "light"));
    } else {
      t = r.expect("split-rule", 3);
      if (t[1] != "depth") r.fail("expected 'split-rule depth D'");
      s.split.kind = SplitKind::depth;
      s.split.depth = static_cast<std::uint32_t>(r.number(t[2], 0, std::int64_t{1} << n, "depth"));
      if (kind == CensusKind::ptf && n == 5 && s.split.depth != 16) r.fail("the half-orbit path needs split-rule depth 16");
    }
  }
  const std::int64_t max = std::numeric_limits<std::int64_t>::max();
  std::int64_t units = 0;
  if (version >= 2) units = r.number(r.expect("units", 2)[1], 1, max, "units");
  s.tasks = static_cast<std::uint64_t>(r.number(r.expect("tasks", 2)[1], 1, max, "tasks"));
  if (version == 1) units = static_cast<std::int64_t>(default_unit_count(s.tasks));
  if (static_cast<std::uint64_t>(units) > s.tasks) r.fail("units must be in 1..tasks");
  s.units = static_cast<std::uint64_t>(units);
  s.decisions = static_cast<std::uint64_t>(r.number(r.expect("decisions", 2)[1], 0, max, "decisions"));
  s.leaves = static_cast<std::uint64_t>(r.number(r.expect("leaves", 2)[1], 0, max, "leaves"));
  s.count = read_count(r);
  r.finish();
  return s;
}

}  // namespace

std::uint32_t max_census_variables(CensusKind kind) {
  switch (kind) {
    case CensusKind::regular_ltf: return kMaxCensusVariables;
    case CensusKind::ptf: return 5;
    case CensusKind::synaptic: return 5;
  }
  return 0;
}

bool parse_u128(const std::string& s, unsigned __int128& out) {
  if (s.empty() || s.size() > 39 || (s[0] == '0' && s.size() > 1)) return false;
  unsigned __int128 v = 0;
  const unsigned __int128 max = ~static_cast<unsigned __int128>(0);
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    const unsigned d = static_cast<unsigned>(c - '0');
    if (v > (max - d) / 10) return false;
    v = v * 10 + d;
  }
  out = v;
  return true;
}

bool realizes_gate(std::uint32_t n, std::uint64_t table, const std::vector<std::int64_t>& witness) {
  if (n < 2 || witness.size() != n) return false;
  for (std::uint32_t x = 0; x < (1u << (n - 1)); ++x) {
    __int128 a = -static_cast<__int128>(witness.back());
    for (std::uint32_t j = 0; j + 1 < n; ++j) a += ((x >> j) & 1) * static_cast<__int128>(witness[j]);
    if (!realizes_value(a, ((table >> x) & 1) == 1)) return false;
  }
  return true;
}

Summary read_summary(const std::string& directory) {
  SummaryReader r((std::filesystem::path(directory) / "summary.txt").string());
  const auto& head = r.expect("quarks-census", 2);
  if (head[1] != "1" && head[1] != "2") r.fail("unknown version '" + head[1] + "' (this quarks reads 1 and 2)");
  const int version = head[1] == "1" ? 1 : 2;
  const std::string cls = r.expect("class", 2)[1];
  Summary s;
  if (cls == "synaptic-union" && version == 2) {
    s.is_union = true;
    s.union_ = read_union(r);
  } else if (cls == "ltf") {
    s.census = read_census(r, version, CensusKind::regular_ltf);
  } else if (cls == "ptf") {
    s.census = read_census(r, version, CensusKind::ptf);
  } else if (cls == "synaptic") {
    if (version == 1) r.fail("a version-1 synaptic directory has no gate witness: regenerate it with this quarks");
    s.census = read_census(r, version, CensusKind::synaptic);
  } else {
    r.fail("unknown class '" + cls + "' (ltf, ptf, synaptic or synaptic-union)");
  }
  return s;
}

namespace {

std::string joined(const std::vector<std::int64_t>& v) {
  std::string out;
  for (auto x : v) out += " " + std::to_string(x);
  return out;
}

}  // namespace

void write_census_summary(const std::string& directory, const CensusSummary& s) {
  AtomicOutputFile file((std::filesystem::path(directory) / "summary.txt").string());
  auto& out = file.stream();
  out << "quarks-census " << kCertificateVersion << "\nclass " << s.cls.name() << "\nn " << s.cls.n << "\ndegree "
      << s.cls.degree << "\n";
  if (s.cls.kind == CensusKind::synaptic) {
    out << "gate " << s.cls.gate << "\ngate-witness" << joined(s.gate_witness) << "\nencoding "
        << encoding_word(s.cls.gate_encoding) << "\n";
  }
  out << "split-rule " << s.split.text() << "\nunits " << s.units << "\ntasks " << s.tasks << "\ndecisions "
      << s.decisions << "\nleaves " << s.leaves << "\ncount " << to_decimal(s.count) << "\nend\n";
  file.commit();
}

void write_union_summary(const std::string& directory, const UnionSummary& s) {
  AtomicOutputFile file((std::filesystem::path(directory) / "summary.txt").string());
  auto& out = file.stream();
  out << "quarks-census " << kCertificateVersion << "\nclass synaptic-union\nn " << s.n << "\nencoding "
      << encoding_word(s.encoding) << "\nclosure permute-negate-tail\ngates " << s.gates.size() << "\n";
  for (std::size_t k = 0; k < s.gates.size(); ++k) {
    out << "gate " << k << " " << s.gates[k].table << joined(s.gates[k].witness) << "\n";
  }
  out << "count " << to_decimal(s.count) << "\nend\n";
  file.commit();
}

}  // namespace quarks::count
