#include "count/census.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "core/atomic_file.h"
#include "core/error.h"
#include "count/certificate.h"
#include "count/certificate_stream.h"

namespace quarks::count {

namespace {

using Clock = std::chrono::steady_clock;

// A certificate that does not hold. In a census this is a bug (decide() only
// returns checked answers); in a replay it is the verdict "not verified".
struct CertificateFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class DecisionSource {
 public:
  virtual ~DecisionSource() = default;
  virtual LpAnswer decide(const InequalitySystem& system, const std::vector<std::int32_t>& row_points,
                          std::uint32_t point, int value) = 0;
};

// Thrown inside a task's walk when Ctrl-C asked to stop: the task is
// abandoned (its certificate file is never committed) and stays undone.
struct TaskInterrupted {};

struct TaskRoot {
  PointSet true_points{}, false_points{};
  std::vector<std::int64_t> witness;
  std::uint32_t index = 0;  // the next point of the walk order to assign
};

// The walk of docs/capacity.md, shared by the census and its replay.
class Walker {
 public:
  Walker(const CubeGeometry& g, DecisionSource& source) : g_(g), source_(source) {}

  // Top walk: hands each node at the split to on_task (split_rule in census.h).
  std::function<void(const TaskRoot&)> on_task;
  std::uint32_t split = 0;
  bool split_by_branchings = false;
  std::uint32_t split_ones = 0;
  const std::atomic<bool>* stop = nullptr;
  std::vector<std::uint64_t>* leaf_tables = nullptr;

  unsigned __int128 count = 0;
  std::uint64_t leaves = 0, decisions = 0;

  void walk_top(const std::vector<std::int64_t>& root) { walk(0, root, true, 0); }
  void walk_task(const TaskRoot& task) {
    true_ = task.true_points;
    false_ = task.false_points;
    walk(task.index, task.witness, false, 0);
  }

 private:
  // branchings: nodes on the path above with both branches feasible; ones:
  // those of them where the path took the value 1 (the light side).
  void walk(std::uint32_t index, const std::vector<std::int64_t>& z, bool top, std::uint32_t branchings,
            std::uint32_t ones = 0) {
    if (top && (split_by_branchings ? branchings == split || ones == split_ones : index == split)) {
      on_task(TaskRoot{true_, false_, z, index});
      return;
    }
    if (index == g_.points()) {
      leaf(z);
      return;
    }
    if (stop && (++nodes_ & 1023) == 0 && stop->load()) throw TaskInterrupted{};
    const std::uint32_t p = g_.order()[index];
    const CensusKind kind = g_.census_class().kind;
    if (kind == CensusKind::regular_ltf && intersects(g_.dominated_by(p), true_)) {
      insert(true_, p);  // a dominated point is true, and w is sorted and >= 0
      walk(index + 1, z, top, branchings, ones);
      erase(true_, p);
      return;
    }
    if (kind != CensusKind::regular_ltf && index == 0 && !uses_half_orbits(g_.census_class())) {
      insert(false_, p);  // f(0) = 0; the complements are counted by the weight 2
      walk(index + 1, z, top, branchings, ones);
      erase(false_, p);
      return;
    }
    const __int128 a = g_.activation(z, p);
    std::vector<std::int64_t> branch[2];
    bool feasible[2] = {false, false};
    for (int v = 0; v < 2; ++v) {
      if (v ? a > 0 : a < 0) {
        feasible[v] = true;  // the current witness realizes this branch
        continue;
      }
      set(p, v, true);
      g_.build_system(true_, false_, system_, row_points_);
      set(p, v, false);
      LpAnswer answer = source_.decide(system_, row_points_, p, v);
      ++decisions;
      if (!certifies(system_, answer)) {
        throw CertificateFailure("the certificate of point " + std::to_string(p) + " value " + std::to_string(v) +
                                 " does not hold");
      }
      feasible[v] = answer.feasible;
      if (answer.feasible) branch[v] = std::move(answer.point);
    }
    for (int v = 0; v < 2; ++v) {
      if (!feasible[v]) continue;
      set(p, v, true);
      const bool both = feasible[0] && feasible[1];
      walk(index + 1, branch[v].empty() ? z : branch[v], top, branchings + both, ones + (both && v == 1));
      set(p, v, false);
    }
  }

