// The projector: picks the page for the phase. No input, nothing private.
#include "spirit/client/BigScreen.h"

#include <algorithm>

#include "Banner.h"
#include "BigScreenParts.h"
#include "JoinInvite.h"
#include "QrCode.h"

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

namespace {

// People as pills flowing over the lines of a box, each group led by its name; false (nothing
// drawn) when they do not all fit, so the caller can show counts instead.
bool PeoplePills(Ui& ui, const core::View& view, int groups, ImVec2 at, ImVec2 box, bool draw) {
  const float pillHeight = ui.LineHeight(FontRole::WallBold) + ui.Px(12);
  const float step = pillHeight + ui.Px(10);
  float x = at.x;
  float y = at.y;
  auto place = [&](float width) {
    if (x + width > at.x + box.x && x > at.x) {
      x = at.x;
      y += step;
    }
    const ImVec2 where(x, y);
    x += width + ui.Px(12);
    return where;
  };
  for (int g = 0; g < groups; ++g) {
    const std::string group = ui.F(Str::Group, {std::to_string(g + 1)}) + ":";
    const ImVec2 label = place(Measure(ui, group, FontRole::Wall).x + ui.Px(8));
    if (draw)
      LabelAt(ui, ImVec2(label.x, label.y + ui.Px(6)), group, FontRole::Wall, palette::kMuted);
    for (const core::MemberView& member : view.members) {
      if (member.group != g) continue;
      // Someone away is an open ring and an outline, not only a greyer name.
      const std::string name = member.present ? member.name : "○ " + member.name;
      const float width = Measure(ui, name, FontRole::WallBold).x + ui.Px(36);
      if (width > box.x) return false;
      const ImVec2 pill = place(width);
      if (!draw) continue;
      const ImVec2 end(pill.x + width, pill.y + pillHeight);
      if (member.present) {
        ImGui::GetWindowDrawList()->AddRectFilled(pill, end, palette::kSurface, pillHeight / 2);
      } else {
        ImGui::GetWindowDrawList()->AddRect(pill, end, palette::kAway, pillHeight / 2, 0, ui.Px(2));
      }
      LabelAt(ui, ImVec2(pill.x + ui.Px(18), pill.y + ui.Px(6)), name, FontRole::WallBold,
              member.present ? palette::kInk : palette::kAway);
    }
    // Each group starts on a new line.
    x = at.x;
    y += step;
  }
  return y - ui.Px(10) <= at.y + box.y;
}

// Who is here: names by group when they fit the box, else how many are in each group.
void People(Ui& ui, const core::View& view, ImVec2 at, ImVec2 box) {
  const std::string count = view.members.empty()
                                ? std::string(ui.T(Str::WaitingForPeople))
                                : ui.F(Str::Participants, {std::to_string(view.members.size())});
  LabelAt(ui, at, Fit(ui, count, FontRole::WallBold, box.x), FontRole::WallBold, palette::kInk);
  const float top = at.y + ui.LineHeight(FontRole::WallBold) + ui.Px(14);
  const ImVec2 rest(box.x, at.y + box.y - top);
  int groups = 0;
  for (const core::MemberView& member : view.members) groups = std::max(groups, member.group + 1);
  if (PeoplePills(ui, view, groups, ImVec2(at.x, top), rest, false)) {
    PeoplePills(ui, view, groups, ImVec2(at.x, top), rest, true);
    return;
  }
  float x = at.x;
  float y = top;
  for (int g = 0; g < groups; ++g) {
    int members = 0;
    for (const core::MemberView& member : view.members) members += member.group == g ? 1 : 0;
    const std::string line =
        ui.F(Str::Group, {std::to_string(g + 1)}) + ": " + std::to_string(members);
    const float width = Measure(ui, line, FontRole::WallBold).x + ui.Px(48);
    if (x + width > at.x + box.x && x > at.x) {
      x = at.x;
      y += ui.LineHeight(FontRole::WallBold) + ui.Px(8);
    }
    if (y + ui.LineHeight(FontRole::WallBold) > at.y + box.y) break;
    LabelAt(ui, ImVec2(x, y), line, FontRole::WallBold, palette::kInk);
    x += width;
  }
}

// Where to go, from y down: the browser's URL when it can be scanned, else the host's address;
// returns the y below it.
float JoinWhere(Ui& ui, const ScreenContext& context, bool scan, float x, float y, float width) {
  const BrowserJoin& join = context.browserJoin;
  if (scan) {
    LabelAt(ui, ImVec2(x, y), Fit(ui, ui.T(Str::ScanOrGoTo), FontRole::WallBold, width),
            FontRole::WallBold, palette::kMuted);
    y += ui.LineHeight(FontRole::WallBold);
    for (const std::string& line : UrlLines(ui, join.url, FontRole::WallBold, width)) {
      LabelAt(ui, ImVec2(x, y), line, FontRole::WallBold, palette::kPrimaryDark);
      y += ui.LineHeight(FontRole::WallBold);
    }
  } else if (!context.hostAddress.empty()) {
    LabelAt(ui, ImVec2(x, y), ui.T(Str::JoinAt), FontRole::WallBold, palette::kMuted);
    y += ui.LineHeight(FontRole::WallBold);
    LabelAt(ui, ImVec2(x, y), Fit(ui, context.hostAddress, FontRole::Display, width),
            FontRole::Display, palette::kPrimaryDark);
    y += ui.LineHeight(FontRole::Display);
  }
  return y;
}

// The code in giant letters at (x, y) in its framed box; returns the box's lower right corner.
ImVec2 JoinCodeBox(Ui& ui, const core::View& view, float x, float y) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 code = Measure(ui, view.joinCode, FontRole::Giant);
  const ImVec2 codeMin(x, y);
  const ImVec2 codeMax(x + code.x + ui.Px(80), y + code.y + ui.Px(24));
  draw->AddRectFilled(codeMin, codeMax, palette::kBackground, ui.Px(28));
  draw->AddRect(codeMin, codeMax, palette::kPrimary, ui.Px(28), 0, ui.Px(5));
  LabelAt(ui, ImVec2(x + ui.Px(40), y + ui.Px(12)), view.joinCode, FontRole::Giant, palette::kInk);
  return codeMax;
}

