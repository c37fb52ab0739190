#include "count/census.h"

#include <time.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "core/atomic_file.h"
#include "core/error.h"
#include "count/certificate.h"
#include "count/certificate_stream.h"
#include "count/checkpoint.h"
#include "count/replay.h"
#include "count/summary.h"
#include "count/symmetry.h"

namespace quarks::count {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// CPU time of the calling thread: projections in core-hours do not depend on
// how loaded the machine was.
double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// Decisions come from the LP engines; each answer is recorded when
// certificates are written (the walk checks it exactly either way).
class SolverSource : public DecisionSource {
 public:
  SolverSource(LpEngine engine, std::string* out) : engine_(engine), out_(out) {}
  LpStatistics stats;
  void write_to(std::string* out) { out_ = out; }
  LpAnswer decide(const InequalitySystem& system, const std::vector<std::int32_t>& row_points, std::uint32_t point,
                  int value) override {
    LpAnswer answer = count::decide(system, engine_, stats);
    if (out_) *out_ += format_record(point, value, answer, row_points);
    return answer;
  }

 private:
  LpEngine engine_;
  std::string* out_;
};

void add(LpStatistics& total, const LpStatistics& part) {
  total.solved += part.solved;
  total.feasible += part.feasible;
  total.fallbacks += part.fallbacks;
  total.float_retries += part.float_retries;
  total.seconds_solving += part.seconds_solving;
  total.seconds_certifying += part.seconds_certifying;
}

std::string unit_path(const std::string& dir, std::size_t u) {
  return (std::filesystem::path(dir) / unit_file_name(u)).string();
}

// The tasks, from the top walk (every rank does it: it is small; rank 0 writes it).
struct TopWalk {
  std::vector<TaskRoot> tasks;
  std::vector<std::uint64_t> weights;  // orbit weights; 0 = not walked
  unsigned __int128 count = 0;
  std::uint64_t decisions = 0, leaves = 0;
  LpStatistics lp;
  std::vector<std::uint64_t> leaf_tables;
  std::uint64_t bytes = 0;  // of walk.cert
  double cpu_seconds = 0;
};

// records: keep the walk's text (certificates, or measuring a sample); write
// walk.cert only with a certificate directory, on rank 0.
TopWalk walk_top(const CubeGeometry& g, const SplitRule& rule, const CensusOptions& options, bool records) {
  TopWalk top;
  const double cpu = thread_cpu_seconds();
  std::unique_ptr<AtomicOutputFile> file;
  if (records && !options.certificate_dir.empty() && options.rank == 0) {
    file = std::make_unique<AtomicOutputFile>((std::filesystem::path(options.certificate_dir) / "walk.cert").string());
  }
  std::string text = "quarks-census-walk " + std::to_string(kCertificateVersion) + "\n";
  SolverSource source(options.engine, records ? &text : nullptr);
  Walker w(g, source, rule);
  if (options.collect_leaves) w.collect_leaves(&top.leaf_tables);
  w.walk_top([&](const TaskRoot& t) {
    if (records) text += "T " + std::to_string(top.tasks.size()) + "\n";
    top.tasks.push_back(t);
  });
  if (records) {
    text += "end\n";
    const std::string bytes = options.compress ? gzip_compress(text) : text;
    top.bytes = bytes.size();
    if (file) {
      file->stream() << bytes;
      file->commit();
    }
  }
  top.cpu_seconds = thread_cpu_seconds() - cpu;
  top.count = w.count;
  top.decisions = w.decisions;
  top.leaves = w.leaves;
  top.lp = source.stats;
  top.weights.assign(top.tasks.size(), 1);
  if (uses_half_orbits(g.census_class())) {
    std::vector<std::uint64_t> f0;
    for (const auto& t : top.tasks) f0.push_back(t.true_points[0]);
    top.weights = half_orbit_weights(g.census_class().n - 1, f0);
  }
  return top;
}

// The units a checkpoint says are done: with certificates, each is replayed
// from its file and must give the checkpoint's sums (a checkpoint is only a
// cache, never evidence); without, they are reported as unchecked.
void resume_from_checkpoint(const CensusOptions& options, const CheckpointLayout& layout, const CubeGeometry& g,
                            const TopWalk& top, std::vector<UnitSums>& units, CensusResult& result) {
  const std::string path = checkpoint_path(options.checkpoint, options.rank, options.ranks);
  load_checkpoint(path, layout, units);
  const UnitReplay replay(kCertificateVersion, g, layout.split, top.tasks, top.weights, units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (!units[u].done) continue;
    if (!layout.certificates) {
      result.unchecked_units.push_back(u);
      continue;
    }
    const std::string file = unit_path(options.certificate_dir, u);
    const std::string where = "checkpoint '" + path + "' unit " + std::to_string(u) + ": ";
    UnitReplay::Sums sums;
    try {
      sums = replay.replay(file, u);
    } catch (const CertificateFailure& e) {
      throw InputError(where + file + " does not verify: " + e.what());
    } catch (const InputError& e) {
      throw InputError(where + e.what());
    }
    if (sums.count != units[u].count || sums.decisions != units[u].decisions || sums.leaves != units[u].leaves) {
      throw InputError(where + "its certificate file gives count " + to_decimal(sums.count) + ", " +
                       std::to_string(sums.decisions) + " decisions, " + std::to_string(sums.leaves) +
                       " leaves; the checkpoint says " + to_decimal(units[u].count) + ", " +
                       std::to_string(units[u].decisions) + ", " + std::to_string(units[u].leaves));
    }
    ++result.rechecked_units;
  }
}

// Runs the units of this rank on the worker threads. Work items are tasks,
// and branches that a busy walker donates when a thread is idle (the walk tree
// is a caterpillar: a fixed split left the largest unit with a tenth of
// T(8;1), measured). A unit's file is assembled from chunks in walk order, so
// its bytes do not depend on who walked what: a task's records start in its
// own chunk, a donated branch gets a chunk inserted after the donor's, and the
// donor goes on in a fresh chunk after that.
class Scheduler {
 public:
  Scheduler(const CubeGeometry& g, const SplitRule& rule, const CensusOptions& options,
            const std::vector<TaskRoot>& tasks, const std::vector<std::uint64_t>& weights, std::size_t units,
            bool certificates, const std::vector<std::size_t>& mine)
      : leaf_tables(units), g_(g), rule_(rule), options_(options), tasks_(tasks), weights_(weights),
        units_(units), certificates_(certificates), write_files_(!options.certificate_dir.empty()), mine_(mine) {}

