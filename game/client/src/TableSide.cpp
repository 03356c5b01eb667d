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

void DrawPassTheTablet(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  if (view.devicePlayers.size() < 2) return;
  // Who still has to choose on this tablet, so it goes round before the reveal.
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
  // After the reveal the storyteller finishes the card: the tablet says to whom it goes.
  core::ParticipantId next = 0;
  if (view.table && view.table->card && !HiddenPhase(*view.table) &&
      view.table->active != frame.me.id && OnThisTablet(view, view.table->active)) {
    next = view.table->active;
  }
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ui.Px(72);
  ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height),
                                            palette::kCalmSoft, ui.Px(14));
  const float y = origin.y + (height - ui.Px(56)) / 2;
  const std::string label = ui.T(Str::PassTabletTo);
  LabelAt(ui,
          ImVec2(origin.x + ui.Px(18), origin.y + (height - ui.LineHeight(FontRole::BodyBold)) / 2),
          label, FontRole::BodyBold, palette::kInk);
  float x = origin.x + ui.Px(36) + Measure(ui, label, FontRole::BodyBold).x;
  for (const core::MemberView& player : view.devicePlayers) {
    if (player.id == frame.me.id || !Listed(frame.Moves().handTo, player.id)) continue;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (Button(ui, player.name,
               {.look = player.id == next ? Look::Primary : Look::Secondary,
                .id = "hand-to-" + std::to_string(player.id)})) {
      frame.Act(core::act::HandDeviceTo{player.id});
    }
    x += ButtonWidth(ui, player.name) + ImGui::GetStyle().ItemSpacing.x;
  }
  if (!waiting.empty() || next != 0) {
    const std::string text = next != 0 ? ui.F(Str::HandToStoryteller, {SeatName(*view.table, next)})
                                       : ui.F(Str::StillToAnswer, {waiting});
    const float room = origin.x + width - x - ui.Px(18);
    if (room > ui.Px(120)) {
      LabelAt(ui, ImVec2(x + ui.Px(8), origin.y + (height - ui.LineHeight(FontRole::Body)) / 2),
              Fit(ui, text, FontRole::Body, room), FontRole::Body, palette::kInk);
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height + ui.Px(10)));
  ImGui::Dummy(ImVec2(0, 0));
}

void DrawActionBar(ParticipantFrame& frame, float height) {
  Ui& ui = frame.ui;
  const core::TableView& table = *frame.view.table;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(origin.x, origin.y + ui.Px(4)),
                                      ImVec2(origin.x + width, origin.y + ui.Px(4)), palette::kLine,
                                      ui.Px(1.5f));
  const float buttonHeight = ui.Px(64);
  const float y = origin.y + (height - buttonHeight) / 2 + ui.Px(2);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const bool acting = frame.Acting();
  const core::Moves& moves = frame.Moves();
  if (table.card) {
    const core::CardView& card = *table.card;
    const std::string& id = card.card.id;
    const bool passShown = moves.pass.Allowed();
    const bool revealShown = moves.reveal.Allowed();
    float passWidth = passShown ? ui.Px(150) : 0;
    float revealWidth = revealShown ? std::max(ui.Px(200), ButtonWidth(ui, ui.T(Str::Reveal))) : 0;
    float doneWidth = acting ? ui.Px(200) : 0;
    // On a narrow phone the buttons share the row rather than overlap.
    const float gaps = gap * float(int(passShown) + int(revealShown) + int(acting) - 1);
    const float needed = passWidth + revealWidth + doneWidth;
    if (needed > 0 && needed + gaps > width) {
      const float fit = std::max(0.0f, width - gaps) / needed;
      passWidth *= fit;
      revealWidth *= fit;
      doneWidth *= fit;
    }
    if (passShown) {
      ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
      if (Button(ui, ui.T(Str::Pass),
                 {.look = Look::Quiet, .width = passWidth, .height = buttonHeight, .id = "pass"})) {
        frame.Act(core::act::Pass{id});
      }
    }
    if (acting) {
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
  } else if (moves.draw.Allowed() && moves.drawFor != frame.me.id) {
    // The storyteller shares this tablet: one tap draws for them, and the tablet is theirs.
    const std::string label = ui.F(Str::DrawCardFor, {SeatName(table, moves.drawFor)});
    const float drawWidth =
        std::min(width, std::max(ui.Px(260), ButtonWidth(ui, label, FontRole::LargeBold)));
    ImGui::SetCursorScreenPos(ImVec2(origin.x + width - drawWidth, y));
    if (Button(ui, label,
               {.look = Look::Primary,
                .width = drawWidth,
                .height = buttonHeight,
                .font = FontRole::LargeBold,
                .id = "draw"})) {
      frame.Act(core::act::Draw{});
    }
  } else if (!acting && !table.finished) {
    const std::string waiting = ui.F(Str::WaitingForDraw, {SeatName(table, table.active)});
    LabelAt(
        ui,
        ImVec2(origin.x, origin.y + (height - ui.LineHeight(FontRole::LargeBold)) / 2 + ui.Px(2)),
        Fit(ui, waiting, FontRole::LargeBold, width), FontRole::LargeBold, palette::kMuted);
  } else if (moves.draw.Allowed()) {
    const float drawWidth =
        std::max(ui.Px(260), ButtonWidth(ui, ui.T(Str::DrawCard), FontRole::LargeBold));
    ImGui::SetCursorScreenPos(ImVec2(origin.x + width - drawWidth, y));
    if (Button(ui, ui.T(Str::DrawCard),
               {.look = Look::Primary,
                .width = drawWidth,
                .height = buttonHeight,
                .font = FontRole::LargeBold,
                .id = "draw"})) {
      frame.Act(core::act::Draw{});
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace spirit::client
