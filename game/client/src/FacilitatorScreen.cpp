// The facilitator's console: the top bar, then the page for the phase.
#include "spirit/client/FacilitatorScreen.h"

#include <algorithm>
#include <iterator>

#include "Banner.h"
#include "FacilitatorParts.h"
#include "spirit/client/DisplayPanel.h"

namespace spirit::client {

namespace {

Str PhaseName(core::SessionPhase phase) {
  switch (phase) {
    case core::SessionPhase::Lobby:
      return Str::PhaseLobby;
    case core::SessionPhase::Rounds:
      return Str::PhaseRounds;
    case core::SessionPhase::Plenary:
      return Str::PhasePlenary;
    case core::SessionPhase::Closed:
      return Str::PhaseClosed;
  }
  return Str::PhaseLobby;
}

// The pills beside the session's name: the phase, the join code, open or locked.
struct TopPill {
  std::string text;
  Colour fill;
};

void TopBar(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ui.Px(60);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const TopPill pills[] = {
      {ui.T(PhaseName(view.phase)), palette::kPrimarySoft},
      {ui.F(Str::JoinCodeLabel, {view.joinCode}), palette::kSurface},
      {ui.T(view.locked ? Str::Locked : Str::Open),
       view.locked ? palette::kWarmSoft : palette::kSunken},
  };
  float pillsWidth = 0;
  for (const TopPill& pill : pills)
    pillsWidth += Measure(ui, pill.text, FontRole::BodyBold).x + ui.Px(24) + gap;
  // Right side: ending the carousel (asks twice; its question and "cancel" grow to the left, into
  // room kept for them). The report's export is elsewhere in every phase, never beside it.
  const std::string end = ui.T(Str::EndCarousel);
  const bool endHere = view.phase == core::SessionPhase::Rounds;
  const float endRoom = endHere ? ButtonWidth(ui, ui.F(Str::ConfirmQuestion, {end})) + gap +
                                      ButtonWidth(ui, ui.T(Str::Cancel))
                                : 0;
  // The name takes what the pills and the right side leave, shortened only when it must be.
  // The display settings' "Aa" at the right end, always.
  const float displayRoom = DisplaySettingsButtonWidth(ui) + gap;
  const float nameRoom =
      std::max(ui.Px(120), width - pillsWidth - endRoom - displayRoom - ui.Px(40));
  const float nameWidth =
      std::min({nameRoom, width * 0.4f, Measure(ui, view.sessionName, FontRole::LargeBold).x});
  LabelAt(ui, ImVec2(origin.x, origin.y + ui.Px(12)),
          Fit(ui, view.sessionName, FontRole::LargeBold, nameWidth), FontRole::LargeBold,
          palette::kInk);
  ImGui::SetCursorScreenPos(ImVec2(origin.x + nameWidth + ui.Px(20), origin.y + ui.Px(12)));
  for (std::size_t i = 0; i < std::size(pills); ++i) {
    if (i > 0) ImGui::SameLine();
    Pill(ui, pills[i].text, pills[i].fill, i == 0 ? palette::kPrimaryDark : palette::kInk,
         FontRole::BodyBold);
  }
  if (endHere) {
    ImGui::SetCursorScreenPos(ImVec2(
        origin.x + width - displayRoom - ConfirmButtonWidth(frame, end, "end-carousel"), origin.y));
    if (ConfirmButton(frame, end, "end-carousel", {.look = Look::Alert}))
      frame.Act(core::act::EndCarousel{});
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x + width - DisplaySettingsButtonWidth(ui), origin.y));
  if (DisplaySettingsButton(ui)) frame.Ask(local::OpenDisplaySettings{});
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height + ui.Px(8)));
}

}  // namespace

bool ConfirmButton(FacilitatorFrame& frame, std::string_view label, std::string_view id,
                   ButtonSpec spec, ButtonRow* row) {
  Ui& ui = frame.ui;
  spec.id = id;
  if (frame.state.armed == id) {
    spec.look = Look::Warm;
    spec.width = 0;
    const std::string question = ui.F(Str::ConfirmQuestion, {label});
    if (row != nullptr) row->Next(ButtonWidth(ui, question, spec.font));
    const bool yes = Button(ui, question, spec);
    if (row != nullptr) {
      row->Next(ButtonWidth(ui, ui.T(Str::Cancel), spec.font));
    } else {
      ImGui::SameLine();
    }
    const std::string cancel = std::string(id) + "-cancel";
    if (Button(ui, ui.T(Str::Cancel), {.look = Look::Quiet, .font = spec.font, .id = cancel}))
      frame.state.armed.clear();
    if (yes) frame.state.armed.clear();
    return yes;
  }
  if (row != nullptr) row->Next(spec.width > 0 ? spec.width : ButtonWidth(ui, label, spec.font));
  if (Button(ui, label, spec)) frame.state.armed = std::string(id);
  return false;
}

