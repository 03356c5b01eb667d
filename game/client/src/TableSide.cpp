// Beside the card: who is at the table, passing a table tablet, the meter, leaving an insight.
#include <algorithm>

#include "ParticipantFrame.h"
#include "spirit/core/CardPhases.h"

namespace spirit::client {

namespace {

// Whether a player is one of those sharing this tablet.
bool OnThisTablet(const core::View& view, core::ParticipantId player) {
  return std::any_of(view.devicePlayers.begin(), view.devicePlayers.end(),
                     [&](const core::MemberView& each) { return each.id == player; });
}

bool HiddenPhase(const core::TableView& table) {
  return table.card && core::HidesAnswers(table.card->phase);
}

void Seats(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::TableView& table = *frame.view.table;
  Label(ui, ui.T(Str::AtYourTable), FontRole::LargeBold, palette::kInk);
  for (const core::SeatView& seat : table.seats) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float dot = ui.Px(7);
    const float lineHeight = ui.LineHeight(FontRole::BodyBold);
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(at.x + dot, at.y + lineHeight / 2 + ui.Px(5)), dot,
        !seat.present ? palette::kAway : (seat.active ? palette::kPrimary : palette::kLine), 24);
    ImGui::SetCursorScreenPos(ImVec2(at.x + dot * 3, at.y + ui.Px(5)));
    const bool me = seat.id == frame.me.id;
    Label(ui, me ? seat.name + " (" + ui.T(Str::YouChose) + ")" : seat.name,
          seat.active ? FontRole::BodyBold : FontRole::Body,
          seat.present ? palette::kInk : palette::kAway);
    auto badge = [&](Str text, Colour fill, Colour ink) {
      ImGui::SameLine();
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ui.Px(3));
      Pill(ui, ui.T(text), fill, ink);
    };
    if (seat.active) badge(Str::TurnBadge, palette::kPrimary, palette::kOnPrimary);
    if (!seat.present) badge(Str::Away, palette::kSunken, palette::kMuted);
    if (seat.passed) badge(Str::PassedBadge, palette::kSunken, palette::kMuted);
    if (seat.answered && HiddenPhase(table))
      badge(Str::ChosenBadge, palette::kPrimarySoft, palette::kPrimaryDark);
    if (seat.recognised) badge(Str::RecognisedBadge, palette::kPrimarySoft, palette::kPrimaryDark);
  }
}

void Meter(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::MeterView& meter = frame.view.table->meter;
  if (!meter.enabled) return;
  Gap(ui, 8);
  Label(ui, ui.T(Str::Meter), FontRole::BodyBold, palette::kInk);
  const int most = std::max({1, meter.load, meter.capacity});
  const float width = ui.Avail();
  auto bar = [&](Str name, int value, Colour colour) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const std::string label = std::string(ui.T(name)) + "  " + std::to_string(value);
    const float labelWidth = width * 0.45f;
    LabelAt(ui, at, label, FontRole::Body, palette::kInk);
    const float x0 = at.x + labelWidth;
    const float x1 = at.x + width;
    const float height = ui.Px(16);
    const float y = at.y + (ui.LineHeight(FontRole::Body) - height) / 2;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + height), palette::kSunken, height / 2);
    if (value > 0) {
      draw->AddRectFilled(ImVec2(x0, y),
                          ImVec2(x0 + (x1 - x0) * float(value) / float(most), y + height), colour,
                          height / 2);
    }
    ImGui::Dummy(ImVec2(width, ui.LineHeight(FontRole::Body) + ui.Px(4)));
  };
  bar(Str::Load, meter.load, palette::kWarm);
  bar(Str::Capacity, meter.capacity, palette::kPrimary);
  if (!meter.movers.empty() && frame.view.table->finished) {
    std::string names;
    for (const core::Text& title : meter.movers) names += (names.empty() ? "" : ", ") + ui.T(title);
    Paragraph(ui, ui.F(Str::MovedBy, {names}), FontRole::Small, palette::kMuted);
  }
}