  void set(std::uint32_t p, int v, bool on) {
    PointSet& s = v ? true_ : false_;
    if (on) {
      insert(s, p);
    } else {
      erase(s, p);
    }
  }

  // A leaf is a member only if its witness realizes it strictly on the whole
  // cube (and, for the regular census, is sorted and >= 0, which the weight needs).
  void leaf(const std::vector<std::int64_t>& z) {
    for (std::uint32_t x = 0; x < g_.points(); ++x) {
      const __int128 a = g_.activation(z, x);
      if (a == 0 || (a > 0) != contains(true_, x)) {
        throw CertificateFailure("a leaf witness does not realize its function at point " + std::to_string(x));
      }
    }
    const auto& cls = g_.census_class();
    if (cls.kind == CensusKind::regular_ltf) {
      for (std::uint32_t i = 0; i < cls.n; ++i) {
        if (z[i] < (i + 1 < cls.n ? z[i + 1] : 0)) throw CertificateFailure("a leaf witness is not sorted and >= 0");
      }
    }
    count += leaf_weight(cls, true_);
    ++leaves;
    if (leaf_tables) leaf_tables->push_back(true_[0]);
  }

  const CubeGeometry& g_;
  DecisionSource& source_;
  std::uint64_t nodes_ = 0;
  PointSet true_{}, false_{};
  InequalitySystem system_;
  std::vector<std::int32_t> row_points_;
};

// f = 0 everywhere: w = 0, t = 1 (sorted and >= 0, strict: activation -1).
std::vector<std::int64_t> root_witness(const CubeGeometry& g) {
  std::vector<std::int64_t> z(g.columns(), 0);
  z.back() = 1;
  return z;
}

class SolverSource : public DecisionSource {
 public:
  SolverSource(LpEngine engine, std::ostream* out) : engine_(engine), out_(out) {}
  LpStatistics stats;
  LpAnswer decide(const InequalitySystem& system, const std::vector<std::int32_t>& row_points, std::uint32_t point,
                  int value) override {
    LpAnswer answer = count::decide(system, engine_, stats);
    if (out_) *out_ << format_record(point, value, answer, row_points);
    return answer;
  }

 private:
  LpEngine engine_;
  std::ostream* out_;
};

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

std::string unit_file(const std::string& dir, std::uint64_t u) {
  return (std::filesystem::path(dir) / ("unit-" + std::to_string(u) + ".cert")).string();
}

// Unit u holds the tasks i = u, u + U, u + 2U, ... (U units): the heavy tasks
// come first in walk order (the spine), and interleaving spreads them; with
// consecutive tasks, unit 0 of T(8;1) held 44% of the work (measured).
constexpr std::size_t kUnits = 256;
std::size_t unit_count(std::size_t tasks) { return std::max<std::size_t>(1, std::min(tasks, kUnits)); }

struct TaskResult {
  bool done = false;
  unsigned __int128 count = 0;
  std::uint64_t decisions = 0, leaves = 0;
};

std::string checkpoint_header(const CensusClass& cls, std::uint32_t split, std::size_t tasks, bool certificates) {
  return "quarks-census-checkpoint 1\nclass " + cls.name() + " n " + std::to_string(cls.n) + " degree " +
         std::to_string(cls.degree) + " split " + std::to_string(split) + " tasks " + std::to_string(tasks) +
         " certificates " + (certificates ? "1" : "0") + "\n";
}

bool parse_u128(const std::string& s, unsigned __int128& out) {
  if (s.empty() || s.size() > 38 || (s[0] == '0' && s.size() > 1)) return false;
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + static_cast<unsigned>(c - '0');
  }
  return true;
}

// Reads a checkpoint written for the same class, split and certificate
// setting; anything else is an InputError (the file is left as it is).
void load_checkpoint(const std::string& path, const std::string& header, std::vector<TaskResult>& results) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return;  // no checkpoint yet: a fresh run
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  auto bad = [&](const std::string& why) { throw InputError("checkpoint '" + path + "': " + why); };
  if (text.compare(0, header.size(), header) != 0) {
    bad("written for another class, split or certificate setting (or not a checkpoint)");
  }
  std::istringstream lines(text.substr(header.size()));
  std::string line;
  bool ended = false;
  while (std::getline(lines, line)) {
    if (ended) bad("text after 'end'");
    if (line == "end") {
      ended = true;
      continue;
    }
    std::istringstream fields(line);
    std::string tag, index, count, decisions, leaves, extra;
    fields >> tag >> index >> count >> decisions >> leaves;
    std::int64_t i = 0, d = 0, l = 0;
    unsigned __int128 c = 0;
    if (tag != "unit" || (fields >> extra) || !parse_int64(index, i) || !parse_u128(count, c) ||
        !parse_int64(decisions, d) || !parse_int64(leaves, l) || i < 0 || d < 0 || l < 0 ||
        static_cast<std::size_t>(i) >= results.size() || line != tag + " " + index + " " + count + " " + decisions +
                                                                    " " + leaves) {
      bad("malformed line '" + line + "'");
    }
    if (results[i].done) bad("unit " + index + " appears twice");
    results[i] = TaskResult{true, c, static_cast<std::uint64_t>(d), static_cast<std::uint64_t>(l)};
  }
  if (!ended) bad("truncated (no 'end' line)");
}

