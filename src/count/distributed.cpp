#include "count/distributed.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/error.h"

#ifdef QUARKS_HAVE_MPI
// The C API only: OpenMPI's deprecated C++ bindings would need libmpi_cxx.
#define OMPI_SKIP_MPICXX 1
#define MPICH_SKIP_MPICXX 1
#include <mpi.h>
#endif

namespace quarks::count {

bool mpi_support_built() {
#ifdef QUARKS_HAVE_MPI
  return true;
#else
  return false;
#endif
}

RankSession::RankSession() {
  if (!std::getenv("OMPI_COMM_WORLD_SIZE")) return;
#ifdef QUARKS_HAVE_MPI
  MPI_Init(nullptr, nullptr);
  initialised_ = true;
  int r = 0, s = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &r);
  MPI_Comm_size(MPI_COMM_WORLD, &s);
  rank_ = static_cast<std::uint32_t>(r);
  ranks_ = static_cast<std::uint32_t>(s);
#else
  if (std::atoi(std::getenv("OMPI_COMM_WORLD_SIZE")) > 1) {
    throw InputError("started by mpirun, but this quarks was built without MPI (install libopenmpi-dev and rebuild)");
  }
#endif
}

RankSession::~RankSession() {
#ifdef QUARKS_HAVE_MPI
  if (initialised_) MPI_Finalize();
#endif
}

CensusResult RankSession::combine(const CensusResult& local) const {
  if (ranks_ == 1) return local;
  CensusResult total = local;
#ifdef QUARKS_HAVE_MPI
  // The count is a 128-bit integer: sent as two 64-bit halves, added with carry on rank 0.
  constexpr int kFields = 7;
  std::uint64_t mine[kFields] = {static_cast<std::uint64_t>(local.count), static_cast<std::uint64_t>(local.count >> 64),
                                 local.decisions, local.leaves, local.units_done, local.lp.fallbacks,
                                 local.rechecked_units};
  double times[2] = {local.lp.seconds_solving, local.lp.seconds_certifying};
  std::vector<std::uint64_t> all(kFields * ranks_);
  std::vector<double> all_times(2 * ranks_);
  MPI_Gather(mine, kFields, MPI_UINT64_T, all.data(), kFields, MPI_UINT64_T, 0, MPI_COMM_WORLD);
  MPI_Gather(times, 2, MPI_DOUBLE, all_times.data(), 2, MPI_DOUBLE, 0, MPI_COMM_WORLD);
  std::uint64_t solved = local.lp.solved, all_solved = 0;
  MPI_Reduce(&solved, &all_solved, 1, MPI_UINT64_T, MPI_SUM, 0, MPI_COMM_WORLD);
  // The units each rank took from its checkpoint unchecked (the report names them).
  int unchecked = static_cast<int>(local.unchecked_units.size());
  std::vector<int> sizes(ranks_), offsets(ranks_);
  MPI_Gather(&unchecked, 1, MPI_INT, sizes.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
  int total_unchecked = 0;
  for (std::uint32_t r = 0; r < ranks_; ++r) {
    offsets[r] = total_unchecked;
    total_unchecked += sizes[r];
  }
  std::vector<std::uint64_t> unchecked_all(std::max(1, total_unchecked));
  MPI_Gatherv(local.unchecked_units.data(), unchecked, MPI_UINT64_T, unchecked_all.data(), sizes.data(),
              offsets.data(), MPI_UINT64_T, 0, MPI_COMM_WORLD);
  if (rank_ != 0) return local;
  total.count = 0;
  total.decisions = total.leaves = total.units_done = total.lp.fallbacks = total.rechecked_units = 0;
  total.lp.seconds_solving = total.lp.seconds_certifying = 0;
  for (std::uint32_t r = 0; r < ranks_; ++r) {
    const std::uint64_t* f = &all[kFields * r];
    total.count += (static_cast<unsigned __int128>(f[1]) << 64) | f[0];
    total.decisions += f[2];
    total.leaves += f[3];
    total.units_done += f[4];
    total.lp.fallbacks += f[5];
    total.rechecked_units += f[6];
    total.lp.seconds_solving += all_times[2 * r];
    total.lp.seconds_certifying += all_times[2 * r + 1];
  }
  total.lp.solved = all_solved;
  total.unchecked_units.assign(unchecked_all.begin(), unchecked_all.begin() + total_unchecked);
  std::sort(total.unchecked_units.begin(), total.unchecked_units.end());
#endif
  return total;
}

void RankSession::abort_all(const std::string& message) const {
  std::fprintf(stderr, "quarks: error: %s (rank %u)\n", message.c_str(), rank_);
  std::fflush(stderr);
#ifdef QUARKS_HAVE_MPI
  if (initialised_) MPI_Abort(MPI_COMM_WORLD, 2);
#endif
  std::_Exit(2);
}

bool RankSession::all_complete(bool local) const {
  if (ranks_ == 1) return local;
#ifdef QUARKS_HAVE_MPI
  int mine = local ? 1 : 0, all = 0;
  MPI_Allreduce(&mine, &all, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
  return all == 1;
#else
  return local;
#endif
}

}  // namespace quarks::count
