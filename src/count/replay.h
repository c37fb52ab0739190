#pragma once
// `quarks count verify DIR`: re-derives a certificate directory's count
// without any LP solver (docs/capacity.md, "Certificate directories"). It
// replays the walk with the records in place of the solver, checks every
// record and every leaf exactly, rebuilds the split from summary.txt and
// recomputes the count. Trusted base of counts, with walk, geometry, split,
// symmetry, summary, certificate and certificate_stream.
#include <cstdint>
#include <string>
#include <vector>

#include "count/geometry.h"
#include "count/split.h"
#include "count/walk.h"

namespace quarks::count {

// A malformed or incomplete directory throws InputError (exit 2); a
// well-formed one whose certificates or numbers do not hold gives ok = false
// with the reason (exit 1).
struct CertificateCheck {
  bool ok = false;
  std::string reason;
  std::string title;          // "|T(7;1)|", "|synaptic class, n = 3, gate 6 (01)|", ...
  std::string claimed_count;  // as summary.txt states it
  unsigned __int128 count = 0;
  std::uint64_t decisions = 0, leaves = 0, tasks = 0;
  std::uint64_t directories = 1;  // census directories replayed (a synaptic union has 2 + gates)
};
// Units are replayed on `threads` threads; the result, including which
// problem is reported first, does not depend on it.
CertificateCheck verify_certificates(const std::string& directory, unsigned threads = 1);

// The replay of one census directory's walk and units against given task
// roots: the census uses it to re-check the units a checkpoint says are done.
class UnitReplay {
 public:
  UnitReplay(int version, const CubeGeometry& g, const SplitRule& rule, const std::vector<TaskRoot>& roots,
             const std::vector<std::uint64_t>& orbit_weights, std::size_t units);
  struct Sums {
    unsigned __int128 count = 0;
    std::uint64_t decisions = 0, leaves = 0;
  };
  // Replays unit-u.cert at `path`: InputError if malformed, CertificateFailure
  // if a certificate does not hold. leaf_tables (optional) collects the leaves.
  Sums replay(const std::string& path, std::size_t u, std::vector<std::uint64_t>* leaf_tables = nullptr) const;

 private:
  int version_;
  const CubeGeometry& g_;
  SplitRule rule_;
  const std::vector<TaskRoot>& roots_;
  const std::vector<std::uint64_t>& weights_;
  std::size_t units_;
};

std::string unit_file_name(std::size_t u);  // "unit-7.cert"

}  // namespace quarks::count