void save_checkpoint(const std::string& path, const std::string& header, const std::vector<TaskResult>& results) {
  AtomicOutputFile file(path);
  file.stream() << header;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (!results[i].done) continue;
    file.stream() << "unit " << i << ' ' << to_decimal(results[i].count) << ' ' << results[i].decisions << ' '
                  << results[i].leaves << '\n';
  }
  file.stream() << "end\n";
  file.commit();
}

// The PTF census at n >= 5 splits at the half x_{n-1} = 0 (split depth
// 2^(n-1)): the tasks are then exactly the f0 in T(n-1;d), and the extensions
// of s(f0) are s applied to those of f0 for every s in the group G of input
// permutations and negations of the first n-1 variables, with complement
// (s preserves degree). So only one task per G-orbit is walked, weighted by
// the orbit's size, which is the number of tasks in it: T(n-1;d) is closed
// under G and every member is a task exactly once. Weight 0 = not walked.
std::vector<std::uint64_t> half_orbit_weights(const CensusClass& cls, const std::vector<TaskRoot>& tasks) {
  std::vector<std::uint64_t> weights(tasks.size(), 1);
  if (!uses_half_orbits(cls)) return weights;
  const std::uint32_t m = cls.n - 1, pts = 1u << m;
  const std::uint64_t mask = (std::uint64_t{1} << pts) - 1;
  std::vector<std::uint32_t> perm(m);
  std::iota(perm.begin(), perm.end(), 0);
  std::vector<std::vector<std::uint32_t>> maps;
  do {
    for (std::uint32_t flip = 0; flip < pts; ++flip) {
      std::vector<std::uint32_t> map(pts);
      for (std::uint32_t x = 0; x < pts; ++x) {
        std::uint32_t y = 0;
        for (std::uint32_t i = 0; i < m; ++i) y |= ((x >> i) & 1) << perm[i];
        map[x] = y ^ flip;
      }
      maps.push_back(std::move(map));
    }
  } while (std::next_permutation(perm.begin(), perm.end()));
  std::map<std::uint64_t, std::vector<std::size_t>> orbits;
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    const std::uint64_t f = tasks[i].true_points[0] & mask;
    std::uint64_t canonical = ~std::uint64_t{0};
    for (const auto& map : maps) {
      std::uint64_t g = 0;
      for (std::uint32_t x = 0; x < pts; ++x) g |= ((f >> map[x]) & 1) << x;
      canonical = std::min({canonical, g, ~g & mask});
    }
    orbits[canonical].push_back(i);
  }
  for (const auto& [canonical, members] : orbits) {
    for (std::size_t k = 0; k < members.size(); ++k) weights[members[k]] = k == 0 ? members.size() : 0;
  }
  return weights;
}

}  // namespace

