// The projector: picks the page for the phase. No input, nothing private.
#include "spirit/client/BigScreen.h"

#include <algorithm>

#include "Banner.h"
#include "BigScreenParts.h"
#include "JoinInvite.h"

namespace spirit::client {

Colour CountdownColour(const core::TimerView& timer) {
  if (timer.paused) return palette::kCalm;
  if (timer.warning) return palette::kWarning;
  return palette::kInk;
}

float BigCountdownWidth(Ui& ui, const core::TimerView& timer, FontRole font) {
  return Measure(ui, Clock(timer.remaining), font).x + ui.Px(60);
}

void DrawBigCountdown(Ui& ui, const core::TimerView& timer, ImVec2 at, FontRole font) {
  const std::string clock = Clock(timer.remaining);
  const ImVec2 size = Measure(ui, clock, font);
  Colour fill = palette::kSurface;
  if (timer.warning && !timer.paused) fill = palette::kWarningSoft;
  if (timer.paused) fill = palette::kCalmSoft;
  const ImVec2 max(at.x + size.x + ui.Px(60), at.y + size.y + ui.Px(10));
  ImGui::GetWindowDrawList()->AddRectFilled(at, max, fill, ui.Px(28));
  LabelAt(ui, ImVec2(at.x + ui.Px(30), at.y + ui.Px(5)), clock, font, CountdownColour(timer));
}

void DrawBigScreen(Ui& ui, const core::View& view, const ScreenContext& context) {
  ui.SetLanguage(view.language);
  BeginScreen(ui, "big-screen", palette::kBackground);
  switch (view.phase) {
    case core::SessionPhase::Lobby:
      DrawBigLobby(ui, view, context);
      break;
    case core::SessionPhase::Rounds:
      DrawBigRounds(ui, view);
      break;
    case core::SessionPhase::Plenary:
      DrawBigPlenary(ui, view);
      break;
    case core::SessionPhase::Closed: {
      const ImVec2 size = ImGui::GetIO().DisplaySize;
      const std::string thanks = ui.T(Str::ThankYou);
      const ImVec2 text = Measure(ui, thanks, FontRole::Display);
      LabelAt(ui, ImVec2((size.x - text.x) / 2, (size.y - text.y) / 2 - ui.Px(40)), thanks,
              FontRole::Display, palette::kInk);
      const ImVec2 name = Measure(ui, view.sessionName, FontRole::Wall);
      LabelAt(ui, ImVec2((size.x - name.x) / 2, (size.y + text.y) / 2), view.sessionName,
              FontRole::Wall, palette::kMuted);
      break;
    }
  }
  EndScreen();
}

void DrawBigLobby(Ui& ui, const core::View& view, const ScreenContext& context) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float margin = ui.Px(72);
  const float leftWidth = size.x * 0.5f - margin;
  float y = margin * 0.8f;
  LabelAt(ui, ImVec2(margin, y), Fit(ui, view.sessionName, FontRole::Display, size.x - 2 * margin),
          FontRole::Display, palette::kInk);
  y += ui.LineHeight(FontRole::Display) + ui.Px(50);
  LabelAt(ui, ImVec2(margin, y), ui.T(Str::JoinAt), FontRole::WallBold, palette::kMuted);
  y += ui.LineHeight(FontRole::WallBold) + ui.Px(8);
  if (!context.hostAddress.empty()) {
    LabelAt(ui, ImVec2(margin, y), Fit(ui, context.hostAddress, FontRole::Display, leftWidth),
            FontRole::Display, palette::kPrimaryDark);
    y += ui.LineHeight(FontRole::Display) + ui.Px(30);
  }
  LabelAt(ui, ImVec2(margin, y), ui.T(Str::JoinCode), FontRole::WallBold, palette::kMuted);
  y += ui.LineHeight(FontRole::WallBold) + ui.Px(8);
  const ImVec2 code = Measure(ui, view.joinCode, FontRole::Giant);
  const ImVec2 codeMin(margin, y);
  const ImVec2 codeMax(margin + code.x + ui.Px(80), y + code.y + ui.Px(30));
  ImGui::GetWindowDrawList()->AddRectFilled(codeMin, codeMax, palette::kSurface, ui.Px(32));
  ImGui::GetWindowDrawList()->AddRect(codeMin, codeMax, palette::kPrimary, ui.Px(32), 0, ui.Px(5));
  LabelAt(ui, ImVec2(margin + ui.Px(40), y + ui.Px(15)), view.joinCode, FontRole::Giant, palette::kInk);
  bool invited = false;
  if (view.locked) {
    LabelAt(ui, ImVec2(margin, codeMax.y + ui.Px(20)), ui.T(Str::Locked), FontRole::WallBold, palette::kWarm);
  } else {
    // A phone joins by scanning: the code about a third of the screen high, under the join code
    // (not while locked, when nobody new may join; not at all when the screen is too small for it).
    const float top = codeMax.y + ui.Px(40);
    const float room = size.y - margin - top;
    if (!context.browserJoin.url.empty() && room >= size.y * 0.2f) {
      const InviteLook look{std::min(size.y * 0.36f, room), FontRole::WallBold, FontRole::WallBold, 3};
      DrawJoinInvite(ui, context.browserJoin, ImVec2(margin, top), leftWidth, look);
      invited = true;
    }
  }

