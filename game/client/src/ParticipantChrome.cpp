// The participant's top bar and banners.
#include <algorithm>

#include "Banner.h"
#include "ParticipantFrame.h"
#include "spirit/client/DisplayPanel.h"

namespace spirit::client {

namespace {

float ClockPillWidth(Ui& ui, const core::TimerView& timer);

// The countdown as a pill: calm normally, amber when the warning is on, blue-grey when paused.
void ClockPill(Ui& ui, const core::TimerView& timer, ImVec2 at, float height) {
  const std::string clock = Clock(timer.remaining);
  const std::string text = timer.paused ? std::string(ui.T(Str::Paused)) + "  " + clock : clock;
  const ImVec2 size = Measure(ui, text, FontRole::LargeBold);
  Colour fill = palette::kSunken;
  Colour ink = palette::kInk;
  if (timer.paused) {
    fill = palette::kCalmSoft;
  } else if (timer.warning) {
    fill = palette::kWarning;
    ink = palette::kOnPrimary;
  }
  const ImVec2 max(at.x + ClockPillWidth(ui, timer), at.y + height);
  ImGui::GetWindowDrawList()->AddRectFilled(at, max, fill, height / 2);
  LabelAt(ui, ImVec2(at.x + ui.Px(18), at.y + (height - size.y) / 2), text, FontRole::LargeBold,
          ink);
}

// The pill keeps the width of a two-digit minute ("00:00"; its digits are all as wide), so the
// buttons beside it do not shift when 10:00 becomes 9:59.
float ClockPillWidth(Ui& ui, const core::TimerView& timer) {
  const std::string clock = Clock(timer.remaining);
  const std::string text = timer.paused ? std::string(ui.T(Str::Paused)) + "  " + clock : clock;
  const std::string widest = timer.paused ? std::string(ui.T(Str::Paused)) + "  00:00" : "00:00";
  return std::max(Measure(ui, text, FontRole::LargeBold).x,
                  Measure(ui, widest, FontRole::LargeBold).x) +
         ui.Px(36);
}

// The time-out button: one tap asks to confirm, the second sends it; then "sent" until seen.
void DrawTimeOutControl(ParticipantFrame& frame, ImVec2 at, float barHeight, bool shortQuestion) {
  Ui& ui = frame.ui;
  if (frame.me.timeOutRaised) {
    const float pillHeight = ui.LineHeight(FontRole::Small) + ui.Px(10);
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + (barHeight - pillHeight) / 2));
    Pill(ui, ui.T(Str::TimeOutSent), palette::kWarmSoft, palette::kInk);
  } else if (frame.state.confirmTimeOut) {
    const std::string question = shortQuestion ? std::string(ui.T(Str::Sure))
                                               : ui.F(Str::ConfirmQuestion, {ui.T(Str::TimeOut)});
    if (Button(ui, question, {.look = Look::Warm, .id = "time-out"})) {
      frame.Act(core::act::TimeOut{});
      frame.state.confirmTimeOut = false;
    }
    ImGui::SameLine();
    if (Button(ui, ui.T(Str::Cancel), {.look = Look::Quiet, .id = "time-out-cancel"})) {
      frame.state.confirmTimeOut = false;
    }
  } else if (Button(ui, ui.T(Str::TimeOut), {.look = Look::Alert, .id = "time-out"})) {
    frame.state.confirmTimeOut = true;
  }
}

}  // namespace