bool uses_half_orbits(const CensusClass& cls) { return cls.kind == CensusKind::ptf && cls.n >= 5; }

bool splits_by_branchings(const CensusClass& cls) { return cls.kind == CensusKind::regular_ltf; }

// The walk tree of regular functions is a caterpillar: a spine of 0-values
// (few points true, most functions) with small subtrees on the 1 side. So a
// task ends after `default_split_depth` branchings in all, or after this many
// branchings where the path took the light side, whichever comes first.
std::uint32_t split_light_branchings(const CensusClass& cls) {
  static const std::uint32_t ones[] = {0, 0, 0, 0, 0, 2, 2, 3, 3};
  return cls.kind == CensusKind::regular_ltf ? ones[cls.n] : 0;
}

std::uint32_t default_split_depth(const CensusClass& cls) {
  // Regular LTF: a fixed number of two-way branchings on the path, so tasks
  // are of similar size (a fixed depth put 85% of T(7;1) in one task,
  // measured). PTF: the depth 2^(n-1) (the half x_{n-1} = 0) from n = 4.
  if (cls.kind == CensusKind::regular_ltf) {
    static const std::uint32_t branchings[] = {0, 0, 0, 0, 0, 8, 24, 96, 120};
    return branchings[cls.n];
  }
  if (cls.n <= 3) return 0;
  return 1u << (cls.n - 1);  // PTF and synaptic: the half x_{n-1} = 0
}