void InsightComposer(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  ParticipantUiState& state = frame.state;
  const core::TableView& table = *frame.view.table;
  for (const core::InsightView& insight : table.ourInsights) {
    if (insight.mine) SettleSent(state.insight, state.insightSent, insight.text);
  }
  Gap(ui, 8);
  Label(ui, ui.T(Str::AddInsight), FontRole::BodyBold, palette::kInk);
  const bool entered =
      TextField(ui, "insight", ui.T(Str::InsightHint), state.insight, core::kMaxInsightLength);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  // Equal thirds when both choices fit one with the check mark; otherwise the choices as wide as
  // their labels and the rest for "add" (equal thirds again when even that does not fit).
  const std::string named = ui.T(Str::WithName);
  const std::string anonymous = ui.T(Str::Anonymous);
  const float third = (ui.Avail() - gap * 2) / 3;
  float namedWidth = ButtonWidth(ui, "✓ " + named, FontRole::Body);
  float anonymousWidth = ButtonWidth(ui, "✓ " + anonymous, FontRole::Body);
  float addWidth = ui.Avail() - namedWidth - anonymousWidth - gap * 2;
  if (std::max(namedWidth, anonymousWidth) <= third ||
      addWidth < ButtonWidth(ui, ui.T(Str::Send))) {
    namedWidth = anonymousWidth = addWidth = third;
  }
  if (Button(ui, named,
             {.width = namedWidth,
              .font = FontRole::Body,
              .selected = !state.insightAnonymous,
              .id = "named"})) {
    state.insightAnonymous = false;
  }
  ImGui::SameLine();
  if (Button(ui, anonymous,
             {.width = anonymousWidth,
              .font = FontRole::Body,
              .selected = state.insightAnonymous,
              .id = "anonymous"})) {
    state.insightAnonymous = true;
  }
  ImGui::SameLine();
  const bool pending = !state.insightSent.empty() && state.insight == state.insightSent;
  const bool ready = !IsBlank(state.insight) && !pending;
  if ((Button(ui, ui.T(Str::Send),
              {.look = Look::Primary, .width = addWidth, .enabled = ready, .id = "send-insight"}) ||
       entered) &&
      ready) {
    const std::string cardId = table.card ? table.card->card.id : std::string();
    frame.Act(core::act::AddInsight{state.insight, state.insightAnonymous, cardId});
    state.insightSent = state.insight;
  }
  if (!table.ourInsights.empty()) {
    Gap(ui, 6);
    Label(ui, ui.T(Str::OurInsights), FontRole::BodyBold, palette::kMuted);
    for (const core::InsightView& insight : table.ourInsights) DrawInsight(frame, insight, false);
  }
}

}  // namespace

void DrawTableSide(ParticipantFrame& frame) {
  Seats(frame);
  Meter(frame);
  InsightComposer(frame);
}

