#pragma once

#include <sys/types.h>
#include <string>
#include <vector>

namespace spirit::process {

// A child process started for a benchmark, with its output readable line by line.
struct Child {
  pid_t pid = -1;
  int output = -1;  // the read end of its stdout

  // Reads one line of its output, waiting up to timeoutMs; false when none came.
  bool ReadLine(std::string& line, int timeoutMs);
  // Stops it (SIGTERM, then SIGKILL) and waits for it.
  void Stop();
  // Kills it at once with SIGKILL, as a crash would, and waits for it.
  void Kill();
};

// Starts a program with arguments, pinned to one CPU (or any CPU when cpu < 0).
Child StartProcess(const std::string& program, const std::vector<std::string>& arguments, int cpu);

// CPU time a process used so far, user and kernel, in milliseconds.
struct CpuTime {
  double userMs = 0;
  double kernelMs = 0;
};
CpuTime CpuTimeOf(pid_t pid);

// Resident memory of a process now and at its peak, in KiB.
struct Memory {
  long residentKiB = 0;
  long peakKiB = 0;
};
Memory MemoryOf(pid_t pid);

// The process listening on this UDP port, or -1 (read from /proc).
pid_t ListenerOfUdpPort(int port);

// The process with a listening TCP socket on this port, or -1 (read from /proc).
pid_t ListenerOfTcpPort(int port);

// Lets this process open as many files (sockets) as the system allows, for many connections.
void RaiseFileLimit();

// Pins the calling process to one CPU.
void PinSelf(int cpu);

// CPU time of the calling process (this load generator), in milliseconds.
CpuTime OwnCpuTime();

}  // namespace spirit::process