CensusResult run_census(const CensusClass& cls, const CensusOptions& options) {
  const auto start = Clock::now();
  CubeGeometry g(cls);
  if (options.threads < 1) throw InputError("census: threads must be >= 1");
  if (options.collect_leaves && cls.n > 6) throw InputError("census: leaf tables are kept for n <= 6 only");
  if (!options.checkpoint.empty() && options.ranks > 1) {
    throw InputError("--checkpoint is not supported with MPI ranks (each rank would need its own)");
  }
  const bool certificates = !options.certificate_dir.empty();
  CensusResult result;
  result.cls = cls;
  result.split_depth = default_split_depth(cls);

  // The top walk: every rank does it (it is small); rank 0 writes it.
  std::vector<TaskRoot> tasks;
  std::unique_ptr<AtomicOutputFile> walk_file;
  if (certificates && options.rank == 0) {
    walk_file = std::make_unique<AtomicOutputFile>(
        (std::filesystem::path(options.certificate_dir) / "walk.cert").string());
    walk_file->stream() << "quarks-census-walk 1\n";
  }
  SolverSource top_source(options.engine, walk_file ? &walk_file->stream() : nullptr);
  Walker top(g, top_source);
  std::vector<std::uint64_t> top_leaves;
  if (options.collect_leaves && options.rank == 0) top.leaf_tables = &top_leaves;
  top.split = result.split_depth;
  top.split_by_branchings = splits_by_branchings(cls);
  top.split_ones = split_light_branchings(cls);
  top.on_task = [&](const TaskRoot& t) {
    if (walk_file) walk_file->stream() << "T " << tasks.size() << '\n';
    tasks.push_back(t);
  };
  top.walk_top(root_witness(g));
  if (options.rank == 0) {
    // Leaves reached before the split belong to the top walk.
    result.decisions += top.decisions;
    result.count += top.count;
    result.leaves += top.leaves;
    result.lp = top_source.stats;
  }
  result.tasks = tasks.size();
  const std::vector<std::uint64_t> weights = half_orbit_weights(cls, tasks);

  // Tasks are grouped into at most kUnits units (interleaved): a unit
  // is one certificate file and one checkpoint entry (thousands of small
  // files cost more than the LPs, measured at n = 7: 11.7 s against 2.4 s).
  const std::size_t units = unit_count(tasks.size());
  result.units = units;
  std::vector<TaskResult> results(units);
  const std::string header = checkpoint_header(cls, result.split_depth, tasks.size(), certificates);
  if (!options.checkpoint.empty()) {
    load_checkpoint(options.checkpoint, header, results);
    if (certificates) {
      for (std::size_t u = 0; u < units; ++u) {
        if (results[u].done && !std::filesystem::exists(unit_file(options.certificate_dir, u))) {
          throw InputError("checkpoint '" + options.checkpoint + "' says unit " + std::to_string(u) +
                           " is done but " + unit_file(options.certificate_dir, u) + " is missing");
        }
      }
    }
  }

  std::vector<std::size_t> mine;
  for (std::size_t u = 0; u < units; ++u) {
    if (u % options.ranks == options.rank && !results[u].done) mine.push_back(u);
  }
  std::vector<std::vector<std::uint64_t>> leaf_tables(units);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0, running = 0, finished_now = 0;
  std::uint64_t decisions_now = 0;
  LpStatistics lp_total;
  std::exception_ptr failure;
  auto stopping = [&] { return (options.stop && options.stop->load()) || failure; };

  auto worker = [&] {
    for (;;) {
      std::size_t u;
      {
        std::lock_guard lock(mutex);
        if (next == mine.size() || stopping()) return;
        u = mine[next++];
        ++running;
      }
      try {
        std::unique_ptr<AtomicOutputFile> out;
        if (certificates) {
          out = std::make_unique<AtomicOutputFile>(unit_file(options.certificate_dir, u));
          out->stream() << "quarks-census-unit 1 " << u << '\n';
        }
        SolverSource source(options.engine, out ? &out->stream() : nullptr);
        TaskResult unit_result{true, 0, 0, 0};
        std::vector<std::uint64_t> unit_leaves;
        for (std::size_t i = u; i < tasks.size(); i += units) {
          if (weights[i] == 0) continue;  // another task of its orbit stands for it
          if (out) out->stream() << "task " << i << '\n';
          Walker w(g, source);
          w.split = result.split_depth;
          w.split_by_branchings = splits_by_branchings(cls);
          w.split_ones = split_light_branchings(cls);
          if (options.collect_leaves) w.leaf_tables = &unit_leaves;
          w.stop = options.stop;
          w.walk_task(tasks[i]);
          unit_result.count += w.count * weights[i];
          unit_result.decisions += w.decisions;
          unit_result.leaves += w.leaves;
        }
        if (out) {
          out->stream() << "end\n";
          out->commit();
        }
        std::lock_guard lock(mutex);
        results[u] = unit_result;
        leaf_tables[u] = std::move(unit_leaves);
        decisions_now += unit_result.decisions;
        lp_total.solved += source.stats.solved;
        lp_total.feasible += source.stats.feasible;
        lp_total.fallbacks += source.stats.fallbacks;
        lp_total.seconds_solving += source.stats.seconds_solving;
        lp_total.seconds_certifying += source.stats.seconds_certifying;
        --running;
        ++finished_now;
      } catch (const TaskInterrupted&) {
        std::lock_guard lock(mutex);
        --running;  // stays undone; a resumed run walks it again
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure) failure = std::current_exception();
        --running;
      }
      changed.notify_all();
    }
  };

  std::vector<std::thread> pool;
  const unsigned threads = std::max(1u, std::min<unsigned>(options.threads, static_cast<unsigned>(mine.size())));
  for (unsigned t = 0; t < threads && !mine.empty(); ++t) pool.emplace_back(worker);
  auto last_checkpoint = Clock::now();
  std::size_t already_done = 0;
  for (std::size_t u = 0; u < units; ++u) already_done += u % options.ranks == options.rank && results[u].done;
  std::size_t my_units = 0;
  for (std::size_t u = 0; u < units; ++u) my_units += u % options.ranks == options.rank;
  {
    std::unique_lock lock(mutex);
    for (;;) {
      const bool all = (next == mine.size() || stopping()) && running == 0;
      if (options.progress) {
        CensusProgress pr{already_done + finished_now, my_units, decisions_now,
                          std::chrono::duration<double>(Clock::now() - start).count()};
        lock.unlock();
        options.progress(pr);
        lock.lock();
      }
      if (!options.checkpoint.empty() &&
          (all || std::chrono::duration<double>(Clock::now() - last_checkpoint).count() >=
                      options.checkpoint_interval_seconds)) {
        auto snapshot = results;
        lock.unlock();
        save_checkpoint(options.checkpoint, header, snapshot);
        lock.lock();
        last_checkpoint = Clock::now();
      }
      if (all) break;
      changed.wait_for(lock, std::chrono::milliseconds(500));
    }
  }
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);

  result.lp.solved += lp_total.solved;
  result.lp.feasible += lp_total.feasible;
  result.lp.fallbacks += lp_total.fallbacks;
  result.lp.seconds_solving += lp_total.seconds_solving;
  result.lp.seconds_certifying += lp_total.seconds_certifying;
  result.complete = true;
  for (std::size_t u = 0; u < units; ++u) {
    if (u % options.ranks != options.rank) continue;
    if (!results[u].done) {
      result.complete = false;
      continue;
    }
    ++result.units_done;
    result.count += results[u].count;
    result.decisions += results[u].decisions;
    result.leaves += results[u].leaves;
    result.leaf_tables.insert(result.leaf_tables.end(), leaf_tables[u].begin(), leaf_tables[u].end());
  }
  result.leaf_tables.insert(result.leaf_tables.end(), top_leaves.begin(), top_leaves.end());
  std::sort(result.leaf_tables.begin(), result.leaf_tables.end());
  if (walk_file) {
    walk_file->stream() << "end\n";
    walk_file->commit();
  }
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return result;
}