namespace {

// Who still has to choose on this tablet, so it goes round before the reveal.
std::string StillWaiting(const core::View& view) {
  std::string waiting;
  if (view.table && HiddenPhase(*view.table)) {
    const core::TableView& table = *view.table;
    for (const core::MemberView& player : view.devicePlayers) {
      for (const core::SeatView& seat : table.seats) {
        if (seat.id == player.id && seat.awaited) {
          waiting += (waiting.empty() ? "" : ", ") + seat.name;
        }
      }
    }
  }
  return waiting;
}

// After the reveal the storyteller finishes the card: the one on this tablet it goes to, or 0.
core::ParticipantId NextStoryteller(const ParticipantFrame& frame) {
  const core::View& view = frame.view;
  core::ParticipantId next = 0;
  if (view.table && view.table->card && !HiddenPhase(*view.table) &&
      view.table->active != frame.me.id && OnThisTablet(view, view.table->active)) {
    next = view.table->active;
  }
  return next;
}

// How many rows the names take below "pass the tablet to" in a bar this wide.
int PassRows(Ui& ui, const std::vector<const core::MemberView*>& players, float width,
             float spacing) {
  int rows = 1;
  float left = width - ui.Px(36);
  for (const core::MemberView* player : players) {
    const float w = ButtonWidth(ui, player->name);
    if (w > left && left < width - ui.Px(36)) {
      ++rows;
      left = width - ui.Px(36);
    }
    left -= w + spacing;
  }
  return rows;
}

// Beside the names, at `at` in a bar this high: to whom the tablet goes next, or who still has to
// answer, when there is room for it.
void PassHint(Ui& ui, const core::View& view, const std::string& waiting, core::ParticipantId next,
              ImVec2 at, float room, float height) {
  const std::string text = next != 0 ? ui.F(Str::HandToStoryteller, {SeatName(*view.table, next)})
                                     : ui.F(Str::StillToAnswer, {waiting});
  if (room > ui.Px(120)) {
    LabelAt(ui, ImVec2(at.x + ui.Px(8), at.y + (height - ui.LineHeight(FontRole::Body)) / 2),
            Fit(ui, text, FontRole::Body, room), FontRole::Body, palette::kInk);
  }
}

}  // namespace

void DrawPassTheTablet(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  if (view.devicePlayers.size() < 2) return;
  const std::string waiting = StillWaiting(view);
  const core::ParticipantId next = NextStoryteller(frame);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const std::string label = ui.T(Str::PassTabletTo);
  std::vector<const core::MemberView*> players;
  float namesWidth = 0;
  for (const core::MemberView& player : view.devicePlayers) {
    if (player.id == frame.me.id || !Listed(frame.Moves().handTo, player.id)) continue;
    players.push_back(&player);
    namesWidth += ButtonWidth(ui, player.name) + spacing;
  }
  // The names beside "pass the tablet to" when they fit; else (large text on a phone) the words
  // on a line of their own and the names below, as many rows as they need.
  const float labelWidth = Measure(ui, label, FontRole::BodyBold).x;
  const bool beside = ui.Px(36) + labelWidth + namesWidth <= width - ui.Px(18);
  const float rowHeight = ui.Px(56) + ui.Px(8);
  const int rows = beside ? 1 : PassRows(ui, players, width, spacing);
  const float labelLine = beside ? 0 : ui.LineHeight(FontRole::BodyBold) + ui.Px(14);
  const float height = beside ? ui.Px(72) : labelLine + float(rows) * rowHeight + ui.Px(10);
  ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height),
                                            palette::kCalmSoft, ui.Px(14));
  LabelAt(ui,
          ImVec2(origin.x + ui.Px(18),
                 beside ? origin.y + (height - ui.LineHeight(FontRole::BodyBold)) / 2
                        : origin.y + ui.Px(10)),
          label, FontRole::BodyBold, palette::kInk);
  const float startX = beside ? origin.x + ui.Px(36) + labelWidth : origin.x + ui.Px(18);
  float x = startX;
  float y = beside ? origin.y + (height - ui.Px(56)) / 2 : origin.y + labelLine;
  for (const core::MemberView* player : players) {
    const float w = ButtonWidth(ui, player->name);
    if (!beside && x > startX && x + w > origin.x + width - ui.Px(18)) {
      x = startX;
      y += rowHeight;
    }
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (Button(ui, player->name,
               {.look = player->id == next ? Look::Primary : Look::Secondary,
                .id = "hand-to-" + std::to_string(player->id)})) {
      frame.Act(core::act::HandDeviceTo{player->id});
    }
    x += w + spacing;
  }
  if (beside && (!waiting.empty() || next != 0)) {
    PassHint(ui, view, waiting, next, ImVec2(x, origin.y), origin.x + width - x - ui.Px(18),
             height);
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height + ui.Px(10)));
  ImGui::Dummy(ImVec2(0, 0));
}

