#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "spirit/core/Deck.h"
#include "spirit/core/Ids.h"
#include "spirit/core/Settings.h"
#include "spirit/core/State.h"
#include "spirit/core/Text.h"

// Every action of GAME.md as a plain struct. Card actions name the card they answer, so an
// answer that crosses a card change on the wire is refused instead of landing on the next card.
namespace spirit::core::act {

// ---- joining and devices (Guest or Player) ----

// Join with the session's code: one name for a personal device, several for a table device.
struct Join {
  std::string joinCode;
  std::vector<std::string> names;
  DeviceKind kind = DeviceKind::Personal;
  Language language = Language::Dutch;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(joinCode, names, kind, language);
  }
};
// Leave the session for good: the device's players give up their seats.
struct Leave {
  template <class Archive>
  void serialize(Archive&) {}
};
// Table mode: hand the shared device to another player at it; a privacy screen shows first.
struct HandDeviceTo {
  ParticipantId player = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(player);
  }
};
// Table mode: the named player confirms they hold the device now.
struct TakeDevice {
  template <class Archive>
  void serialize(Archive&) {}
};
// Switch the language this player reads in.
struct SetLanguage {
  Language language = Language::Dutch;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(language);
  }
};

// ---- play at a table (Player) ----

// The active player draws the top card of the station's pile.
struct Draw {
  template <class Archive>
  void serialize(Archive&) {}
};
// Case: pick one of the card's options, in secret until the reveal.
struct ChooseOption {
  std::string cardId;
  int option = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId, option);
  }
};
// Scale: place a position between the poles, in secret until the reveal.
struct PlacePosition {
  std::string cardId;
  int position = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId, position);
  }
};
// Signal: privately mark whether you recognise this signal in yourself lately.
struct MarkSignal {
  std::string cardId;
  bool recognised = false;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId, recognised);
  }
};
// The active player reveals the hidden answers now, without waiting for everyone.
struct Reveal {
  std::string cardId;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId);
  }
};
// Question: mark the active player's answer as recognisable.
struct MarkRecognisable {
  std::string cardId;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId);
  }
};
// Action: write a commitment into your own action plan.
struct Commit {
  std::string cardId;
  std::string text;
  CommitmentKind kind = CommitmentKind::Myself;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId, text, kind);
  }
};
// Share one of your own commitments with your group.
struct ShareWithGroup {
  int planIndex = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(planIndex);
  }
};
// Resource: the active player gives the card to a teammate, naming what they value in them.
struct GiveResource {
  std::string cardId;
  ParticipantId to = 0;
  std::string words;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId, to, words);
  }
};
// Pass on the card without a reason; if you are the active player, the turn moves on.
struct Pass {
  std::string cardId;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId);
  }
};
// The active player is done with the card; the turn passes on.
struct Done {
  std::string cardId;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId);
  }
};
// Leave a short insight in this station's harvest, named or anonymous.
struct AddInsight {
  std::string text;
  bool anonymous = false;
  std::string cardId;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(text, anonymous, cardId);
  }
};
// Give +1 to an insight an earlier group left at this station.
struct PlusOne {
  InsightId insight = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(insight);
  }
};
// Write a private note only you will see.
struct WriteNote {
  std::string text;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(text);
  }
};
// Send a private time-out signal that only the facilitator sees.
struct TimeOut {
  template <class Archive>
  void serialize(Archive&) {}
};
// Plenary: share one action of your plan with the room, anonymously (-1 withdraws it).
struct ShareWithRoom {
  int planIndex = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(planIndex);
  }
};

// ---- facilitator ----