  std::mutex mutex;
  std::condition_variable changed;
  std::vector<std::vector<std::uint64_t>> leaf_tables;
  std::size_t finished_now = 0;
  std::uint64_t decisions_now = 0, donations = 0, bytes = 0;
  double cpu_seconds = 0;
  LpStatistics lp_total;
  std::exception_ptr failure;

  // Ctrl-C (options.stop, copied in by the coordinating loop), the test hook
  // stop_after_units, or a failure: finish nothing new.
  bool stopping() const { return halt_.load() || failure; }
  void poll_stop() {
    if (options_.stop && options_.stop->load()) halt_.store(true);
  }
  // All units this run will finish are finished (under the lock).
  bool finished() const { return (next_unit_ == mine_.size() || stopping()) && queue_.empty() && running_ == 0; }

  // One worker thread; `sums` gets each finished unit's sums.
  void work(std::vector<UnitSums>& sums) {
    sums_ = &sums;
    for (;;) {
      std::optional<Item> item = take();
      if (!item) return;
      run(*item, sums);
    }
  }

 private:
  struct Chunk {
    std::string text;
    Chunk* next = nullptr;
  };
  struct Unit {
    std::size_t u = 0;
    std::deque<Chunk> chunks;  // stable addresses; linked in file order from head
    Chunk* head = nullptr;
    std::size_t pending = 0;   // items not finished
    bool abandoned = false;    // an item was interrupted or failed: never committed
    UnitSums sums{true, 0, 0, 0};
    std::vector<std::uint64_t> leaves;
    Chunk* chunk_after(Chunk* c) {
      Chunk& n = chunks.emplace_back();
      n.next = c->next;
      c->next = &n;
      return &n;
    }
  };
  struct Item {
    Unit* unit = nullptr;
    Chunk* chunk = nullptr;  // where its records go (certificates only)
    TaskRoot root;
    std::uint64_t weight = 1;
  };