namespace {

// The widths of the action bar's buttons on a card, and whether they take two rows: each at least
// as wide as its label (large text), sharing the row when they fit, else "pass" on a row of its
// own above the other two (large text on a phone), shrunk only when even that does not fit.
struct BarLayout {
  float pass = 0;
  float reveal = 0;
  float done = 0;
  bool twoRows = false;
};

BarLayout ActionBarLayout(ParticipantFrame& frame, float width) {
  Ui& ui = frame.ui;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const core::Moves& moves = frame.Moves();
  const bool acting = frame.Acting();
  BarLayout bar;
  if (!frame.view.table || !frame.view.table->card) return bar;
  const bool passShown = moves.pass.Allowed();
  const bool revealShown = moves.reveal.Allowed();
  bar.pass = passShown ? std::max(ui.Px(150), ButtonWidth(ui, ui.T(Str::Pass))) : 0;
  bar.reveal = revealShown ? std::max(ui.Px(200), ButtonWidth(ui, ui.T(Str::Reveal))) : 0;
  bar.done = acting ? std::max(ui.Px(200), ButtonWidth(ui, ui.T(Str::Done))) : 0;
  const int right = int(revealShown) + int(acting);
  const float rightWidth = bar.reveal + bar.done + gap * float(std::max(0, right - 1));
  const float all = bar.pass + rightWidth + (passShown && right > 0 ? gap : 0);
  // Shrunk to share one row, would a label be cut? Then two rows.
  if (all > width && passShown && right > 0) {
    const float gaps = all - bar.pass - bar.reveal - bar.done;
    const float share = std::max(0.0f, width - gaps) / (all - gaps);
    auto cut = [&](float shown, Str label) {
      return shown > 0 &&
             shown * share < Measure(ui, ui.T(label), FontRole::BodyBold).x + ui.Px(24);
    };
    bar.twoRows =
        cut(bar.pass, Str::Pass) || cut(bar.reveal, Str::Reveal) || cut(bar.done, Str::Done);
  }
  // What still does not fit shares its row.
  auto fit = [](float& a, float& b, float room) {
    const float needed = a + b;
    if (needed <= room || needed <= 0) return;
    const float share = std::max(0.0f, room) / needed;
    a *= share;
    b *= share;
  };
  if (bar.twoRows) {
    bar.pass = std::min(bar.pass, width);
    fit(bar.reveal, bar.done, width - gap * float(std::max(0, right - 1)));
  } else if (all > width) {
    float rest = bar.reveal + bar.done;
    float pass = bar.pass;
    fit(pass, rest, width - (all - bar.pass - bar.reveal - bar.done));
    const float share = bar.reveal + bar.done > 0 ? rest / (bar.reveal + bar.done) : 1.0f;
    bar.pass = pass;
    bar.reveal *= share;
    bar.done *= share;
  }
  return bar;
}

}  // namespace

float ActionBarHeight(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const bool twoRows = ActionBarLayout(frame, ImGui::GetContentRegionAvail().x).twoRows;
  return ui.Px(88) + (twoRows ? ui.Px(64) + ImGui::GetStyle().ItemSpacing.y : 0.0f);
}

