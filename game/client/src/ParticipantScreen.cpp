// The participant's tablet: picks the page for the view and lays out the carousel.
#include "spirit/client/ParticipantScreen.h"

#include "ParticipantFrame.h"

namespace spirit::client {

namespace {

// The tab row: table, plan, notes, messages (with a count of unread messages).
void DrawTabs(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const std::size_t unseen = frame.view.messages.size() > frame.state.messagesSeen
                                 ? frame.view.messages.size() - frame.state.messagesSeen
                                 : 0;
  const std::string messages =
      unseen > 0 ? std::string(ui.T(Str::TabMessages)) + " (" + std::to_string(unseen) + ")"
                 : std::string(ui.T(Str::TabMessages));
  const struct {
    ParticipantTab tab;
    std::string label;
  } tabs[] = {{ParticipantTab::Table, ui.T(Str::TabTable)},
              {ParticipantTab::Plan, ui.T(Str::TabPlan)},
              {ParticipantTab::Notes, ui.T(Str::TabNotes)},
              {ParticipantTab::Messages, messages}};
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  // One row of four when every label fits its quarter, else two rows of two (a phone).
  // The messages tab counts as its widest, with an unread count, so a new message never re-rows
  // them.
  // The open tab has a check mark besides its fill, so every tab keeps room for one.
  const std::string check = "✓ ";
  bool oneRow =
      ButtonWidth(ui, check + ui.T(Str::TabMessages) + " (99)") <= (ui.Avail() - gap * 3) / 4;
  for (const auto& each : tabs)
    oneRow &= ButtonWidth(ui, check + each.label) <= (ui.Avail() - gap * 3) / 4;
  // Large text on a phone: even two to a row do not fit, so each tab takes a row.
  const float half = (ui.Avail() - gap) / 2;
  auto fitsHalf = [&](const std::string& label) {
    return Measure(ui, label, FontRole::BodyBold).x + ui.Px(22) <= half;
  };
  bool twoRows = fitsHalf(check + ui.T(Str::TabMessages)) &&
                 fitsHalf(std::string(ui.T(Str::TabMessages)) + " (99)");
  for (const auto& each : tabs) twoRows &= fitsHalf(check + each.label);
  const int perRow = oneRow ? 4 : twoRows ? 2 : 1;
  const float width = (ui.Avail() - gap * float(perRow - 1)) / float(perRow);
  for (int i = 0; i < 4; ++i) {
    if (i % perRow != 0) ImGui::SameLine();
    const bool open = frame.state.tab == tabs[i].tab;
    ButtonSpec spec;
    spec.look = open ? Look::Primary : Look::Secondary;
    spec.checked = open;
    spec.width = width;
    spec.id = i == 3 ? std::string_view("tab-messages") : std::string_view();
    if (Button(ui, tabs[i].label, spec)) frame.state.tab = tabs[i].tab;
  }
  if (frame.state.tab == ParticipantTab::Messages)
    frame.state.messagesSeen = frame.view.messages.size();
}

// The table page: the card (or the station intro) and the table beside or below it.
void DrawTablePage(ParticipantFrame& frame, float height) {
  Ui& ui = frame.ui;
  const core::TableView& table = *frame.view.table;
  const float barHeight = ActionBarHeight(frame);
  const float top = ImGui::GetCursorPosY();
  DrawPassTheTablet(frame);
  const float bodyHeight = height - barHeight - (ImGui::GetCursorPosY() - top);
  // Landscape: the card on the left, its controls and the table on the right. Portrait: stacked.
  auto cardSide = [&] {
    if (table.card) {
      DrawCardFace(frame, *table.card);
    } else {
      DrawStationIntro(frame);
    }
  };
  auto answerSide = [&] {
    if (table.card) {
      DrawCardControls(frame, *table.card);
      Gap(ui, 10);
    } else {
      DrawEarlierInsights(frame);
      Gap(ui, 10);
    }
    DrawTableSide(frame);
    Gap(ui, 12);
  };
  if (frame.Landscape()) {
    const float gap = ui.Px(20);
    const float mainWidth = (ImGui::GetContentRegionAvail().x - gap) * 0.52f;
    const float sideWidth = ImGui::GetContentRegionAvail().x - mainWidth - gap;
    BeginScroll(ui, "main", ImVec2(mainWidth, bodyHeight));
    cardSide();
    Gap(ui, 12);
    EndScroll(ui);
    ImGui::SameLine(0, gap);
    BeginScroll(ui, "side", ImVec2(sideWidth, bodyHeight));
    answerSide();
    EndScroll(ui);
  } else {
    BeginScroll(ui, "main", ImVec2(ImGui::GetContentRegionAvail().x, bodyHeight));
    cardSide();
    Gap(ui, 6);
    answerSide();
    EndScroll(ui);
  }
  DrawActionBar(frame, barHeight);
}

void DrawRounds(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  DrawParticipantTopBar(frame);
  DrawTabs(frame);
  DrawParticipantBanners(frame);
  const float height = ImGui::GetContentRegionAvail().y;
  if (!frame.view.table) {
    DrawParticipantLobby(frame);
    return;
  }
  switch (frame.state.tab) {
    case ParticipantTab::Table:
      DrawTablePage(frame, height);
      break;
    case ParticipantTab::Plan:
      BeginScroll(ui, "plan", ImVec2(ImGui::GetContentRegionAvail().x, height));
      DrawPlanPage(frame);
      EndScroll(ui);
      break;
    case ParticipantTab::Notes:
      BeginScroll(ui, "notes", ImVec2(ImGui::GetContentRegionAvail().x, height));
      DrawNotesPage(frame);
      EndScroll(ui);
      break;
    case ParticipantTab::Messages:
      BeginScroll(ui, "messages", ImVec2(ImGui::GetContentRegionAvail().x, height));
      DrawMessagesPage(frame);
      EndScroll(ui);
      break;
  }
}

}  // namespace

std::string SeatName(const core::TableView& table, core::ParticipantId id) {
  for (const core::SeatView& seat : table.seats) {
    if (seat.id == id) return seat.name;
  }
  return {};
}

std::optional<Intent> DrawParticipantScreen(Ui& ui, const core::View& view,
                                            const ScreenContext& context,
                                            ParticipantUiState& state) {
  std::optional<Intent> out;
  BeginScreen(ui, "participant", view.handover ? palette::kCalmSoft : palette::kBackground);
  if (view.handover) {
    ui.SetLanguage(view.language);
    DrawHandoverScreen(ui, *view.handover, out);
  } else if (!view.me) {
    ui.SetLanguage(state.join.language);
    DrawJoinScreen(ui, context, state, out);
  } else {
    ui.SetLanguage(view.language);
    ParticipantFrame frame{ui, view, context, state, *view.me, out};
    switch (view.phase) {
      case core::SessionPhase::Lobby:
        DrawParticipantLobby(frame);
        break;
      case core::SessionPhase::Rounds:
        DrawRounds(frame);
        break;
      case core::SessionPhase::Plenary:
        DrawParticipantPlenary(frame);
        break;
      case core::SessionPhase::Closed:
        DrawParticipantClosed(frame);
        break;
    }
  }
  EndScreen();
  return out;
}

}  // namespace spirit::client
