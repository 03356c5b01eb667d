// The facilitator's shared panels: people, time-outs, messages.
#include <algorithm>

#include "FacilitatorParts.h"

namespace spirit::client {

namespace {

const core::MemberView* FindMember(const core::View& view, core::ParticipantId id) {
  for (const core::MemberView& member : view.members) {
    if (member.id == id) return &member;
  }
  return nullptr;
}

// The panel for the one selected: its name, a button per group to move to (and a new group in the
// lobby), remove (asked twice) and cancel.
void SelectedPersonPanel(FacilitatorFrame& frame, const core::MemberView& selected, int groups) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  FacilitatorUiState& state = frame.state;
  ui.BeginPanel(palette::kCalmSoft);
  Label(ui, selected.name, FontRole::LargeBold, palette::kInk);
  Label(ui, ui.T(Str::MoveTo), FontRole::Body, palette::kMuted);
  ButtonRow flow(ui);
  for (int g = 0; g < groups; ++g) {
    if (g == selected.group) continue;
    const std::string label = ui.F(Str::GroupShort, {std::to_string(g + 1)});
    flow.Next(ButtonWidth(ui, label));
    if (Button(ui, label, {.id = "move-to-" + std::to_string(g)})) {
      frame.Act(core::act::MoveParticipant{selected.id, g});
      state.selected = 0;
    }
  }
  if (view.phase == core::SessionPhase::Lobby && groups < core::kMaxGroups) {
    const std::string label = ui.T(Str::NewGroup);
    flow.Next(ButtonWidth(ui, label));
    if (Button(ui, label, {.id = "move-to-new"})) {
      frame.Act(core::act::MoveParticipant{selected.id, groups});
      state.selected = 0;
    }
  }
  // Remove (which asks twice) and cancel wrap onto the next line rather than run past the panel.
  ButtonRow actions(ui);
  if (ConfirmButton(frame, ui.T(Str::Remove), "remove-" + std::to_string(selected.id),
                    {.look = Look::Alert}, &actions)) {
    frame.Act(core::act::RemoveParticipant{selected.id});
    state.selected = 0;
  }
  actions.Next(ButtonWidth(ui, ui.T(Str::Cancel)));
  if (Button(ui, ui.T(Str::Cancel), {.look = Look::Quiet, .id = "deselect"})) state.selected = 0;
  ui.EndPanel();
}

// One group's heading with how many are in it, then a button per member that selects them.
void GroupMembers(FacilitatorFrame& frame, int g) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  FacilitatorUiState& state = frame.state;
  int count = 0;
  for (const core::MemberView& member : view.members) count += member.group == g ? 1 : 0;
  Gap(ui, 2);
  Label(ui, ui.F(Str::Group, {std::to_string(g + 1)}) + "  ·  " + std::to_string(count),
        FontRole::BodyBold, palette::kMuted);
  ButtonRow flow(ui);
  for (const core::MemberView& member : view.members) {
    if (member.group != g) continue;
    std::string label = member.name;
    if (member.onTableDevice) label += " · " + std::string(ui.T(Str::TableDeviceShort));
    if (!member.present) label += " · " + std::string(ui.T(Str::Away));
    const bool on = state.selected == member.id;
    const float width =
        ButtonWidth(ui, label, FontRole::Body) + (on ? Measure(ui, "✓ ", FontRole::Body).x : 0);
    flow.Next(width);
    if (Button(ui, label,
               {.look = member.present ? Look::Secondary : Look::Quiet,
                .width = width,
                .font = FontRole::Body,
                .selected = on,
                .id = "member-" + std::to_string(member.id)})) {
      state.selected = on ? 0 : member.id;
    }
  }
}

}  // namespace

void DrawPeoplePanel(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  FacilitatorUiState& state = frame.state;
  Label(ui, ui.T(Str::People) + std::string(" (") + std::to_string(view.members.size()) + ")",
        FontRole::LargeBold, palette::kInk);
  const int groups = GroupCount(view);
  const core::MemberView* selected = FindMember(view, state.selected);
  if (selected == nullptr) state.selected = 0;
  if (selected != nullptr) SelectedPersonPanel(frame, *selected, groups);
  for (int g = 0; g < groups; ++g) GroupMembers(frame, g);
}

namespace {

// Whole minutes, rounded down, in a span of the session clock.
std::string Minutes(core::Millis span) {
  return std::to_string(std::max<core::Millis>(0, span) / (60 * core::kSecond));
}

// "Group 2 · 3 min ago": where and when a time-out was asked for.
std::string WhereAndWhen(Ui& ui, const core::View& view, const core::TimeOutView& timeOut) {
  std::string line =
      timeOut.group >= 0 ? ui.F(Str::Group, {std::to_string(timeOut.group + 1)}) + " · " : "";
  const core::Millis ago = ui.Now(view) - timeOut.at;
  return line + (ago < 60 * core::kSecond ? std::string(ui.T(Str::TimeOutJustNow))
                                          : ui.F(Str::TimeOutAgo, {Minutes(ago)}));
}

}  // namespace