void write_certificate_summary(const std::string& directory, const CensusResult& r) {
  AtomicOutputFile file((std::filesystem::path(directory) / "summary.txt").string());
  file.stream() << "quarks-census 1\nclass " << r.cls.name() << "\nn " << r.cls.n << "\ndegree " << r.cls.degree << "\n";
  if (r.cls.kind == CensusKind::synaptic) {
    file.stream() << "gate " << r.cls.gate << "\nencoding " << (r.cls.gate_plus_minus_one ? "pm1" : "01") << "\n";
  }
  file.stream() << "split " << r.split_depth << "\ntasks " << r.tasks << "\ndecisions " << r.decisions << "\nleaves "
                << r.leaves << "\ncount " << to_decimal(r.count) << "\nend\n";
  file.commit();
}

CertificateCheck verify_certificates(const std::string& directory) {
  CertificateCheck check;
  const auto dir = std::filesystem::path(directory);
  if (!std::filesystem::is_directory(dir)) throw InputError("'" + directory + "' is not a directory");
  // summary.txt: written last by `quarks count`, names the class and the claim.
  RecordReader summary((dir / "summary.txt").string());
  std::vector<std::string> t;
  auto expect = [&](const std::string& key, std::size_t fields) {
    if (!summary.next_line(t) || t[0] != key || t.size() != fields) summary.fail("expected '" + key + "' line");
  };
  expect("quarks-census", 2);
  if (t[1] != "1") summary.fail("unknown version '" + t[1] + "'");
  expect("class", 2);
  CensusClass cls;
  if (t[1] == "ltf") {
    cls.kind = CensusKind::regular_ltf;
  } else if (t[1] == "ptf") {
    cls.kind = CensusKind::ptf;
  } else if (t[1] == "synaptic") {
    cls.kind = CensusKind::synaptic;
  } else {
    summary.fail("unknown class '" + t[1] + "' (ltf, ptf or synaptic)");
  }
  std::int64_t n = 0, degree = 0, split = 0, tasks = 0, decisions = 0, leaves = 0;
  expect("n", 2);
  if (!parse_int64(t[1], n) || n < 1 || n > kMaxCensusVariables) summary.fail("n must be in 1..8");
  expect("degree", 2);
  if (!parse_int64(t[1], degree) || degree < 1 || degree > n) summary.fail("degree must be in 1..n");
  cls.n = static_cast<std::uint32_t>(n);
  cls.degree = static_cast<std::uint32_t>(degree);
  if (cls.kind == CensusKind::synaptic) {
    std::int64_t gate = 0;
    expect("gate", 2);
    if (!parse_int64(t[1], gate) || gate < 0 || n > 6 || (gate >> (1u << (n - 1))) != 0) {
      summary.fail("bad gate table '" + t[1] + "'");
    }
    cls.gate = static_cast<std::uint64_t>(gate);
    expect("encoding", 2);
    if (t[1] != "01" && t[1] != "pm1") summary.fail("encoding must be 01 or pm1");
    cls.gate_plus_minus_one = t[1] == "pm1";
  }
  expect("split", 2);
  if (!parse_int64(t[1], split) || split != default_split_depth(cls)) summary.fail("split depth differs from the census'");
  expect("tasks", 2);
  if (!parse_int64(t[1], tasks) || tasks < 1) summary.fail("bad task count");
  expect("decisions", 2);
  if (!parse_int64(t[1], decisions) || decisions < 0) summary.fail("bad decision count");
  expect("leaves", 2);
  if (!parse_int64(t[1], leaves) || leaves < 0) summary.fail("bad leaf count");
  expect("count", 2);
  unsigned __int128 claimed = 0;
  if (!parse_u128(t[1], claimed)) summary.fail("bad count '" + t[1] + "'");
  check.claimed_count = t[1];
  expect("end", 1);
  if (summary.next_line(t)) summary.fail("text after 'end'");
  check.cls = cls;

  CubeGeometry g(cls);
  std::vector<TaskRoot> roots;
  try {
    RecordReader walk((dir / "walk.cert").string());
    if (!walk.next_line(t) || t.size() != 2 || t[0] != "quarks-census-walk" || t[1] != "1") {
      walk.fail("expected 'quarks-census-walk 1'");
    }
    ReplaySource source(walk);
    Walker top(g, source);
    top.split = static_cast<std::uint32_t>(split);
    top.split_by_branchings = splits_by_branchings(cls);
    top.split_ones = split_light_branchings(cls);
  top.split_ones = split_light_branchings(cls);
    top.on_task = [&](const TaskRoot& root) {
      std::vector<std::string> line;
      if (!walk.next_line(line) || line.size() != 2 || line[0] != "T" || line[1] != std::to_string(roots.size())) {
        walk.fail("expected 'T " + std::to_string(roots.size()) + "'");
      }
      roots.push_back(root);
    };
    top.walk_top(root_witness(g));
    if (!walk.next_line(t) || t.size() != 1 || t[0] != "end") walk.fail("expected 'end'");
    if (walk.next_line(t)) walk.fail("text after 'end'");
    check.decisions += top.decisions;
    check.count += top.count;
    check.leaves += top.leaves;
    const std::vector<std::uint64_t> weights = half_orbit_weights(cls, roots);
    const std::size_t units = unit_count(roots.size());
    for (std::size_t u = 0; u < units; ++u) {
      RecordReader unit(unit_file(directory, u));
      if (!unit.next_line(t) || t.size() != 3 || t[0] != "quarks-census-unit" || t[1] != "1" ||
          t[2] != std::to_string(u)) {
        unit.fail("expected 'quarks-census-unit 1 " + std::to_string(u) + "'");
      }
      ReplaySource unit_source(unit);
      for (std::size_t i = u; i < roots.size(); i += units) {
        if (weights[i] == 0) continue;
        if (!unit.next_line(t) || t.size() != 2 || t[0] != "task" || t[1] != std::to_string(i)) {
          unit.fail("expected 'task " + std::to_string(i) + "'");
        }
        Walker w(g, unit_source);
        w.split = static_cast<std::uint32_t>(split);
        w.split_by_branchings = splits_by_branchings(cls);
        w.split_ones = split_light_branchings(cls);
        w.walk_task(roots[i]);
        check.count += w.count * weights[i];
        check.decisions += w.decisions;
        check.leaves += w.leaves;
      }
      if (!unit.next_line(t) || t.size() != 1 || t[0] != "end") unit.fail("expected 'end' (more records than decisions)");
      if (unit.next_line(t)) unit.fail("text after 'end'");
    }
  } catch (const CertificateFailure& e) {
    check.ok = false;
    check.reason = e.what();
    return check;
  }
  check.tasks = roots.size();
  if (check.tasks != static_cast<std::uint64_t>(tasks)) {
    check.reason = "the walk has " + std::to_string(check.tasks) + " tasks, the summary says " + std::to_string(tasks);
  } else if (check.decisions != static_cast<std::uint64_t>(decisions)) {
    check.reason = "the walk decides " + std::to_string(check.decisions) + " LPs, the summary says " +
                   std::to_string(decisions);
  } else if (check.leaves != static_cast<std::uint64_t>(leaves)) {
    check.reason = "the walk has " + std::to_string(check.leaves) + " leaves, the summary says " + std::to_string(leaves);
  } else if (check.count != claimed) {
    check.reason = "the certificates give " + to_decimal(check.count) + ", the summary claims " + check.claimed_count;
  } else {
    check.ok = true;
  }
  return check;
}