namespace {

// On a card: "pass" at the left (on a row of its own above when the bar takes two rows), and for
// the one acting "reveal" and "done" at the right, from y down.
void CardButtons(ParticipantFrame& frame, const core::CardView& card, const BarLayout& bar,
                 ImVec2 origin, float width, float y, float buttonHeight) {
  Ui& ui = frame.ui;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const bool acting = frame.Acting();
  const core::Moves& moves = frame.Moves();
  const std::string& id = card.card.id;
  const bool passShown = moves.pass.Allowed();
  const bool revealShown = moves.reveal.Allowed();
  const float passWidth = bar.pass;
  const float revealWidth = bar.reveal;
  const float doneWidth = bar.done;
  if (passShown) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    if (Button(ui, ui.T(Str::Pass),
               {.look = Look::Quiet, .width = passWidth, .height = buttonHeight, .id = "pass"})) {
      frame.Act(core::act::Pass{id});
    }
  }
  if (bar.twoRows) y += buttonHeight + ImGui::GetStyle().ItemSpacing.y;
  if (!acting) return;
  const bool doneReady = moves.done.Allowed();
  float x = origin.x + width - doneWidth;
  if (revealShown) {
    x -= revealWidth + gap;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (Button(ui, ui.T(Str::Reveal),
               {.look = Look::Primary,
                .width = revealWidth,
                .height = buttonHeight,
                .id = "reveal"})) {
      frame.Act(core::act::Reveal{id});
    }
    x += revealWidth + gap;
  }
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  if (Button(ui, ui.T(Str::Done),
             {.look = Look::Primary,
              .width = doneWidth,
              .height = buttonHeight,
              .enabled = doneReady,
              .id = "done"})) {
    frame.Act(core::act::Done{id});
  }
}

// A big "draw" button with this label, this wide, at the right end of the bar at y.
void DrawButton(ParticipantFrame& frame, const std::string& label, float drawWidth, ImVec2 origin,
                float width, float y, float buttonHeight) {
  Ui& ui = frame.ui;
  ImGui::SetCursorScreenPos(ImVec2(origin.x + width - drawWidth, y));
  if (Button(ui, label,
             {.look = Look::Primary,
              .width = drawWidth,
              .height = buttonHeight,
              .font = FontRole::LargeBold,
              .id = "draw"})) {
    frame.Act(core::act::Draw{});
  }
}

}  // namespace

void DrawActionBar(ParticipantFrame& frame, float height) {
  Ui& ui = frame.ui;
  const core::TableView& table = *frame.view.table;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(origin.x, origin.y + ui.Px(4)),
                                      ImVec2(origin.x + width, origin.y + ui.Px(4)), palette::kLine,
                                      ui.Px(1.5f));
  const float buttonHeight = ui.Px(64);
  const BarLayout bar = ActionBarLayout(frame, width);
  const float rowsHeight =
      bar.twoRows ? buttonHeight * 2 + ImGui::GetStyle().ItemSpacing.y : buttonHeight;
  const float y = origin.y + (height - rowsHeight) / 2 + ui.Px(2);
  const bool acting = frame.Acting();
  const core::Moves& moves = frame.Moves();
  if (table.card) {
    CardButtons(frame, *table.card, bar, origin, width, y, buttonHeight);
  } else if (moves.draw.Allowed() && moves.drawFor != frame.me.id) {
    // The storyteller shares this tablet: one tap draws for them, and the tablet is theirs.
    const std::string label = ui.F(Str::DrawCardFor, {SeatName(table, moves.drawFor)});
    const float drawWidth =
        std::min(width, std::max(ui.Px(260), ButtonWidth(ui, label, FontRole::LargeBold)));
    DrawButton(frame, label, drawWidth, origin, width, y, buttonHeight);
  } else if (!acting && !table.finished) {
    const std::string waiting = ui.F(Str::WaitingForDraw, {SeatName(table, table.active)});
    LabelAt(
        ui,
        ImVec2(origin.x, origin.y + (height - ui.LineHeight(FontRole::LargeBold)) / 2 + ui.Px(2)),
        Fit(ui, waiting, FontRole::LargeBold, width), FontRole::LargeBold, palette::kMuted);
  } else if (moves.draw.Allowed()) {
    const float drawWidth =
        std::max(ui.Px(260), ButtonWidth(ui, ui.T(Str::DrawCard), FontRole::LargeBold));
    DrawButton(frame, ui.T(Str::DrawCard), drawWidth, origin, width, y, buttonHeight);
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace spirit::client
