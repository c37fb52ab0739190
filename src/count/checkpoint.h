#pragma once
// Checkpoints of a long census (docs/capacity.md, "Long runs"): which units of
// this rank are finished, with their sums. Written atomically; read strictly;
// a checkpoint of another class, split, certificate setting or rank layout is
// refused and left as it is. What a resumed unit's sums are worth depends on
// whether its certificate file can re-check them (census.cpp).
#include <cstdint>
#include <string>
#include <vector>

#include "count/geometry.h"
#include "count/split.h"

namespace quarks::count {

struct UnitSums {
  bool done = false;
  unsigned __int128 count = 0;
  std::uint64_t decisions = 0, leaves = 0;
};

struct CheckpointLayout {
  CensusClass cls;
  SplitRule split;
  std::uint64_t units = 0, tasks = 0;
  bool certificates = false;
  std::uint32_t rank = 0, ranks = 1;
  std::string header() const;  // the first two lines of the file
};

// The file of this rank: FILE for one process, FILE.rank-R-of-K under MPI.
std::string checkpoint_path(const std::string& file, std::uint32_t rank, std::uint32_t ranks);

// Loads the finished units into `units` (size layout.units). No file: a fresh
// run. InputError on anything else than a checkpoint of exactly this layout.
void load_checkpoint(const std::string& path, const CheckpointLayout& layout, std::vector<UnitSums>& units);
void save_checkpoint(const std::string& path, const CheckpointLayout& layout, const std::vector<UnitSums>& units);

}  // namespace quarks::count
