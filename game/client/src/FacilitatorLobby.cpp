// The facilitator in the lobby: settings, stations, people per group, lock and start.
#include <algorithm>

#include "FacilitatorParts.h"
#include "JoinInvite.h"

namespace spirit::client {

namespace {

void LoadDrafts(FacilitatorFrame& frame) {
  FacilitatorUiState& state = frame.state;
  const core::Settings& settings = frame.view.settings;
  // Take the view's settings when nothing was edited, or when they changed elsewhere.
  if (!state.draftLoaded || (state.draft == state.draftBase && !(settings == state.draftBase))) {
    state.draft = settings;
    state.draftBase = settings;
    state.draftLoaded = true;
  }
  if (!state.decksLoaded) {
    state.chosenDecks.clear();
    for (const core::StationView& station : frame.view.stations)
      state.chosenDecks.push_back(station.deckId);
    if (state.chosenDecks.empty()) {
      for (const auto& deck : frame.context.decks) state.chosenDecks.push_back(deck->id);
    }
    state.decksLoaded = true;
  }
}

// The settings' heading with "apply" beside it (the heading gives way in a narrow column), and
// "not applied" below while the draft differs from the session's settings.
void SettingsHeading(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  core::Settings& draft = frame.state.draft;
  // The heading with "apply" beside it, so applying never needs scrolling.
  const bool changed = !(draft == frame.view.settings);
  const std::string apply = ui.T(Str::ApplySettings);
  const float applyWidth = ButtonWidth(ui, apply);
  const float headingY = ImGui::GetCursorPosY();
  const std::string heading = ui.T(Str::SetUp);
  ImGui::PushFont(ui.Font(FontRole::LargeBold));
  const float headingWidth = ImGui::CalcTextSize(heading.c_str()).x;
  ImGui::PopFont();
  // In a narrow column the heading gives way to the button rather than sit under it.
  if (headingWidth + applyWidth + ui.Px(16) <= ui.Avail()) {
    ImGui::SetCursorPosY(headingY + ui.Px(14));
    Label(ui, heading, FontRole::LargeBold, palette::kInk);
    ImGui::SameLine();
  }
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + ui.Avail() - applyWidth, headingY));
  if (Button(ui, apply, {.look = Look::Primary, .enabled = changed, .id = "apply-settings"})) {
    frame.Act(core::act::Configure{draft});
    frame.state.draftBase = draft;
  }
  if (changed) Label(ui, ui.T(Str::NotApplied), FontRole::Body, palette::kWarm);
}

// How groups are made: by count or by size, and the stepper for the one chosen.
void GroupSettings(Ui& ui, core::Settings& draft) {
  Label(ui, ui.T(Str::Groups), FontRole::BodyBold, palette::kMuted);
  // Side by side, in a lighter font when the bold one does not fit; one above the other only when
  // neither does.
  FontRole choiceFont = FontRole::BodyBold;
  float half = ChoiceWidth(ui, {ui.T(Str::ByCount), ui.T(Str::BySize)}, choiceFont);
  if (half >= ui.Avail() - 1) {
    choiceFont = FontRole::Body;
    half = ChoiceWidth(ui, {ui.T(Str::ByCount), ui.T(Str::BySize)}, choiceFont);
  }
  const bool oneRow = half < ui.Avail() - 1;
  const bool byCount = draft.groupMode == core::GroupMode::Count;
  if (Button(ui, ui.T(Str::ByCount),
             {.width = half, .font = choiceFont, .selected = byCount, .id = "by-count"})) {
    draft.groupMode = core::GroupMode::Count;
  }
  if (oneRow) ImGui::SameLine();
  if (Button(ui, ui.T(Str::BySize),
             {.width = half, .font = choiceFont, .selected = !byCount, .id = "by-size"})) {
    draft.groupMode = core::GroupMode::Size;
  }
  if (byCount) {
    Stepper(ui, ui.T(Str::GroupCount), draft.groupCount, 1, core::kMaxGroups, "group-count");
  } else {
    Stepper(ui, ui.T(Str::GroupSize), draft.groupSize, core::kMinGroupSize, core::kMaxGroupSize,
            "group-size");
  }
}

