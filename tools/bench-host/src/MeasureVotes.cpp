// The measurement core. tools/bench-compare/colyseus/measure.js is a line-by-line port of it for
// the Node load generator; change both together.
#include "spirit/bench/MeasureVotes.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "spirit/process/PrivateLoopback.h"
#include "spirit/process/ProcessProbe.h"

namespace spirit::bench {

using namespace spirit::process;

namespace {

double MsBetween(BenchClock::time_point from, BenchClock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

// A voter's action in flight: the mark it set, and who has been shown it.
struct InFlight {
  bool active = false;
  bool measured = false;  // sent inside the measured window
  bool expected = false;
  BenchClock::time_point sent;
  std::uint32_t seenBy = 0;  // a bit per position at the table
  int seen = 0;
  bool tableDone = false;
  bool screenSeen = false;
};

}  // namespace

double Percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t index =
      std::min(values.size() - 1, std::size_t(fraction * double(values.size())));
  return values[index];
}

LoadResult MeasureVotes(const LoadSpec& spec, VoteTransport& transport, pid_t server) {
  LoadResult result;
  result.participants = spec.participants;
  const Seating& seating = transport.Seats();
  const std::size_t devices = seating.tableOf.size();
  result.tables = int(seating.tables.size());
  result.idleKiB = MemoryOf(server).residentKiB;

  std::vector<int> positionOf(devices, 0);
  for (const auto& table : seating.tables) {
    for (std::size_t p = 0; p < table.size(); ++p) positionOf[std::size_t(table[p])] = int(p);
  }
  std::vector<bool> confirmed(devices, false);
  std::vector<InFlight> flights(devices);
  std::vector<BenchClock::time_point> nextAction(devices);

  // Spread the actions evenly: the room makes `participants` actions per second.
  const auto& voters = seating.voters;
  const double periodMs = 1000.0 * double(voters.size()) / double(std::max(1, spec.participants));
  const auto period = std::chrono::microseconds(long(periodMs * 1000.0));
  const auto start = BenchClock::now();
  for (std::size_t k = 0; k < voters.size(); ++k) {
    nextAction[std::size_t(voters[k])] =
        start +
        std::chrono::microseconds(long(1000.0 * periodMs * double(k) / double(voters.size())));
  }
  const auto measureFrom = start + std::chrono::seconds(spec.warmupSeconds);
  const auto measureTo = measureFrom + std::chrono::seconds(spec.measureSeconds);
  const auto drainTo = measureTo + std::chrono::seconds(spec.drainSeconds);

  std::vector<double> echo, whole, screen;
  CpuTime serverBefore{}, serverAfter{}, ownBefore{}, ownAfter{};
  std::uint64_t bytesBefore = 0, bytesAfter = 0;
  LoopbackTraffic loopbackBefore{}, loopbackAfter{};
  bool measuring = false, ended = false;
  long measuredInFlight = 0;
  std::vector<Sighting> sightings;

  while (true) {
    const auto now = BenchClock::now();
    if (!measuring && now >= measureFrom) {
      measuring = true;
      serverBefore = CpuTimeOf(server);
      ownBefore = OwnCpuTime();
      bytesBefore = transport.Bytes();
      loopbackBefore = ReadLoopbackTraffic();
    }
    if (measuring && !ended && now >= measureTo) {
      ended = true;
      serverAfter = CpuTimeOf(server);
      ownAfter = OwnCpuTime();
      bytesAfter = transport.Bytes();
      loopbackAfter = ReadLoopbackTraffic();
      result.loadKiB = MemoryOf(server).residentKiB;
    }
    if (ended && (measuredInFlight == 0 || now >= drainTo)) break;
    if (now < measureTo) {
      const bool inWindow = now >= measureFrom;
      for (int voter : voters) {
        const std::size_t index = std::size_t(voter);
        if (now < nextAction[index]) continue;
        nextAction[index] += period;
        InFlight& flight = flights[index];
        if (flight.active) {
          if (inWindow) ++result.skipped;
          continue;
        }
        flight = InFlight{};
        flight.active = true;
        flight.measured = inWindow;
        flight.expected = !confirmed[index];
        flight.sent = now;
        transport.Vote(voter, flight.expected);
        if (inWindow) {
          ++result.actions;
          ++measuredInFlight;
        }
      }
    }
    sightings.clear();
    transport.Service(1, sightings);
    for (const Sighting& sighting : sightings) {
      const std::size_t member = std::size_t(sighting.member);
      InFlight& flight = flights[member];
      if (!flight.active || sighting.value != flight.expected) continue;
      if (sighting.observer == kBigScreen) {
        if (flight.screenSeen) continue;
        flight.screenSeen = true;
        if (flight.measured) screen.push_back(MsBetween(flight.sent, sighting.at));
      } else {
        const std::size_t observer = std::size_t(sighting.observer);
        if (seating.tableOf[observer] != seating.tableOf[member]) continue;
        const std::uint32_t bit = 1u << positionOf[observer];
        if ((flight.seenBy & bit) != 0) continue;
        flight.seenBy |= bit;
        flight.seen += 1;
        if (observer == member && flight.measured)
          echo.push_back(MsBetween(flight.sent, sighting.at));
        const auto& table = seating.tables[std::size_t(seating.tableOf[member])];
        if (flight.seen == int(table.size())) {
          flight.tableDone = true;
          if (flight.measured) {
            whole.push_back(MsBetween(flight.sent, sighting.at));
            result.tableLatencies.push_back(TimedLatency{flight.sent, whole.back()});
          }
        }
      }
      if (flight.tableDone && flight.screenSeen) {
        flight.active = false;
        confirmed[member] = flight.expected;
        if (flight.measured) {
          ++result.completed;
          --measuredInFlight;
        }
      }
    }
  }

  const double actions = double(std::max<long>(1, result.actions));
  const double windowMs = 1000.0 * spec.measureSeconds;
  result.serverUserUsPerAction = (serverAfter.userMs - serverBefore.userMs) * 1000.0 / actions;
  result.serverKernelUsPerAction =
      (serverAfter.kernelMs - serverBefore.kernelMs) * 1000.0 / actions;
  result.serverCpu =
      (serverAfter.userMs + serverAfter.kernelMs - serverBefore.userMs - serverBefore.kernelMs) /
      windowMs;
  result.loadGeneratorCpu =
      (ownAfter.userMs + ownAfter.kernelMs - ownBefore.userMs - ownBefore.kernelMs) / windowMs;
  result.bytesPerAction = double(bytesAfter - bytesBefore) / actions;
  if (spec.privateLoopback)
    result.loopbackBytesPerAction = double(loopbackAfter.bytes - loopbackBefore.bytes) / actions;
  result.echoP50Ms = Percentile(echo, 0.5);
  result.echoP99Ms = Percentile(echo, 0.99);
  result.tableP50Ms = Percentile(whole, 0.5);
  result.tableP99Ms = Percentile(whole, 0.99);
  result.screenP50Ms = Percentile(screen, 0.5);
  result.screenP99Ms = Percentile(screen, 0.99);
  result.valid = true;
  if (result.actions == 0) {
    result.valid = false;
    result.why = "no action was sent";
  } else if (measuredInFlight > 0) {
    result.valid = false;
    result.why = std::to_string(measuredInFlight) + " actions never completed";
  } else if (result.loadGeneratorCpu > 0.95) {
    result.valid = false;
    result.why = "the load generator saturated its core";
  }
  return result;
}

}  // namespace spirit::bench