  // Gives a busy walker's second branches to idle threads.
  class Donor : public BranchDonor {
   public:
    Donor(Scheduler& s, Item& item, SolverSource& source) : s_(s), item_(item), source_(source) {}
    bool offer(const TaskRoot& second) override {
      // Near the leaves a branch is a few LPs: not worth a chunk and a hand-over.
      const bool every = s_.options_.donate_every_branch;
      if (!every &&
          (s_.hungry_.load(std::memory_order_relaxed) == 0 || 4 * (s_.g_.points() - second.index) < s_.g_.points())) {
        return false;
      }
      std::lock_guard lock(s_.mutex);
      if ((!every && s_.hungry_ <= s_.queue_.size()) || s_.stopping()) return false;
      Chunk* stolen = nullptr;
      Chunk* rest = nullptr;
      if (s_.certificates_) {
        stolen = item_.unit->chunk_after(item_.chunk);
        rest = item_.unit->chunk_after(stolen);
      }
      s_.queue_.push_front(Item{item_.unit, stolen, second, item_.weight});
      ++item_.unit->pending;
      ++s_.donations;
      continuations_.push_back(rest);
      s_.changed.notify_all();
      return true;
    }
    void after_offer() override {
      item_.chunk = continuations_.back();
      continuations_.pop_back();
      source_.write_to(item_.chunk ? &item_.chunk->text : nullptr);
    }

   private:
    Scheduler& s_;
    Item& item_;
    SolverSource& source_;
    std::vector<Chunk*> continuations_;  // nested offers finish last-in, first-out
  };

  std::optional<Item> take() {
    std::unique_lock lock(mutex);
    for (;;) {
      if (stopping()) {
        // Drop what is queued: its units are abandoned, and stay undone.
        while (!queue_.empty()) {
          Item dropped = std::move(queue_.front());
          queue_.pop_front();
          dropped.unit->abandoned = true;
          finish_item(*dropped.unit);
        }
        if (running_ == 0) changed.notify_all();
        return std::nullopt;
      }
      if (!queue_.empty()) {
        Item item = std::move(queue_.front());
        queue_.pop_front();
        ++running_;
        return item;
      }
      if (next_unit_ < mine_.size()) {
        open_unit(mine_[next_unit_++]);
        continue;
      }
      if (!to_commit_.empty()) {  // units without a task to walk (all their tasks stand for others)
        std::vector<Unit*> commits;
        commits.swap(to_commit_);
        ++running_;
        lock.unlock();
        for (Unit* unit : commits) commit(*unit, *sums_);
        lock.lock();
        --running_;
        continue;
      }
      if (running_ == 0) {
        changed.notify_all();
        return std::nullopt;
      }
      ++hungry_;
      changed.wait(lock);
      --hungry_;
    }
  }

  void open_unit(std::size_t u) {
    Unit& unit = units_open_.emplace_back();
    unit.u = u;
    unit.head = &unit.chunks.emplace_back();
    if (certificates_) unit.head->text = "quarks-census-unit " + std::to_string(kCertificateVersion) + " " + std::to_string(u) + "\n";
    Chunk* last = unit.head;
    for (std::size_t i = u; i < tasks_.size(); i += units_) {
      if (weights_[i] == 0) continue;  // another task of its orbit stands for it
      last = unit.chunk_after(last);
      if (certificates_) last->text = "task " + std::to_string(i) + "\n";
      queue_.push_back(Item{&unit, last, tasks_[i], weights_[i]});
      ++unit.pending;
    }
    unit.chunk_after(last)->text = certificates_ ? "end\n" : "";
    if (unit.pending == 0) to_commit_.push_back(&unit);
  }

