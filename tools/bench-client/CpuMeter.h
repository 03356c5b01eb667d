#pragma once

#include <sys/resource.h>

#include <chrono>

namespace spirit::bench {

// The process's CPU time (user and system, every thread) against the wall clock since it started.
class CpuMeter {
 public:
  // Starts measuring now.
  CpuMeter() : cpuFrom_(CpuMillis()), wallFrom_(std::chrono::steady_clock::now()) {}
  // Wall-clock seconds since the start.
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - wallFrom_).count();
  }
  // CPU time used since the start, as a percentage of one core over the wall-clock time.
  double PercentOfACore() const { return 100.0 * (CpuMillis() - cpuFrom_) / (1000.0 * Seconds()); }

 private:
  static double CpuMillis() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  }

  double cpuFrom_;
  std::chrono::steady_clock::time_point wallFrom_;
};

}  // namespace spirit::bench