namespace {

struct EnoughSamples {};

class SamplingSource : public DecisionSource {
 public:
  SamplingSource(std::size_t wanted, std::vector<InequalitySystem>& out) : wanted_(wanted), out_(out) {}
  LpAnswer decide(const InequalitySystem& system, const std::vector<std::int32_t>&, std::uint32_t, int) override {
    out_.push_back(system);
    LpAnswer answer = count::decide(system, LpEngine::float_certified, stats_);
    if (out_.size() >= wanted_) throw EnoughSamples{};
    return answer;
  }

 private:
  std::size_t wanted_;
  std::vector<InequalitySystem>& out_;
  LpStatistics stats_;
};

}  // namespace

std::vector<InequalitySystem> sample_decision_systems(const CensusClass& cls, std::size_t count) {
  CubeGeometry g(cls);
  std::vector<InequalitySystem> out;
  if (count == 0) return out;
  SamplingSource source(count, out);
  std::vector<TaskRoot> tasks;
  try {
    Walker top(g, source);
    top.split = default_split_depth(cls);
    top.split_by_branchings = splits_by_branchings(cls);
    top.split_ones = split_light_branchings(cls);
  top.split_ones = split_light_branchings(cls);
    top.on_task = [&](const TaskRoot& t) { tasks.push_back(t); };
    top.walk_top(root_witness(g));
    for (const auto& t : tasks) {
      Walker w(g, source);
      w.split = top.split;
      w.split_by_branchings = top.split_by_branchings;
      w.split_ones = top.split_ones;
      w.walk_task(t);
    }
  } catch (const EnoughSamples&) {
  }
  return out;
}

