#pragma once
// Runs work(0), work(1), ... on up to `threads` threads with the outcome of a
// one-thread loop that stops at the first work(i) returning true: the Z3
// obligations (smt/z3_checker.cpp) and the certificate units of `count
// verify` (count/replay.cpp) use it so that their verdicts do not depend on
// the thread count.
//
// Indices are handed out in increasing order, and once work(i) returns true
// no index above i is started; every index below the first such i is run. If
// each work(i) writes only its own slot, a caller that reads the slots in
// index order up to the first stop gets the same result for any thread
// count. An exception stops the run as a true would, and is rethrown unless a
// lower index stopped it first (one thread would never have got there).
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace quarks {

template <class Work>
void run_in_order(std::size_t count, unsigned threads, Work work) {
  std::atomic<std::size_t> next{0}, stop_at{count};
  std::exception_ptr failure;
  std::size_t failure_index = count;
  std::mutex failure_mutex;
  auto worker = [&] {
    for (;;) {
      const std::size_t i = next.fetch_add(1);
      if (i >= count || i > stop_at.load()) return;
      bool stop = false;
      try {
        stop = work(i);
      } catch (...) {
        const std::lock_guard<std::mutex> lock(failure_mutex);
        if (i < failure_index) failure = std::current_exception(), failure_index = i;
        stop = true;
      }
      if (stop) {
        std::size_t seen = stop_at.load();
        while (i < seen && !stop_at.compare_exchange_weak(seen, i)) {
        }
      }
    }
  };
  const std::size_t n = std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(count, 1));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < n; ++t) {
    // Fewer threads than asked give the same result, so a thread that cannot
    // start is not an error (a destroyed joinable thread would terminate).
    try {
      pool.emplace_back(worker);
    } catch (const std::system_error&) {
      break;
    }
  }
  worker();
  for (auto& t : pool) t.join();
  if (failure && failure_index == stop_at.load()) std::rethrow_exception(failure);
}

}  // namespace quarks
