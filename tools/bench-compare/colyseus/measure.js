// The measurement core for the Node load generator: a line-by-line port of
// tools/bench-host/src/MeasureVotes.cpp (change both together). The server's CPU, memory and the
// loopback counters are read by spirit-bench-compare from /proc when this prints the marker lines
// "measure-start" and "measure-end", exactly where MeasureVotes.cpp reads them itself.
"use strict";

const kBigScreen = -1;

// The value below which `fraction` of the values lie (0 for none), as every report uses it.
function Percentile(values, fraction) {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const index = Math.min(sorted.length - 1, Math.floor(fraction * sorted.length));
  return sorted[index];
}

function Sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Runs the schedule on a prepared transport; `marker(name)` is called at the window's edges.
async function MeasureVotes(spec, transport, marker) {
  const result = { participants: spec.participants, actions: 0, completed: 0, skipped: 0 };
  const seating = transport.Seats();
  const devices = seating.tableOf.length;
  result.tables = seating.tables.length;
  marker("ready");

  const positionOf = new Array(devices).fill(0);
  for (const table of seating.tables) {
    for (let p = 0; p < table.length; ++p) positionOf[table[p]] = p;
  }
  const confirmed = new Array(devices).fill(false);
  const flights = Array.from({ length: devices }, () => ({ active: false }));
  const nextAction = new Array(devices).fill(0);

  // Spread the actions evenly: the room makes `participants` actions per second.
  const voters = seating.voters;
  const periodMs = (1000.0 * voters.length) / Math.max(1, spec.participants);
  const start = performance.now();
  for (let k = 0; k < voters.length; ++k) nextAction[voters[k]] = start + (periodMs * k) / voters.length;
  const measureFrom = start + spec.warmupSeconds * 1000;
  const measureTo = measureFrom + spec.measureSeconds * 1000;
  const drainTo = measureTo + spec.drainSeconds * 1000;

  const echo = [], whole = [], screen = [];
  let bytesBefore = 0, bytesAfter = 0;
  let measuring = false, ended = false;
  let measuredInFlight = 0;

  while (true) {
    const now = performance.now();
    if (!measuring && now >= measureFrom) {
      measuring = true;
      marker("measure-start");
      bytesBefore = transport.Bytes();
    }
    if (measuring && !ended && now >= measureTo) {
      ended = true;
      marker("measure-end");
      bytesAfter = transport.Bytes();
    }
    if (ended && (measuredInFlight === 0 || now >= drainTo)) break;
    if (now < measureTo) {
      const inWindow = now >= measureFrom;
      for (const voter of voters) {
        if (now < nextAction[voter]) continue;
        nextAction[voter] += periodMs;
        const flight = flights[voter];
        if (flight.active) {
          if (inWindow) ++result.skipped;
          continue;
        }
        const fresh = {
          active: true, measured: inWindow, expected: !confirmed[voter], sent: now,
          seenBy: 0, seen: 0, tableDone: false, screenSeen: false,
        };
        flights[voter] = fresh;
        transport.Vote(voter, fresh.expected);
        if (inWindow) {
          ++result.actions;
          ++measuredInFlight;
        }
      }
    }
    const sightings = await transport.Service(1);
    for (const sighting of sightings) {
      const member = sighting.member;
      const flight = flights[member];
      if (!flight.active || sighting.value !== flight.expected) continue;
      if (sighting.observer === kBigScreen) {
        if (flight.screenSeen) continue;
        flight.screenSeen = true;
        if (flight.measured) screen.push(sighting.at - flight.sent);
      } else {
        const observer = sighting.observer;
        if (seating.tableOf[observer] !== seating.tableOf[member]) continue;
        const bit = 1 << positionOf[observer];
        if ((flight.seenBy & bit) !== 0) continue;
        flight.seenBy |= bit;
        flight.seen += 1;
        if (observer === member && flight.measured) echo.push(sighting.at - flight.sent);
        const table = seating.tables[seating.tableOf[member]];
        if (flight.seen === table.length) {
          flight.tableDone = true;
          if (flight.measured) whole.push(sighting.at - flight.sent);
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

  const actions = Math.max(1, result.actions);
  result.bytesPerAction = (bytesAfter - bytesBefore) / actions;
  result.echoP50Ms = Percentile(echo, 0.5);
  result.echoP99Ms = Percentile(echo, 0.99);
  result.tableP50Ms = Percentile(whole, 0.5);
  result.tableP99Ms = Percentile(whole, 0.99);
  result.screenP50Ms = Percentile(screen, 0.5);
  result.screenP99Ms = Percentile(screen, 0.99);
  result.lost = measuredInFlight;
  return result;
}

module.exports = { MeasureVotes, Percentile, Sleep, kBigScreen };