// The deepest cards allowed: its word, and a button for each of the three levels.
void IntensitySetting(Ui& ui, core::Settings& draft) {
  const Str words[] = {Str::IntensityLight, Str::IntensityPersonal, Str::IntensityDeep};
  Label(ui,
        std::string(ui.T(Str::MaxIntensity)) + ": " +
            ui.T(words[std::clamp(draft.maxIntensity, 1, 3) - 1]),
        FontRole::BodyBold, palette::kMuted);
  const float third = (ui.Avail() - ImGui::GetStyle().ItemSpacing.x * 2) / 3;
  for (int level = 1; level <= 3; ++level) {
    if (level > 1) ImGui::SameLine();
    const std::string id = "intensity-" + std::to_string(level);
    if (Button(ui, std::to_string(level),
               {.width = third, .selected = draft.maxIntensity == level, .id = id})) {
      draft.maxIntensity = level;
    }
  }
}

// The session's language: Dutch or English, side by side when they fit.
void LanguageSetting(Ui& ui, core::Settings& draft) {
  Label(ui, ui.T(Str::Language), FontRole::BodyBold, palette::kMuted);
  const bool dutch = draft.language == core::Language::Dutch;
  const float languageWidth = ChoiceWidth(ui, {"Nederlands", "English"});
  if (Button(ui, "Nederlands", {.width = languageWidth, .selected = dutch, .id = "lang-nl"})) {
    draft.language = core::Language::Dutch;
  }
  if (languageWidth < ui.Avail() - 1) ImGui::SameLine();
  if (Button(ui, "English", {.width = languageWidth, .selected = !dutch, .id = "lang-en"})) {
    draft.language = core::Language::English;
  }
}

// The settings column: heading, session name, groups, timing, intensity, language and the rest.
void SettingsColumn(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  core::Settings& draft = frame.state.draft;
  SettingsHeading(frame);
  Label(ui, ui.T(Str::SessionName), FontRole::BodyBold, palette::kMuted);
  TextField(ui, "session-name", ui.T(Str::SessionName), draft.sessionName,
            core::kMaxSessionNameLength);
  Gap(ui, 4);
  GroupSettings(ui, draft);
  Stepper(ui, ui.T(Str::RoundMinutes), draft.roundMinutes, 1, 90, "round-minutes", 5);
  Stepper(ui, ui.T(Str::RoundsSetting), draft.rounds, 0, 50, "rounds");
  draft.warningMinutes = std::min(draft.warningMinutes, draft.roundMinutes - 1);
  Stepper(ui, ui.T(Str::WarningMinutes), draft.warningMinutes, 0, draft.roundMinutes - 1,
          "warning-minutes");
  Gap(ui, 4);
  IntensitySetting(ui, draft);
  Gap(ui, 4);
  LanguageSetting(ui, draft);
  Gap(ui, 4);
  if (Button(
          ui, ui.T(Str::NamesOnBigScreen),
          {.width = ui.Avail(), .selected = draft.namesOnBigScreen, .id = "names-on-big-screen"})) {
    draft.namesOnBigScreen = !draft.namesOnBigScreen;
  }
  // An accommodation, set now and then: last, so the settings used every time stay in view.
  Gap(ui, 6);
  ExtraTimeChoices(ui, draft.extraMinutes);
  const std::string length = CarouselLengthText(ui, draft, int(frame.view.stations.size()));
  if (!length.empty()) {
    Paragraph(ui, length, FontRole::BodyBold,
              draft.extraMinutes > 0 ? palette::kPrimaryDark : palette::kInk);
  }
}

