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

struct TaskRoot {
  PointSet true_points{}, false_points{};
  std::vector<std::int64_t> witness;
};

// The walk of docs/capacity.md, shared by the census and its replay.
class Walker {
 public:
  Walker(const CubeGeometry& g, DecisionSource& source) : g_(g), source_(source) {}

  // Top walk: stops at depth `split` and hands each node there to on_task.
  std::function<void(const TaskRoot&)> on_task;
  std::uint32_t split = 0;
  std::vector<std::uint64_t>* leaf_tables = nullptr;

  unsigned __int128 count = 0;
  std::uint64_t leaves = 0, decisions = 0;

  void walk_top(const std::vector<std::int64_t>& root) { walk(0, root, true); }
  void walk_task(const TaskRoot& task) {
    true_ = task.true_points;
    false_ = task.false_points;
    walk(split, task.witness, false);
  }

 private:
  void walk(std::uint32_t index, const std::vector<std::int64_t>& z, bool top) {
    if (top && index == split) {
      on_task(TaskRoot{true_, false_, z});
      return;
    }
    if (index == g_.points()) {
      leaf(z);
      return;
    }
    const std::uint32_t p = g_.order()[index];
    const CensusKind kind = g_.census_class().kind;
    if (kind == CensusKind::regular_ltf && intersects(g_.dominated_by(p), true_)) {
      insert(true_, p);  // a dominated point is true, and w is sorted and >= 0
      walk(index + 1, z, top);
      erase(true_, p);
      return;
    }
    if (kind == CensusKind::ptf && index == 0 && !uses_half_orbits(g_.census_class())) {
      insert(false_, p);  // f(0) = 0; the complements are counted by the weight 2
      walk(index + 1, z, top);
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
      walk(index + 1, branch[v].empty() ? z : branch[v], top);
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

std::string task_file(const std::string& dir, std::uint64_t i) {
  return (std::filesystem::path(dir) / ("task-" + std::to_string(i) + ".cert")).string();
}

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
    if (tag != "task" || (fields >> extra) || !parse_int64(index, i) || !parse_u128(count, c) ||
        !parse_int64(decisions, d) || !parse_int64(leaves, l) || i < 0 || d < 0 || l < 0 ||
        static_cast<std::size_t>(i) >= results.size() || line != tag + " " + index + " " + count + " " + decisions +
                                                                    " " + leaves) {
      bad("malformed line '" + line + "'");
    }
    if (results[i].done) bad("task " + index + " appears twice");
    results[i] = TaskResult{true, c, static_cast<std::uint64_t>(d), static_cast<std::uint64_t>(l)};
  }
  if (!ended) bad("truncated (no 'end' line)");
}

void save_checkpoint(const std::string& path, const std::string& header, const std::vector<TaskResult>& results) {
  AtomicOutputFile file(path);
  file.stream() << header;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (!results[i].done) continue;
    file.stream() << "task " << i << ' ' << to_decimal(results[i].count) << ' ' << results[i].decisions << ' '
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

std::uint32_t default_split_depth(const CensusClass& cls) {
  // Measured: these depths give hundreds to thousands of tasks of similar
  // size at the n where parallelism matters, and one task below.
  if (cls.kind == CensusKind::regular_ltf) {
    if (cls.n <= 4) return 0;
    return std::min<std::uint32_t>(1u << (cls.n - 2), 48);
  }
  if (cls.n <= 3) return 0;
  return 1u << (cls.n - 1);
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
  top.split = result.split_depth;
  top.on_task = [&](const TaskRoot& t) {
    if (walk_file) walk_file->stream() << "T " << tasks.size() << '\n';
    tasks.push_back(t);
  };
  top.walk_top(root_witness(g));
  if (options.rank == 0) {
    result.decisions += top.decisions;
    result.lp = top_source.stats;
  }
  result.tasks = tasks.size();
  const std::vector<std::uint64_t> weights = half_orbit_weights(cls, tasks);

  std::vector<TaskResult> results(tasks.size());
  const std::string header = checkpoint_header(cls, result.split_depth, tasks.size(), certificates);
  if (!options.checkpoint.empty()) {
    load_checkpoint(options.checkpoint, header, results);
    if (certificates) {
      for (std::size_t i = 0; i < results.size(); ++i) {
        if (results[i].done && !std::filesystem::exists(task_file(options.certificate_dir, i))) {
          throw InputError("checkpoint '" + options.checkpoint + "' says task " + std::to_string(i) +
                           " is done but " + task_file(options.certificate_dir, i) + " is missing");
        }
      }
    }
  }

  std::vector<std::size_t> mine;
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    if (weights[i] == 0) results[i].done = true;  // another task of its orbit stands for it
    if (i % options.ranks == options.rank && !results[i].done) mine.push_back(i);
  }
  std::vector<std::vector<std::uint64_t>> leaf_tables(tasks.size());
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0, running = 0, finished_now = 0;
  std::uint64_t decisions_now = 0;
  LpStatistics lp_total;
  std::exception_ptr failure;
  auto stopping = [&] { return (options.stop && options.stop->load()) || failure; };

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::lock_guard lock(mutex);
        if (next == mine.size() || stopping()) return;
        i = mine[next++];
        ++running;
      }
      try {
        std::unique_ptr<AtomicOutputFile> out;
        if (certificates) {
          out = std::make_unique<AtomicOutputFile>(task_file(options.certificate_dir, i));
          out->stream() << "quarks-census-task 1 " << i << '\n';
        }
        SolverSource source(options.engine, out ? &out->stream() : nullptr);
        Walker w(g, source);
        w.split = result.split_depth;
        if (options.collect_leaves) w.leaf_tables = &leaf_tables[i];
        w.walk_task(tasks[i]);
        if (out) {
          out->stream() << "end\n";
          out->commit();
        }
        std::lock_guard lock(mutex);
        results[i] = TaskResult{true, w.count * weights[i], w.decisions, w.leaves};
        decisions_now += w.decisions;
        lp_total.solved += source.stats.solved;
        lp_total.feasible += source.stats.feasible;
        lp_total.fallbacks += source.stats.fallbacks;
        lp_total.seconds_solving += source.stats.seconds_solving;
        lp_total.seconds_certifying += source.stats.seconds_certifying;
        --running;
        ++finished_now;
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
  std::size_t already_done = tasks.size() - mine.size();
  {
    std::unique_lock lock(mutex);
    for (;;) {
      const bool all = (next == mine.size() || stopping()) && running == 0;
      if (options.progress) {
        CensusProgress pr{already_done + finished_now, tasks.size(), decisions_now,
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
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    if (i % options.ranks != options.rank) continue;
    if (!results[i].done) {
      result.complete = false;
      continue;
    }
    ++result.tasks_done;
    result.count += results[i].count;
    result.decisions += results[i].decisions;
    result.leaves += results[i].leaves;
    result.leaf_tables.insert(result.leaf_tables.end(), leaf_tables[i].begin(), leaf_tables[i].end());
  }
  std::sort(result.leaf_tables.begin(), result.leaf_tables.end());
  if (walk_file) {
    walk_file->stream() << "end\n";
    walk_file->commit();
  }
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return result;
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
  } else {
    summary.fail("unknown class '" + t[1] + "' (ltf or ptf)");
  }
  std::int64_t n = 0, degree = 0, split = 0, tasks = 0, decisions = 0, leaves = 0;
  expect("n", 2);
  if (!parse_int64(t[1], n) || n < 1 || n > kMaxCensusVariables) summary.fail("n must be in 1..8");
  expect("degree", 2);
  if (!parse_int64(t[1], degree) || degree < 1 || degree > n) summary.fail("degree must be in 1..n");
  cls.n = static_cast<std::uint32_t>(n);
  cls.degree = static_cast<std::uint32_t>(degree);
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
    const std::vector<std::uint64_t> weights = half_orbit_weights(cls, roots);
    for (std::size_t i = 0; i < roots.size(); ++i) {
      if (weights[i] == 0) continue;
      RecordReader task(task_file(directory, i));
      if (!task.next_line(t) || t.size() != 3 || t[0] != "quarks-census-task" || t[1] != "1" ||
          t[2] != std::to_string(i)) {
        task.fail("expected 'quarks-census-task 1 " + std::to_string(i) + "'");
      }
      ReplaySource task_source(task);
      Walker w(g, task_source);
      w.split = static_cast<std::uint32_t>(split);
      w.walk_task(roots[i]);
      if (!task.next_line(t) || t.size() != 1 || t[0] != "end") task.fail("expected 'end' (more records than decisions)");
      if (task.next_line(t)) task.fail("text after 'end'");
      check.count += w.count * weights[i];
      check.decisions += w.decisions;
      check.leaves += w.leaves;
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
