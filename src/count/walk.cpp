#include "count/walk.h"

#include "count/certificate.h"
#include "count/symmetry.h"

namespace quarks::count {

std::vector<std::int64_t> root_witness(const CubeGeometry& g) {
  std::vector<std::int64_t> z(g.columns(), 0);
  z.back() = 1;
  return z;
}

void Walker::walk_top(const std::function<void(const TaskRoot&)>& on_task) {
  on_task_ = &on_task;
  true_ = false_ = PointSet{};
  walk(0, root_witness(g_), 0, 0);
  on_task_ = nullptr;
}

void Walker::walk_task(const TaskRoot& task) {
  on_task_ = nullptr;
  true_ = task.true_points;
  false_ = task.false_points;
  walk(task.index, task.witness, 0, 0);
}

bool Walker::is_task_root(std::uint32_t index, std::uint32_t branchings, std::uint32_t light) const {
  if (rule_.kind == SplitKind::branchings) return branchings == rule_.branchings || light == rule_.light;
  return index == rule_.depth;
}

void Walker::walk(std::uint32_t index, const std::vector<std::int64_t>& z, std::uint32_t branchings,
                  std::uint32_t light) {
  if (on_task_ && is_task_root(index, branchings, light)) {
    (*on_task_)(TaskRoot{true_, false_, z, index});
    return;
  }
  if (index == g_.points()) {
    leaf(z);
    return;
  }
  if (stop_ && (++nodes_ & 1023) == 0 && stop_->load()) throw TaskInterrupted{};
  const std::uint32_t p = g_.order()[index];
  const CensusClass& cls = g_.census_class();
  if (cls.kind == CensusKind::regular_ltf && intersects(g_.dominated_by(p), true_)) {
    insert(true_, p);  // a dominated point is true, and w is sorted and >= 0
    walk(index + 1, z, branchings, light);
    erase(true_, p);
    return;
  }
  if (cls.kind != CensusKind::regular_ltf && index == 0 && !uses_half_orbits(cls)) {
    insert(false_, p);  // f(0) = 0; the complements are counted by the leaf weight 2
    walk(index + 1, z, branchings, light);
    erase(false_, p);
    return;
  }
  const __int128 a = g_.activation(z, p);
  std::vector<std::int64_t> branch[2];
  bool feasible[2] = {false, false};
  for (int v = 0; v < 2; ++v) {
    if (v ? a > 0 : a < 0) {
      feasible[v] = true;  // the current witness realizes this branch: no decision
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
  const bool both = feasible[0] && feasible[1];
  bool donated = false;
  if (both && donor_ && !on_task_) {
    set(p, 1, true);
    donated = donor_->offer(TaskRoot{true_, false_, branch[1].empty() ? z : branch[1], index + 1});
    set(p, 1, false);
  }
  for (int v = 0; v < (donated ? 1 : 2); ++v) {
    if (!feasible[v]) continue;
    set(p, v, true);
    walk(index + 1, branch[v].empty() ? z : branch[v], branchings + both, light + (both && v == 1));
    set(p, v, false);
  }
  if (donated) donor_->after_offer();
}

void Walker::set(std::uint32_t p, int v, bool on) {
  PointSet& s = v ? true_ : false_;
  if (on) {
    insert(s, p);
  } else {
    erase(s, p);
  }
}

// A leaf is a member only if its witness realizes it strictly on the whole
// cube (and, for the regular census, is sorted and >= 0, which the weight needs).
void Walker::leaf(const std::vector<std::int64_t>& z) {
  for (std::uint32_t x = 0; x < g_.points(); ++x) {
    if (!realizes_value(g_.activation(z, x), contains(true_, x))) {
      throw CertificateFailure("a leaf witness does not realize its function at point " + std::to_string(x));
    }
  }
  const CensusClass& cls = g_.census_class();
  if (cls.kind == CensusKind::regular_ltf) {
    for (std::uint32_t i = 0; i < cls.n; ++i) {
      if (z[i] < (i + 1 < cls.n ? z[i + 1] : 0)) throw CertificateFailure("a leaf witness is not sorted and >= 0");
    }
  }
  count += leaf_weight(cls, true_);
  ++leaves;
  if (leaf_tables_) leaf_tables_->push_back(true_[0]);
}

}  // namespace quarks::count
