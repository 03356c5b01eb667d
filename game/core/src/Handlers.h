#pragma once

// Internal to game/core: one handler per action, each in the file of its concern.

#include "Step.h"

namespace spirit::core::detail {

Check Handle(Step& step, const act::Join& action);
Check Handle(Step& step, const act::Leave& action);
Check Handle(Step& step, const act::HandDeviceTo& action);
Check Handle(Step& step, const act::TakeDevice& action);
Check Handle(Step& step, const act::SetLanguage& action);
Check Handle(Step& step, const act::Draw& action);
Check Handle(Step& step, const act::ChooseOption& action);
Check Handle(Step& step, const act::PlacePosition& action);
Check Handle(Step& step, const act::MarkSignal& action);
Check Handle(Step& step, const act::Reveal& action);
Check Handle(Step& step, const act::MarkRecognisable& action);
Check Handle(Step& step, const act::Commit& action);
Check Handle(Step& step, const act::ShareWithGroup& action);
Check Handle(Step& step, const act::GiveResource& action);
Check Handle(Step& step, const act::Pass& action);
Check Handle(Step& step, const act::Done& action);
Check Handle(Step& step, const act::AddInsight& action);
Check Handle(Step& step, const act::PlusOne& action);
Check Handle(Step& step, const act::WriteNote& action);
Check Handle(Step& step, const act::TimeOut& action);
Check Handle(Step& step, const act::ShareWithRoom& action);
Check Handle(Step& step, const act::Configure& action);
Check Handle(Step& step, const act::SetStations& action);
Check Handle(Step& step, const act::LockLobby& action);
Check Handle(Step& step, const act::MoveParticipant& action);
Check Handle(Step& step, const act::RemoveParticipant& action);
Check Handle(Step& step, const act::Start& action);
Check Handle(Step& step, const act::PauseTimers& action);
Check Handle(Step& step, const act::ResumeTimers& action);
Check Handle(Step& step, const act::ExtendRound& action);
Check Handle(Step& step, const act::SetExtraTime& action);
Check Handle(Step& step, const act::RotateNow& action);
Check Handle(Step& step, const act::SendMessage& action);
Check Handle(Step& step, const act::SkipCard& action);
Check Handle(Step& step, const act::AcknowledgeTimeOut& action);
Check Handle(Step& step, const act::EndCarousel& action);
Check Handle(Step& step, const act::ShowStation& action);
Check Handle(Step& step, const act::TurnPlenaryPage& action);
Check Handle(Step& step, const act::CloseSession& action);
Check Handle(Step& step, const act::Tick& action);
Check Handle(Step& step, const act::ResumeClock& action);
Check Handle(Step& step, const act::DeviceDisconnected& action);
Check Handle(Step& step, const act::DeviceReconnected& action);

}  // namespace spirit::core::detail
