#pragma once
// The census walk of docs/capacity.md ("The walk"), shared by the census and
// by the replay that verifies its certificates: only the source of decisions
// differs (an LP solver, or the records of a certificate file).
// Trusted base of counts.
#include <atomic>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <vector>

#include "count/geometry.h"
#include "count/lp.h"
#include "count/split.h"

namespace quarks::count {

// A certificate that does not hold. In a census this is a bug (the solver
// source returns only checked answers); in a replay it is the verdict "refuted".
struct CertificateFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Thrown inside a walk when Ctrl-C asked to stop: the task is abandoned.
struct TaskInterrupted {};

// Decides the branch point := value whose system is `system` (rows labelled
// by row_points, geometry.h). The walk checks the answer exactly itself.
class DecisionSource {
 public:
  virtual ~DecisionSource() = default;
  virtual LpAnswer decide(const InequalitySystem& system, const std::vector<std::int32_t>& row_points,
                          std::uint32_t point, int value) = 0;
};

// A node of the top walk where a task begins.
struct TaskRoot {
  PointSet true_points{}, false_points{};
  std::vector<std::int64_t> witness;
  std::uint32_t index = 0;  // the next position of the walk order to assign
};

// The witness of the walk's root: w = 0, t = 1 (the constant false function,
// sorted and >= 0, strict: activation -1 everywhere).
std::vector<std::int64_t> root_witness(const CubeGeometry& g);

// Lets a census hand the second branch of a two-way node to another thread
// (census.cpp). The records stay in walk order: offer() is called before the
// first branch is walked, after_offer() right after it; the taker writes the
// second branch's records where they belong. A replay never donates.
class BranchDonor {
 public:
  virtual ~BranchDonor() = default;
  // true: `second` (the node with p := 1 assigned) is walked elsewhere.
  virtual bool offer(const TaskRoot& second) = 0;
  virtual void after_offer() = 0;
};

class Walker {
 public:
  Walker(const CubeGeometry& g, DecisionSource& source, const SplitRule& rule) : g_(g), source_(source), rule_(rule) {}

  // The top walk from the root: every node where the split rule holds is
  // handed to on_task, in walk order, and not walked further.
  void walk_top(const std::function<void(const TaskRoot&)>& on_task);
  // One task, from its root, with the split rule off.
  void walk_task(const TaskRoot& task);

  void collect_leaves(std::vector<std::uint64_t>* tables) { leaf_tables_ = tables; }  // truth tables, n <= 6
  void stop_when(const std::atomic<bool>* stop) { stop_ = stop; }
  void donate_to(BranchDonor* donor) { donor_ = donor; }

  unsigned __int128 count = 0;  // sum of the leaf weights (geometry.h), before orbit weights
  std::uint64_t leaves = 0, decisions = 0;

 private:
  // branchings: nodes on the path with both branches feasible; light: those
  // of them where the path took the value 1.
  void walk(std::uint32_t index, const std::vector<std::int64_t>& z, std::uint32_t branchings, std::uint32_t light);
  bool is_task_root(std::uint32_t index, std::uint32_t branchings, std::uint32_t light) const;
  void leaf(const std::vector<std::int64_t>& z);
  void set(std::uint32_t p, int v, bool on);

  const CubeGeometry& g_;
  DecisionSource& source_;
  SplitRule rule_;
  const std::function<void(const TaskRoot&)>* on_task_ = nullptr;  // set during the top walk only
  const std::atomic<bool>* stop_ = nullptr;
  BranchDonor* donor_ = nullptr;
  std::vector<std::uint64_t>* leaf_tables_ = nullptr;
  std::uint64_t nodes_ = 0;
  PointSet true_{}, false_{};
  InequalitySystem system_;
  std::vector<std::int32_t> row_points_;
};

}  // namespace quarks::count
