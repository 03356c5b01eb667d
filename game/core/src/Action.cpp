#include "spirit/core/Action.h"

#include <array>

namespace spirit::core {

const char* ActionName(const Action& action) {
  static constexpr std::array<const char*, std::variant_size_v<Action>> kNames = {
      "Join",
      "Leave",
      "HandDeviceTo",
      "TakeDevice",
      "SetLanguage",
      "Draw",
      "ChooseOption",
      "PlacePosition",
      "MarkSignal",
      "Reveal",
      "MarkRecognisable",
      "Commit",
      "ShareWithGroup",
      "GiveResource",
      "Pass",
      "Done",
      "AddInsight",
      "PlusOne",
      "WriteNote",
      "TimeOut",
      "ShareWithRoom",
      "Configure",
      "SetStations",
      "LockLobby",
      "MoveParticipant",
      "RemoveParticipant",
      "Start",
      "PauseTimers",
      "ResumeTimers",
      "ExtendRound",
      "SetExtraTime",
      "RotateNow",
      "SendMessage",
      "SkipCard",
      "AcknowledgeTimeOut",
      "EndCarousel",
      "ShowStation",
      "TurnPlenaryPage",
      "CloseSession",
      "Tick",
      "ResumeClock",
      "DeviceDisconnected",
      "DeviceReconnected"};
  return kNames[action.index()];
}

}  // namespace spirit::core
