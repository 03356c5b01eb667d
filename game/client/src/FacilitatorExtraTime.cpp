// Extra time per round in the console: the choices, the line beside the clock that says it is on,
// and how long the carousel takes with it.
#include <algorithm>

#include "FacilitatorParts.h"

namespace spirit::client {

namespace {

// What a trainer offers: whole minutes, so the room hears one plain number ("five minutes more
// each round"), the same for a round of any length, and the carousel's length stays easy to add.
constexpr int kExtraTimeChoices[] = {0, 2, 5, 10};

std::string ChoiceLabel(Ui& ui, int minutes) {
  return minutes == 0 ? std::string(ui.T(Str::ExtraTimeOff))
                      : ui.F(Str::Extend, {std::to_string(minutes)});
}

std::string Duration(Ui& ui, int minutes) {
  if (minutes < 60) return ui.F(Str::MinutesShort, {std::to_string(minutes)});
  return ui.F(Str::HoursMinutes, {std::to_string(minutes / 60), std::to_string(minutes % 60)});
}

}  // namespace

bool ExtraTimeChoices(Ui& ui, int& minutes) {
  Label(ui, ui.T(Str::ExtraTimeSetting), FontRole::BodyBold, palette::kMuted);
  // Four in a row when every label fits with its check mark, else two, else one above the other.
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float check = Measure(ui, "✓ ", FontRole::BodyBold).x;
  float needed = 0;
  for (int choice : kExtraTimeChoices)
    needed = std::max(needed, ButtonWidth(ui, ChoiceLabel(ui, choice)) + check);
  const float whole = ui.Avail();
  float width = whole;
  for (int columns : {4, 2}) {
    const float share = (whole - gap * float(columns - 1)) / float(columns);
    if (needed <= share) {
      width = share;
      break;
    }
  }
  bool changed = false;
  ButtonRow row(ui);
  for (int choice : kExtraTimeChoices) {
    row.Next(width);
    if (Button(ui, ChoiceLabel(ui, choice),
               {.width = width,
                .selected = minutes == choice,
                .id = "extra-time-" + std::to_string(choice)}) &&
        minutes != choice) {
      minutes = choice;
      changed = true;
    }
  }
  Paragraph(ui, ui.T(Str::ExtraTimeHint), FontRole::Small, palette::kMuted);
  return changed;
}

std::string ExtraTimeOnText(Ui& ui, const core::TimerView& timer) {
  if (timer.extra <= 0) return {};
  return ui.F(Str::ExtraTimeOn, {std::to_string(timer.extra / (60 * core::kSecond))});
}

std::string CarouselLengthText(Ui& ui, const core::Settings& settings, int stations) {
  const int rounds = settings.rounds > 0 ? settings.rounds : stations;
  if (rounds <= 0) return {};
  const int perRound = settings.roundMinutes + settings.extraMinutes;
  const std::string total = Duration(ui, rounds * perRound);
  if (settings.extraMinutes == 0) {
    return ui.F(Str::CarouselLength, {total, std::to_string(rounds), std::to_string(perRound)});
  }
  return ui.F(Str::CarouselLengthExtra, {total, std::to_string(rounds), std::to_string(perRound),
                                         std::to_string(settings.extraMinutes)});
}

void DrawExtraTimePanel(FacilitatorFrame& frame) {
  int minutes = frame.view.settings.extraMinutes;
  if (ExtraTimeChoices(frame.ui, minutes)) frame.Act(core::act::SetExtraTime{minutes});
}

}  // namespace spirit::client
