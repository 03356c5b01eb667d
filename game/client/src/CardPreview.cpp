// A card as a participant's tablet shows it, for deck authors: the participant's own top bar, card
// face, answer controls, table side and action bar, over an example table that just drew the card.
#include "spirit/client/CardPreview.h"

#include <memory>

#include "ParticipantFrame.h"
#include "spirit/core/CardPhases.h"

namespace spirit::client {

namespace {

constexpr core::ParticipantId kViewer = 1;
constexpr core::ParticipantId kReader = 2;

// An example table of four in the middle of a round, the card just drawn, as plain session data.
// The viewer draws resource cards (so the author sees the giving controls); any other card was
// drawn by a teammate. The pile's cards are never shown, so they need no faces.
core::SessionState ExampleTable(const core::Card& card, core::Language language) {
  const bool viewerReads = card.type == core::CardType::Resource;
  const core::ParticipantId reader = viewerReads ? kViewer : kReader;
  auto deck = std::make_shared<core::Deck>();
  deck->id = "preview";
  deck->title = {"Voorbeeld", "Preview"};
  deck->cards = {card};
  core::SessionState state;
  state.phase = core::SessionPhase::Rounds;
  state.stations = {deck};
  state.harvests.resize(1);
  state.timer.remaining = 11 * 60 * core::kSecond;
  core::Group group;
  const char* names[] = {"Anouk", "Bram", "Carlijn", "Daan"};
  for (core::ParticipantId id = 1; id <= 4; ++id) {
    core::Participant person;
    person.id = id;
    person.name = names[id - 1];
    person.device = id;
    person.group = 0;
    person.language = language;
    state.participants.push_back(person);
    state.devices.push_back({.id = id, .players = {id}, .holder = id});
    group.seats.push_back(id);
  }
  group.table.station = 0;
  group.table.active = reader;
  group.table.pile.assign(20, std::string());
  group.table.played.assign(3, std::string());
  core::CardInPlay play;
  play.cardId = card.id;
  play.reader = reader;
  play.phase = core::OpeningPhase(card);
  group.table.card = play;
  state.groups.push_back(group);
  return state;
}

// What the viewer's tablet shows at the example table: the core's own view of it, what they may
// do included, with a round of four on the clock.
core::View ExampleView(const core::Card& card, core::Language language) {
  core::View view = core::ViewFor(ExampleTable(card, language), core::Viewer::OfDevice(kViewer));
  view.timer = {.round = 0,
                .rounds = 4,
                .remaining = 11 * 60 * core::kSecond,
                .roundLength = 15 * 60 * core::kSecond};
  return view;
}

// The participant's tab row, as the carousel shows it with the table page open.
void DrawTabRow(Ui& ui) {
  const Str tabs[] = {Str::TabTable, Str::TabPlan, Str::TabNotes, Str::TabMessages};
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float width = (ui.Avail() - gap * 3) / 4;
  for (int i = 0; i < 4; ++i) {
    if (i > 0) ImGui::SameLine();
    Button(ui, ui.T(tabs[i]),
           {.look = i == 0 ? Look::Primary : Look::Secondary,
            .width = width,
            .id = i == 3 ? std::string_view("tab-messages") : std::string_view()});
  }
}

// Whether the last item ends inside the visible part of the current scroll area.
bool LastItemShown() {
  return ImGui::GetItemRectMax().y <= ImGui::GetWindowPos().y + ImGui::GetWindowHeight() + 0.5f;
}

// The table page: the card on the left and its controls on the right, or stacked when upright.
// Returns whether the card and its controls fit without scrolling.
bool DrawTablePage(ParticipantFrame& frame, const core::CardView& card, bool landscape) {
  Ui& ui = frame.ui;
  const float barHeight = ActionBarHeight(frame);
  const float bodyHeight = ImGui::GetContentRegionAvail().y - barHeight;
  bool fits = true;
  if (landscape) {
    const float gap = ui.Px(20);
    const float mainWidth = (ImGui::GetContentRegionAvail().x - gap) * 0.52f;
    const float sideWidth = ImGui::GetContentRegionAvail().x - mainWidth - gap;
    BeginScroll(ui, "main", ImVec2(mainWidth, bodyHeight));
    DrawCardFace(frame, card);
    fits = LastItemShown();
    Gap(ui, 12);
    EndScroll(ui);
    ImGui::SameLine(0, gap);
    BeginScroll(ui, "side", ImVec2(sideWidth, bodyHeight));
    DrawCardControls(frame, card);
    fits = fits && LastItemShown();
    Gap(ui, 10);
    DrawTableSide(frame);
    Gap(ui, 12);
    EndScroll(ui);
  } else {
    BeginScroll(ui, "main", ImVec2(ImGui::GetContentRegionAvail().x, bodyHeight));
    DrawCardFace(frame, card);
    Gap(ui, 6);
    DrawCardControls(frame, card);
    fits = LastItemShown();
    Gap(ui, 10);
    DrawTableSide(frame);
    Gap(ui, 12);
    EndScroll(ui);
  }
  DrawActionBar(frame, barHeight);
  return fits;
}

}  // namespace

bool DrawCardPreview(Ui& ui, const core::Card& card, core::Language language, ImVec2 size) {
  const core::View view = ExampleView(card, language);
  const ScreenContext context;
  ParticipantUiState state;
  std::optional<Intent> ignored;
  const core::Language before = ui.Language();
  ui.SetLanguage(language);
  ImGui::PushID(&card);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::kBackground);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Px(24), ui.Px(20)));
  ImGui::BeginChild("card-preview", size, false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ParticipantFrame frame{ui, view, context, state, *view.me, ignored};
  DrawParticipantTopBar(frame);
  DrawTabRow(ui);
  const bool fits = DrawTablePage(frame, *view.table->card, size.x > size.y);
  ImGui::EndChild();
  ImGui::PopID();
  ui.SetLanguage(before);
  return fits;
}

}  // namespace spirit::client
