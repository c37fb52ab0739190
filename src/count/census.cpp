#include "count/census.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
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

// Decisions come from the LP engines; each answer is recorded when
// certificates are written (the walk checks it exactly either way).
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

void add(LpStatistics& total, const LpStatistics& part) {
  total.solved += part.solved;
  total.feasible += part.feasible;
  total.fallbacks += part.fallbacks;
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
};

TopWalk walk_top(const CubeGeometry& g, const SplitRule& rule, const CensusOptions& options, bool certificates) {
  TopWalk top;
  std::unique_ptr<AtomicOutputFile> file;
  if (certificates && options.rank == 0) {
    file = std::make_unique<AtomicOutputFile>((std::filesystem::path(options.certificate_dir) / "walk.cert").string());
    file->stream() << "quarks-census-walk " << kCertificateVersion << "\n";
  }
  SolverSource source(options.engine, file ? &file->stream() : nullptr);
  Walker w(g, source, rule);
  if (options.collect_leaves) w.collect_leaves(&top.leaf_tables);
  w.walk_top([&](const TaskRoot& t) {
    if (file) file->stream() << "T " << top.tasks.size() << '\n';
    top.tasks.push_back(t);
  });
  if (file) {
    file->stream() << "end\n";
    file->commit();
  }
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
  const bool certificates = !options.certificate_dir.empty();
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
  const std::vector<std::uint64_t>& weights = top.weights;
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
          out = std::make_unique<AtomicOutputFile>(unit_path(options.certificate_dir, u));
          out->stream() << "quarks-census-unit " << kCertificateVersion << " " << u << '\n';
        }
        SolverSource source(options.engine, out ? &out->stream() : nullptr);
        UnitSums unit{true, 0, 0, 0};
        std::vector<std::uint64_t> unit_leaves;
        for (std::size_t i = u; i < tasks.size(); i += units) {
          if (weights[i] == 0) continue;  // another task of its orbit stands for it
          if (out) out->stream() << "task " << i << '\n';
          Walker w(g, source, result.split);
          if (options.collect_leaves) w.collect_leaves(&unit_leaves);
          w.stop_when(options.stop);
          w.walk_task(tasks[i]);
          unit.count += w.count * weights[i];
          unit.decisions += w.decisions;
          unit.leaves += w.leaves;
        }
        if (out) {
          out->stream() << "end\n";
          out->commit();
        }
        std::lock_guard lock(mutex);
        sums[u] = unit;
        leaf_tables[u] = std::move(unit_leaves);
        decisions_now += unit.decisions;
        add(lp_total, source.stats);
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
  const std::string checkpoint_file =
      options.checkpoint.empty() ? "" : checkpoint_path(options.checkpoint, options.rank, options.ranks);
  auto last_checkpoint = Clock::now();
  {
    std::unique_lock lock(mutex);
    for (;;) {
      const bool all = (next == mine.size() || stopping()) && running == 0;
      if (options.progress) {
        const CensusProgress pr{already_done + finished_now, my_units, decisions_now, seconds_since(start)};
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
  if (failure) std::rethrow_exception(failure);

  add(result.lp, lp_total);
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