float ConfirmButtonWidth(FacilitatorFrame& frame, std::string_view label, std::string_view id) {
  Ui& ui = frame.ui;
  if (frame.state.armed != id) return ButtonWidth(ui, label);
  return ButtonWidth(ui, ui.F(Str::ConfirmQuestion, {label})) + ImGui::GetStyle().ItemSpacing.x +
         ButtonWidth(ui, ui.T(Str::Cancel));
}

bool Stepper(Ui& ui, std::string_view label, int& value, int low, int high, std::string_view id,
             int step) {
  const float button = ui.Px(56);
  const float valueWidth = ui.Px(64);
  const float labelWidth =
      ui.Avail() - button * 2 - valueWidth - ImGui::GetStyle().ItemSpacing.x * 2;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  // The label wraps onto a second line when it is long, and gets smaller only if it must.
  FontRole font = FontRole::Body;
  if (Measure(ui, label, font, labelWidth).y > button) font = FontRole::Small;
  const float labelHeight = Measure(ui, label, font, labelWidth).y;
  LabelAt(ui, ImVec2(at.x, at.y + std::max(0.0f, (button - labelHeight) / 2)), label, font,
          palette::kInk, labelWidth);
  ImGui::SetCursorScreenPos(ImVec2(at.x + labelWidth + ImGui::GetStyle().ItemSpacing.x, at.y));
  bool changed = false;
  const std::string minus = std::string(id) + "-minus";
  const std::string plus = std::string(id) + "-plus";
  if (Button(ui, "−",
             {.width = button, .font = FontRole::LargeBold, .enabled = value > low, .id = minus})) {
    // To the next multiple of the step below (15, 10, 5, then the lowest).
    value = std::max(low, (value - 1) / step * step);
    changed = true;
  }
  ImGui::SameLine(0, 0);
  const std::string number = std::to_string(value);
  const ImVec2 numberAt = ImGui::GetCursorScreenPos();
  LabelAt(ui,
          ImVec2(numberAt.x + (valueWidth - Measure(ui, number, FontRole::LargeBold).x) / 2,
                 numberAt.y + (button - ui.LineHeight(FontRole::LargeBold)) / 2),
          number, FontRole::LargeBold, palette::kInk);
  ImGui::Dummy(ImVec2(valueWidth, button));
  ImGui::SameLine(0, 0);
  if (Button(ui, "+",
             {.width = button, .font = FontRole::LargeBold, .enabled = value < high, .id = plus})) {
    value = std::min(high, (value / step + 1) * step);
    changed = true;
  }
  return changed;
}

int GroupCount(const core::View& view) {
  int groups = int(view.tables.size());
  for (const core::MemberView& member : view.members) groups = std::max(groups, member.group + 1);
  return groups;
}

std::optional<Intent> DrawFacilitatorScreen(Ui& ui, const core::View& view,
                                            const ScreenContext& context,
                                            FacilitatorUiState& state) {
  std::optional<Intent> out;
  ui.SetLanguage(view.language);
  BeginScreen(ui, "facilitator", palette::kBackground);
  FacilitatorFrame frame{ui, view, context, state, out};
  TopBar(frame);
  // The host's store cannot write: said at once, above everything, until it can again.
  if (!view.storeProblem.nl.empty()) {
    Banner(ui, view.storeProblem.In(view.language), palette::kWarning, palette::kInk,
           FontRole::BodyBold);
  }
  switch (view.phase) {
    case core::SessionPhase::Lobby:
      DrawFacilitatorLobby(frame);
      break;
    case core::SessionPhase::Rounds:
      DrawFacilitatorCarousel(frame);
      break;
    case core::SessionPhase::Plenary:
    case core::SessionPhase::Closed:
      DrawFacilitatorPlenary(frame);
      break;
  }
  EndScreen();
  return out;
}

}  // namespace spirit::client