  void run(Item& item, std::vector<UnitSums>& sums) {
    SolverSource source(options_.engine, certificates_ ? &item.chunk->text : nullptr);
    Donor donor(*this, item, source);
    Walker w(g_, source, rule_);
    std::vector<std::uint64_t> leaves;
    if (options_.collect_leaves) w.collect_leaves(&leaves);
    w.stop_when(&halt_);
    if (options_.threads > 1 || options_.donate_every_branch) w.donate_to(&donor);
    bool ok = true;
    const double cpu = thread_cpu_seconds();
    try {
      w.walk_task(item.root);
    } catch (const TaskInterrupted&) {
      ok = false;  // the unit stays undone; a resumed run walks it again
    } catch (...) {
      ok = false;
      std::lock_guard lock(mutex);
      if (!failure) failure = std::current_exception();
    }
    std::vector<Unit*> commits;
    {
      std::lock_guard lock(mutex);
      Unit& unit = *item.unit;
      cpu_seconds += thread_cpu_seconds() - cpu;
      if (ok) {
        unit.sums.count += w.count * item.weight;
        unit.sums.decisions += w.decisions;
        unit.sums.leaves += w.leaves;
        unit.leaves.insert(unit.leaves.end(), leaves.begin(), leaves.end());
        add(lp_total, source.stats);
      } else {
        unit.abandoned = true;
      }
      finish_item(unit);
      commits.swap(to_commit_);
    }
    for (Unit* unit : commits) commit(*unit, sums);
    {
      std::lock_guard lock(mutex);
      --running_;  // only now: a unit being written is not finished
    }
    changed.notify_all();
  }

  // Under the lock: one item of the unit is done.
  void finish_item(Unit& unit) {
    if (--unit.pending > 0) return;
    if (unit.abandoned) {
      release(unit);
    } else {
      to_commit_.push_back(&unit);
    }
  }

  // Writes the unit's file (outside the lock; the unit is no one else's now).
  void commit(Unit& unit, std::vector<UnitSums>& sums) {
    try {
      if (certificates_) {
        const double cpu = thread_cpu_seconds();
        std::string text;
        for (const Chunk* c = unit.head; c; c = c->next) text += c->text;
        if (options_.compress) text = gzip_compress(text);
        if (write_files_) {
          AtomicOutputFile out(unit_path(options_.certificate_dir, unit.u));
          out.stream() << text;
          out.commit();
        }
        std::lock_guard lock(mutex);
        bytes += text.size();
        cpu_seconds += thread_cpu_seconds() - cpu;
      }
    } catch (...) {
      std::lock_guard lock(mutex);
      if (!failure) failure = std::current_exception();
      release(unit);
      return;
    }
    std::lock_guard lock(mutex);
    sums[unit.u] = unit.sums;
    leaf_tables[unit.u] = std::move(unit.leaves);
    decisions_now += unit.sums.decisions;
    ++finished_now;
    if (options_.stop_after_units > 0 && finished_now >= options_.stop_after_units) halt_.store(true);
    release(unit);
  }

  void release(Unit& unit) {
    for (auto it = units_open_.begin(); it != units_open_.end(); ++it) {
      if (&*it == &unit) {
        units_open_.erase(it);
        return;
      }
    }
  }

  const CubeGeometry& g_;
  const SplitRule& rule_;
  const CensusOptions& options_;
  const std::vector<TaskRoot>& tasks_;
  const std::vector<std::uint64_t>& weights_;
  std::size_t units_;
  bool certificates_;  // records kept (files, or a measured sample)
  bool write_files_;
  const std::vector<std::size_t>& mine_;
  std::size_t next_unit_ = 0, running_ = 0;
  std::atomic<std::size_t> hungry_{0};
  std::atomic<bool> halt_{false};
  std::deque<Item> queue_;
  std::list<Unit> units_open_;  // stable addresses
  std::vector<Unit*> to_commit_;
  std::vector<UnitSums>* sums_ = nullptr;
};

}  // namespace

