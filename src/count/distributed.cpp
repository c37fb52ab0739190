#include "count/distributed.h"

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
  std::uint64_t mine[6] = {static_cast<std::uint64_t>(local.count), static_cast<std::uint64_t>(local.count >> 64),
                           local.decisions, local.leaves, local.units_done, local.lp.fallbacks};
  double times[2] = {local.lp.seconds_solving, local.lp.seconds_certifying};
  std::vector<std::uint64_t> all(6 * ranks_);
  std::vector<double> all_times(2 * ranks_);
  MPI_Gather(mine, 6, MPI_UINT64_T, all.data(), 6, MPI_UINT64_T, 0, MPI_COMM_WORLD);
  MPI_Gather(times, 2, MPI_DOUBLE, all_times.data(), 2, MPI_DOUBLE, 0, MPI_COMM_WORLD);
  std::uint64_t solved = local.lp.solved, all_solved = 0;
  MPI_Reduce(&solved, &all_solved, 1, MPI_UINT64_T, MPI_SUM, 0, MPI_COMM_WORLD);
  if (rank_ != 0) return local;
  total.count = 0;
  total.decisions = total.leaves = total.units_done = total.lp.fallbacks = 0;
  total.lp.seconds_solving = total.lp.seconds_certifying = 0;
  for (std::uint32_t r = 0; r < ranks_; ++r) {
    total.count += (static_cast<unsigned __int128>(all[6 * r + 1]) << 64) | all[6 * r];
    total.decisions += all[6 * r + 2];
    total.leaves += all[6 * r + 3];
    total.units_done += all[6 * r + 4];
    total.lp.fallbacks += all[6 * r + 5];
    total.lp.seconds_solving += all_times[2 * r];
    total.lp.seconds_certifying += all_times[2 * r + 1];
  }
  total.lp.solved = all_solved;
#endif
  return total;
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