void DrawTimeOuts(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  const bool open = std::any_of(view.timeOuts.begin(), view.timeOuts.end(),
                                [](const core::TimeOutView& each) { return each.seenAt < 0; });
  Label(ui, ui.T(Str::TimeOuts), FontRole::LargeBold, open ? palette::kWarm : palette::kInk);
  if (!open) Label(ui, ui.T(Str::NoTimeOuts), FontRole::Body, palette::kMuted);
  for (const core::TimeOutView& timeOut : view.timeOuts) {
    if (timeOut.seenAt >= 0) continue;
    ui.BeginPanel(palette::kWarmSoft);
    Label(ui, timeOut.name, FontRole::LargeBold, palette::kInk);
    Label(ui, WhereAndWhen(ui, view, timeOut), FontRole::Body, palette::kInk);
    if (Button(ui, ui.T(Str::Acknowledge), {.id = "ack-" + std::to_string(timeOut.participant)})) {
      frame.Act(core::act::AcknowledgeTimeOut{timeOut.participant});
    }
    ui.EndPanel();
    Gap(ui, 2);
  }
  // The history, newest first: who asked, when, and how long until it was seen.
  bool headed = false;
  for (auto timeOut = view.timeOuts.rbegin(); timeOut != view.timeOuts.rend(); ++timeOut) {
    if (timeOut->seenAt < 0) continue;
    if (!headed) {
      Label(ui, ui.T(Str::TimeOutsEarlier), FontRole::BodyBold, palette::kMuted);
      headed = true;
    }
    const core::Millis waited = timeOut->seenAt - timeOut->at;
    const std::string seen = waited < 60 * core::kSecond
                                 ? std::string(ui.T(Str::TimeOutSeenSoon))
                                 : ui.F(Str::TimeOutSeenAfter, {Minutes(waited)});
    Paragraph(ui, timeOut->name + " · " + WhereAndWhen(ui, view, *timeOut) + " · " + seen,
              FontRole::Body, palette::kMuted);
  }
}

void DrawMessageComposer(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  FacilitatorUiState& state = frame.state;
  for (const core::MessageView& message : frame.view.messages) {
    SettleSent(state.message, state.messageSent, message.text);
  }
  const int groups = GroupCount(frame.view);
  if (state.messageGroup >= groups) state.messageGroup = -1;
  Label(ui, ui.T(Str::SendAMessage), FontRole::LargeBold, palette::kInk);
  ButtonRow flow(ui);
  const std::string everyone = ui.T(Str::MessageEveryone);
  const float check = Measure(ui, "✓ ", FontRole::Body).x;
  flow.Next(ButtonWidth(ui, everyone, FontRole::Body) + check);
  if (Button(ui, everyone,
             {.width = ButtonWidth(ui, everyone, FontRole::Body) + check,
              .font = FontRole::Body,
              .selected = state.messageGroup < 0,
              .id = "to-everyone"})) {
    state.messageGroup = -1;
  }
  for (int g = 0; g < groups; ++g) {
    const std::string label = ui.F(Str::GroupShort, {std::to_string(g + 1)});
    const float width = ButtonWidth(ui, label, FontRole::Body) + check;
    flow.Next(width);
    if (Button(ui, label,
               {.width = width,
                .font = FontRole::Body,
                .selected = state.messageGroup == g,
                .id = "to-group-" + std::to_string(g)})) {
      state.messageGroup = g;
    }
  }
  const bool entered =
      TextField(ui, "message", ui.T(Str::MessageHint), state.message, core::kMaxMessageLength);
  const bool pending = !state.messageSent.empty() && state.message == state.messageSent;
  const bool ready = !IsBlank(state.message) && !pending;
  const std::string send =
      state.messageGroup < 0
          ? std::string(ui.T(Str::SendMessage)) + " · " + ui.T(Str::MessageEveryone)
          : std::string(ui.T(Str::SendMessage)) + " · " +
                ui.F(Str::MessageGroup, {std::to_string(state.messageGroup + 1)});
  if ((Button(ui, send, {.look = Look::Primary, .enabled = ready, .id = "send-message"}) ||
       entered) &&
      ready) {
    frame.Act(core::act::SendMessage{state.message, state.messageGroup});
    state.messageSent = state.message;
  }
}

}  // namespace spirit::client