CensusResult run_census(const CensusClass& cls, const CensusOptions& options) {
  const auto start = Clock::now();
  CubeGeometry g(cls);
  if (options.threads < 1) throw InputError("census: threads must be >= 1");
  if (options.collect_leaves && cls.n > 6) throw InputError("census: leaf tables are kept for n <= 6 only");
  if (options.collect_leaves && !options.checkpoint.empty()) {
    throw InputError("census: leaf tables are not kept across checkpoints");
  }
  if (options.ranks < 1 || options.rank >= options.ranks) throw InputError("census: rank outside 0..ranks-1");
  const bool sampling = options.sample_every > 1;
  if (sampling && options.sample_offset >= options.sample_every) {
    throw InputError("census: the sample offset must be below the sample period");
  }
  if (sampling && (!options.certificate_dir.empty() || !options.checkpoint.empty() || options.ranks > 1)) {
    throw InputError("census: a sample (--sample-tasks) writes no certificates and takes no checkpoint or ranks");
  }
  const bool certificates = !options.certificate_dir.empty() || sampling;
  CensusResult result;
  result.cls = cls;
  result.split = options.split ? *options.split : default_split_rule(cls);
  if (uses_half_orbits(cls) && !(result.split == default_split_rule(cls))) {
    throw InputError("census: the half-orbit path needs split-rule " + default_split_rule(cls).text());
  }
  if ((cls.kind == CensusKind::regular_ltf) != (result.split.kind == SplitKind::branchings)) {
    throw InputError("census: T(n;1) splits by branchings, the other classes by depth");
  }

  const TopWalk top = walk_top(g, result.split, options, certificates);
  if (options.rank == 0) {  // leaves reached before the split belong to rank 0
    result.decisions += top.decisions;
    result.count += top.count;
    result.leaves += top.leaves;
    result.lp = top.lp;
  }
  const std::vector<TaskRoot>& tasks = top.tasks;
  std::vector<std::uint64_t> weights = top.weights;
  if (sampling) {
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (i % options.sample_every != options.sample_offset) weights[i] = 0;
      result.sampled_tasks += weights[i] != 0;
    }
  }
  result.certificate_bytes = top.bytes;
  result.cpu_seconds = top.cpu_seconds;
  result.top.decisions = top.decisions;
  result.top.leaves = top.leaves;
  result.top.bytes = top.bytes;
  result.top.cpu_seconds = top.cpu_seconds;
  result.tasks = tasks.size();
  const std::size_t units = default_unit_count(tasks.size());
  result.units = units;

  std::vector<UnitSums> sums(units);
  const CheckpointLayout layout{cls, result.split, units, tasks.size(), certificates, options.rank, options.ranks};
  if (!options.checkpoint.empty()) resume_from_checkpoint(options, layout, g, top, sums, result);

  std::vector<std::size_t> mine;
  std::size_t my_units = 0, already_done = 0;
  for (std::size_t u = 0; u < units; ++u) {
    if (u % options.ranks != options.rank) continue;
    ++my_units;
    if (sums[u].done) {
      ++already_done;
    } else {
      mine.push_back(u);
    }
  }
  Scheduler sched(g, result.split, options, tasks, weights, units, certificates, mine);
  std::vector<std::vector<std::uint64_t>>& leaf_tables = sched.leaf_tables;
  std::mutex& mutex = sched.mutex;
  std::condition_variable& changed = sched.changed;
  auto worker = [&] { sched.work(sums); };

  std::vector<std::thread> pool;
  const unsigned threads = std::max(1u, std::min<unsigned>(options.threads, static_cast<unsigned>(mine.size())));
  for (unsigned t = 0; t < threads && !mine.empty(); ++t) pool.emplace_back(worker);
  const std::string checkpoint_file =
      options.checkpoint.empty() ? "" : checkpoint_path(options.checkpoint, options.rank, options.ranks);
  auto last_checkpoint = Clock::now();
  {
    std::unique_lock lock(mutex);
    for (;;) {
      sched.poll_stop();
      const bool all = sched.finished();
      if (options.progress) {
        const CensusProgress pr{already_done + sched.finished_now, my_units, sched.decisions_now, seconds_since(start)};
        lock.unlock();
        options.progress(pr);
        lock.lock();
      }
      if (!checkpoint_file.empty() &&
          (all || seconds_since(last_checkpoint) >= options.checkpoint_interval_seconds)) {
        auto snapshot = sums;
        lock.unlock();
        save_checkpoint(checkpoint_file, layout, snapshot);
        lock.lock();
        last_checkpoint = Clock::now();
      }
      if (all) break;
      changed.wait_for(lock, std::chrono::milliseconds(500));
    }
  }
  for (auto& t : pool) t.join();
  if (sched.failure) std::rethrow_exception(sched.failure);

  add(result.lp, sched.lp_total);
  result.donations = sched.donations;
  result.certificate_bytes += sched.bytes;
  result.cpu_seconds += sched.cpu_seconds;
  result.complete = true;
  for (std::size_t u = 0; u < units; ++u) {
    if (u % options.ranks != options.rank) continue;
    if (!sums[u].done) {
      result.complete = false;
      continue;
    }
    ++result.units_done;
    result.count += sums[u].count;
    result.decisions += sums[u].decisions;
    result.leaves += sums[u].leaves;
    result.leaf_tables.insert(result.leaf_tables.end(), leaf_tables[u].begin(), leaf_tables[u].end());
  }
  if (options.rank == 0) result.leaf_tables.insert(result.leaf_tables.end(), top.leaf_tables.begin(), top.leaf_tables.end());
  std::sort(result.leaf_tables.begin(), result.leaf_tables.end());
  result.seconds = seconds_since(start);
  return result;
}

