// The facilitator during the carousel: the clock and its controls, every table, the side panels.
#include <algorithm>

#include "BigScreenParts.h"
#include "FacilitatorParts.h"
#include "TableTile.h"

namespace spirit::client {

namespace {

void TimerControls(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  const core::TimerView timer = ui.Timer(frame.view);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float height = ui.LineHeight(FontRole::Display) + ui.Px(10);
  DrawBigCountdown(ui, timer, at, FontRole::Display);
  const float clockWidth = BigCountdownWidth(ui, timer, FontRole::Display);
  const std::string round =
      ui.F(Str::RoundOf, {std::to_string(timer.round + 1), std::to_string(timer.rounds)});
  LabelAt(ui, ImVec2(at.x + clockWidth + ui.Px(16), at.y + ui.Px(4)), round, FontRole::LargeBold,
          palette::kInk);
  // Under the round: paused, and the extra time while it is on, so it is never forgotten.
  const float secondY = at.y + ui.Px(8) + ui.LineHeight(FontRole::LargeBold);
  float second = 0;
  if (timer.paused) {
    LabelAt(ui, ImVec2(at.x + clockWidth + ui.Px(16), secondY), ui.T(Str::Paused),
            FontRole::BodyBold, palette::kCalm);
    second = Measure(ui, ui.T(Str::Paused), FontRole::BodyBold).x + ui.Px(16);
  }
  const std::string extra = ExtraTimeOnText(ui, timer);
  if (!extra.empty()) {
    LabelAt(ui, ImVec2(at.x + clockWidth + ui.Px(16) + second, secondY), extra, FontRole::BodyBold,
            palette::kPrimaryDark);
    second += Measure(ui, extra, FontRole::BodyBold).x;
  }
  const float x =
      at.x + clockWidth + ui.Px(32) + std::max(Measure(ui, round, FontRole::LargeBold).x, second);
  ImGui::SetCursorScreenPos(ImVec2(x, at.y + (height - ui.Px(56)) / 2));
  // The row takes the lighter font when its widest form ("Sure? Rotate now" and "Cancel") would
  // not fit in bold, so asking to confirm never runs it off the window.
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const std::string pause = ui.T(timer.paused ? Str::Resume : Str::Pause);
  const std::string one = ui.F(Str::Extend, {"1"});
  const std::string five = ui.F(Str::Extend, {"5"});
  const std::string rotate = ui.T(Str::RotateNow);
  auto rowWidth = [&](FontRole font) {
    return ButtonWidth(ui, pause, font) + ButtonWidth(ui, one, font) + ButtonWidth(ui, five, font) +
           ButtonWidth(ui, ui.F(Str::ConfirmQuestion, {rotate}), font) +
           ButtonWidth(ui, ui.T(Str::Cancel), font) + gap * 4;
  };
  const float room = at.x + ImGui::GetContentRegionAvail().x - x;
  const FontRole font = rowWidth(FontRole::BodyBold) <= room ? FontRole::BodyBold : FontRole::Body;
  if (timer.paused) {
    if (Button(ui, pause, {.look = Look::Primary, .font = font, .id = "resume"}))
      frame.Act(core::act::ResumeTimers{});
  } else {
    if (Button(ui, pause, {.look = Look::Calm, .font = font, .id = "pause"}))
      frame.Act(core::act::PauseTimers{});
  }
  ImGui::SameLine();
  if (Button(ui, one, {.font = font, .id = "extend-1"})) frame.Act(core::act::ExtendRound{1});
  ImGui::SameLine();
  if (Button(ui, five, {.font = font, .id = "extend-5"})) frame.Act(core::act::ExtendRound{5});
  ImGui::SameLine();
  if (ConfirmButton(frame, rotate, "rotate-now", {.font = font})) frame.Act(core::act::RotateNow{});
  ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + height + ui.Px(12)));
}

void Tables(FacilitatorFrame& frame, ImVec2 size) {
  Ui& ui = frame.ui;
  const auto& tables = frame.view.tables;
  const float gap = ui.Px(14);
  const int columns = size.x > ui.Px(900) ? 3 : 2;
  const float width = (size.x - ui.Px(12) - gap * float(columns - 1)) / float(columns);
  const float height = ui.Px(250);
  const float buttons = ui.Px(56);
  BeginScroll(ui, "tables", size);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  for (int i = 0; i < int(tables.size()); ++i) {
    const core::TableView& table = tables[std::size_t(i)];
    const ImVec2 at(origin.x + float(i % columns) * (width + gap),
                    origin.y + float(i / columns) * (height + gap));
    ImGui::SetCursorScreenPos(at);
    // The tile's lines stop above the "skip card" button drawn over its foot.
    DrawTableTile(ui, table, ImVec2(width, height),
                  {FontRole::LargeBold, FontRole::Body, FontRole::Body, true, FontRole::LargeBold,
                   buttons + ui.Px(12)});
    ImGui::SetCursorScreenPos(ImVec2(at.x + ui.Px(30), at.y + height - buttons - ui.Px(12)));
    if (Button(ui, ui.T(Str::SkipCard),
               {.font = FontRole::Body,
                .enabled = table.card.has_value(),
                .id = "skip-" + std::to_string(table.group)})) {
      frame.Act(core::act::SkipCard{table.group});
    }
  }
  const int rows = (int(tables.size()) + columns - 1) / columns;
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(size.x - ui.Px(12), float(rows) * (height + gap)));
  EndScroll(ui);
}

// Whether newcomers may still join with the code: a locked session opens again for a late
// arrival, who gets a seat at a table as in the lobby, and closes again once they are in.
void LateArrivals(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  const bool locked = frame.view.locked;
  Paragraph(ui, ui.T(locked ? Str::NewcomersClosed : Str::NewcomersOpen), FontRole::Body,
            palette::kInk);
  if (Button(ui, ui.T(locked ? Str::LetALateArrivalIn : Str::Lock),
             {.look = Look::Secondary, .id = "lock"})) {
    frame.Act(core::act::LockLobby{!locked});
  }
}

}  // namespace

void DrawFacilitatorCarousel(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  TimerControls(frame);
  const float gap = ui.Px(20);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float sideWidth = std::max(ui.Px(380), avail.x * 0.32f);
  Tables(frame, ImVec2(avail.x - sideWidth - gap, avail.y));
  ImGui::SameLine(0, gap);
  BeginScroll(ui, "side", ImVec2(sideWidth, avail.y));
  DrawTimeOuts(frame);
  Gap(ui, 8);
  DrawExtraTimePanel(frame);
  Gap(ui, 8);
  DrawMessageComposer(frame);
  Gap(ui, 8);
  LateArrivals(frame);
  Gap(ui, 4);
  DrawPeoplePanel(frame);
  Gap(ui, 10);
  // The report, away from the top bar's "end the carousel".
  if (Button(ui, ui.T(Str::ExportReport), {.id = "export"})) frame.Ask(local::ExportReport{});
  Gap(ui, 10);
  EndScroll(ui);
}

}  // namespace spirit::client
