#include "spirit/process/ProcessProbe.h"

#include <dirent.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>

namespace spirit::process {

bool Child::ReadLine(std::string& line, int timeoutMs) {
  line.clear();
  while (true) {
    pollfd fd{output, POLLIN, 0};
    if (poll(&fd, 1, timeoutMs) <= 0) return false;
    char c = 0;
    if (read(output, &c, 1) != 1) return false;
    if (c == '\n') return true;
    line += c;
  }
}

void Child::Stop() {
  if (pid <= 0) return;
  kill(pid, SIGTERM);
  for (int i = 0; i < 50; ++i) {
    if (waitpid(pid, nullptr, WNOHANG) == pid) {
      pid = -1;
      break;
    }
    usleep(20000);
  }
  if (pid > 0) {
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    pid = -1;
  }
  if (output >= 0) close(output);
  output = -1;
}

void Child::Kill() {
  if (pid <= 0) return;
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  pid = -1;
  if (output >= 0) close(output);
  output = -1;
}

Child StartProcess(const std::string& program, const std::vector<std::string>& arguments, int cpu) {
  int pipeEnds[2];
  Child child;
  if (pipe(pipeEnds) != 0) return child;
  child.pid = fork();
  if (child.pid == 0) {
    dup2(pipeEnds[1], STDOUT_FILENO);
    close(pipeEnds[0]);
    close(pipeEnds[1]);
    if (cpu >= 0) PinSelf(cpu);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  close(pipeEnds[1]);
  child.output = pipeEnds[0];
  return child;
}

CpuTime CpuTimeOf(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  const auto close = text.rfind(')');
  CpuTime time;
  if (close == std::string::npos) return time;
  std::istringstream fields(text.substr(close + 2));
  std::string field;
  // Fields after the name: state(3) ... utime(14) stime(15); we start at field 3.
  for (int index = 3; index <= 15 && fields >> field; ++index) {
    const double ticks = std::atof(field.c_str());
    if (index == 14) time.userMs = ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    if (index == 15) time.kernelMs = ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
  }
  return time;
}

Memory MemoryOf(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  Memory memory;
  std::string key;
  long value = 0;
  std::string unit;
  while (status >> key) {
    if (key == "VmRSS:" && status >> value >> unit)
      memory.residentKiB = value;
    else if (key == "VmHWM:" && status >> value >> unit)
      memory.peakKiB = value;
  }
  return memory;
}

namespace {

// The inode of the socket bound to this local port in a /proc/net table, or "" (TCP: listening
// only).
std::string SocketInodeOfPort(const std::string& table, int port, bool listeningOnly) {
  std::ifstream sockets(table);
  std::string line;
  std::getline(sockets, line);
  std::string inode;
  while (std::getline(sockets, line)) {
    std::istringstream fields(line);
    std::string slot, local, remote, state, queues, timer, retransmits, uid, timeout, node;
    fields >> slot >> local >> remote >> state >> queues >> timer >> retransmits >> uid >>
        timeout >> node;
    const auto colon = local.find(':');
    if (colon == std::string::npos) continue;
    if (listeningOnly && state != "0A") continue;  // TCP_LISTEN
    if (std::stoi(local.substr(colon + 1), nullptr, 16) == port) inode = node;
  }
  return inode;
}

// The process holding the socket with this inode, or -1.
pid_t HolderOfSocket(const std::string& inode) {
  if (inode.empty()) return -1;
  const std::string wanted = "socket:[" + inode + "]";
  DIR* proc = opendir("/proc");
  if (proc == nullptr) return -1;
  pid_t found = -1;
  while (dirent* entry = readdir(proc)) {
    const pid_t pid = pid_t(std::atoi(entry->d_name));
    if (pid <= 0) continue;
    const std::string fdDir = "/proc/" + std::to_string(pid) + "/fd";
    DIR* fds = opendir(fdDir.c_str());
    if (fds == nullptr) continue;
    while (dirent* fd = readdir(fds)) {
      char target[256] = {};
      const std::string link = fdDir + "/" + fd->d_name;
      const ssize_t length = readlink(link.c_str(), target, sizeof target - 1);
      if (length > 0 && wanted == std::string(target, std::size_t(length))) found = pid;
    }
    closedir(fds);
    if (found > 0) break;
  }
  closedir(proc);
  return found;
}

}  // namespace

pid_t ListenerOfUdpPort(int port) {
  // Find the socket inode bound to the port, then the process holding it.
  return HolderOfSocket(SocketInodeOfPort("/proc/net/udp", port, false));
}

pid_t ListenerOfTcpPort(int port) {
  std::string inode = SocketInodeOfPort("/proc/net/tcp", port, true);
  if (inode.empty()) inode = SocketInodeOfPort("/proc/net/tcp6", port, true);
  return HolderOfSocket(inode);
}

void RaiseFileLimit() {
  rlimit files{};
  getrlimit(RLIMIT_NOFILE, &files);
  files.rlim_cur = files.rlim_max;
  setrlimit(RLIMIT_NOFILE, &files);
}

void PinSelf(int cpu) {
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  sched_setaffinity(0, sizeof set, &set);
}

CpuTime OwnCpuTime() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return {double(usage.ru_utime.tv_sec) * 1000.0 + double(usage.ru_utime.tv_usec) / 1000.0,
          double(usage.ru_stime.tv_sec) * 1000.0 + double(usage.ru_stime.tv_usec) / 1000.0};
}

}  // namespace spirit::process
