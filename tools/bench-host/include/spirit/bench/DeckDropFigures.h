#pragma once

#include <cstddef>

#include "spirit/bench/VoteTransport.h"

namespace spirit::bench {

// One measured action's latency until every device of its table saw it, and when it was sent.
struct TimedLatency {
  BenchClock::time_point sent;
  double ms = 0;
};

// What the actions around a deck added during the measured window saw (see DeckDrop.h).
struct DeckDropFigures {
  bool added = false;         // the deck was renamed into the host's folder
  std::size_t bytes = 0;      // the added deck's size
  std::size_t cards = 0;      // and its cards
  double addedAtSeconds = 0;  // when, in seconds after the measured window began
  long actions = 0;           // measured actions sent from 1 s before until 4 s after
  double tableP99Ms = 0;      // their table latency's 99th percentile
  double tableMaxMs = 0;      // and its maximum
  // The same for the actions of the same run sent before that, from the window's start (no deck
  // being read): the figures to compare with, on a machine whose noise changes from run to run.
  // Seconds from the deck's adding until the host's status first listed it as playable (its
  // status comes every two seconds), or -1 when it had not by the end of the run.
  double playableAfterSeconds = -1;
  long quietActions = 0;
  double quietTableP99Ms = 0;
  double quietTableMaxMs = 0;
};

}  // namespace spirit::bench
