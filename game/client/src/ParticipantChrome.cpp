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

// The top bar's measures: its place, and the room of the buttons at its right.
struct TopBar {
  ImVec2 origin;
  float width;
  float height;
  float gap;
  bool inRounds;
  bool closed;
  core::TimerView timer;
  std::string language;
  float displayWidth;
  float languageWidth;
  float timeOutButton;
  float confirmWidth;
  bool narrow;
  bool asking;
  float timeOutRoom;
  float rightWidth;
};

// Right side, measured first: language, time-out, clock. The time-out keeps the room of its
// widest form ("Sure? Time-out" and "Cancel"), so asking to confirm moves no other button.
TopBar MeasureTopBar(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  TopBar bar;
  bar.origin = ImGui::GetCursorScreenPos();
  bar.width = ImGui::GetContentRegionAvail().x;
  bar.height = ui.Px(64);
  const float gap = bar.gap = ImGui::GetStyle().ItemSpacing.x;
  bar.inRounds = view.phase == core::SessionPhase::Rounds;
  bar.language = ui.T(Str::OtherLanguage);
  // The display settings' "Aa" and the language button come as one, the "Aa" first.
  bar.displayWidth = DisplaySettingsButtonWidth(ui);
  bar.languageWidth = bar.displayWidth + gap + ButtonWidth(ui, bar.language);
  // A closed session takes no time-outs any more.
  bar.closed = view.phase == core::SessionPhase::Closed;
  bar.timeOutButton = ButtonWidth(ui, ui.T(Str::TimeOut));
  bar.confirmWidth = ButtonWidth(ui, ui.F(Str::ConfirmQuestion, {ui.T(Str::TimeOut)})) + gap +
                     ButtonWidth(ui, ui.T(Str::Cancel));
  bar.timer = ui.Timer(view);
  const float clockWidth = bar.inRounds ? ClockPillWidth(ui, bar.timer) : 0;
  const float others = bar.languageWidth + gap + (bar.inRounds ? gap + clockWidth : 0);
  // Too narrow for that (a phone): the question is only "Sure?", and while it asks it takes the
  // language button's room too; "cancel" still comes where the time-out button was.
  bar.narrow = others + std::max(bar.timeOutButton, bar.confirmWidth) > bar.width;
  bar.asking = frame.state.confirmTimeOut && !frame.me.timeOutRaised && !bar.closed;
  if (bar.narrow) {
    bar.confirmWidth = ButtonWidth(ui, ui.T(Str::Sure)) + gap + ButtonWidth(ui, ui.T(Str::Cancel));
  }
  bar.timeOutRoom = bar.closed   ? -gap
                    : bar.narrow ? bar.timeOutButton
                                 : std::max(bar.timeOutButton, bar.confirmWidth);
  bar.rightWidth = others + bar.timeOutRoom;
  return bar;
}

// Left side: the station, the round and who holds the tablet. When they do not fit beside the
// buttons (a phone, a long station name), they take a row of their own above them, where the
// name may wrap onto a second line. Returns the top of the buttons.
float TopBarTitle(ParticipantFrame& frame, const TopBar& bar) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  const ImVec2 origin = bar.origin;
  std::string title = view.sessionName;
  if (view.table && !view.table->deckId.empty()) title = ui.T(view.table->title);
  const float besideWidth = bar.width - bar.rightWidth - bar.gap * 2;
  const bool stacked =
      besideWidth < ui.Px(160) || Measure(ui, title, FontRole::BodyBold).x > besideWidth;
  const float leftWidth = stacked ? bar.width : besideWidth;
  const FontRole titleFont = Measure(ui, title, FontRole::LargeBold).x <= leftWidth
                                 ? FontRole::LargeBold
                                 : FontRole::BodyBold;
  const std::string shownTitle = FitLines(ui, title, titleFont, leftWidth, stacked ? 2 : 1);
  const float titleHeight = Measure(ui, shownTitle, titleFont, leftWidth).y;
  std::string line = frame.me.name;
  if (bar.inRounds) {
    line = ui.F(Str::RoundOf,
                {std::to_string(bar.timer.round + 1), std::to_string(bar.timer.rounds)}) +
           "  ·  " + frame.me.name;
  }
  LabelAt(ui, origin, shownTitle, titleFont, palette::kInk, leftWidth);
  LabelAt(ui,
          ImVec2(origin.x,
                 origin.y + std::max(titleHeight, ui.LineHeight(FontRole::LargeBold)) + ui.Px(4)),
          Fit(ui, line, FontRole::Body, leftWidth), FontRole::Body, palette::kMuted);
  const float textHeight = std::max(titleHeight, ui.LineHeight(FontRole::LargeBold)) + ui.Px(4) +
                           ui.LineHeight(FontRole::Body);
  return stacked ? origin.y + textHeight + ui.Px(10) : origin.y;
}

// The buttons at the right from buttonsTop: "Aa" and the language, the time-out, the clock; on
// two rows when they do not fit one. Leaves the cursor below the bar.
void TopBarButtons(ParticipantFrame& frame, const TopBar& bar, float buttonsTop) {
  Ui& ui = frame.ui;
  const ImVec2 origin = bar.origin;
  const float width = bar.width;
  const float height = bar.height;
  const float gap = bar.gap;
  const float buttonHeight = ui.Px(56);
  // Large text on a phone: "Aa" and the language on one row, the time-out and the clock on the
  // next, each at the right.
  const bool split = bar.rightWidth > width;
  float y = buttonsTop + (height - buttonHeight) / 2;
  float x = origin.x + std::max(0.0f, width - (split ? bar.languageWidth : bar.rightWidth));
  const bool hideLanguage = bar.narrow && bar.asking && !split;
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  if (!hideLanguage && DisplaySettingsButton(ui)) frame.Ask(local::OpenDisplaySettings{});
  ImGui::SetCursorScreenPos(ImVec2(x + bar.displayWidth + gap, y));
  if (!hideLanguage && Button(ui, bar.language)) {
    frame.Act(core::act::SetLanguage{
        ui.Language() == core::Language::Dutch ? core::Language::English : core::Language::Dutch});
  }
  x += bar.languageWidth + gap;
  if (split) {
    y += height;
    x = origin.x + std::max(0.0f, width - (bar.rightWidth - bar.languageWidth - gap));
  }
  const float rowTop = split ? buttonsTop + height : buttonsTop;
  if (!bar.closed) {
    // The control sits at the right end of its room, next to the clock.
    float shown = bar.timeOutButton;
    if (frame.me.timeOutRaised) {
      shown = Measure(ui, ui.T(Str::TimeOutSent), FontRole::Small).x + ui.Px(24);
    } else if (frame.state.confirmTimeOut) {
      shown = bar.confirmWidth;
    }
    const float at = x + bar.timeOutRoom - shown;
    ImGui::SetCursorScreenPos(ImVec2(at, y));
    DrawTimeOutControl(frame, ImVec2(at, rowTop), height, bar.narrow);
  }
  x += bar.timeOutRoom + gap;
  if (bar.inRounds) ClockPill(ui, bar.timer, ImVec2(x, y), buttonHeight);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, rowTop + height + ui.Px(12)));
}

}  // namespace

void DrawParticipantTopBar(ParticipantFrame& frame) {
  const TopBar bar = MeasureTopBar(frame);
  const float buttonsTop = TopBarTitle(frame, bar);
  TopBarButtons(frame, bar, buttonsTop);
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