void write_certificate_summary(const std::string& directory, const CensusResult& r,
                               const std::vector<std::int64_t>& gate_witness) {
  CensusSummary s;
  s.cls = r.cls;
  s.gate_witness = gate_witness;
  s.split = r.split;
  s.units = r.units;
  s.tasks = r.tasks;
  s.decisions = r.decisions;
  s.leaves = r.leaves;
  s.count = r.count;
  write_census_summary(directory, s);
}

namespace {

struct EnoughSamples {};

class SamplingSource : public DecisionSource {
 public:
  SamplingSource(std::size_t wanted, std::size_t stride, std::vector<InequalitySystem>& out)
      : wanted_(wanted), stride_(std::max<std::size_t>(1, stride)), out_(out) {}
  LpAnswer decide(const InequalitySystem& system, const std::vector<std::int32_t>&, std::uint32_t, int) override {
    if (seen_++ % stride_ == 0) out_.push_back(system);
    LpAnswer answer = count::decide(system, LpEngine::float_certified, stats_);
    if (out_.size() >= wanted_) throw EnoughSamples{};
    return answer;
  }

 private:
  std::size_t wanted_, stride_, seen_ = 0;
  std::vector<InequalitySystem>& out_;
  LpStatistics stats_;
};

}  // namespace

std::vector<InequalitySystem> sample_decision_systems(const CensusClass& cls, std::size_t count,
                                                      std::size_t stride) {
  CubeGeometry g(cls);
  std::vector<InequalitySystem> out;
  if (count == 0) return out;
  SamplingSource source(count, stride, out);
  const SplitRule rule = default_split_rule(cls);
  std::vector<TaskRoot> tasks;
  try {
    Walker top(g, source, rule);
    top.walk_top([&](const TaskRoot& t) { tasks.push_back(t); });
    for (const auto& t : tasks) Walker(g, source, rule).walk_task(t);
  } catch (const EnoughSamples&) {
  }
  return out;
}

}  // namespace quarks::count