// Change the settings while in the lobby.
struct Configure {
  Settings settings;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(settings);
  }
};
// Choose the stations (one deck each) while in the lobby.
struct SetStations {
  std::vector<std::shared_ptr<const Deck>> decks;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(decks);
  }
};
// Lock or unlock the lobby for new joiners.
struct LockLobby {
  bool locked = true;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(locked);
  }
};
// Move a participant to another group (a table device's players move together).
struct MoveParticipant {
  ParticipantId participant = 0;
  int group = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(participant, group);
  }
};
// Remove a participant from the session.
struct RemoveParticipant {
  ParticipantId participant = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(participant);
  }
};
// Start the carousel.
struct Start {
  template <class Archive>
  void serialize(Archive&) {}
};
// Pause every timer.
struct PauseTimers {
  template <class Archive>
  void serialize(Archive&) {}
};
// Resume every timer.
struct ResumeTimers {
  template <class Archive>
  void serialize(Archive&) {}
};
// Add time to the current round.
struct ExtendRound {
  int minutes = 1;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(minutes);
  }
};
// Set the extra time every round gets (0 for none), in the lobby or during the carousel; the
// running round's remaining time follows at once, but never drops below a minute by it.
struct SetExtraTime {
  int minutes = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(minutes);
  }
};
// End the round now and rotate.
struct RotateNow {
  template <class Archive>
  void serialize(Archive&) {}
};
// Send a message to everyone (group -1) or to one group.
struct SendMessage {
  std::string text;
  int group = -1;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(text, group);
  }
};
// Set the card in play at a group's table aside; the same player draws again.
struct SkipCard {
  int group = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(group);
  }
};
// Mark a participant's time-out signal as seen.
struct AcknowledgeTimeOut {
  ParticipantId participant = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(participant);
  }
};
// End the carousel early and go to the plenary.
struct EndCarousel {
  template <class Archive>
  void serialize(Archive&) {}
};
// Plenary: show this station's harvest on the big screen.
struct ShowStation {
  int station = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(station);
  }
};
// Plenary: turn the big screen's page of the station shown, forward (+1) or back (-1); from then
// on its pages wait for the facilitator instead of turning by themselves.
struct TurnPlenaryPage {
  int by = 1;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(by);
  }
};
// Close the session; private data that its owners did not save is purged.
struct CloseSession {
  template <class Archive>
  void serialize(Archive&) {}
};

// ---- the host itself (System) ----

// The injected clock moved on; running timers count down by the difference.
struct Tick {
  Millis now = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(now);
  }
};
// The host came back after a stop: take this reading as the new "now" without counting the gap.
struct ResumeClock {
  Millis now = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(now);
  }
};
// A device lost its connection; its players are skipped until it returns.
struct DeviceDisconnected {
  DeviceId device = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(device);
  }
};
// A device came back to its seats.
struct DeviceReconnected {
  DeviceId device = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(device);
  }
};

}  // namespace spirit::core::act

namespace spirit::core {

// Any action; the rules handle each alternative in one place.
using Action =
    std::variant<act::Join, act::Leave, act::HandDeviceTo, act::TakeDevice, act::SetLanguage,
                 act::Draw, act::ChooseOption, act::PlacePosition, act::MarkSignal, act::Reveal,
                 act::MarkRecognisable, act::Commit, act::ShareWithGroup, act::GiveResource,
                 act::Pass, act::Done, act::AddInsight, act::PlusOne, act::WriteNote, act::TimeOut,
                 act::ShareWithRoom, act::Configure, act::SetStations, act::LockLobby,
                 act::MoveParticipant, act::RemoveParticipant, act::Start, act::PauseTimers,
                 act::ResumeTimers, act::ExtendRound, act::SetExtraTime, act::RotateNow,
                 act::SendMessage, act::SkipCard, act::AcknowledgeTimeOut, act::EndCarousel,
                 act::ShowStation, act::TurnPlenaryPage, act::CloseSession, act::Tick,
                 act::ResumeClock, act::DeviceDisconnected, act::DeviceReconnected>;

// A short English name of the action's kind, for transcripts and logs ("Draw", "Join", ...).
const char* ActionName(const Action& action);

}  // namespace spirit::core
