// parallel_for: runs task(i) for every i in [0, count) on up to `jobs`
// threads (the caller's thread included). Tasks must write only to their
// own slot i; callers merge the slots in index order, which keeps every
// result independent of scheduling (and so deterministic).
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace handboek::base {

template <typename Task>
void parallel_for(size_t count, int jobs, Task task) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < count; i = next++) task(i);
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs && static_cast<size_t>(t) < count; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& thread : threads) thread.join();
}

}  // namespace handboek::base
