#pragma once

#include <string>

#include "spirit/core/Ids.h"
#include "spirit/core/Text.h"

namespace spirit::core {

// How the lobby fills groups: a fixed number of groups, or groups of a target size.
enum class GroupMode { Count, Size };

// What the facilitator sets before the start; defaults follow GAME.md.
struct Settings {
  std::string sessionName = "Spirit";
  GroupMode groupMode = GroupMode::Size;
  int groupCount = 4;      // used with GroupMode::Count, 1..kMaxGroups
  int groupSize = 4;       // used with GroupMode::Size, kMinGroupSize..kMaxGroupSize
  int roundMinutes = 15;   // 1..90
  int warningMinutes = 3;  // 0..roundMinutes-1; 0 means no warning
  // Extra time added to every round (0..kMaxExtraMinutes), an accommodation for a team that reads
  // or writes more slowly, works with an interpreter, or has a participant with a disability.
  int extraMinutes = 0;
  int rounds = 0;        // 0 means one round per station (every group visits every station)
  int maxIntensity = 3;  // cards with a higher intensity are left out
  bool namesOnBigScreen = false;  // revealed positions are anonymous on the big screen by default
  Language language = Language::Dutch;  // the language of the big screen and the facilitator

  bool operator==(const Settings&) const = default;

  template <class Archive>
  void serialize(Archive& archive) {
    archive(sessionName, groupMode, groupCount, groupSize, roundMinutes, warningMinutes, rounds,
            maxIntensity, namesOnBigScreen, language, extraMinutes);
  }
};

// The most extra time per round the facilitator may give.
constexpr int kMaxExtraMinutes = 30;

// How long a round lasts with these settings: its minutes and the extra time, in milliseconds.
constexpr Millis RoundLength(const Settings& settings) {
  return Millis(settings.roundMinutes + settings.extraMinutes) * 60 * kSecond;
}

// Limits on groups and texts that the rules enforce.
constexpr int kMaxGroups = 250;
constexpr int kMinGroupSize = 2;
constexpr int kMaxGroupSize = 8;
constexpr int kMaxPlayersPerTableDevice = 6;
constexpr int kMaxNameLength = 24;  // characters (UTF-8 code points)
constexpr int kMaxInsightLength = 200;
constexpr int kMaxCommitmentLength = 240;
constexpr int kMaxNoteLength = 1000;
constexpr int kMaxMessageLength = 200;
constexpr int kMaxGiftWordsLength = 160;
constexpr int kMaxPlanItems = 40;
constexpr int kMaxNotes = 100;
constexpr int kMaxSessionNameLength = 40;
constexpr int kMaxParticipants = 2000;

}  // namespace spirit::core
