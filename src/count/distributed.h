#pragma once
// Splitting a census across MPI ranks (OpenMPI; optional at build time).
// `mpirun -np K quarks count ...` gives rank r the units u with u % K == r;
// the per-rank sums are added on rank 0, so the count is the one a single
// process gives (tested with 2 ranks). Without MPI support, or when not
// started by mpirun, the session is one rank.
#include <string>

#include "count/census.h"

namespace quarks::count {

class RankSession {
 public:
  RankSession();  // initialises MPI only when launched by mpirun (OMPI_COMM_WORLD_SIZE is set)
  ~RankSession();
  RankSession(const RankSession&) = delete;
  RankSession& operator=(const RankSession&) = delete;

  std::uint32_t rank() const { return rank_; }
  std::uint32_t ranks() const { return ranks_; }
  // Adds the per-rank sums of every rank into rank 0's result; the other ranks
  // get their own result back. With one rank, returns `local`.
  CensusResult combine(const CensusResult& local) const;
  // True on rank 0 after combine() when every rank finished all its tasks.
  bool all_complete(bool local) const;
  // Prints "quarks: error: <message> (rank R)" and ends every rank with exit code 2.
  [[noreturn]] void abort_all(const std::string& message) const;

 private:
  std::uint32_t rank_ = 0, ranks_ = 1;
  bool initialised_ = false;
};

bool mpi_support_built();

}  // namespace quarks::count