  // People, by group, as they join.
  const float right = size.x * 0.5f + ui.Px(20);
  const float rightWidth = size.x - right - margin;
  float py = margin * 0.8f + ui.LineHeight(FontRole::Display) + ui.Px(50);
  const std::string count = view.members.empty()
                                ? std::string(ui.T(Str::WaitingForPeople))
                                : ui.F(Str::Participants, {std::to_string(view.members.size())});
  LabelAt(ui, ImVec2(right, py), count, FontRole::WallBold, palette::kInk);
  py += ui.LineHeight(FontRole::WallBold) + ui.Px(20);
  int groups = 0;
  for (const core::MemberView& member : view.members) groups = std::max(groups, member.group + 1);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(ImVec2(right, py), ImVec2(size.x, size.y - ui.Px(20)), true);
  for (int g = 0; g < groups; ++g) {
    LabelAt(ui, ImVec2(right, py), ui.F(Str::Group, {std::to_string(g + 1)}), FontRole::Wall,
            palette::kMuted);
    py += ui.LineHeight(FontRole::Wall) + ui.Px(8);
    float x = right;
    const float pillHeight = ui.LineHeight(FontRole::WallBold) + ui.Px(16);
    for (const core::MemberView& member : view.members) {
      if (member.group != g) continue;
      const float width = Measure(ui, member.name, FontRole::WallBold).x + ui.Px(40);
      if (x + width > right + rightWidth && x > right) {
        x = right;
        py += pillHeight + ui.Px(10);
      }
      draw->AddRectFilled(ImVec2(x, py), ImVec2(x + width, py + pillHeight), palette::kSurface,
                          pillHeight / 2);
      LabelAt(ui, ImVec2(x + ui.Px(20), py + ui.Px(8)), member.name, FontRole::WallBold,
              member.present ? palette::kInk : palette::kAway);
      x += width + ui.Px(12);
    }
    py += pillHeight + ui.Px(24);
  }
  draw->PopClipRect();
  if (const core::MessageView* message = FreshMessage(ui, view, 120 * core::kSecond)) {
    // Beside the QR code rather than over it.
    const float left = invited ? right : margin;
    ImGui::SetCursorScreenPos(ImVec2(left, size.y - margin - ui.LineHeight(FontRole::WallBold) - ui.Px(24)));
    ui.BeginColumn(size.x - left - margin);
    Banner(ui, message->text, palette::kCalmSoft, palette::kInk, FontRole::WallBold);
    ui.EndColumn();
  }
}

}  // namespace spirit::client