// Beside the code, between besideX and right: its label, and "locked" when nobody new may join.
void JoinCodeLabel(Ui& ui, const core::View& view, float besideX, float right, float y) {
  const float besideWidth = right - ui.Px(40) - besideX;
  float by = y;
  if (besideWidth > ui.Px(120)) {
    LabelAt(ui, ImVec2(besideX, by), Fit(ui, ui.T(Str::JoinCode), FontRole::WallBold, besideWidth),
            FontRole::WallBold, palette::kMuted);
    by += ui.LineHeight(FontRole::WallBold) + ui.Px(8);
    if (view.locked) {
      LabelAt(ui, ImVec2(besideX, by), Fit(ui, ui.T(Str::Locked), FontRole::WallBold, besideWidth),
              FontRole::WallBold, palette::kWarm);
    }
  }
}

// How to join, in the lower half: where to go (the browser's URL, else the host's address) and
// the code on the left, the QR code at the right; nothing reaches past the panel.
void JoinPanel(Ui& ui, const core::View& view, const ScreenContext& context, Box panel) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(panel.x0, panel.y0), ImVec2(panel.x1, panel.y1), palette::kSurface,
                      ui.Px(32));
  draw->AddRect(ImVec2(panel.x0, panel.y0), ImVec2(panel.x1, panel.y1), palette::kPrimary,
                ui.Px(32), 0, ui.Px(4));
  const float pad = ui.Px(28);
  const float inner = panel.Height() - 2 * pad * 0.7f;
  const BrowserJoin& join = context.browserJoin;
  // The QR code at the right, about a third of the screen high (not while locked: nobody new may
  // join).
  const bool scan = !view.locked && !join.url.empty();
  const float side =
      scan ? QrCodeSide(join.code, std::min(ImGui::GetIO().DisplaySize.y * 0.36f, inner)) : 0.0f;
  const float right = panel.x1 - pad - side;
  if (side > 0)
    DrawQrCode(ui, join.code, ImVec2(right, panel.y0 + (panel.Height() - side) / 2), side);
  const float x = panel.x0 + pad;
  const float width = right - ui.Px(40) - x;
  const float y = JoinWhere(ui, context, scan, x, panel.y0 + pad * 0.7f, width) + ui.Px(14);
  // The code in giant letters, its label and the session key beside it.
  const ImVec2 codeMax = JoinCodeBox(ui, view, x, y);
  JoinCodeLabel(ui, view, codeMax.x + ui.Px(32), right, y);
  if (scan && !join.key.empty()) {
    // What a device shows of the host it reached, for anyone who wants to compare.
    const std::string key = std::string(ui.T(Str::SessionKey)) + " " + join.key;
    const float keyY = codeMax.y + ui.Px(8);
    if (keyY + Measure(ui, key, FontRole::Wall, width).y <= panel.y1 - pad * 0.3f) {
      LabelAt(ui, ImVec2(x, keyY), key, FontRole::Wall, palette::kMuted, width);
    }
  }
}

}  // namespace

void DrawBigLobby(Ui& ui, const core::View& view, const ScreenContext& context) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float margin = ui.Px(40);
  LabelAt(ui, ImVec2(margin, margin),
          Fit(ui, view.sessionName, FontRole::Display, size.x - 2 * margin), FontRole::Display,
          palette::kInk);
  // The lower half tells how to join; the upper half shows who is here.
  const Box panel{margin, size.y * 0.5f, size.x - margin, size.y - margin * 0.6f};
  float peopleBottom = panel.y0 - ui.Px(16);
  if (const core::MessageView* message = FreshMessage(ui, view, 120 * core::kSecond)) {
    const float height =
        Measure(ui, message->text, FontRole::WallBold, size.x - 2 * margin - ui.Px(40)).y +
        ui.Px(24);
    peopleBottom -= height + ui.Px(10);
    ImGui::SetCursorScreenPos(ImVec2(margin, peopleBottom + ui.Px(10)));
    ui.BeginColumn(size.x - 2 * margin);
    Banner(ui, message->text, palette::kCalmSoft, palette::kInk, FontRole::WallBold);
    ui.EndColumn();
  }
  const float top = margin + ui.LineHeight(FontRole::Display) + ui.Px(16);
  People(ui, view, ImVec2(margin, top), ImVec2(size.x - 2 * margin, peopleBottom - top));
  JoinPanel(ui, view, context, panel);
}

}  // namespace spirit::client