void StationsColumn(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  std::vector<std::string>& chosen = frame.state.chosenDecks;
  Label(ui, ui.T(Str::ChooseDecks), FontRole::LargeBold, palette::kInk);
  for (const auto& deck : frame.context.decks) {
    const auto at = std::find(chosen.begin(), chosen.end(), deck->id);
    const bool on = at != chosen.end();
    const std::string label =
        ui.T(deck->title) + "  ·  " + ui.F(Str::CardsCount, {std::to_string(deck->cards.size())});
    if (WrapButton(ui, label, {.selected = on, .id = "deck-" + deck->id})) {
      if (on) {
        chosen.erase(at);
      } else {
        chosen.push_back(deck->id);
      }
    }
  }
  std::vector<std::string> inUse;
  for (const core::StationView& station : frame.view.stations) inUse.push_back(station.deckId);
  Gap(ui, 4);
  if (Button(ui, ui.T(Str::UseStations),
             {.look = Look::Primary,
              .enabled = !chosen.empty() && chosen != inUse,
              .id = "use-stations"})) {
    core::act::SetStations set;
    for (const std::string& id : chosen) {
      for (const auto& deck : frame.context.decks) {
        if (deck->id == id) set.decks.push_back(deck);
      }
    }
    frame.Act(set);
  }
  if (frame.view.stations.empty()) {
    Paragraph(ui, ui.T(Str::NoStations), FontRole::Body, palette::kWarm);
  } else {
    std::string titles;
    for (const core::StationView& station : frame.view.stations) {
      titles += (titles.empty() ? "" : ", ") + ui.T(station.title);
    }
    Paragraph(ui, ui.F(Str::StationsInUse, {titles}), FontRole::Body, palette::kMuted);
  }
  // A broken deck is listed with its first problems, so the trainer knows why it is missing.
  for (const BrokenDeck& broken : frame.context.brokenDecks) {
    Gap(ui, 4);
    Paragraph(ui, ui.F(Str::DeckUnavailable, {broken.file, std::to_string(broken.problems.size())}),
              FontRole::BodyBold, palette::kWarm);
    for (std::size_t i = 0; i < broken.problems.size() && i < 3; ++i) {
      Paragraph(ui, ui.T(broken.problems[i]), FontRole::Small, palette::kMuted);
    }
  }
}

// Where phones join, above the people: the QR code with its URL, and the next LAN address when
// the host has several. Returns the height it took (0 when the host sent no URL).
float JoinInviteBlock(FacilitatorFrame& frame, float width, float height) {
  Ui& ui = frame.ui;
  const BrowserJoin& join = frame.context.browserJoin;
  if (join.url.empty()) return 0;
  const float top = ImGui::GetCursorPosY();
  const InviteLook look{std::min(width * 0.5f, height * 0.3f), FontRole::BodyBold,
                        FontRole::LargeBold, 2};
  const Box box = DrawJoinInvite(ui, join, ImGui::GetCursorScreenPos(), width, look);
  ImGui::Dummy(ImVec2(width, box.Height() + ui.Px(8)));
  if (join.addresses > 1 &&
      Button(ui, ui.T(Str::NextJoinAddress), {.look = Look::Quiet, .id = "next-join-address"})) {
    frame.Ask(local::NextJoinAddress{});
  }
  Gap(ui, 8);
  return ImGui::GetCursorPosY() - top;
}

}  // namespace

void DrawFacilitatorLobby(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  LoadDrafts(frame);
  const float gap = ui.Px(20);
  const float height = ImGui::GetContentRegionAvail().y;
  const float width = (ImGui::GetContentRegionAvail().x - gap * 2) / 3;
  BeginScroll(ui, "settings", ImVec2(width, height));
  SettingsColumn(frame);
  Gap(ui, 10);
  EndScroll(ui);
  ImGui::SameLine(0, gap);
  BeginScroll(ui, "stations", ImVec2(width, height));
  StationsColumn(frame);
  Gap(ui, 10);
  EndScroll(ui);
  ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
  const float used = JoinInviteBlock(frame, width, height);
  const float startHeight = ui.Px(76);
  BeginScroll(ui, "people",
              ImVec2(width, height - used - startHeight - ImGui::GetStyle().ItemSpacing.y));
  const bool locked = frame.view.locked;
  if (Button(ui, ui.T(locked ? Str::Unlock : Str::Lock), {.look = Look::Secondary, .id = "lock"})) {
    frame.Act(core::act::LockLobby{!locked});
  }
  DrawPeoplePanel(frame);
  Gap(ui, 10);
  EndScroll(ui);
  const bool ready = !frame.view.stations.empty() && !frame.view.members.empty();
  if (Button(ui, ui.T(Str::Start),
             {.look = Look::Primary,
              .width = width - ui.Px(12),
              .height = ui.Px(68),
              .font = FontRole::LargeBold,
              .enabled = ready,
              .id = "start"})) {
    frame.Act(core::act::Start{});
  }
  ImGui::EndGroup();
}

}  // namespace spirit::client