std::vector<std::uint64_t> all_ltf_tables(std::uint32_t n, unsigned threads) {
  if (n < 1 || n > 6) throw InputError("all_ltf_tables: n must be in 1..6");
  CensusOptions options;
  options.threads = threads;
  options.collect_leaves = true;
  const CensusResult census = run_census(CensusClass{CensusKind::regular_ltf, n, 1}, options);
  const std::uint32_t pts = 1u << n;
  std::vector<std::uint32_t> perm(n);
  std::iota(perm.begin(), perm.end(), 0);
  std::vector<std::vector<std::uint32_t>> point_maps;
  do {
    std::vector<std::uint32_t> map(pts);
    for (std::uint32_t x = 0; x < pts; ++x) {
      std::uint32_t y = 0;
      for (std::uint32_t i = 0; i < n; ++i) y |= ((x >> i) & 1) << perm[i];
      map[x] = y;
    }
    point_maps.push_back(std::move(map));
  } while (std::next_permutation(perm.begin(), perm.end()));
  std::vector<std::uint64_t> out;
  for (std::uint64_t f : census.leaf_tables) {
    for (const auto& map : point_maps) {
      std::uint64_t g = 0;
      for (std::uint32_t x = 0; x < pts; ++x) g |= ((f >> map[x]) & 1) << x;
      for (std::uint32_t mask = 0; mask < pts; ++mask) {
        std::uint64_t h = 0;
        for (std::uint32_t x = 0; x < pts; ++x) h |= ((g >> (x ^ mask)) & 1) << x;
        out.push_back(h);
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.size() != census.count) {
    throw std::logic_error("the expansion of the regular leaves (" + std::to_string(out.size()) +
                           ") differs from the weighted count " + to_decimal(census.count));
  }
  return out;
}

}  // namespace quarks::count