void DrawParticipantTopBar(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ui.Px(64);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const bool inRounds = view.phase == core::SessionPhase::Rounds;

  // Right side, measured first: language, time-out, clock. The time-out keeps the room of its
  // widest form ("Sure? Time-out" and "Cancel"), so asking to confirm moves no other button.
  const std::string language = ui.T(Str::OtherLanguage);
  // The display settings' "Aa" and the language button come as one, the "Aa" first.
  const float displayWidth = DisplaySettingsButtonWidth(ui);
  const float languageWidth = displayWidth + gap + ButtonWidth(ui, language);
  // A closed session takes no time-outs any more.
  const bool closed = view.phase == core::SessionPhase::Closed;
  const float timeOutButton = ButtonWidth(ui, ui.T(Str::TimeOut));
  float confirmWidth = ButtonWidth(ui, ui.F(Str::ConfirmQuestion, {ui.T(Str::TimeOut)})) + gap +
                       ButtonWidth(ui, ui.T(Str::Cancel));
  const core::TimerView timer = ui.Timer(view);
  const float clockWidth = inRounds ? ClockPillWidth(ui, timer) : 0;
  const float others = languageWidth + gap + (inRounds ? gap + clockWidth : 0);
  // Too narrow for that (a phone): the question is only "Sure?", and while it asks it takes the
  // language button's room too; "cancel" still comes where the time-out button was.
  const bool narrow = others + std::max(timeOutButton, confirmWidth) > width;
  const bool asking = frame.state.confirmTimeOut && !frame.me.timeOutRaised && !closed;
  if (narrow) {
    confirmWidth = ButtonWidth(ui, ui.T(Str::Sure)) + gap + ButtonWidth(ui, ui.T(Str::Cancel));
  }
  const float timeOutRoom = closed   ? -gap
                            : narrow ? timeOutButton
                                     : std::max(timeOutButton, confirmWidth);
  const float rightWidth = others + timeOutRoom;

  // Left side: the station, the round and who holds the tablet. When they do not fit beside the
  // buttons (a phone, a long station name), they take a row of their own above them, where the
  // name may wrap onto a second line.
  std::string title = view.sessionName;
  if (view.table && !view.table->deckId.empty()) title = ui.T(view.table->title);
  const float besideWidth = width - rightWidth - gap * 2;
  const bool stacked =
      besideWidth < ui.Px(160) || Measure(ui, title, FontRole::BodyBold).x > besideWidth;
  const float leftWidth = stacked ? width : besideWidth;
  const FontRole titleFont = Measure(ui, title, FontRole::LargeBold).x <= leftWidth
                                 ? FontRole::LargeBold
                                 : FontRole::BodyBold;
  const std::string shownTitle = FitLines(ui, title, titleFont, leftWidth, stacked ? 2 : 1);
  const float titleHeight = Measure(ui, shownTitle, titleFont, leftWidth).y;
  std::string line = frame.me.name;
  if (inRounds) {
    line = ui.F(Str::RoundOf, {std::to_string(timer.round + 1), std::to_string(timer.rounds)}) +
           "  ·  " + frame.me.name;
  }
  LabelAt(ui, origin, shownTitle, titleFont, palette::kInk, leftWidth);
  LabelAt(ui,
          ImVec2(origin.x,
                 origin.y + std::max(titleHeight, ui.LineHeight(FontRole::LargeBold)) + ui.Px(4)),
          Fit(ui, line, FontRole::Body, leftWidth), FontRole::Body, palette::kMuted);
  const float textHeight = std::max(titleHeight, ui.LineHeight(FontRole::LargeBold)) + ui.Px(4) +
                           ui.LineHeight(FontRole::Body);
  const float buttonsTop = stacked ? origin.y + textHeight + ui.Px(10) : origin.y;

  const float buttonHeight = ui.Px(56);
  // Large text on a phone: "Aa" and the language on one row, the time-out and the clock on the
  // next, each at the right.
  const bool split = rightWidth > width;
  float y = buttonsTop + (height - buttonHeight) / 2;
  float x = origin.x + std::max(0.0f, width - (split ? languageWidth : rightWidth));
  const bool hideLanguage = narrow && asking && !split;
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  if (!hideLanguage && DisplaySettingsButton(ui)) frame.Ask(local::OpenDisplaySettings{});
  ImGui::SetCursorScreenPos(ImVec2(x + displayWidth + gap, y));
  if (!hideLanguage && Button(ui, language)) {
    frame.Act(core::act::SetLanguage{
        ui.Language() == core::Language::Dutch ? core::Language::English : core::Language::Dutch});
  }
  x += languageWidth + gap;
  if (split) {
    y += height;
    x = origin.x + std::max(0.0f, width - (rightWidth - languageWidth - gap));
  }
  const float rowTop = split ? buttonsTop + height : buttonsTop;
  if (!closed) {
    // The control sits at the right end of its room, next to the clock.
    float shown = timeOutButton;
    if (frame.me.timeOutRaised) {
      shown = Measure(ui, ui.T(Str::TimeOutSent), FontRole::Small).x + ui.Px(24);
    } else if (frame.state.confirmTimeOut) {
      shown = confirmWidth;
    }
    const float at = x + timeOutRoom - shown;
    ImGui::SetCursorScreenPos(ImVec2(at, y));
    DrawTimeOutControl(frame, ImVec2(at, rowTop), height, narrow);
  }
  x += timeOutRoom + gap;
  if (inRounds) ClockPill(ui, timer, ImVec2(x, y), buttonHeight);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, rowTop + height + ui.Px(12)));
}

void DrawParticipantBanners(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  const core::TimerView timer = ui.Timer(view);
  std::vector<BannerText> banners;
  if (JustRotated(view, timer, 45 * core::kSecond) && view.table) {
    banners.push_back(
        {ui.F(Str::RotateBanner, {ui.T(view.table->title)}), palette::kWarm, palette::kOnPrimary});
  } else if (timer.warning && timer.remaining > 0 && !timer.paused &&
             view.phase == core::SessionPhase::Rounds) {
    banners.push_back({ui.F(Str::WarningBanner, {std::to_string(MinutesLeft(timer))}),
                       palette::kWarningSoft, palette::kInk});
  }
  if (const core::MessageView* message = FreshMessage(ui, view, 90 * core::kSecond)) {
    banners.push_back({std::string(ui.T(Str::NewMessage)) + ": " + message->text,
                       palette::kCalmSoft, palette::kInk});
  }
  // The room is kept whether a banner shows or not: the buttons below never move when one comes.
  // A narrow screen keeps two lines, so a banner there is not cut after a few words.
  const int lines = ui.Avail() < ui.Px(700) ? 2 : 1;
  BannerSlot(ui, banners, FontRole::BodyBold, lines);
}

}  // namespace spirit::client
